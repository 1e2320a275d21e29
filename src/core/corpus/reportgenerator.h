// A deterministic generator of synthetic union work reports, for benchmarks and scale tests.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ub {

/** One generated report and what was planted in it. */
struct SyntheticReport
{
    QString name;          ///< file name, e.g. syn_0001_000042.txt (ASCII, sortable)
    QString text;
    QString kind;          ///< highlights, speech, news, summary
    int year = 0;          ///< 2000–2030
    QString region;        ///< the prefecture-level unit the report is about
    QStringList counties;  ///< the counties named as subjects in it
    int plantedFigures = 0; ///< figures written into the text, restatements included
    int plantedRepeats = 0; ///< of those, restatements of a figure stated earlier in the same report
};

/**
 * Writes realistic reports of the four genres the federation produces (十大亮点 highlights,
 * chairs' speeches, newspaper items with hard wraps, quarterly summaries): varied sentence
 * patterns, all 11 prefecture-level units and their counties (read from data/regions/shaanxi.tsv),
 * years 2000–2030, Arabic and Chinese numerals, 万/亿 scales, qualifiers (近, 超过, 约, 余, 以上,
 * 左右), money, percentages, figure-free prose, and figures restated in a closing summary.
 *
 * Deterministic: report(i) depends only on the seed and i (its own small PRNG, no std
 * distributions, no clock), so any report of any corpus can be regenerated alone and in parallel.
 * Thread-safe after construction.
 */
class ReportGenerator
{
public:
    explicit ReportGenerator(quint64 seed = 1);

    quint64 seed() const { return m_seed; }
    SyntheticReport report(qint64 index) const;

    /** How many reports give about `figures` planted figures (reports average ~100 figures). */
    static qint64 reportCountFor(qint64 figures);

    /** The 11 prefecture-level units, in file order. */
    const QStringList &prefectures() const { return m_prefectures; }
    /** The counties of a prefecture-level unit (official names). */
    QStringList countiesOf(const QString &prefecture) const;

private:
    struct County
    {
        QString name;
        int prefecture = 0;
    };
    quint64 m_seed;
    QStringList m_prefectures;
    QList<County> m_counties;
    QList<QList<int>> m_countiesByPrefecture;
};

} // namespace ub
