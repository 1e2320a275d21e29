// The words the figure model reads around a number: category terms, indicator triggers, kind words.
#pragma once

#include "figure.h"

#include <QHash>
#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QStringView>

#include <array>
#include <vector>

namespace ub {

/** Where a lexicon word stands relative to a figure, as the figure model's features name it. */
enum class TermScope { BeforeAdjacent, BeforeNear, BeforeFar, AfterAdjacent, AfterFar, Part, Sentence, Title };
inline constexpr int kTermScopes = 8;
/** b0 b1 b2 a0 a1 p s t */
QLatin1StringView scopeTag(TermScope scope);

/**
 * The category terms of data/lexicon/category_terms.tsv, the indicator triggers of the
 * indicator dictionary and the kind words of data/lexicon/kind_terms.tsv, as one set of distinct patterns with a first-character table, so that a
 * document is searched for all of them in one left-to-right pass (TermIndex). Each pattern knows
 * the terms and indicators it stands for.
 */
class TermLexicon
{
public:
    static const TermLexicon &instance();

    struct Term
    {
        QString text;
        Category category;
        int strength;     ///< 1 generic, 2 typical, 3 decisive
        QString notAfter; ///< characters that, right before the term, make it part of another phrase
        QString featureKey; ///< category and strength, as the figure model names it: members3
    };
    /** One feature a pattern gives a figure ("ti:new_members", "tc:members3", "tk:stock",
     *  "w:新增会员"), with its hash already computed for every scope. */
    struct Feature
    {
        QLatin1StringView prefix;
        QString payload;
        int term = -1;         ///< the category term behind a "tc" feature (its notAfter applies)
        bool nearOnly = false; ///< "w" features: only where the word stands near the number
        std::array<quint64, kTermScopes> hashes{};
    };
    struct Pattern
    {
        QString text;
        std::vector<int> terms;      ///< indexes into terms()
        std::vector<int> indicators; ///< indexes into IndicatorCatalogue::indicators()
        std::vector<FigureKind> kinds; ///< the kinds its word suggests (data/lexicon/kind_terms.tsv)
        /** A gapped trigger "新增*会员": its two parts' pattern ids, matched within kMaxGap
         *  characters of each other inside one clause; -1 for a plain pattern. */
        int head = -1;
        int tail = -1;
        std::vector<Feature> features; ///< what an occurrence of it tells the figure model
    };
    /** How many characters may stand between the parts of a gapped trigger (新增农民工工会会员). */
    static constexpr qsizetype kMaxGap = 6;

    const QList<Term> &terms() const { return m_terms; }
    const std::vector<Pattern> &patterns() const { return m_patterns; }
    /** Per pattern id: the gapped patterns whose first part it is. */
    const std::vector<std::vector<int>> &gappedByHead() const { return m_gappedByHead; }
    /** Calls visit(position, pattern) for every plain pattern occurring in text, left to right
     *  (gapped triggers are joined from their parts by TermIndex). */
    template<typename Visit> void scan(QStringView text, Visit visit) const;

private:
    TermLexicon();
    int patternId(const QString &text);

    QList<Term> m_terms;
    std::vector<Pattern> m_patterns;
    QHash<QString, int> m_patternIds;
    std::vector<quint64> m_isFirst; ///< bit c: some plain pattern starts with UTF-16 unit c; 8 KB that stay in cache
    /** A plain pattern as the scan compares it: its characters at hand, without a visit to the
     *  Pattern (#19). */
    struct Candidate
    {
        const char16_t *text;
        qsizetype size;
        int id;
    };
    /** The candidates worth comparing where a pair of units stands: the patterns starting with
     *  both (or with the first alone, a one-unit pattern), in id order. Found by the pair in an
     *  open-addressing table; a first unit followed by none of its patterns' second units has
     *  only its one-unit patterns, found there as the pair (first, U+0000), most often none (#19). */
    struct PairGroup
    {
        quint32 pair = 0; ///< first << 16 | second; 0: an empty slot
        quint32 start = 0;
        quint32 end = 0;
    };
    std::vector<Candidate> m_candidates;
    std::vector<PairGroup> m_pairGroups; ///< a power of two in size, at most half full
    const PairGroup *pairGroup(char16_t first, char16_t second) const
    {
        const quint32 pair = (quint32(first) << 16) | second;
        const std::size_t mask = m_pairGroups.size() - 1;
        for (std::size_t slot = (pair * 2654435761u) & mask;; slot = (slot + 1) & mask) {
            const PairGroup &group = m_pairGroups[slot];
            if (group.pair == pair)
                return &group;
            if (group.pair == 0)
                return nullptr;
        }
    }
    std::vector<std::vector<int>> m_gappedByHead;
};

/**
 * Where every pattern of the lexicon occurs in one document's matching text, found in one pass
 * and kept in position order, so the features of a figure look only at the few occurrences in its
 * sentence (#7). Belongs to one extract() call.
 */
class TermIndex
{
public:
    struct Occurrence
    {
        qsizetype position;
        qsizetype end; ///< position + the pattern's length
        int pattern;
    };

    TermIndex(const TermLexicon &lexicon, QStringView text);
    ~TermIndex();
    TermIndex(const TermIndex &) = delete;
    TermIndex &operator=(const TermIndex &) = delete;

    QStringView text() const { return m_text; }
    /** The occurrences lying wholly inside [start, end), in position order. */
    template<typename Visit> void forEachIn(qsizetype start, qsizetype end, Visit visit) const;

private:
    /** The storage of the thread's previous index, reused so that each document's occurrences
     *  do not need fresh memory (#7). */
    static std::vector<Occurrence> &spareOccurrences();
    QStringView m_text;
    std::vector<Occurrence> m_occurrences;
};

template<typename Visit> void TermLexicon::scan(QStringView text, Visit visit) const
{
    const qsizetype size = text.size();
    const char16_t *data = text.utf16();
    const quint64 *isFirst = m_isFirst.data();
    for (qsizetype i = 0; i < size; ++i) {
        while (i < size && !((isFirst[data[i] >> 6] >> (data[i] & 63)) & 1))
            ++i;
        if (i == size)
            break;
        const char16_t unit = data[i];
        const PairGroup *group = i + 1 < size ? pairGroup(unit, data[i + 1]) : nullptr;
        if (!group && !(group = pairGroup(unit, 0)))
            continue;
        const Candidate *candidate = m_candidates.data() + group->start;
        for (const Candidate *end = m_candidates.data() + group->end; candidate != end; ++candidate) {
            const qsizetype length = candidate->size;
            if (length > size - i)
                continue;
            qsizetype k = 2; // the pair matched already (or the pattern is one unit)
            while (k < length && candidate->text[k] == data[i + k])
                ++k;
            if (k >= length)
                visit(i, candidate->id);
        }
    }
}

template<typename Visit> void TermIndex::forEachIn(qsizetype start, qsizetype end, Visit visit) const
{
    auto it = std::lower_bound(m_occurrences.begin(), m_occurrences.end(), start,
                               [](const Occurrence &o, qsizetype p) { return o.position < p; });
    for (; it != m_occurrences.end() && it->position < end; ++it) {
        if (it->end <= end)
            visit(*it);
    }
}

} // namespace ub
