#include "categoryclassifier.h"

#include "lexicon.h"

#include <algorithm>
#include <array>
#include <limits>

namespace ub {

namespace {

/** The widest gap between a number and an indicator trigger that still gives the figure its category. */
constexpr qsizetype kIndicatorCategoryGap = 8;

/** How far a trigger at [at, at + length) stands from a number starting at `number`: the gap
 *  between them, so that 新增会员 right before the number is as near as the 会员 it ends with. */
qsizetype gapToNumber(qsizetype at, qsizetype length, qsizetype number)
{
    if (at + length <= number)
        return number - (at + length);
    return qAbs(at - number);
}

constexpr qsizetype kMaxWindow = 400; ///< longer sentences are cut around the figure, keeping it linear

QStringView clip(QStringView window) { return window.size() > kMaxWindow ? window.first(kMaxWindow) : window; }

/** Whether text holds term at a place not right after one of notAfter (县总工会组织职工 is no 工会组织). */
bool containsTerm(QStringView text, const QString &term, const QString &notAfter)
{
    for (qsizetype at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
        if (at == 0 || !notAfter.contains(text[at - 1]))
            return true;
    }
    return false;
}

int categoryIndex(Category category) { return static_cast<int>(category); }

/** When two categories weigh the same, the more specific record wins. */
int tieRank(Category category)
{
    switch (category) {
    case Category::Competitions: return 4;
    case Category::Members: return 3;
    case Category::Events: return 2;
    case Category::Other: return 1;
    case Category::Funds: return 0;
    }
    return 0;
}

} // namespace

CategoryClassifier::CategoryClassifier()
{
    for (const QStringList &row : Lexicon::readTable(QStringLiteral(":/ub/data/lexicon/category_terms.tsv"))) {
        if (row.size() < 3)
            continue;
        const auto category = categoryFromKey(row.at(1));
        if (!category)
            continue;
        m_terms.append({row.at(0), *category, row.at(2).toInt(), row.size() > 3 ? row.at(3) : QString(), -1});
    }
    for (Term &term : m_terms)
        term.pattern = patternId(term.text);
    for (const QStringList &row : Lexicon::readTable(QStringLiteral(":/ub/data/indicators/indicators.tsv"))) {
        if (row.size() < 6)
            continue;
        Indicator indicator;
        indicator.key = row.at(0);
        indicator.zhName = row.at(1);
        indicator.enName = row.at(2);
        indicator.category = categoryFromKey(row.at(3)).value_or(Category::Other);
        if (row.at(4) != u"*") {
            for (const QString &unit : row.at(4).split(u',', Qt::SkipEmptyParts)) {
                if (const auto u = unitFromKey(unit))
                    indicator.units.append(*u);
            }
        }
        indicator.triggers = row.at(5).split(u'|', Qt::SkipEmptyParts);
        for (const QString &trigger : std::as_const(indicator.triggers))
            indicator.triggerPatterns.append(patternId(trigger));
        m_indicators.append(indicator);
    }
    m_firstSlot.assign(0x10000, 0);
    m_termsOfPattern.resize(m_patterns.size());
    for (int i = 0; i < m_terms.size(); ++i)
        m_termsOfPattern[m_terms.at(i).pattern].push_back(i);
    m_indicatorsOfPattern.resize(m_patterns.size());
    for (int i = 0; i < m_indicators.size(); ++i) {
        for (int pattern : m_indicators.at(i).triggerPatterns) {
            std::vector<int> &list = m_indicatorsOfPattern[pattern];
            if (list.empty() || list.back() != i)
                list.push_back(i);
        }
    }
    for (int id = 0; id < m_patterns.size(); ++id) {
        const char16_t first = m_patterns.at(id).front().unicode();
        if (!m_firstSlot[first]) {
            m_byFirst.emplace_back();
            m_firstSlot[first] = quint16(m_byFirst.size());
        }
        m_byFirst[m_firstSlot[first] - 1].push_back(id);
    }
    m_isFirst.assign(0x10000 / 64, 0);
    for (int c = 0; c < 0x10000; ++c) {
        if (m_firstSlot[c])
            m_isFirst[c >> 6] |= quint64(1) << (c & 63);
    }
}

int CategoryClassifier::patternId(const QString &text)
{
    const auto it = m_patternIds.constFind(text);
    if (it != m_patternIds.constEnd())
        return it.value();
    const int id = int(m_patterns.size());
    m_patterns << text;
    m_patternIds.insert(text, id);
    return id;
}

std::vector<CategoryTermIndex::Occurrence> &CategoryTermIndex::spareOccurrences()
{
    thread_local std::vector<Occurrence> spare;
    return spare;
}

CategoryTermIndex::~CategoryTermIndex()
{
    constexpr std::size_t kKeptOccurrences = 1 << 16; // a huge document's list is let go
    if (m_occurrences.capacity() <= kKeptOccurrences) {
        m_occurrences.clear();
        spareOccurrences().swap(m_occurrences);
    }
}

CategoryTermIndex::CategoryTermIndex(const CategoryClassifier &classifier, QStringView text) : m_text(text)
{
    m_occurrences.swap(spareOccurrences());
    m_occurrences.clear();
    const qsizetype size = text.size();
    const char16_t *data = text.utf16();
    const quint64 *isFirst = classifier.m_isFirst.data();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t unit = data[i];
        if (!((isFirst[unit >> 6] >> (unit & 63)) & 1))
            continue;
        const quint16 slot = classifier.m_firstSlot[unit];
        for (int id : classifier.m_byFirst[slot - 1]) {
            const QString &pattern = classifier.m_patterns.at(id);
            // constData(), not utf16(): the latter is an out-of-line call per comparison.
            const char16_t *patternData = reinterpret_cast<const char16_t *>(pattern.constData());
            if (pattern.size() <= size - i
                && std::equal(patternData + 1, patternData + pattern.size(), data + i + 1))
                m_occurrences.push_back({i, i + pattern.size(), id});
        }
    }
    m_firstAt.assign(classifier.m_patterns.size() * 3, -1);
    m_termIn.assign(classifier.m_terms.size(), 0);
}

