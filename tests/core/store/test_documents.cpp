// Reports as stored documents (#17): Word files and saved web pages imported like their plain text,
// the properties staff set over what was extracted, removal with everything of a document and
// its restoration, re-extraction, and hostile files of the new kinds leaving the store as it was.
#include "correctionstore.h"
#include "documentqueries.h"
#include "docxbuilder.h"
#include "extractor.h"
#include "figureexport.h"
#include "figurequeries.h"
#include "importer.h"
#include "reportfile.h"
#include "savedpage.h"
#include "storefixture.h"
#include "testpaths.h"

#include <QBuffer>
#include <QDir>
#include <QJsonDocument>
#include <QFile>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;
using namespace ub;

namespace {

/** A summary whose text names no year: its figures take the document's. */
const QString kUndatedReport = u"宝鸡市总工会工作总结\n\n"
                               "宝鸡市总工会新建工会组织37个，新发展会员1287人，筹集资金2484.4万元。\n"
                               "全市举办职工技能大赛20余场次。\n"_s;

class DocumentsTest : public test::StoreTest
{
protected:
    int count(const QString &table)
    {
        QSqlQuery query(m_store->database());
        EXPECT_TRUE(query.exec(u"SELECT count(*) FROM "_s + table) && query.next()) << table.toStdString();
        return query.value(0).toInt();
    }
    QList<FigureRecord> figuresOf(const QString &name)
    {
        FigureFilter filter;
        filter.documentName = name;
        filter.includeRejected = true;
        return FigureQueries(*m_store).figures(filter, 0, 10000);
    }
    std::optional<StoredDocument> stored(const QString &name)
    {
        QString error;
        const QList<StoredDocument> all = storedDocuments(*m_store, &error);
        EXPECT_TRUE(error.isEmpty()) << error.toStdString();
        for (const StoredDocument &document : all) {
            if (document.name == name)
                return document;
        }
        return std::nullopt;
    }
    /** The figures as a comparable list: what they say, not where they are. */
    static QStringList said(const QList<FigureRecord> &figures)
    {
        QStringList out;
        for (const FigureRecord &record : figures) {
            const Figure &f = record.figure;
            out << u"%1 %2 %3 %4 %5 %6"_s.arg(f.quote, QString::number(f.value, 'g', 12), f.region)
                       .arg(f.year)
                       .arg(toKey(f.category), f.indicator);
        }
        return out;
    }
    QStringList sampleLines() const
    {
        QFile file(QDir(test::sampleReportsDir()).filePath(u"000_d6f6c8912e58501c.txt"_s));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        return QString::fromUtf8(file.readAll()).split(u'\n');
    }
    Extractor m_extractor;
};

} // namespace

TEST_F(DocumentsTest, WordFileAndSavedWebPageImportTheFiguresOfTheirPlainText)
{
    const QStringList lines = sampleLines();
    ASSERT_GT(lines.size(), 20);
    test::DocxBuilder docx;
    docx.title(lines.first().trimmed());
    for (const QString &line : lines)
        docx.paragraph({line});
    QStringList body = lines.mid(1);
    const QString page =
        test::savedPage(lines.first().trimmed(), body, test::PageLayout::Divs,
                        u"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\">"_s);

    Importer importer(*m_store, m_extractor);
    const ImportFileResult text = importer.importFile(writeFile(u"report.txt"_s, lines.join(u'\n').toUtf8()));
    const ImportFileResult word = importer.importFile(writeFile(u"report.docx"_s, docx.build()));
    const ImportFileResult web =
        importer.importFile(writeFile(u"report.html"_s, test::encodedAs(page, "GB18030")));
    ASSERT_EQ(text.outcome, ImportOutcome::Imported) << text.message.toStdString();
    ASSERT_EQ(word.outcome, ImportOutcome::Imported) << word.message.toStdString();
    ASSERT_EQ(web.outcome, ImportOutcome::Imported) << web.message.toStdString();

    const QStringList expected = said(figuresOf(u"report.txt"_s));
    ASSERT_GE(expected.size(), 50);
    EXPECT_EQ(said(figuresOf(u"report.docx"_s)), expected);
    EXPECT_EQ(said(figuresOf(u"report.html"_s)), expected)
        << "the site's counter, dates and footer give none";
    EXPECT_EQ(stored(u"report.txt"_s)->readMethod, u"text"_s);
    EXPECT_EQ(stored(u"report.docx"_s)->readMethod, u"docx"_s);
    EXPECT_EQ(stored(u"report.html"_s)->readMethod, u"html"_s);
    EXPECT_EQ(stored(u"report.html"_s)->title, stored(u"report.txt"_s)->title);
    EXPECT_EQ(figuresOf(u"report.docx"_s).first().confidence, -1) << "only OCR'd figures carry a confidence";
}

