#include "extractor.h"

#include "codepoints.h"
#include "figureclassifier.h"
#include "figurefeatures.h"
#include "figurescanner.h"
#include "gazetteer.h"
#include "indicatorcatalogue.h"
#include "normalizer.h"
#include "regionresolver.h"
#include "repeatlinker.h"
#include "sentencesegmenter.h"
#include "structurerecognizer.h"
#include "termlexicon.h"
#include "yearresolver.h"

namespace ub {

namespace {

constexpr qsizetype kMaxClause = 200; ///< clause boundaries are looked for this far, keeping it linear
constexpr qsizetype kSubjectLength = 10;
/** A sentence longer than this (an 8 MB line without a full stop) is cut to a window around the
 *  figure, so that provenance and year lookup stay linear in the input. */
constexpr qsizetype kSentenceReach = 300;

bool isClauseMark(QChar c)
{
    return c == u',' || c == u';' || c == u':' || c == u'。' || c == u'!' || c == u'?';
}

bool isPartMark(QChar c) { return c == u';' || c == u'。' || c == u'!' || c == u'?'; }

bool isHan(QChar c) { return c.unicode() >= 0x3400 && c.unicode() <= 0x9FFF; }

/** A list of words made once, with a 64-bit summary of its first and last characters, so that
 *  asking a text that starts or ends with none of them costs one bit test: these lists are
 *  asked of every figure (#19). The words stay in their order: the first match wins. */
class WordList
{
public:
    WordList(std::initializer_list<QStringView> words) : m_words(words)
    {
        for (const QStringView word : m_words) {
            m_firsts |= bit(word.front());
            m_lasts |= bit(word.back());
        }
    }
    const QList<QStringView> &words() const { return m_words; }
    bool mayStartWith(QChar c) const { return m_firsts & bit(c); }
    bool mayEndWith(QChar c) const { return m_lasts & bit(c); }
    bool contains(QStringView text) const { return m_words.contains(text); }

private:
    static quint64 bit(QChar c) { return quint64(1) << (c.unicode() & 63); }
    QList<QStringView> m_words;
    quint64 m_firsts = 0;
    quint64 m_lasts = 0;
};

bool startsWithAny(QStringView text, const WordList &words, qsizetype *length = nullptr)
{
    if (text.isEmpty() || !words.mayStartWith(text.front()))
        return false;
    for (const QStringView word : words.words()) {
        if (word.front() == text.front() && text.startsWith(word)) {
            if (length)
                *length = word.size();
            return true;
        }
    }
    return false;
}

bool endsWithAny(QStringView text, const WordList &words, qsizetype *length)
{
    if (text.isEmpty() || !words.mayEndWith(text.back()))
        return false;
    for (const QStringView word : words.words()) {
        if (word.back() == text.back() && text.endsWith(word)) {
            *length = word.size();
            return true;
        }
    }
    return false;
}

/** noun.lastIndexOf(word) for the few characters of a subject, without the general search's
 *  set-up cost. */
qsizetype lastIndexOfShort(QStringView noun, QStringView word)
{
    for (qsizetype at = noun.size() - word.size(); at >= 0; --at) {
        if (noun[at] == word.front() && noun.sliced(at, word.size()) == word)
            return at;
    }
    return -1;
}

/**
 * What is counted, as a short label (#15): the noun right after the measure word (10个“示范班组”),
 * else the noun phrase right before the number without the verbs and function words around it
 * (发放助学金11.8万元 → 助学金, 截至目前全市共有工会组织3383个 → 工会组织), else the indicator's
 * name. Never a clause fragment such as 截至, 方面 or 在省委.
 */
QString subjectOf(QStringView text, const FigureCandidate &figure, qsizetype clauseStart, const Indicator *indicator)
{
    // Both words are gathered in fixed buffers: a QString grown character by character was
    // a tenth of the extraction's time (#19).
    char16_t afterChars[kSubjectLength];
    qsizetype afterSize = 0;
    for (qsizetype k = figure.end; k < text.size() && afterSize < kSubjectLength; ++k) {
        const QChar c = text[k];
        if (c == u'“' || c == u'”')
            continue;
        if (!isHan(c) || c == u'的' || c == u'和' || c == u'、')
            break;
        afterChars[afterSize++] = c.unicode();
    }
    const QStringView after(afterChars, afterSize);
    // 12人被授予…, 500人参加, 3000元的标准: what follows is no noun.
    static const WordList notNouns = {u"被", u"为", u"在", u"将", u"参", u"获", u"受", u"已", u"共",
                                                    u"达", u"分别", u"以上", u"左右", u"次", u"余", u"用于", u"进行", u"来源",
                                     u"得到", u"实现", u"开展", u"提供", u"完成", u"通过", u"入选"};
    const bool afterIsNoun = !startsWithAny(after, notNouns);
    if (after.size() >= 2 && figure.measureEnd > figure.measureStart && afterIsNoun)
        return after.toString();

    constexpr qsizetype kBeforeLength = kSubjectLength + 4;
    char16_t beforeChars[kBeforeLength];
    qsizetype beforeSize = 0; // filled from the end
    for (qsizetype k = figure.start - 1; k >= clauseStart && beforeSize < kBeforeLength; --k) {
        const QChar c = text[k];
        if (c == u'“' || c == u'”')
            continue;
        if (!isHan(c))
            break;
        beforeChars[kBeforeLength - 1 - beforeSize++] = c.unicode();
    }
    QStringView noun(beforeChars + kBeforeLength - beforeSize, beforeSize);
    qsizetype length = 0;
    // Copulas and quantity words between the noun and the number: 会员达, 职工共计, 资金合计.
    static const WordList copulas = {u"增加到", u"增长到", u"增至", u"提高到", u"达到", u"共计", u"合计", u"累计", u"总计", u"超过", u"突破", u"达", u"为", u"共",
                                     u"有", u"约", u"近", u"逾", u"计", u"是", u"了", u"各", u"等", u"分别", u"总数"};
    while (endsWithAny(noun, copulas, &length) && noun.size() > length)
        noun.chop(length);
    // Words that set the scene or act, before the noun: 截至目前全市共有, 在省委, 向…发放.
    static const WordList sceneWords = {u"截至目前", u"截至", u"目前", u"其中", u"全市", u"全省", u"全县", u"全区", u"今年",
                                u"去年", u"全年", u"共有", u"共", u"已", u"在", u"向", u"对", u"为", u"给予", u"发放",
                                u"筹集", u"开展", u"举办", u"组织", u"提供", u"推出", u"建成", u"创建", u"完成",
                                u"实现", u"获得", u"收到", u"投入", u"下拨", u"拨付", u"主动", u"积极", u"先后",
                                        u"累计", u"新建成", u"建有", u"拥有", u"现有", u"共计"};
    while (startsWithAny(noun, sceneWords, &length) && noun.size() > length)
        noun = noun.sliced(length);
    // 向困难学生发放助学金: what is handed over follows the verb.
    static const WordList handOverVerbs = {u"发放", u"筹集", u"投入", u"下拨", u"拨付", u"提供", u"捐赠", u"捐助",
                                           u"开展", u"举办", u"组织", u"建成", u"新建", u"慰问", u"走访"};
    quint64 nounChars = 0; // which characters (mod 64) the noun holds: most verbs are not in it
    for (const QChar c : noun)
        nounChars |= quint64(1) << (c.unicode() & 63);
    for (const QStringView verb : handOverVerbs.words()) {
        if (!((nounChars >> (verb.front().unicode() & 63)) & 1))
            continue;
        const qsizetype at = lastIndexOfShort(noun, verb);
        if (at > 0 && noun.size() - at - verb.size() >= 2)
            noun = noun.sliced(at + verb.size()); // a part of it: what the mask says stays true
    }
    static const WordList fragments = {u"方面", u"截至", u"主动", u"其中", u"目前", u"同比",
                                       u"分别", u"以来", u"期间", u"全市", u"全省", u"累计"};
    const bool fragment = fragments.contains(noun);
    // 省总工会下拨…: the union that acts is not what is counted.
    const bool actor = noun.endsWith(u"工会") || noun.endsWith(u"总工会");
    if (noun.size() >= 2 && noun.size() <= kSubjectLength && !fragment && !actor)
        return noun.toString();
    if (indicator)
        return indicator->zhName;
    return noun.size() >= 2 && !fragment ? noun.last(qMin(noun.size(), kSubjectLength)).toString() : QString();
}

/** A clause without a subject of its own continues the nearest earlier clause of its sentence
 *  part whose subject is a union acting (商洛市总工会紧急筹措20万元,动员…捐款680余万元: both 商洛's);
 *  a clause naming the province's whole (全省…) has the province for subject and ends the search. */
ClauseSubject subjectOfEarlierClause(QStringView text, const QList<RegionMention> &mentions, qsizetype partStart,
                                     qsizetype clauseStart, qsizetype figureStart)
{
    for (qsizetype start = clauseStart; start > partStart;) {
        if (text.sliced(start).startsWith(u"全省") || text.sliced(start).startsWith(u"我省"))
            return ClauseSubject{QString::fromUtf16(kProvinceRegion), QString()};
        // The clause before: back over its mark to the mark before it, or the part's start.
        qsizetype before = start - 1;
        while (before > partStart && !isClauseMark(text[before - 1]))
            --before;
        start = before;
        // The nearest earlier subject decides: a union acting carries on, another subject (a
        // place or enterprise doing something, 澄合矿业王村煤矿…被评为) does not.
        const ClauseSubject subject = clauseSubject(text, mentions, start, figureStart);
        if (!subject.region.isEmpty())
            return subject.unionActs ? subject : ClauseSubject();
    }
    return {};
}

/** The original text of [start, end), without the layout whitespace of hard wraps. */
QString withoutLayout(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (!c.isSpace())
            out.append(c);
    }
    return out;
}

/** Collects feature names, for the training script. */
class FeatureNames final : public FeatureSink
{
public:
    explicit FeatureNames(QStringList &names) : m_names(names) { }
    void add(QLatin1StringView prefix, QStringView payload, QLatin1StringView tag) override
    {
        m_names << featureName(prefix, payload, tag);
    }

private:
    QStringList &m_names;
};

/** The normalised and compact texts of the document being extracted, its sentences and its
 *  candidate figures, kept per thread. */
struct MatchingBuffers
{
    MappedText normalized;
    MappedText compact;
    QList<TextSpan> sentences;
    QList<FigureCandidate> candidates;
};

constexpr qsizetype kKeptBufferChars = 1 << 20; ///< larger buffers are released after use

/** Lets go of the buffers after an extract() call that grew them past kKeptBufferChars.
 *  (extract() never calls itself, so one set per thread is enough.) */
class BuffersInUse
{
public:
    explicit BuffersInUse(MatchingBuffers &buffers) : m_buffers(buffers) { }
    ~BuffersInUse()
    {
        if (m_buffers.normalized.text.capacity() > kKeptBufferChars
            || m_buffers.compact.text.capacity() > kKeptBufferChars
            || m_buffers.sentences.capacity() > kKeptBufferChars / 16
            || m_buffers.candidates.capacity() > kKeptBufferChars / 16) {
            m_buffers = MatchingBuffers();
        }
    }
    BuffersInUse(const BuffersInUse &) = delete;
    BuffersInUse &operator=(const BuffersInUse &) = delete;

private:
    MatchingBuffers &m_buffers;
};

} // namespace

