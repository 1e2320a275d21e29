#include "figurefeatures.h"

#include "indicatorcatalogue.h"
#include "termlexicon.h"

#include <array>
#include <cmath>
#include <limits>

namespace ub {

namespace {

constexpr qsizetype kNeighbourChars = 4;  ///< how many characters before and after the figure are read
constexpr qsizetype kWindowChars = 120;   ///< pair features are read this far from the number
constexpr qsizetype kAdjacentGap = 2;     ///< a term this close to the number is "adjacent"
constexpr qsizetype kNearGap = 8;         ///< and this close "near"

bool isHan(QChar c) { return c.unicode() >= 0x3400 && c.unicode() <= 0x9FFF; }

bool isQuoteMark(QChar c) { return c == u'“' || c == u'”' || c == u'"' || c == u'《' || c == u'》'; }

/** Character pairs of text[from, to) made of two Han characters. */
void addPairs(QLatin1StringView prefix, QStringView text, qsizetype from, qsizetype to, FeatureSink &sink)
{
    for (qsizetype k = from; k + 1 < to; ++k) {
        if (isHan(text[k]) && isHan(text[k + 1]))
            sink.add(prefix, text.sliced(k, 2));
    }
}

TermScope scopeOf(qsizetype gap, bool before)
{
    if (before)
        return gap <= kAdjacentGap ? TermScope::BeforeAdjacent : gap <= kNearGap ? TermScope::BeforeNear
                                                                                 : TermScope::BeforeFar;
    return gap <= kAdjacentGap ? TermScope::AfterAdjacent : TermScope::AfterFar;
}

/** The lexicon features a figure was given already: each is given once, however many of the
 *  lexicon's overlapping words say it (工会组织, 新建工会 and 新建*工会组织 are one indicator's
 *  evidence in one scope, not three). */
class SentOnce
{
public:
    bool first(quint64 hash)
    {
        for (qsizetype k = 0; k < m_size; ++k) {
            if (m_hashes[std::size_t(k)] == hash)
                return false;
        }
        if (m_size < qsizetype(m_hashes.size()))
            m_hashes[std::size_t(m_size++)] = hash;
        return true; // past the capacity (a sentence of a thousand words), repeats count again
    }

private:
    std::array<quint64, 256> m_hashes;
    qsizetype m_size = 0;
};

void addLexiconHit(const TermLexicon &lexicon, int pattern, QChar before, bool atWindowStart, TermScope scope,
                   bool near, SentOnce &sent, FeatureSink &sink)
{
    const QLatin1StringView tag = scopeTag(scope);
    for (const TermLexicon::Feature &feature : lexicon.patterns()[std::size_t(pattern)].features) {
        if (feature.nearOnly && !near)
            continue;
        if (feature.term >= 0 && !atWindowStart) {
            const QString &notAfter = lexicon.terms().at(feature.term).notAfter;
            if (!notAfter.isEmpty() && notAfter.contains(before))
                continue; // 县总工会组织职工 holds no 工会组织
        }
        const quint64 hash = feature.hashes[std::size_t(scope)];
        if (sent.first(hash))
            sink.addHashed(hash, feature.prefix, feature.payload, tag);
    }
}

} // namespace

QString featureName(QLatin1StringView prefix, QStringView payload, QLatin1StringView tag)
{
    QString name;
    name.reserve(prefix.size() + 2 + payload.size() + tag.size());
    name.append(prefix);
    name.append(u':');
    name.append(payload);
    if (!tag.isEmpty()) {
        name.append(u'@');
        name.append(tag);
    }
    return name;
}

quint64 featureHash(QStringView name)
{
    quint64 hash = featureHashing::kOffset;
    for (QChar c : name)
        featureHashing::mix(hash, c.unicode());
    return hash;
}

void collectFigureFeatures(const FigureWindow &w, const TermIndex &index, FeatureSink &sink)
{
    const QStringView text = w.text;
    static const QString unitKeys[] = {toKey(Unit::Person), toKey(Unit::PersonTime), toKey(Unit::Cny),
                                       toKey(Unit::Count), toKey(Unit::Session), toKey(Unit::Percent),
                                       toKey(Unit::Other)};
    static const QString qualifierKeys[] = {toKey(Qualifier::Exact), toKey(Qualifier::AtLeast),
                                            toKey(Qualifier::Nearly), toKey(Qualifier::About)};
    sink.add(QLatin1StringView("u"), unitKeys[int(w.unit)]);
    sink.add(QLatin1StringView("q"), qualifierKeys[int(w.qualifier)]);
    if (w.measureEnd > w.measureStart)
        sink.add(QLatin1StringView("m"), text.sliced(w.measureStart, w.measureEnd - w.measureStart));
    else
        sink.add(QLatin1StringView("m"), u"-");
    const int magnitude = w.value >= 1 ? qMin(8, int(std::floor(std::log10(w.value)))) : 0;
    const char16_t digit = char16_t(u'0' + magnitude);
    sink.add(QLatin1StringView("mag"), QStringView(&digit, 1));

    // What is counted, right after the figure; and the verb or noun right before it.
    char16_t after[kNeighbourChars];
    qsizetype afterSize = 0;
    for (qsizetype k = w.end; k < text.size() && afterSize < kNeighbourChars; ++k) {
        if (isQuoteMark(text[k]))
            continue;
        if (!isHan(text[k]))
            break;
        after[afterSize++] = text[k].unicode();
    }
    static const QLatin1StringView afterPrefixes[] = {QLatin1StringView("a1"), QLatin1StringView("a2"),
                                                      QLatin1StringView("a3"), QLatin1StringView("a4")};
    for (qsizetype n = 1; n <= afterSize; ++n)
        sink.add(afterPrefixes[n - 1], QStringView(after, n));
    // What ends the text or its paragraph (a line break kept after a title) reads as its end;
    // no feature name holds a line break or a tab (the model file is lines of tab-separated fields).
    if (afterSize == 0)
        sink.add(QLatin1StringView("a1"), text.size() > w.end && !text[w.end].isSpace() ? text.sliced(w.end, 1)
                                                                                        : QStringView(u"$"));
    char16_t before[kNeighbourChars];
    qsizetype beforeSize = 0; // filled from the end
    for (qsizetype k = w.start - 1; k >= 0 && beforeSize < kNeighbourChars; --k) {
        if (isQuoteMark(text[k]))
            continue;
        if (!isHan(text[k]))
            break;
        before[kNeighbourChars - 1 - beforeSize++] = text[k].unicode();
    }
    static const QLatin1StringView beforePrefixes[] = {QLatin1StringView("b1"), QLatin1StringView("b2"),
                                                       QLatin1StringView("b3"), QLatin1StringView("b4")};
    for (qsizetype n = 1; n <= beforeSize; ++n)
        sink.add(beforePrefixes[n - 1], QStringView(before + kNeighbourChars - n, n));
    if (beforeSize == 0)
        sink.add(QLatin1StringView("b1"), w.start > 0 && !text[w.start - 1].isSpace() ? text.sliced(w.start - 1, 1)
                                                                                      : QStringView(u"^"));

    // Character pairs by scope, nearest first; each scope leaves out the narrower one.
    const qsizetype from = qMax(w.sentenceStart, w.start - kWindowChars);
    const qsizetype to = qMin(w.sentenceEnd, w.end + kWindowChars);
    const qsizetype clauseStart = qMax(from, w.clauseStart);
    const qsizetype clauseEnd = qMin(to, w.clauseEnd);
    const qsizetype partStart = qMax(from, w.partStart);
    const qsizetype partEnd = qMin(to, w.partEnd);
    // (Pairs of the wider scopes were tried and left out: they did not help on documents held out
    // of training, and they were most of the features' cost. The lexicon stands for those scopes.)
    addPairs(QLatin1StringView("cb"), text, clauseStart, w.start, sink);
    addPairs(QLatin1StringView("ca"), text, w.end, clauseEnd, sink);

    // Lexicon terms and indicator triggers, tagged with where they stand.
    const TermLexicon &lexicon = TermLexicon::instance();
    SentOnce sent;
    int nearestPattern = -1; ///< the indicator trigger standing nearest the number in its clause
    qsizetype nearestGap = std::numeric_limits<qsizetype>::max();
    index.forEachIn(from, to, [&](const TermIndex::Occurrence &o) {
        if (o.position < w.end && o.end > w.start)
            return; // inside the quote (a measure word such as 场次)
        TermScope scope;
        bool near = false;
        qsizetype windowStart = from;
        if (o.position >= clauseStart && o.end <= w.start) {
            const qsizetype gap = w.start - o.end;
            scope = scopeOf(gap, true);
            near = gap <= kNearGap;
            windowStart = clauseStart;
        } else if (o.position >= w.end && o.end <= clauseEnd) {
            const qsizetype gap = o.position - w.end;
            scope = scopeOf(gap, false);
            near = gap <= kAdjacentGap;
            windowStart = w.end;
        } else if (o.position >= partStart && o.end <= partEnd) {
            scope = TermScope::Part;
            windowStart = partStart;
        } else {
            scope = TermScope::Sentence;
        }
        const QChar previous = o.position > 0 ? text[o.position - 1] : QChar();
        addLexiconHit(lexicon, o.pattern, previous, o.position == windowStart, scope, near, sent, sink);
        const bool inClause = o.position >= clauseStart && o.end <= clauseEnd;
        if (inClause && !lexicon.patterns()[std::size_t(o.pattern)].indicators.empty()) {
            const qsizetype gap = o.end <= w.start ? w.start - o.end : o.position - w.end;
            // The longer trigger wins a tie: 新增会员 over the 会员 it ends with.
            if (gap < nearestGap || (gap == nearestGap && nearestPattern >= 0
                                     && lexicon.patterns()[std::size_t(o.pattern)].text.size()
                                            > lexicon.patterns()[std::size_t(nearestPattern)].text.size())) {
                nearestGap = gap;
                nearestPattern = o.pattern;
            }
        }
    });
    if (nearestPattern >= 0) {
        const QList<Indicator> &indicators = IndicatorCatalogue::instance().indicators();
        for (int i : lexicon.patterns()[std::size_t(nearestPattern)].indicators)
            sink.add(QLatin1StringView("near"), indicators.at(i).key);
    }
    if (!w.itemTitle.isEmpty()) {
        lexicon.scan(w.itemTitle, [&](qsizetype position, int pattern) {
            const QChar previous = position > 0 ? w.itemTitle[position - 1] : QChar();
            addLexiconHit(lexicon, pattern, previous, position == 0, TermScope::Title, false, sent, sink);
        });
    }
}

} // namespace ub
