// DocumentTableModel and DocumentFilterModel: the model contract under the tester, edits that
// reach the store and the figures, refused values, removal and restoring.
#include "documentfiltermodel.h"
#include "documenttablemodel.h"
#include "figurequeries.h"
#include "modelfixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace ub;

namespace {

class DocumentTableModelTest : public test::SampleStoreTest
{
protected:
    std::optional<StoredDocument> stored(const QString &name)
    {
        QString error;
        for (const StoredDocument &document : storedDocuments(*m_store, &error)) {
            if (document.name == name)
                return document;
        }
        EXPECT_TRUE(error.isEmpty()) << error.toStdString();
        return std::nullopt;
    }

    QList<int> figureYears(const QString &name)
    {
        FigureFilter filter;
        filter.documentName = name;
        QList<int> years;
        for (const FigureRecord &record : FigureQueries(*m_store).figures(filter, 0, 1000))
            years << record.figure.year;
        return years;
    }
};

const QString kUndated = u"undated.txt"_s;

} // namespace

TEST_F(DocumentTableModelTest, PassesTheTesterThroughEditsRemovalsAndReloads)
{
    importSamples();
    DocumentTableModel model(*m_store);
    DocumentFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model.rowCount(), 5);
    EXPECT_EQ(model.columnCount(), DocumentTableModel::ColumnCount);

    const QString name = model.index(0, 0).data(DocumentTableModel::DocumentNameRole).toString();
    ASSERT_TRUE(model.setData(model.index(0, DocumentTableModel::YearColumn), 2018));
    filter.sort(DocumentTableModel::YearColumn, Qt::DescendingOrder);
    filter.setSearchText(u"2018"_s);
    EXPECT_EQ(filter.rowCount(), 1);
    filter.setSearchText({});
    EXPECT_EQ(filter.rowCount(), 5);

    const std::optional<RemovedDocument> removed = model.remove(name);
    ASSERT_TRUE(removed);
    EXPECT_EQ(model.rowCount(), 4);
    ASSERT_TRUE(model.restore(*removed));
    EXPECT_EQ(model.rowCount(), 5);
    EXPECT_EQ(model.rowOfDocument(name), 0) << "back in its old place";
    model.reload();
    EXPECT_EQ(model.rowCount(), 5);
}

TEST_F(DocumentTableModelTest, ShowsHowEachReportWasRead)
{
    importSamples();
    DocumentTableModel model(*m_store);
    const int row = model.rowOfDocument(u"000_d6f6c8912e58501c.txt"_s);
    ASSERT_GE(row, 0);
    const StoredDocument *document = model.document(row);
    EXPECT_EQ(model.index(row, DocumentTableModel::FileColumn).data().toString(), document->name);
    EXPECT_EQ(model.index(row, DocumentTableModel::FiguresColumn).data().toInt(), document->figureCount);
    EXPECT_GT(document->figureCount, 0);
    EXPECT_EQ(model.index(row, DocumentTableModel::YearColumn).data().toInt(), 2019);
    EXPECT_FALSE(model.index(row, DocumentTableModel::KindColumn).data().toString().isEmpty());
    EXPECT_FALSE(model.index(row, DocumentTableModel::ReadAsColumn).data().toString().isEmpty());
    EXPECT_FALSE(model.index(row, 0).data(DocumentTableModel::RecognisedRole).toBool());
    EXPECT_FALSE(model.index(row, DocumentTableModel::YearColumn)
                     .data(DocumentTableModel::GivenPropertyRole)
                     .toBool());
    EXPECT_TRUE(model.flags(model.index(row, DocumentTableModel::UnitColumn)) & Qt::ItemIsEditable);
    EXPECT_FALSE(model.flags(model.index(row, DocumentTableModel::FiguresColumn)) & Qt::ItemIsEditable);
}