TEST_F(DocumentsTest, AWebPageWithoutAReportTitleIsTitledByItsPageTitle)
{
    const QString page = test::savedPage(
        u"宝鸡市总工会开展送温暖活动"_s,
        {u"元旦春节期间，宝鸡市总工会深入企业、社区和困难职工家中走访慰问。"_s,
         u"宝鸡市总工会为1200名困难职工送去慰问金360万元，为一线职工送去米面油等慰问品。"_s,
         u"活动中，各级工会干部听取职工意见建议，帮助解决实际困难，让职工感受到工会组织的温暖。"_s},
        test::PageLayout::Tables);
    Importer importer(*m_store, m_extractor);
    const ImportFileResult result = importer.importFile(writeFile(u"news.htm"_s, page.toUtf8()));
    ASSERT_EQ(result.outcome, ImportOutcome::Imported) << result.message.toStdString();
    const std::optional<StoredDocument> document = stored(u"news.htm"_s);
    ASSERT_TRUE(document);
    EXPECT_EQ(document->title, u"宝鸡市总工会开展送温暖活动"_s);
    EXPECT_EQ(document->kind, u"web_page"_s);
    EXPECT_EQ(document->region, u"宝鸡市"_s);
}

TEST_F(DocumentsTest, AYearSetByStaffIsTakenByFiguresWithoutTheirOwnAndSurvivesAReimport)
{
    const QString path = writeFile(u"summary.txt"_s, kUndatedReport.toUtf8());
    Importer importer(*m_store, m_extractor);
    ASSERT_EQ(importer.importFile(path).outcome, ImportOutcome::Imported);
    QList<FigureRecord> figures = figuresOf(u"summary.txt"_s);
    ASSERT_GE(figures.size(), 4);
    ASSERT_TRUE(std::all_of(figures.cbegin(), figures.cend(), [](const FigureRecord &r) {
        return r.figure.year == 0;
    })) << "the text states no year";

    QString error;
    ASSERT_TRUE(importer.setProperty(u"summary.txt"_s, DocumentProperty::Year, u"2018"_s, u"王芳"_s, &error))
        << error.toStdString();
    figures = figuresOf(u"summary.txt"_s);
    EXPECT_TRUE(std::all_of(figures.cbegin(), figures.cend(),
                            [](const FigureRecord &r) { return r.figure.year == 2018; }));
    EXPECT_EQ(stored(u"summary.txt"_s)->year, 2018);
    EXPECT_EQ(stored(u"summary.txt"_s)->givenProperties, QStringList{u"year"_s});

    // A changed file keeps what staff said of the document, like figure corrections.
    writeFile(u"summary.txt"_s, (kUndatedReport + u"全年建成职工书屋26家。\n"_s).toUtf8());
    ASSERT_EQ(importer.importFile(path).outcome, ImportOutcome::Replaced);
    EXPECT_EQ(stored(u"summary.txt"_s)->year, 2018);
    figures = figuresOf(u"summary.txt"_s);
    EXPECT_TRUE(std::any_of(figures.cbegin(), figures.cend(), [](const FigureRecord &r) {
        return r.figure.value == 26 && r.figure.year == 2018;
    }));

    // Cleared, the document's year is the text's again.
    ASSERT_TRUE(importer.setProperty(u"summary.txt"_s, DocumentProperty::Year, QString(), u"王芳"_s, &error));
    EXPECT_TRUE(stored(u"summary.txt"_s)->givenProperties.isEmpty());
    figures = figuresOf(u"summary.txt"_s);
    EXPECT_FALSE(std::any_of(figures.cbegin(), figures.cend(),
                             [](const FigureRecord &r) { return r.figure.year == 2018; }));
}

