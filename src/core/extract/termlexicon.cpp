#include "termlexicon.h"

#include "figurefeatures.h"
#include "indicatorcatalogue.h"
#include "lexicon.h"

#include <algorithm>

namespace ub {

QLatin1StringView scopeTag(TermScope scope)
{
    static const QLatin1StringView tags[kTermScopes] = {
        QLatin1StringView("b0"), QLatin1StringView("b1"), QLatin1StringView("b2"), QLatin1StringView("a0"),
        QLatin1StringView("a1"), QLatin1StringView("p"),  QLatin1StringView("s"),  QLatin1StringView("t")};
    return tags[int(scope)];
}

TermLexicon::TermLexicon()
{
    for (const QStringList &row : Lexicon::readTable(QStringLiteral(":/ub/data/lexicon/category_terms.tsv"))) {
        if (row.size() < 3)
            continue;
        if (const auto category = categoryFromKey(row.at(1)))
            m_terms.append({row.at(0), *category, row.at(2).toInt(), row.size() > 3 ? row.at(3) : QString(),
                            toKey(*category) + row.at(2)});
    }
    for (qsizetype i = 0; i < m_terms.size(); ++i)
        m_patterns[std::size_t(patternId(m_terms.at(i).text))].terms.push_back(int(i));
    const QList<Indicator> &indicators = IndicatorCatalogue::instance().indicators();
    for (qsizetype i = 0; i < indicators.size(); ++i) {
        for (const QString &trigger : indicators.at(i).triggers) {
            const int id = patternId(trigger);
            const qsizetype star = trigger.indexOf(u'*');
            if (star > 0 && star + 1 < trigger.size() && m_patterns[std::size_t(id)].head < 0) {
                const int head = patternId(trigger.first(star));
                const int tail = patternId(trigger.sliced(star + 1));
                m_patterns[std::size_t(id)].head = head;
                m_patterns[std::size_t(id)].tail = tail;
            }
            std::vector<int> &list = m_patterns[std::size_t(id)].indicators;
            if (list.empty() || list.back() != int(i))
                list.push_back(int(i));
        }
    }
    for (const QStringList &row : Lexicon::readTable(QStringLiteral(":/ub/data/lexicon/kind_terms.tsv"))) {
        if (row.size() >= 2) {
            if (const auto kind = figureKindFromKey(row.at(1)))
                m_patterns[std::size_t(patternId(row.at(0)))].kinds.push_back(*kind);
        }
    }
    // Every pattern's features with their hashes per scope, so that reading a figure's context
    // computes no hash for the lexicon's words (#15).
    for (Pattern &pattern : m_patterns) {
        auto add = [&pattern](QLatin1StringView prefix, const QString &payload, int term, bool nearOnly) {
            Feature feature{prefix, payload, term, nearOnly, {}};
            for (int scope = 0; scope < kTermScopes; ++scope)
                feature.hashes[std::size_t(scope)] = featureHash(prefix, payload, scopeTag(TermScope(scope)));
            pattern.features.push_back(feature);
        };
        for (int i : pattern.indicators)
            add(QLatin1StringView("ti"), indicators.at(i).key, -1, false);
        for (int t : pattern.terms)
            add(QLatin1StringView("tc"), m_terms.at(t).featureKey, t, false);
        for (FigureKind kind : pattern.kinds)
            add(QLatin1StringView("tk"), toKey(kind), -1, false);
        add(QLatin1StringView("w"), pattern.text, -1, true);
    }
    m_gappedByHead.resize(m_patterns.size());
    for (std::size_t id = 0; id < m_patterns.size(); ++id) {
        if (m_patterns[id].head >= 0)
            m_gappedByHead[std::size_t(m_patterns[id].head)].push_back(int(id));
    }
    // The plain patterns by first unit, in id order; then, for each pair of units that starts a
    // pattern, the patterns a match there may be: those starting with the pair, and the one-unit
    // patterns of its first unit, still in id order (the order of the occurrences found).
    std::vector<std::vector<int>> byFirst(0x10000);
    std::size_t pairs = 0;
    for (std::size_t id = 0; id < m_patterns.size(); ++id) {
        if (m_patterns[id].head >= 0)
            continue; // found by joining its parts
        byFirst[m_patterns[id].text.front().unicode()].push_back(int(id));
        ++pairs;
    }
    std::size_t capacity = 16;
    while (capacity < pairs * 4)
        capacity *= 2;
    m_pairGroups.assign(capacity, PairGroup());
    m_isFirst.assign(0x10000 / 64, 0);
    auto candidateOf = [this](int id) {
        const QString &text = m_patterns[std::size_t(id)].text;
        // The patterns are complete and never change again, so their characters stay put.
        return Candidate{reinterpret_cast<const char16_t *>(text.constData()), text.size(), id};
    };
    auto addGroup = [this](PairGroup group) {
        const std::size_t mask = m_pairGroups.size() - 1;
        std::size_t slot = (group.pair * 2654435761u) & mask;
        while (m_pairGroups[slot].pair != 0)
            slot = (slot + 1) & mask;
        m_pairGroups[slot] = group;
    };
    for (std::size_t first = 0; first < byFirst.size(); ++first) {
        const std::vector<int> &ids = byFirst[first];
        if (ids.empty())
            continue;
        m_isFirst[first >> 6] |= quint64(1) << (first & 63);
        PairGroup singles;
        singles.pair = quint32(first) << 16;
        singles.start = quint32(m_candidates.size());
        for (int id : ids) {
            if (m_patterns[std::size_t(id)].text.size() == 1)
                m_candidates.push_back(candidateOf(id));
        }
        singles.end = quint32(m_candidates.size());
        if (singles.end > singles.start)
            addGroup(singles);
        std::vector<char16_t> seconds;
        for (int id : ids) {
            const QString &text = m_patterns[std::size_t(id)].text;
            if (text.size() > 1 && std::find(seconds.begin(), seconds.end(), text[1].unicode()) == seconds.end())
                seconds.push_back(text[1].unicode());
        }
        for (const char16_t second : seconds) {
            PairGroup group;
            group.pair = (quint32(first) << 16) | second;
            group.start = quint32(m_candidates.size());
            for (int id : ids) {
                const QString &text = m_patterns[std::size_t(id)].text;
                if (text.size() == 1 || text[1].unicode() == second)
                    m_candidates.push_back(candidateOf(id));
            }
            group.end = quint32(m_candidates.size());
            addGroup(group);
        }
    }
}

const TermLexicon &TermLexicon::instance()
{
    static const TermLexicon lexicon;
    return lexicon;
}

int TermLexicon::patternId(const QString &text)
{
    const auto it = m_patternIds.constFind(text);
    if (it != m_patternIds.constEnd())
        return it.value();
    const int id = int(m_patterns.size());
    m_patterns.push_back({text, {}, {}, {}});
    m_patternIds.insert(text, id);
    return id;
}

std::vector<TermIndex::Occurrence> &TermIndex::spareOccurrences()
{
    thread_local std::vector<Occurrence> spare;
    return spare;
}

TermIndex::TermIndex(const TermLexicon &lexicon, QStringView text) : m_text(text)
{
    m_occurrences.swap(spareOccurrences());
    m_occurrences.clear();
    const std::vector<TermLexicon::Pattern> &patterns = lexicon.patterns();
    lexicon.scan(text, [&](qsizetype position, int pattern) {
        m_occurrences.push_back({position, position + patterns[std::size_t(pattern)].text.size(), pattern});
    });
    // Gapped triggers: a head part, then its tail part a few characters on in the same clause.
    const std::vector<std::vector<int>> &gapped = lexicon.gappedByHead();
    const std::size_t plain = m_occurrences.size();
    bool added = false;
    for (std::size_t h = 0; h < plain; ++h) {
        const Occurrence head = m_occurrences[h];
        for (const int id : gapped[std::size_t(head.pattern)]) {
            const int tail = patterns[std::size_t(id)].tail;
            for (std::size_t t = h + 1; t < plain && m_occurrences[t].position <= head.end + TermLexicon::kMaxGap; ++t) {
                if (m_occurrences[t].pattern != tail || m_occurrences[t].position < head.end)
                    continue;
                const QStringView between = text.sliced(head.end, m_occurrences[t].position - head.end);
                if (between.contains(u',') || between.contains(u'。') || between.contains(u';'))
                    break;
                m_occurrences.push_back({head.position, m_occurrences[t].end, id});
                added = true;
                break;
            }
        }
    }
    // The joined triggers were appended in their heads' order, so one merge puts them in place
    // (after the plain occurrences at the same position, as a stable sort would).
    if (added)
        std::inplace_merge(m_occurrences.begin(), m_occurrences.begin() + qsizetype(plain), m_occurrences.end(),
                           [](const Occurrence &a, const Occurrence &b) { return a.position < b.position; });
}

TermIndex::~TermIndex()
{
    constexpr std::size_t kKeptOccurrences = 1 << 16; // a huge document's list is let go
    if (m_occurrences.capacity() <= kKeptOccurrences) {
        m_occurrences.clear();
        spareOccurrences().swap(m_occurrences);
    }
}

} // namespace ub
