// HighlightModel and DocumentMentionModel over the sample reports.
#include "documentmentionmodel.h"
#include "highlightmodel.h"
#include "modelfixture.h"

#include <QAbstractItemModelTester>

using namespace Qt::StringLiterals;
using namespace ub;

class ListModelsTest : public test::SampleStoreTest {};

TEST_F(ListModelsTest, HighlightsComeInNumericOrder)
{
    importSamples();
    HighlightModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setYear(2019);
    ASSERT_EQ(model.rowCount(), 1); // the 2019 highlights report, under its title
    const QModelIndex report = model.index(0, 0);
    EXPECT_TRUE(report.data().toString().startsWith(u"陕西省总工会2019年十大工作亮点"_s))
        << report.data().toString().toStdString();
    EXPECT_TRUE(model.hasChildren(report));
    ASSERT_TRUE(model.canFetchMore(report));
    model.fetchMore(report);
    ASSERT_EQ(model.rowCount(report), 10); // its 十大亮点, in number order
    int figures = 0;
    int withKeyFigures = 0;
    for (int row = 0; row < 10; ++row) {
        EXPECT_EQ(model.index(row, HighlightModel::NumberColumn, report).data().toInt(), row + 1);
        EXPECT_FALSE(model.index(row, HighlightModel::TitleColumn, report).data().toString().isEmpty());
        figures += model.index(row, HighlightModel::FiguresColumn, report).data().toInt();
        withKeyFigures += !model.index(row, HighlightModel::KeyFiguresColumn, report).data().toString().isEmpty();
    }
    EXPECT_GT(figures, 20);
    EXPECT_GE(withKeyFigures, 5) << "most items show key figures inline";
    model.setYear(1990);
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(ListModelsTest, ReportsOfOneTitleAreToldApartByTheirFiles)
{
    const QString text = u"咸阳市总工会2022年十大工作亮点\n1 产业工人队伍建设改革\n全年新发展会员%1人。\n"
                         "2 职工书屋建设\n新建职工书屋%2家。\n"_s;
    importPaths({writeFile(u"spring.txt"_s, text.arg(1200).arg(5).toUtf8()),
                 writeFile(u"autumn.txt"_s, text.arg(900).arg(7).toUtf8())});
    HighlightModel model(*m_store);
    model.setYear(2022);
    ASSERT_EQ(model.rowCount(), 2) << "each report's highlights under their own title, never merged";
    QStringList shown;
    for (int row = 0; row < 2; ++row)
        shown << model.index(row, 0).data().toString();
    EXPECT_NE(shown.at(0), shown.at(1));
    EXPECT_TRUE(shown.join(u' ').contains(u"spring.txt"_s)) << shown.join(u" | ").toStdString();
    EXPECT_TRUE(shown.join(u' ').contains(u"autumn.txt"_s));
    for (const QString &title : shown)
        EXPECT_TRUE(title.startsWith(u"咸阳市总工会2022年十大工作亮点"_s)) << title.toStdString();
}

TEST_F(ListModelsTest, DocumentsOfARegion)
{
    importSamples();
    DocumentMentionModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRegion(u"延安市"_s);
    ASSERT_GE(model.rowCount(), 1);
    bool workSummary = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        EXPECT_GT(model.index(row, DocumentMentionModel::FiguresColumn).data().toInt(), 0);
        workSummary |= model.index(row, 0).data(DocumentMentionModel::DocumentNameRole).toString() ==
                       u"004_e28d0ab1245c1101.txt"_s;
    }
    EXPECT_TRUE(workSummary);
    model.setRegion(u"' OR 1=1 --"_s);
    EXPECT_EQ(model.rowCount(), 0);
}