TEST_F(DocumentsTest, AUnitAndTitleSetByStaffAreTheDocumentsAndItsFiguresDefault)
{
    Importer importer(*m_store, m_extractor);
    ASSERT_EQ(importer.importFile(writeFile(u"summary.txt"_s, kUndatedReport.toUtf8())).outcome,
              ImportOutcome::Imported);
    QString error;
    ASSERT_TRUE(
        importer.setProperty(u"summary.txt"_s, DocumentProperty::Region, u"汉中"_s, u"王芳"_s, &error))
        << error.toStdString();
    ASSERT_TRUE(importer.setProperty(u"summary.txt"_s, DocumentProperty::Title,
                                     u"汉中市总工会2018年工作总结"_s, u"王芳"_s, &error));
    const std::optional<StoredDocument> document = stored(u"summary.txt"_s);
    EXPECT_EQ(document->region, u"汉中市"_s) << "the unit is stored by its canonical name";
    EXPECT_EQ(document->title, u"汉中市总工会2018年工作总结"_s);
    EXPECT_EQ(document->givenProperties, (QStringList{u"region"_s, u"title"_s}));
    QSqlQuery query(m_store->database());
    ASSERT_TRUE(query.exec(u"SELECT author FROM document_properties WHERE field = 'region'"_s) &&
                query.next());
    EXPECT_EQ(query.value(0).toString(), u"王芳"_s);
}

TEST_F(DocumentsTest, InvalidPropertiesAreRefusedAndChangeNothing)
{
    Importer importer(*m_store, m_extractor);
    ASSERT_EQ(importer.importFile(writeFile(u"summary.txt"_s, kUndatedReport.toUtf8())).outcome,
              ImportOutcome::Imported);
    const QStringList before = said(figuresOf(u"summary.txt"_s));
    QString error;
    EXPECT_FALSE(importer.setProperty(u"summary.txt"_s, DocumentProperty::Year, u"1800"_s, u"x"_s, &error));
    EXPECT_TRUE(error.contains(u"1800"_s)) << error.toStdString();
    error.clear();
    EXPECT_FALSE(
        importer.setProperty(u"summary.txt"_s, DocumentProperty::Region, u"火星市"_s, u"x"_s, &error));
    EXPECT_TRUE(error.contains(u"火星市"_s)) << error.toStdString();
    error.clear();
    EXPECT_FALSE(importer.setProperty(u"nothing.txt"_s, DocumentProperty::Year, u"2020"_s, u"x"_s, &error));
    EXPECT_TRUE(error.contains(u"nothing.txt"_s)) << error.toStdString();
    EXPECT_EQ(said(figuresOf(u"summary.txt"_s)), before);
    EXPECT_EQ(count(u"document_properties"_s), 0);
}

