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
    ASSERT_EQ(model.rowCount(), 10); // the 2019 report's 十大亮点
    for (int row = 0; row < 10; ++row) {
        EXPECT_EQ(model.index(row, HighlightModel::NumberColumn).data().toInt(), row + 1);
        EXPECT_FALSE(model.index(row, HighlightModel::TitleColumn).data().toString().isEmpty());
    }
    model.setYear(1990);
    EXPECT_EQ(model.rowCount(), 0);
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
