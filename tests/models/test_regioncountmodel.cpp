// RegionCountModel: model contract, standard region order, repeated facts counted once.
#include "extractor.h"
#include "importer.h"
#include "regioncountmodel.h"
#include "regionorder.h"
#include "storefixture.h"
#include "testpaths.h"

#include <QAbstractItemModelTester>

using namespace Qt::StringLiterals;
using namespace ub;

class RegionCountModelTest : public test::StoreTest {};

TEST_F(RegionCountModelTest, ListsRegionsInStandardOrderUnderTester)
{
    RegionCountModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0);
    Extractor extractor;
    Importer importer(*m_store, extractor);
    QStringList problems;
    importer.importFiles(Importer::collectReportFiles({test::sampleReportsDir()}, &problems));
    model.reload();
    ASSERT_GE(model.rowCount(), 5); // the samples speak for the province and several cities
    int previousRank = -1;
    int total = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const int rank = regionRank(model.index(row, RegionCountModel::RegionColumn).data().toString());
        EXPECT_GE(rank, previousRank);
        previousRank = rank;
        const int figures = model.index(row, RegionCountModel::FigureCountColumn).data().toInt();
        EXPECT_GT(figures, 0);
        EXPECT_LE(model.index(row, RegionCountModel::ApproximateColumn).data().toInt(), figures);
        total += figures;
    }
    EXPECT_GT(total, 100);
}

TEST_F(RegionCountModelTest, FilterByYearNarrowsCounts)
{
    Extractor extractor;
    Importer importer(*m_store, extractor);
    QStringList problems;
    importer.importFiles(Importer::collectReportFiles({test::sampleReportsDir()}, &problems));
    RegionCountModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto total = [&model] {
        int sum = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            sum += model.index(row, RegionCountModel::FigureCountColumn).data().toInt();
        return sum;
    };
    const int all = total();
    FigureFilter filter;
    filter.year = 2019;
    model.setFilter(filter);
    const int in2019 = total();
    EXPECT_GT(in2019, 0);
    EXPECT_LT(in2019, all);
}

TEST(RegionOrder, ProvinceFirstThenElevenUnits)
{
    EXPECT_EQ(standardRegions().size(), 12);
    EXPECT_EQ(regionRank(u"陕西省"_s), 0);
    EXPECT_LT(regionRank(u"西安市"_s), regionRank(u"杨凌示范区"_s));
    EXPECT_EQ(regionRank(u"湖北省"_s), 12);
}