TEST_F(DocumentsTest, RemovingTakesEverythingOfADocumentAndRestoringPutsItBack)
{
    Importer importer(*m_store, m_extractor);
    const QString path = writeFile(u"summary.txt"_s, kUndatedReport.toUtf8());
    ASSERT_EQ(importer.importFile(path).outcome, ImportOutcome::Imported);
    ASSERT_EQ(importer.importFile(writeFile(u"other.txt"_s, u"西安市总工会新建职工书屋26家。\n"_s.toUtf8()))
                  .outcome,
              ImportOutcome::Imported);
    QString error;
    ASSERT_TRUE(importer.setProperty(u"summary.txt"_s, DocumentProperty::Year, u"2018"_s, u"王芳"_s, &error));
    const QList<FigureRecord> figures = figuresOf(u"summary.txt"_s);
    ASSERT_FALSE(figures.isEmpty());
    const qint64 correction =
        CorrectionStore(*m_store).correct(figures.first().id, CorrectableField::Value, 40, u"王芳"_s, &error);
    ASSERT_GT(correction, 0) << error.toStdString();
    const QString importedAt = stored(u"summary.txt"_s)->importedAt;
    const int otherFigures = int(figuresOf(u"other.txt"_s).size());

    const std::optional<RemovedDocument> removed = importer.removeDocument(u"summary.txt"_s, &error);
    ASSERT_TRUE(removed) << error.toStdString();
    EXPECT_FALSE(stored(u"summary.txt"_s));
    EXPECT_TRUE(figuresOf(u"summary.txt"_s).isEmpty());
    EXPECT_EQ(count(u"corrections"_s), 0);
    EXPECT_EQ(count(u"document_properties"_s), 0);
    EXPECT_EQ(count(u"import_log WHERE outcome = 'removed'"_s), 1);
    EXPECT_EQ(figuresOf(u"other.txt"_s).size(), otherFigures) << "other documents are untouched";

    ASSERT_TRUE(importer.restoreDocument(*removed, &error)) << error.toStdString();
    const QList<FigureRecord> restored = figuresOf(u"summary.txt"_s);
    ASSERT_EQ(restored.size(), figures.size());
    EXPECT_EQ(restored.first().figure.value, 40) << "its correction came back with it";
    EXPECT_TRUE(restored.first().edited);
    EXPECT_EQ(stored(u"summary.txt"_s)->year, 2018);
    EXPECT_EQ(stored(u"summary.txt"_s)->importedAt, importedAt);
    // The correction keeps its id, so an undo of it still finds it.
    EXPECT_TRUE(CorrectionStore(*m_store).revert(correction, &error)) << error.toStdString();
    EXPECT_EQ(figuresOf(u"summary.txt"_s).first().figure.value, figures.first().figure.value);
}

TEST_F(DocumentsTest, ARemovedDocumentIsNotRestoredOverOneImportedSince)
{
    Importer importer(*m_store, m_extractor);
    const QString path = writeFile(u"summary.txt"_s, kUndatedReport.toUtf8());
    ASSERT_EQ(importer.importFile(path).outcome, ImportOutcome::Imported);
    QString error;
    const std::optional<RemovedDocument> removed = importer.removeDocument(u"summary.txt"_s, &error);
    ASSERT_TRUE(removed);
    ASSERT_EQ(importer.importFile(path).outcome, ImportOutcome::Imported);
    const int figures = count(u"figures"_s);
    EXPECT_FALSE(importer.restoreDocument(*removed, &error));
    EXPECT_TRUE(error.contains(u"summary.txt"_s)) << error.toStdString();
    EXPECT_EQ(count(u"figures"_s), figures);
    EXPECT_EQ(count(u"documents"_s), 1);
}

TEST_F(DocumentsTest, ExtractingAgainKeepsCorrectionsPropertiesAndOrigin)
{
    Importer importer(*m_store, m_extractor);
    ASSERT_EQ(importer.importFile(writeFile(u"summary.txt"_s, kUndatedReport.toUtf8())).outcome,
              ImportOutcome::Imported);
    QString error;
    ASSERT_TRUE(
        importer.setProperty(u"summary.txt"_s, DocumentProperty::Region, u"延安市"_s, u"王芳"_s, &error));
    const QList<FigureRecord> figures = figuresOf(u"summary.txt"_s);
    ASSERT_GT(CorrectionStore(*m_store).correct(figures.last().id, CorrectableField::Rejected, 1, u"王芳"_s,
                                                &error),
              0);
    const StoredDocument before = *stored(u"summary.txt"_s);

    const ImportFileResult again = importer.reextract(u"summary.txt"_s);
    ASSERT_EQ(again.outcome, ImportOutcome::Replaced) << again.message.toStdString();
    EXPECT_EQ(again.figureCount, figures.size());
    const StoredDocument after = *stored(u"summary.txt"_s);
    EXPECT_EQ(after.region, u"延安市"_s);
    EXPECT_EQ(after.importedAt, before.importedAt);
    EXPECT_EQ(after.importedBy, before.importedBy);
    EXPECT_TRUE(figuresOf(u"summary.txt"_s).last().rejected);
    EXPECT_EQ(importer.reextract(u"missing.txt"_s).outcome, ImportOutcome::Rejected);
}