TEST_F(DocumentTableModelTest, EditsReachTheStoreAndTheFiguresFollowTheYear)
{
    importPaths(
        {writeFile(kUndated, QStringLiteral("西安市总工会新发展会员1200名，建成职工书屋26家。\n").toUtf8())});
    DocumentTableModel model(*m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy changed(&model, &DocumentTableModel::documentChanged);
    const int row = model.rowOfDocument(kUndated);
    ASSERT_GE(row, 0);
    ASSERT_FALSE(figureYears(kUndated).isEmpty());
    EXPECT_FALSE(figureYears(kUndated).contains(2021));

    ASSERT_TRUE(model.setData(model.index(row, DocumentTableModel::YearColumn), u"2021"_s));
    EXPECT_EQ(stored(kUndated)->year, 2021);
    EXPECT_TRUE(stored(kUndated)->givenProperties.contains(u"year"_s));
    for (const int year : figureYears(kUndated))
        EXPECT_EQ(year, 2021) << "a figure without a year of its own takes the document's";
    EXPECT_EQ(model.index(row, DocumentTableModel::YearColumn).data().toInt(), 2021);
    EXPECT_TRUE(model.index(row, DocumentTableModel::YearColumn)
                    .data(DocumentTableModel::GivenPropertyRole)
                    .toBool());
    EXPECT_EQ(model.givenProperty(kUndated, DocumentProperty::Year), u"2021"_s);

    ASSERT_TRUE(
        model.setData(model.index(row, DocumentTableModel::TitleColumn), u"  西安市总工会工作总结 "_s));
    EXPECT_EQ(stored(kUndated)->title, u"西安市总工会工作总结"_s);
    EXPECT_EQ(model.index(row, DocumentTableModel::TitleColumn).data().toString(), u"西安市总工会工作总结"_s);

    ASSERT_TRUE(model.setData(model.index(row, DocumentTableModel::UnitColumn), u"延安"_s));
    EXPECT_EQ(stored(kUndated)->region, u"延安市"_s) << "the canonical name is stored";
    EXPECT_EQ(changed.size(), 3);

    // Clearing gives the extracted value back.
    ASSERT_TRUE(model.setData(model.index(row, DocumentTableModel::YearColumn), QString()));
    EXPECT_FALSE(stored(kUndated)->givenProperties.contains(u"year"_s));
    EXPECT_FALSE(figureYears(kUndated).contains(2021));
    EXPECT_FALSE(model.givenProperty(kUndated, DocumentProperty::Year));
}

TEST_F(DocumentTableModelTest, RefusesValuesThatAreNotAYearOrAUnit)
{
    importPaths({writeFile(kUndated, QStringLiteral("西安市总工会新发展会员1200名。\n").toUtf8())});
    DocumentTableModel model(*m_store);
    QSignalSpy failed(&model, &DocumentTableModel::editFailed);
    QSignalSpy changed(&model, &DocumentTableModel::documentChanged);
    const int row = model.rowOfDocument(kUndated);
    for (const QVariant &year : {QVariant(1948), QVariant(2101), QVariant(u"明年"_s)})
        EXPECT_FALSE(model.setData(model.index(row, DocumentTableModel::YearColumn), year))
            << year.toString().toStdString();
    for (const QString &unit : {u"北京市"_s, u"陈仓区"_s, u"某单位"_s})
        EXPECT_FALSE(model.setData(model.index(row, DocumentTableModel::UnitColumn), unit))
            << unit.toStdString();
    EXPECT_FALSE(model.setData(model.index(row, DocumentTableModel::FiguresColumn), 3)) << "not editable";
    ASSERT_EQ(failed.size(), 6);
    EXPECT_TRUE(failed.at(0).at(0).toString().contains(kUndated)) << "the message names the report";
    EXPECT_TRUE(failed.at(0).at(0).toString().contains(u"1948"_s));
    EXPECT_TRUE(failed.at(3).at(0).toString().contains(u"北京市"_s));
    EXPECT_TRUE(changed.isEmpty());
    EXPECT_TRUE(stored(kUndated)->givenProperties.isEmpty());
}

TEST_F(DocumentTableModelTest, RemovedAndRestoredReportKeepsItsFigures)
{
    importSamples();
    DocumentTableModel model(*m_store);
    QSignalSpy removedSpy(&model, &DocumentTableModel::documentRemoved);
    QSignalSpy restoredSpy(&model, &DocumentTableModel::documentRestored);
    const QString name = u"004_e28d0ab1245c1101.txt"_s;
    const int figures = stored(name)->figureCount;
    const int total = FigureQueries(*m_store).countFigures({});
    ASSERT_GT(figures, 0);

    const std::optional<RemovedDocument> removed = model.remove(name);
    ASSERT_TRUE(removed);
    EXPECT_EQ(model.rowOfDocument(name), -1);
    EXPECT_FALSE(stored(name));
    EXPECT_EQ(FigureQueries(*m_store).countFigures({}), total - figures);
    EXPECT_EQ(removedSpy.size(), 1);

    ASSERT_TRUE(model.restore(*removed));
    EXPECT_GE(model.rowOfDocument(name), 0);
    ASSERT_TRUE(stored(name));
    EXPECT_EQ(stored(name)->figureCount, figures);
    EXPECT_EQ(FigureQueries(*m_store).countFigures({}), total);
    EXPECT_EQ(restoredSpy.size(), 1);
}

TEST_F(DocumentTableModelTest, ExtractsEveryReportAgainAndStopsWhenAsked)
{
    importSamples();
    DocumentTableModel model(*m_store);
    QSignalSpy done(&model, &DocumentTableModel::documentsReextracted);
    const int total = FigureQueries(*m_store).countFigures({});
    EXPECT_EQ(model.reextractAll(), 5);
    EXPECT_EQ(FigureQueries(*m_store).countFigures({}), total) << "the same extractor finds the same figures";
    EXPECT_EQ(model.reextractAll([](int done, int, const QString &) { return done < 2; }), 2);
    ASSERT_EQ(done.size(), 2);
    EXPECT_TRUE(model.reextract(u"001_fc7e5e8cc932391c.txt"_s));
    EXPECT_FALSE(model.reextract(u"missing.txt"_s));
}
