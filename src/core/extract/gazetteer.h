// The Shaanxi gazetteer: Shaanxi's administrative divisions, other provinces, and a matcher for them in text.
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace ub {

/** One administrative division of Shaanxi (a row of data/regions/shaanxi.tsv), or a unit that union
 *  reports attribute like one (a row of data/regions/units.tsv: an enterprise group, an industry
 *  union), which rolls up to its region as a county does and is the figure's subregion. */
struct RegionEntry
{
    enum class Level { Province, Prefecture, County, Unit };

    QString code; // GB/T 2260 code; 6199xx are project-specific (see data/regions/README.md); none for a unit
    QString name; // official name, e.g. 陈仓区
    Level level = Level::County;
    QString parentCode;  // empty for the province
    QString prefecture;  // the prefecture-level unit it rolls up to; 陕西省 for the province and province-level units
    QStringList aliases; // other names, without the '*' marker
    /** Names (aliases, possibly the official name itself) that carry the '*' rule: they only count
     *  as a mention in a region context, see Gazetteer::findMentions(). */
    QStringList riskyAliases;
};

/** A region named in a text. */
struct RegionMention
{
    qsizetype start = 0;                // UTF-16 index into the searched text
    qsizetype end = 0;                  // one past the last UTF-16 unit
    const RegionEntry *entry = nullptr; // nullptr for a place outside Shaanxi
    QString outsideProvince;            // e.g. 湖北省 when the mention is outside Shaanxi, else empty
    QString matchedText;
};

/**
 * The place names the extractor needs to attribute a figure to a region: every county-level
 * division of Shaanxi with its prefecture-level unit (11, 杨凌示范区 included), plus China's other
 * provincial-level divisions and some cities outside Shaanxi, so that a figure about 湖北 or 十堰 is
 * never pinned on a Shaanxi city. Immutable after load(); all const members are thread-safe.
 */
class Gazetteer
{
public:
    /** The embedded Shaanxi gazetteer (the data/regions tsv files compiled in as Qt resources under
     *  :/ub/data/regions/). Loaded once, thread-safe. */
    static const Gazetteer &shaanxi();

    /** Loads from tsv files (units optional); on failure returns false, sets *error (when given) to
     *  a message naming the file and line, and leaves the previous contents untouched. On success,
     *  pointers obtained earlier from this object are invalidated. */
    bool load(const QString &shaanxiTsvPath, const QString &provincesTsvPath, QString *error,
              const QString &unitsTsvPath = QString());

    /** The Shaanxi division with this exact name or alias (the '*' rule does not apply here). */
    const RegionEntry *find(QStringView nameOrAlias) const;
    /** The prefecture-level unit a Shaanxi name rolls up to; "" when unknown or outside Shaanxi;
     *  陕西省 for the province. */
    QString prefectureOf(QStringView nameOrAlias) const;
    /** The province (e.g. 湖北省) of a name outside Shaanxi; "" for Shaanxi names and unknown ones. */
    QString outsideProvinceOf(QStringView nameOrAlias) const;
    const RegionEntry *byCode(QStringView code) const;
    /** The 11 prefecture-level units in code order, 杨凌示范区 last. */
    QStringList prefectures() const;
    /** The Shaanxi rows in file order. */
    const QList<RegionEntry> &entries() const;
    /** The units of units.tsv (Level::Unit), in file order. */
    const QList<RegionEntry> &units() const;
    /** The rows outside Shaanxi (data/regions/provinces.tsv); `prefecture` holds their province. */
    const QList<RegionEntry> &outsideEntries() const;

    /** Every region mention in text, longest match first, non-overlapping, left to right, in linear
     *  time (a trie walked from each position, so O(text length × longest name)). Handles the '*'
     *  rule. Also finds other provinces (湖北省, 湖北) and the listed outside cities, with
     *  outsideProvince set. The rules are spelt out in data/regions/README.md. */
    QList<RegionMention> findMentions(QStringView text) const;

private:
    /** What a name in the trie stands for. */
    struct Key
    {
        qint32 target = -1; // >= kUnitTarget: a unit; >= 0: index into m_entries; < 0: -(index into m_outside) - 1
        bool risky = false;
    };
    struct Match
    {
        qint32 key = -1;
        qsizetype start = 0;
        qsizetype end = 0;
    };
    struct Candidate;

    const RegionEntry *targetEntry(qint32 target) const;
    QString provinceOf(qint32 target) const;
    QString prefectureGroupOf(qint32 target) const;
    bool sameArea(qint32 a, qint32 b) const;
    /** Walks the trie from pos, calling onName(key, end) for every name found, shortest first. */
    template<typename OnName> void walk(QStringView text, qsizetype pos, OnName onName) const;
    /** Every name starting at pos, shortest first. */
    void matchesAt(QStringView text, qsizetype pos, QList<Match> *out) const;
    qint32 longestSafeAt(QStringView text, qsizetype pos) const;

    QString m_shaanxiName; // the province row's name, 陕西省
    static constexpr qint32 kUnitTarget = 1 << 24;
    QList<RegionEntry> m_entries;
    QList<RegionEntry> m_units;
    QList<RegionEntry> m_outside;
    QHash<QString, qint32> m_codeIndex; // code -> target
    QHash<QString, qint32> m_keyIndex;  // name or alias -> index into m_keys
    QList<Key> m_keys;
    // The trie: edge (node << 16 | UTF-16 unit) -> child node; m_nodeKey[node] is a key index or -1.
    QHash<quint64, qint32> m_edges;
    QList<qint32> m_nodeKey;
    /** The root's children by UTF-16 unit (0: none). The walk starts at every position of every
     *  text, and almost all of them are no name's first character: one bit read in an 8 KB map
     *  that stays in cache, no hashing (#7). */
    std::vector<qint32> m_rootChild;
    std::vector<quint64> m_isFirst; ///< bit c: some name starts with UTF-16 unit c
};

} // namespace ub