TEST_F(DocumentsTest, PropertiesGivenAtImportAreStoredAndAppliedToAnUnchangedFile)
{
    const QString path = writeFile(u"summary.txt"_s, kUndatedReport.toUtf8());
    {
        Importer importer(*m_store, m_extractor);
        ASSERT_EQ(importer.importFile(path).outcome, ImportOutcome::Imported);
    }
    Importer importer(*m_store, m_extractor);
    importer.setGivenProperties(
        {{DocumentProperty::Year, u"2017"_s}, {DocumentProperty::Region, u"榆林市"_s}});
    EXPECT_EQ(importer.importFile(path).outcome, ImportOutcome::Replaced)
        << "the same bytes, but new properties";
    StoredDocument document = *stored(u"summary.txt"_s);
    EXPECT_EQ(document.year, 2017);
    EXPECT_EQ(document.region, u"榆林市"_s);
    EXPECT_EQ(document.givenProperties, (QStringList{u"region"_s, u"year"_s}));
    EXPECT_FALSE(document.importedBy.isEmpty());
    EXPECT_EQ(importer.importFile(path).outcome, ImportOutcome::Unchanged);
}

TEST_F(DocumentsTest, HostileFilesOfTheNewKindsAreRejectedByNameAndTheStoreStaysAsItWas)
{
    Importer importer(*m_store, m_extractor);
    ASSERT_EQ(importer.importFile(writeFile(u"summary.txt"_s, kUndatedReport.toUtf8())).outcome,
              ImportOutcome::Imported);
    const int documents = count(u"documents"_s);
    const int figures = count(u"figures"_s);

    const QByteArray word = test::DocxBuilder().paragraph({u"新发展会员1287人。"_s}).build();
    QByteArray oleHeader("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    oleHeader.append(4096 - 8, '\0');
    QByteArray hugePage = "<html><head><title>x</title></head><body><div>";
    hugePage.append(QByteArray(50 * 1024 * 1024, 'a'));
    const QList<QPair<QString, QByteArray>> files = {
        {u"炸弹.docx"_s, test::zipBomb(u"word/document.xml"_s, QByteArray(), QByteArray(1 << 20, '\0'),
                                       QByteArray(), qint64(1) << 30)},
        {u"截断.docx"_s, word.left(word.size() / 2)},
        {u"旧版.doc"_s, oleHeader},
        {u"巨大.html"_s, hugePage},
        {u"空网页.html"_s, "<html><body><nav><a href=\"/\">首页</a></nav></body></html>"},
    };
    for (const auto &[name, bytes] : files) {
        const ImportFileResult result = importer.importFile(writeFile(name, bytes));
        EXPECT_EQ(result.outcome, ImportOutcome::Rejected) << name.toStdString();
        EXPECT_TRUE(result.message.contains(name)) << result.message.toStdString();
        EXPECT_FALSE(result.cancelled);
    }
    EXPECT_EQ(count(u"documents"_s), documents);
    EXPECT_EQ(count(u"figures"_s), figures);
    EXPECT_EQ(count(u"import_log WHERE outcome = 'rejected'"_s), files.size());
}

TEST_F(DocumentsTest, AWordFileCalledTxtIsReadAsTheWordFileItIs)
{
    Importer importer(*m_store, m_extractor);
    const QByteArray word = test::DocxBuilder().paragraph({u"2020年，西安市总工会新发展会员1287人。"_s}).build();
    const ImportFileResult result = importer.importFile(writeFile(u"汇报.txt"_s, word));
    ASSERT_EQ(result.outcome, ImportOutcome::Imported) << result.message.toStdString();
    EXPECT_EQ(stored(u"汇报.txt"_s)->readMethod, u"docx"_s);
    EXPECT_EQ(figuresOf(u"汇报.txt"_s).first().figure.value, 1287);
}

TEST_F(DocumentsTest, AnImportFromAFolderTakesEveryKindOfReport)
{
    QDir(m_dir.path()).mkdir(u"in"_s);
    writeFile(u"in/a.txt"_s, kUndatedReport.toUtf8());
    writeFile(u"in/b.docx"_s, test::DocxBuilder().paragraph({u"新发展会员1287人。"_s}).build());
    writeFile(u"in/c.htm"_s, "<html><body><article><p>新发展会员1287人。</p></article></body></html>");
    writeFile(u"in/d.doc"_s, "x");
    writeFile(u"in/e.png"_s, "x");
    QStringList problems;
    const QStringList files = Importer::collectReportFiles({m_dir.filePath(u"in"_s)}, &problems);
    QStringList names;
    for (const QString &file : files)
        names << QFileInfo(file).fileName();
    EXPECT_EQ(names, (QStringList{u"a.txt"_s, u"b.docx"_s, u"c.htm"_s, u"d.doc"_s}));
    EXPECT_EQ(reportFilePatterns().size(), 6);
}

// The window's undo steps name figures by id: a document written again from its own text keeps
// its figures' ids, so a correction made before a property was set can still be undone after.
TEST_F(DocumentsTest, FiguresKeepTheirIdsWhenTheirDocumentIsWrittenAgainFromItsText)
{
    Importer importer(*m_store, m_extractor);
    const QString path = writeFile(u"summary.txt"_s, kUndatedReport.toUtf8());
    ASSERT_EQ(importer.importFile(path).outcome, ImportOutcome::Imported);
    auto ids = [this] {
        QList<qint64> out;
        for (const FigureRecord &record : figuresOf(u"summary.txt"_s))
            out << record.id;
        return out;
    };
    const QList<qint64> before = ids();
    ASSERT_FALSE(before.isEmpty());
    QString error;
    ASSERT_TRUE(importer.setProperty(u"summary.txt"_s, DocumentProperty::Year, u"2018"_s, u"x"_s, &error));
    EXPECT_EQ(ids(), before);
    ASSERT_EQ(importer.reextract(u"summary.txt"_s).outcome, ImportOutcome::Replaced);
    EXPECT_EQ(ids(), before);
    const std::optional<RemovedDocument> removed = importer.removeDocument(u"summary.txt"_s, &error);
    ASSERT_TRUE(removed);
    ASSERT_TRUE(importer.restoreDocument(*removed, &error)) << error.toStdString();
    EXPECT_EQ(ids(), before);
    const qint64 correction = CorrectionStore(*m_store).correct(before.first(), CorrectableField::Value, 9, u"x"_s, &error);
    EXPECT_GT(correction, 0) << "the figure is found under its old id: " << error.toStdString();
}

// `figures` streams its JSON Lines (#19): byte for byte what the JSON document of each stored
// figure gave, corrections and rejections included.
TEST_F(DocumentsTest, StoredFiguresStreamAsTheirJsonDocumentsWrote)
{
    QStringList problems;
    Importer importer(*m_store, m_extractor);
    importer.importFiles(Importer::collectReportFiles({test::sampleReportsDir()}, &problems));
    QString error;
    const QList<FigureRecord> all = FigureQueries(*m_store).figures({}, 0, 100000);
    ASSERT_GT(all.size(), 200);
    ASSERT_GT(CorrectionStore(*m_store).correct(all.at(3).id, CorrectableField::Value, 12.5, u"x"_s, &error), 0);
    ASSERT_GT(CorrectionStore(*m_store).correct(all.at(4).id, CorrectableField::Rejected, 1, u"x"_s, &error), 0);

    FigureFilter filter;
    filter.includeRejected = true;
    QByteArray expected;
    for (const FigureRecord &record : FigureQueries(*m_store).figures(filter, 0, 100000))
        expected += QJsonDocument(storedFigureToJson(record)).toJson(QJsonDocument::Compact) + '\n';
    QBuffer streamed;
    streamed.open(QIODevice::WriteOnly);
    ASSERT_TRUE(exportFigures(*m_store, filter, FigureFormat::JsonLines, streamed, &error)) << error.toStdString();
    EXPECT_EQ(streamed.data(), expected);
}
