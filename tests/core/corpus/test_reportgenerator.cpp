// Tests of the synthetic report generator behind `unionboard-cli bench` (#7).
#include "extractor.h"
#include "reportgenerator.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int kReports = 400; // ~40,000 planted figures: every unit and year shows up many times

TEST(ReportGenerator, SameSeedSameReports)
{
    const ub::ReportGenerator a(7), b(7), c(8);
    for (qint64 i : {0, 1, 17, 399, 123456}) {
        EXPECT_EQ(a.report(i).text, b.report(i).text) << i;
        EXPECT_EQ(a.report(i).name, b.report(i).name) << i;
    }
    EXPECT_NE(a.report(3).text, c.report(3).text);
}

TEST(ReportGenerator, CoversAllUnitsCountiesYearsAndGenres)
{
    const ub::ReportGenerator generator(1);
    ASSERT_EQ(generator.prefectures().size(), 11);
    QSet<QString> regions, counties, kinds;
    QSet<int> years;
    for (int i = 0; i < kReports * 5; ++i) {
        const ub::SyntheticReport report = generator.report(i);
        regions << report.region;
        years << report.year;
        kinds << report.kind;
        for (const QString &county : report.counties)
            counties << county;
        EXPECT_GE(report.year, 2000);
        EXPECT_LE(report.year, 2030);
    }
    EXPECT_EQ(regions.size(), 11);
    EXPECT_EQ(years.size(), 31);
    EXPECT_EQ(kinds, (QSet<QString>{u"highlights"_s, u"speech"_s, u"news"_s, u"summary"_s}));
    int allCounties = 0;
    for (const QString &prefecture : generator.prefectures())
        allCounties += int(generator.countiesOf(prefecture).size());
    EXPECT_GT(allCounties, 100);
    // Counties are drawn at random per news item and summary section: at this scale nearly all appear.
    EXPECT_GE(counties.size(), allCounties * 9 / 10);
}

// The extractor must find about what was planted. The band is ±3%: every template is a figure
// the extractor accepts on its own (checked: at 20,000 figures the counts are equal), and the
// margin leaves room for a rule change that, say, reads 较上年提高三个百分点 differently, while a
// regression that loses a whole sentence pattern (≥ 1/14 of figures) still fails.
TEST(ReportGenerator, ExtractorFindsAboutThePlantedFigures)
{
    const ub::ReportGenerator generator(3);
    const ub::Extractor extractor;
    qint64 planted = 0, found = 0, repeats = 0, linked = 0;
    for (int i = 0; i < kReports; ++i) {
        const ub::SyntheticReport report = generator.report(i);
        const ub::ExtractionResult result = extractor.extract(report.text, report.name);
        planted += report.plantedFigures;
        repeats += report.plantedRepeats;
        found += result.figures.size();
        QSet<int> facts;
        for (const ub::Figure &figure : result.figures) {
            if (facts.contains(figure.fact))
                ++linked;
            facts << figure.fact;
        }
    }
    ASSERT_GT(planted, 30000);
    EXPECT_GE(found, planted * 97 / 100);
    EXPECT_LE(found, planted * 103 / 100);
    // Every restatement in a closing summary is linked to its first statement as one fact (a
    // few more figures may share a fact by chance: same value, unit, region and year).
    EXPECT_GE(linked, repeats);
}

} // namespace
