// Importing PDF reports: the same extraction as text, with page numbers in the provenance.
#include "documentqueries.h"
#include "extractor.h"
#include "figurequeries.h"
#include "importer.h"
#include "pdffixture.h"
#include "storefixture.h"

#include <atomic>

using namespace Qt::StringLiterals;
using namespace ub;

class PdfImportTest : public test::StoreTest {};

TEST_F(PdfImportTest, FiguresGetThePageTheyAreOn)
{
    const QString path = writeFile(u"西安市总工会2020年工作总结.pdf"_s,
                                   test::makePdf({u"西安市总工会2020年工作总结"_s,
                                                  u"2020年，西安市总工会新建工会组织37个，新发展会员1287人。"_s,
                                                  u"全年为困难职工发放救助金356.8万元。"_s}));
    Extractor extractor;
    Importer importer(*m_store, extractor);
    const ImportFileResult result = importer.importFile(path);
    ASSERT_EQ(result.outcome, ImportOutcome::Imported) << result.message.toStdString();
    FigureQueries queries(*m_store);
    QHash<double, int> pageOf;
    for (const FigureRecord &record : queries.figures({}, 0, 100))
        pageOf.insert(record.figure.value, record.figure.page);
    EXPECT_EQ(pageOf.value(37), 2);
    EXPECT_EQ(pageOf.value(1287), 2);
    EXPECT_EQ(pageOf.value(3568000), 3);
    const auto document = queries.document(u"西安市总工会2020年工作总结.pdf"_s);
    ASSERT_TRUE(document.has_value());
    EXPECT_EQ(document->text.count(u'\f'), 2);
}

TEST_F(PdfImportTest, BrokenPdfIsRejectedByNameAndStoreUntouched)
{
    const QByteArray whole = test::makePdf({u"2020年，新建工会组织37个。"_s});
    const QString path = writeFile(u"broken.pdf"_s, whole.left(whole.size() / 3));
    Extractor extractor;
    Importer importer(*m_store, extractor);
    const ImportFileResult result = importer.importFile(path);
    if (result.outcome == ImportOutcome::Imported)
        GTEST_SKIP() << "poppler recovered this truncated PDF";
    EXPECT_EQ(result.outcome, ImportOutcome::Rejected);
    EXPECT_TRUE(result.message.contains(u"broken.pdf"_s)) << result.message.toStdString();
    EXPECT_EQ(FigureQueries(*m_store).documentCount(), 0);
}

namespace {

const QStringList kScan = {
    u"2020年，西安市总工会新建工会组织37个，新发展会员1287人。"_s,
    u"全年为困难职工发放救助金356.8万元，覆盖职工4210人次。"_s,
};

} // namespace

// A scanned report is recognised, marked as such, and each of its figures carries the
// recogniser's confidence, so staff know which to check.
TEST_F(PdfImportTest, AScannedReportIsRecognisedAndItsFiguresCarryTheirConfidence)
{
    const QString path = writeFile(u"扫描件.pdf"_s, test::makeImagePdf({kScan, kScan}));
    Extractor extractor;
    Importer importer(*m_store, extractor);
    QList<int> pagesRead;
    ReadProgress progress;
    progress.pageRead = [&](const QString &file, int page, int pageCount, bool ocr) {
        EXPECT_EQ(file, path);
        EXPECT_EQ(pageCount, 2);
        EXPECT_TRUE(ocr);
        pagesRead << page;
    };
    importer.setReadProgress(progress);
    const ImportFileResult result = importer.importFile(path);
    ASSERT_EQ(result.outcome, ImportOutcome::Imported) << result.message.toStdString();
    EXPECT_EQ(pagesRead, (QList<int>{1, 2}));

    QString error;
    const QList<StoredDocument> documents = storedDocuments(*m_store, &error);
    ASSERT_EQ(documents.size(), 1) << error.toStdString();
    EXPECT_EQ(documents.first().readMethod, u"ocr"_s);
    EXPECT_EQ(documents.first().ocrPages, 2);
    EXPECT_TRUE(documents.first().recognised());
    const QList<FigureRecord> figures = FigureQueries(*m_store).figures({}, 0, 100);
    ASSERT_GE(figures.size(), 6);
    int lowConfidence = 0;
    for (const FigureRecord &record : figures) {
        EXPECT_GE(record.confidence, 0) << record.figure.quote.toStdString();
        EXPECT_LE(record.confidence, 100);
        lowConfidence += record.confidence < kLowConfidence;
    }
    EXPECT_EQ(documents.first().lowConfidenceFigures, lowConfidence);
    EXPECT_TRUE(std::any_of(figures.cbegin(), figures.cend(),
                            [](const FigureRecord &r) { return r.figure.value == 1287 && r.figure.page == 2; }));

    // Extracted again from the store, the figures keep their confidence.
    const ImportFileResult again = importer.reextract(u"扫描件.pdf"_s);
    ASSERT_EQ(again.outcome, ImportOutcome::Replaced) << again.message.toStdString();
    const QList<FigureRecord> after = FigureQueries(*m_store).figures({}, 0, 100);
    ASSERT_EQ(after.size(), figures.size());
    for (qsizetype i = 0; i < after.size(); ++i)
        EXPECT_EQ(after.at(i).confidence, figures.at(i).confidence);
}

TEST_F(PdfImportTest, CancellingWhileAScanIsRecognisedStopsTheImportAndStoresNothing)
{
    const QString path = writeFile(u"长扫描件.pdf"_s, test::makeImagePdf({kScan, kScan, kScan, kScan}));
    Extractor extractor;
    Importer importer(*m_store, extractor);
    std::atomic_bool cancel = false;
    ReadProgress progress;
    progress.pageRead = [&](const QString &, int page, int, bool) {
        if (page == 1)
            cancel = true;
    };
    progress.cancelRequested = [&] { return cancel.load(); };
    importer.setReadProgress(progress);
    const ImportSummary summary = importer.importFiles({path, path});
    EXPECT_TRUE(summary.cancelled);
    ASSERT_EQ(summary.files.size(), 1) << "the import stops at the cancelled file";
    EXPECT_EQ(summary.files.first().outcome, ImportOutcome::Rejected);
    EXPECT_TRUE(summary.files.first().message.contains(u"长扫描件.pdf"_s)) << summary.files.first().message.toStdString();
    EXPECT_EQ(FigureQueries(*m_store).documentCount(), 0);
}