const CategoryClassifier &CategoryClassifier::instance()
{
    static const CategoryClassifier classifier;
    return classifier;
}

Classification CategoryClassifier::classify(const CategoryContext &context) const
{
    return decide(context, nullptr);
}

Classification CategoryClassifier::classify(const CategoryContext &context, const CategoryTermIndex &index) const
{
    return decide(context, &index);
}

Classification CategoryClassifier::decide(const CategoryContext &context, const CategoryTermIndex *index) const
{
    Classification result;
    // Where a window starts in the indexed text, or -1 when it is not a view into it.
    auto offsetOf = [index](QStringView window) -> qsizetype {
        if (!index || window.isNull())
            return -1;
        const qsizetype offset = window.data() - index->m_text.data();
        return offset >= 0 && offset + window.size() <= index->m_text.size() ? offset : -1;
    };
    // Visits the occurrences starting in [start, start + size) that also end inside it.
    auto forEachIn = [index](qsizetype start, qsizetype size, auto visit) {
        const auto &all = index->m_occurrences;
        auto it = std::lower_bound(all.begin(), all.end(), start,
                                   [](const CategoryTermIndex::Occurrence &o, qsizetype p) { return o.position < p; });
        for (; it != all.end() && it->position < start + size; ++it) {
            if (it->end <= start + size)
                visit(*it);
        }
    };

    // The indicator: the trigger nearest the number, in the narrowest scope that has one.
    qsizetype indicatorGap = -1; ///< how far its trigger stands from the number, when in the clause
    qsizetype indicatorTriggerLength = 0;
    // Only the indicators of the triggers found in scope s can win; the winner is the least
    // (distance, dictionary position) over them, as a loop over the dictionary would find it.
    auto chooseIndicator = [&](const std::vector<int> &found, std::size_t s, auto firstAt) {
        qsizetype bestDistance = std::numeric_limits<qsizetype>::max();
        int bestIndicator = -1;
        qsizetype bestTriggerLength = 0;
        for (int pattern : found) {
            const qsizetype length = m_patterns.at(pattern).size();
            const qsizetype distance = s == 0 ? gapToNumber(firstAt(pattern), length, context.positionInSegment) : 1000;
            for (int i : m_indicatorsOfPattern[pattern]) {
                const Indicator &indicator = m_indicators.at(i);
                if (!indicator.units.isEmpty() && !indicator.units.contains(context.unit))
                    continue;
                if (distance < bestDistance || (distance == bestDistance && i < bestIndicator)) {
                    bestDistance = distance;
                    bestIndicator = i;
                    bestTriggerLength = length;
                }
            }
        }
        if (bestIndicator >= 0) {
            result.indicator = &m_indicators.at(bestIndicator);
            indicatorGap = s == 0 ? bestDistance : -1;
            indicatorTriggerLength = bestTriggerLength;
        }
    };
    const std::array<QStringView, 3> scopes = {clip(context.segment), clip(context.part), clip(context.sentence)};
    const std::array<qsizetype, 3> starts = {offsetOf(scopes[0]), offsetOf(scopes[1]), offsetOf(scopes[2])};
    const bool indexed = starts[0] >= 0 && starts[1] >= 0 && starts[2] >= 0;
    const bool weighTerms = context.unit != Unit::Cny;
    if (indexed) {
        // One visit of the occurrences in the span of the three windows serves the indicator
        // (first position of each pattern in each window) and the category terms (bit s of every
        // term window s holds), instead of one visit per window and purpose (#7).
        const std::size_t patterns = std::size_t(m_patterns.size());
        std::array<qsizetype, 3> ends;
        qsizetype from = starts[0];
        qsizetype to = starts[0];
        for (std::size_t s = 0; s < scopes.size(); ++s) {
            ends[s] = starts[s] + scopes[s].size();
            from = qMin(from, starts[s]);
            to = qMax(to, ends[s]);
        }
        index->m_touchedTerms.clear();
        for (std::vector<int> &touched : index->m_touchedIn)
            touched.clear();
        forEachIn(from, to - from, [&](const CategoryTermIndex::Occurrence &o) {
            unsigned inside = 0;
            for (std::size_t s = 0; s < scopes.size(); ++s) {
                if (o.position >= starts[s] && o.end <= ends[s])
                    inside |= 1u << s;
            }
            if (!inside)
                return;
            for (std::size_t s = 0; s < scopes.size(); ++s) {
                if (!(inside & (1u << s)))
                    continue;
                qsizetype &at = index->m_firstAt[s * patterns + std::size_t(o.pattern)];
                if (at < 0) {
                    at = o.position - starts[s];
                    index->m_touchedIn[s].push_back(o.pattern);
                }
            }
            if (!weighTerms)
                return;
            // Right after one of notAfter the term is part of another phrase, except at the very
            // start of a window, where what precedes is outside it.
            const QChar before = o.position > 0 ? index->m_text[o.position - 1] : QChar();
            for (int term : m_termsOfPattern[o.pattern]) {
                const QString &notAfter = m_terms.at(term).notAfter;
                const bool blocked = !notAfter.isEmpty() && notAfter.contains(before);
                unsigned bits = 0;
                for (std::size_t s = 0; s < scopes.size(); ++s) {
                    if ((inside & (1u << s)) && (o.position == starts[s] || !blocked))
                        bits |= 1u << s;
                }
                if (!bits)
                    continue;
                if (!index->m_termIn[term])
                    index->m_touchedTerms.push_back(term);
                index->m_termIn[term] |= bits;
            }
        });
        for (std::size_t s = 0; s < scopes.size() && !result.indicator; ++s) {
            chooseIndicator(index->m_touchedIn[s], s,
                            [&](int pattern) { return index->m_firstAt[s * patterns + std::size_t(pattern)]; });
        }
        for (std::size_t s = 0; s < scopes.size(); ++s) {
            for (int pattern : index->m_touchedIn[s])
                index->m_firstAt[s * patterns + std::size_t(pattern)] = -1;
        }
    }
    for (std::size_t s = 0; s < scopes.size() && !result.indicator && !indexed; ++s) {
        const qsizetype start = offsetOf(scopes[s]);
        if (start >= 0) {
            index->m_touched.clear();
            forEachIn(start, scopes[s].size(), [&](const CategoryTermIndex::Occurrence &o) {
                if (index->m_firstAt[o.pattern] < 0) {
                    index->m_firstAt[o.pattern] = o.position - start;
                    index->m_touched.push_back(o.pattern);
                }
            });
            chooseIndicator(index->m_touched, s, [&](int pattern) { return index->m_firstAt[pattern]; });
            for (int pattern : index->m_touched)
                index->m_firstAt[pattern] = -1;
            continue;
        }
        qsizetype bestDistance = std::numeric_limits<qsizetype>::max();
        for (const Indicator &indicator : m_indicators) {
            if (!indicator.units.isEmpty() && !indicator.units.contains(context.unit))
                continue;
            for (qsizetype t = 0; t < indicator.triggers.size(); ++t) {
                const qsizetype at = scopes[s].indexOf(indicator.triggers.at(t));
                if (at < 0)
                    continue;
                const qsizetype distance =
                    s == 0 ? gapToNumber(at, indicator.triggers.at(t).size(), context.positionInSegment) : 1000;
                if (distance < bestDistance) {
                    bestDistance = distance;
                    result.indicator = &indicator;
                    indicatorGap = s == 0 ? distance : -1;
                    indicatorTriggerLength = indicator.triggers.at(t).size();
                }
            }
        }
    }

    if (context.unit == Unit::Cny) {
        result.category = Category::Funds;
        return result;
    }

    // Weights: the clause holding the number decides most; a 十大亮点 item title outweighs the
    // generic words (活动, 参加) of the clause but not its typical ones.
    struct Scope
    {
        QStringView text;
        double weight;
        int narrowness; ///< breaks ties: evidence nearer the number wins
    };
    const std::array<Scope, 4> weighted = {Scope{clip(context.segment), 5, 3}, Scope{clip(context.part), 3, 2},
                                           Scope{clip(context.sentence), 2, 1},
                                           Scope{clip(context.itemTitle), 2.5, 0}};
    std::array<double, 5> score = {0, 0, 0, 0, 0};
    std::array<int, 5> narrowness = {0, 0, 0, 0, 0};
    // A term counts in the narrowest scope that holds it; the result is, per category, the
    // greatest (value, narrowness), whatever the order the terms are visited in.
    auto weigh = [&](const Term &term, std::size_t s) {
        const Scope &scope = weighted[s];
        const int slot = categoryIndex(term.category);
        const double value = term.strength * scope.weight;
        if (value > score[slot] || (value == score[slot] && scope.narrowness > narrowness[slot])) {
            score[slot] = value;
            narrowness[slot] = scope.narrowness;
        }
    };
    if (indexed) {
        // Which scopes hold each term (bit s for scope s) was read with the indicator above: only
        // the terms found are weighed, not the whole list per figure (#7).
        for (int term : index->m_touchedTerms) {
            const unsigned bits = index->m_termIn[term];
            weigh(m_terms.at(term), bits & 1u ? 0 : (bits & 2u ? 1 : 2));
        }
        const QStringView title = weighted[3].text;
        if (!title.isEmpty()) {
            auto it = index->m_titleTerms.find(title.data());
            if (it == index->m_titleTerms.end() || it->size() != std::size_t(m_terms.size())) {
                std::vector<unsigned char> flags(std::size_t(m_terms.size()), 0);
                for (int term = 0; term < m_terms.size(); ++term)
                    flags[std::size_t(term)] = containsTerm(title, m_terms.at(term).text, m_terms.at(term).notAfter);
                it = index->m_titleTerms.insert(title.data(), std::move(flags));
            }
            const std::vector<unsigned char> &titleTerms = it.value();
            for (int term = 0; term < m_terms.size(); ++term) {
                if (titleTerms[std::size_t(term)] && !index->m_termIn[term])
                    weigh(m_terms.at(term), 3);
            }
        }
        for (int term : index->m_touchedTerms)
            index->m_termIn[term] = 0;
    } else {
        for (int termIndex = 0; termIndex < m_terms.size(); ++termIndex) {
            const Term &term = m_terms.at(termIndex);
            for (std::size_t s = 0; s < weighted.size(); ++s) {
                if (!containsTerm(weighted[s].text, term.text, term.notAfter))
                    continue;
                weigh(term, s);
                break; // scopes are nested: the narrowest one that holds the term counts
            }
        }
    }
    result.category = Category::Other;
    double bestScore = 0;
    int bestNarrowness = -1;
    static const QList<Category> categories = allCategories();
    for (Category category : categories) {
        const int index = categoryIndex(category);
        const double value = score[index];
        if (value <= 0)
            continue;
        const bool better = value > bestScore
                            || (value == bestScore
                                && (narrowness[index] > bestNarrowness
                                    || (narrowness[index] == bestNarrowness
                                        && tieRank(category) > tieRank(result.category))));
        if (better) {
            bestScore = value;
            bestNarrowness = narrowness[index];
            result.category = category;
        }
    }
    // No category word near the number, but a telling indicator trigger right beside it in the
    // clause: the indicator knows its category ("8.3万名职工加入工会" counts members though no
    // 会员 is written). Two-character triggers (项目, 成果) and farther ones say too little.
    if (result.category == Category::Other && result.indicator && result.indicator->category != Category::Other
        && indicatorGap >= 0 && indicatorGap <= kIndicatorCategoryGap && indicatorTriggerLength >= 3)
        result.category = result.indicator->category;
    return result;
}

} // namespace ub
