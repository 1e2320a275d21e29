// FigureTableModel: model contract under the tester, paging, filtering, roles.
#include "extractor.h"
#include "figuretablemodel.h"
#include "importer.h"
#include "storefixture.h"
#include "testpaths.h"

#include <QAbstractItemModelTester>

using namespace Qt::StringLiterals;
using namespace ub;

namespace {

class FigureTableModelTest : public test::StoreTest
{
protected:
    void import(const QStringList &paths)
    {
        Extractor extractor;
        Importer importer(*m_store, extractor);
        QStringList problems;
        const ImportSummary summary = importer.importFiles(Importer::collectReportFiles(paths, &problems));
        ASSERT_FALSE(summary.hasRejections()) << summary.toText().toStdString();
    }
};

} // namespace

TEST_F(FigureTableModelTest, PassesModelTesterThroughReloadsAndFetches)
{
    FigureTableModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0);
    import({test::sampleReportsDir()});
    model.reload();
    EXPECT_GT(model.totalCount(), 100);
    while (model.canFetchMore({}))
        model.fetchMore({});
    EXPECT_EQ(model.rowCount(), model.totalCount());
    FigureFilter filter;
    filter.text = u"会员"_s;
    model.setFilter(filter);
    while (model.canFetchMore({}))
        model.fetchMore({});
    EXPECT_GT(model.rowCount(), 0);
    EXPECT_LT(model.rowCount(), model.columnCount() * 1000);
}

TEST_F(FigureTableModelTest, FetchesInPagesNotAllAtOnce)
{
    // Enough figures for several pages, written as a report would state them.
    QByteArray text = QStringLiteral("2021年西安市总工会工作总结\n\n").toUtf8();
    for (int i = 1; i <= FigureTableModel::kPageSize * 2 + 10; ++i)
        text += QStringLiteral("第%1项工作中，新发展会员%2名。\n").arg(i).arg(100 + i).toUtf8();
    import({writeFile(u"many.txt"_s, text)});
    FigureTableModel model(*m_store); // no tester here: it fetches everything while it checks
    ASSERT_GE(model.totalCount(), FigureTableModel::kPageSize * 2);
    EXPECT_EQ(model.rowCount(), FigureTableModel::kPageSize);
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), FigureTableModel::kPageSize * 2);
    EXPECT_TRUE(model.canFetchMore({}));
}

TEST_F(FigureTableModelTest, RolesCarryProvenance)
{
    import({writeFile(u"r.txt"_s, QStringLiteral("2020年，渭南市建成职工书屋26家。\n").toUtf8())});
    FigureTableModel model(*m_store);
    model.fetchMore({});
    ASSERT_GE(model.rowCount(), 1);
    int row = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, 0).data(FigureTableModel::ValueRole).toDouble() == 26)
            row = r;
    }
    ASSERT_GE(row, 0);
    const QModelIndex index = model.index(row, FigureTableModel::QuoteColumn);
    EXPECT_EQ(index.data().toString(), u"26家"_s);
    EXPECT_TRUE(index.data(FigureTableModel::SentenceRole).toString().contains(u"职工书屋"_s));
    EXPECT_EQ(index.data(FigureTableModel::DocumentNameRole).toString(), u"r.txt"_s);
    EXPECT_EQ(model.index(row, FigureTableModel::RegionColumn).data().toString(), u"渭南市"_s);
    EXPECT_EQ(model.index(row, FigureTableModel::YearColumn).data().toInt(), 2020);
    EXPECT_GT(index.data(FigureTableModel::FigureIdRole).toLongLong(), 0);
}