struct Extractor::Private
{
};

Extractor::Extractor()
    : d(new Private)
{
}

Extractor::~Extractor() { delete d; }

ExtractionResult Extractor::extract(const QString &text, const QString &documentName,
                                    const ExtractOptions &options) const
{
    ExtractionResult result;
    result.documentName = documentName;
    const Gazetteer &gazetteer = Gazetteer::shaanxi();
    const FigureClassifier &classifier = FigureClassifier::instance();
    if (!classifier.loadError().isEmpty())
        result.warnings << QStringLiteral("the figure model could not be read, figures get no indicator: %1")
                               .arg(classifier.loadError());

    // The two matching texts live in per-thread buffers reused from document to document: fresh
    // ones cost 12 bytes per character of allocation and page faults, which after an import has
    // given its memory back dominated the extraction of the next document (#7). A buffer grown
    // by a huge document is let go afterwards rather than kept.
    thread_local MatchingBuffers buffers;
    const BuffersInUse inUse(buffers);
    normalizeForMatching(text, buffers.normalized);
    compactForMatching(buffers.normalized, buffers.compact);
    const MappedText &normalized = buffers.normalized;
    const MappedText &compact = buffers.compact;
    const QStringView match(compact.text);
    const QList<RegionMention> mentions = gazetteer.findMentions(match);
    const StructureAnalysis analysis = recognizeStructure(text, normalized, match, mentions, gazetteer, options.document);
    sentenceSpans(match, buffers.sentences);
    const QList<TextSpan> &sentences = buffers.sentences;
    scanFigures(match, buffers.candidates);
    const QList<FigureCandidate> &candidates = buffers.candidates;
    const CodePointIndex codePoints(text);
    const TermIndex termIndex(TermLexicon::instance(), match);
    thread_local std::unique_ptr<ModelScorer> scorer;
    if (!scorer)
        scorer = std::make_unique<ModelScorer>(classifier.model());
    if (options.features)
        result.features.resize(candidates.size());

    QList<qsizetype> pageBreaks;
    if (options.paged) {
        for (qsizetype k = 0; k < text.size(); ++k) {
            if (text[k] == u'\f')
                pageBreaks.append(k);
        }
    }

    // Every candidate becomes a figure: built in place, not moved in.
    result.figures.resize(candidates.size());
    // Neighbouring figures usually share their sentence: share its string too instead of copying it.
    qsizetype lastSentenceStart = -1;
    qsizetype lastSentenceEnd = -1;
    QString lastSentence;
    qsizetype sentenceIndex = 0;
    qsizetype spanIndex = 0;
    qsizetype pageIndex = 0;
    const Indicator *previousIndicator = nullptr; ///< of the figure before, for lists in one sentence
    qsizetype previousSentence = -1;
    for (qsizetype k = 0; k < candidates.size(); ++k) {
        const FigureCandidate &candidate = candidates.at(k);
        Figure &figure = result.figures[k];
        const qsizetype originalStart = compact.originalStart(candidate.start);
        const qsizetype originalEnd = compact.originalEnd(candidate.end, text);
        figure.start = codePoints.codePointOffset(originalStart);
        figure.end = codePoints.codePointOffset(originalEnd);
        figure.quote = text.sliced(originalStart, originalEnd - originalStart);
        figure.value = candidate.value;
        figure.unit = candidate.unit;
        figure.qualifier = candidate.qualifier;
        if (candidate.measureEnd > candidate.measureStart) {
            const qsizetype measureStart = compact.originalStart(candidate.measureStart);
            const qsizetype measureEnd = compact.originalEnd(candidate.measureEnd, text);
            figure.unitText = withoutLayout(QStringView(text).sliced(measureStart, measureEnd - measureStart));
            if (candidate.unit == Unit::Cny && candidate.scalePos >= 0) {
                const qsizetype scale = compact.originalStart(candidate.scalePos);
                figure.unitText.prepend(text[scale]);
            }
        }

        // Sentence (monotone cursor: candidates come in text order).
        while (sentenceIndex + 1 < sentences.size() && sentences.at(sentenceIndex).end <= candidate.numberStart)
            ++sentenceIndex;
        TextSpan sentence = sentences.isEmpty() ? TextSpan{0, match.size()} : sentences.at(sentenceIndex);
        sentence.start = qMax(sentence.start, candidate.start - kSentenceReach);
        sentence.end = qMin(sentence.end, candidate.end + kSentenceReach);
        const qsizetype sentenceOriginalStart = compact.originalStart(sentence.start);
        const qsizetype sentenceOriginalEnd = compact.originalEnd(sentence.end, text);
        if (sentenceOriginalStart != lastSentenceStart || sentenceOriginalEnd != lastSentenceEnd) {
            lastSentence = text.sliced(sentenceOriginalStart, sentenceOriginalEnd - sentenceOriginalStart).trimmed();
            lastSentenceStart = sentenceOriginalStart;
            lastSentenceEnd = sentenceOriginalEnd;
        }
        figure.sentence = lastSentence;
        figure.sentenceStart = codePoints.codePointOffset(sentenceOriginalStart);

        // Clause and sentence part around the figure.
        qsizetype clauseStart = candidate.start;
        while (clauseStart > sentence.start && candidate.start - clauseStart < kMaxClause
               && !isClauseMark(match[clauseStart - 1]))
            --clauseStart;
        qsizetype clauseEnd = candidate.end;
        while (clauseEnd < sentence.end && clauseEnd - candidate.end < kMaxClause && !isClauseMark(match[clauseEnd]))
            ++clauseEnd;
        qsizetype partStart = clauseStart;
        while (partStart > sentence.start && candidate.start - partStart < kMaxClause * 2
               && !isPartMark(match[partStart - 1]))
            --partStart;
        qsizetype partEnd = clauseEnd;
        while (partEnd < sentence.end && partEnd - candidate.end < kMaxClause * 2 && !isPartMark(match[partEnd]))
            ++partEnd;

        // Region and year by document structure, then the clause's own subject and year.
        while (spanIndex + 1 < analysis.spans.size() && analysis.spans.at(spanIndex).end <= originalStart)
            ++spanIndex;
        if (!analysis.spans.isEmpty()) {
            const AttributionSpan &span = analysis.spans.at(spanIndex);
            figure.region = span.region;
            figure.subregion = span.subregion;
            figure.year = span.year;
            figure.block = span.block;
        } else {
            figure.region = analysis.structure.region;
            figure.year = analysis.structure.year;
        }
        ClauseSubject subject = clauseSubject(match, mentions, clauseStart, candidate.start);
        if (subject.region.isEmpty())
            subject = subjectOfEarlierClause(match, mentions, partStart, clauseStart, candidate.start);
        if (!subject.region.isEmpty()) {
            figure.region = subject.region;
            figure.subregion = subject.subregion;
        }
        const QStringView sentenceText = match.sliced(sentence.start, sentence.end - sentence.start);
        if (const int year = explicitYearBefore(sentenceText, candidate.start - sentence.start))
            figure.year = year;
        else if (const int relative = relativeYearBefore(sentenceText, candidate.start - sentence.start,
                                                         analysis.structure.date / 10000))
            figure.year = relative;

        // 十大亮点 item.
        QStringView itemTitle;
        for (const ItemSpan &item : analysis.items) {
            if (originalStart >= item.start && originalStart < item.end) {
                figure.highlightItem = item.number;
                itemTitle = item.title;
                break;
            }
        }

        FigureWindow window;
        window.text = match;
        window.start = candidate.start;
        window.end = candidate.end;
        window.numberStart = candidate.numberStart;
        window.measureStart = candidate.measureStart;
        window.measureEnd = candidate.measureEnd;
        window.clauseStart = clauseStart;
        window.clauseEnd = clauseEnd;
        window.partStart = partStart;
        window.partEnd = partEnd;
        window.sentenceStart = sentence.start;
        window.sentenceEnd = sentence.end;
        window.itemTitle = itemTitle;
        window.unit = figure.unit;
        window.qualifier = figure.qualifier;
        window.value = figure.value;
        const bool sameSentence = k > 0 && sentenceIndex == previousSentence;
        const Classification classification =
            classifier.classify(window, termIndex, *scorer, previousIndicator, sameSentence);
        previousIndicator = classification.indicator;
        previousSentence = sentenceIndex;
        figure.category = classification.category;
        figure.kind = classification.kind;
        if (figure.kind != FigureKind::Flow) // a level or a rate stands at a date
            figure.asOf = asOfDateBefore(sentenceText, candidate.start - sentence.start, figure.year,
                                         analysis.structure.date);
        if (classification.indicator)
            figure.indicator = classification.indicator->key;
        if (options.features) {
            FeatureNames names(result.features[k]);
            collectFigureFeatures(window, termIndex, names);
        }
        figure.subject = subjectOf(match, candidate, clauseStart, classification.indicator);

        if (options.paged) {
            while (pageIndex < pageBreaks.size() && pageBreaks.at(pageIndex) < originalStart)
                ++pageIndex;
            figure.page = static_cast<int>(pageIndex) + 1;
        }
    }
    linkRepeats(result.figures);

    // The structure, with code-point offsets like every other span.
    result.structure = analysis.structure;
    for (HighlightItem &item : result.structure.highlights) {
        item.start = codePoints.codePointOffset(item.start);
        item.end = codePoints.codePointOffset(item.end);
    }
    for (Block &block : result.structure.blocks) {
        block.start = codePoints.codePointOffset(block.start);
        block.end = codePoints.codePointOffset(block.end);
    }
    return result;
}

} // namespace ub
