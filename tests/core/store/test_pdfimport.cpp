// Importing PDF reports: the same extraction as text, with page numbers in the provenance.
#include "extractor.h"
#include "figurequeries.h"
#include "importer.h"
#include "pdffixture.h"
#include "storefixture.h"

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
