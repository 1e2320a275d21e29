// Hostile report files (#8): each ends in a clean import or a rejection naming the file, through
// ub::Importer and through `unionboard-cli import`, and never leaves a half-written document.
#include "docxbuilder.h"
#include "extractor.h"
#include "figurequeries.h"
#include "importer.h"
#include "pdffixture.h"
#include "reportfile.h"
#include "processrun.h"
#include "storefixture.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>

#include <functional>

using namespace Qt::StringLiterals;
using namespace ub;

namespace {

/** How a hostile file must end. */
enum class Expect { Imported, Rejected, Either };

struct HostileCase
{
    const char *name;     ///< test name and file stem
    const char *fileName; ///< file name inside the test directory
    std::function<QByteArray()> bytes;
    Expect expect;
    QString reason;       ///< words the rejection must contain after "<path>: " (Rejected only)
    double value = -1;    ///< a figure value the import must find (Imported only; < 0: none required)
};

void PrintTo(const HostileCase &hostile, std::ostream *out)
{
    *out << hostile.name;
}

QByteArray fixture(const QString &name)
{
    return test::readFile(test::fixturesDir() + u"/hostile/"_s + name);
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(generator.bounded(256));
    return bytes;
}

/** One line of about `bytes` bytes: filler words with a figure every few hundred bytes, no newline. */
QByteArray singleLine(qsizetype bytes)
{
    const QByteArray unit = QStringLiteral("职工之家建设持续推进，服务阵地不断完善，新建工会组织37个，").toUtf8();
    QByteArray line;
    line.reserve(bytes + unit.size());
    while (line.size() < bytes)
        line += unit;
    return line;
}

/** `count` figures, one sentence each, on a few hundred lines. */
QByteArray manyFigures(int count)
{
    QByteArray text = QStringLiteral("西安市总工会2020年工作总结\n").toUtf8();
    text.reserve(qsizetype(count) * 40);
    for (int i = 0; i < count; ++i) {
        text += QStringLiteral("新建工会组织%1个。").arg(i % 9000 + 1).toUtf8();
        if (i % 500 == 499)
            text += '\n';
    }
    return text;
}

QByteArray repeated(const QString &piece, int times)
{
    return piece.repeated(times).toUtf8();
}


const QStringList kPdfPages = {u"西安市总工会2020年工作总结"_s,
                               u"2020年，西安市总工会新建工会组织37个，新发展会员1287人。"_s};

QByteArray encryptedPdf()
{
    const QString qpdf = QStandardPaths::findExecutable(u"qpdf"_s);
    if (qpdf.isEmpty())
        return {}; // the case then reports the missing tool
    QTemporaryDir dir;
    const QString plain = dir.filePath(u"plain.pdf"_s);
    const QString encrypted = dir.filePath(u"encrypted.pdf"_s);
    QFile file(plain);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(test::makePdf(kPdfPages));
    file.close();
    QProcess process;
    process.start(qpdf, {u"--encrypt"_s, u"user-secret"_s, u"owner-secret"_s, u"256"_s, u"--"_s, plain, encrypted});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    QFile out(encrypted);
    return out.open(QIODevice::ReadOnly) ? out.readAll() : QByteArray();
}

const HostileCase kCases[] = {
    {"random_bytes", "random-bytes.txt", []() -> QByteArray { return fixture(u"random-bytes.txt"_s); }, Expect::Rejected,
     u"不是文本文件"_s},
    {"random_megabyte", "random-1mb.txt", []() -> QByteArray { return randomBytes(1 << 20, 88); }, Expect::Rejected,
     u"不是文本文件"_s},
    {"invalid_utf8", "invalid-utf8.txt", []() -> QByteArray { return fixture(u"invalid-utf8.txt"_s); }, Expect::Imported, {},
     1287},
    {"truncated_utf8", "truncated-utf8.txt", []() -> QByteArray { return fixture(u"truncated-utf8.txt"_s); }, Expect::Imported, {},
     1287},
    {"gb18030_invalid", "gb18030-invalid.txt", []() -> QByteArray { return fixture(u"gb18030-invalid.txt"_s); }, Expect::Imported,
     {}, 1287},
    {"utf16le_bom", "utf16le-bom.txt", []() -> QByteArray { return fixture(u"utf16le-bom.txt"_s); }, Expect::Imported, {}, 1287},
    {"utf16be_bom_odd_byte", "utf16be-bom-odd.txt", []() -> QByteArray { return fixture(u"utf16be-bom-odd.txt"_s); },
     Expect::Imported, {}, 1287},
    {"nul_inside", "nul-inside.txt", []() -> QByteArray { return fixture(u"nul-inside.txt"_s); }, Expect::Imported, {}, 37},
    {"nul_mostly", "nul-mostly.txt", []() -> QByteArray { return fixture(u"nul-mostly.txt"_s); }, Expect::Rejected,
     u"不是文本文件"_s},
    {"fullwidth", "fullwidth.txt", []() -> QByteArray { return fixture(u"fullwidth.txt"_s); }, Expect::Imported, {}, 1287},
    {"traditional", "traditional.txt", []() -> QByteArray { return fixture(u"traditional.txt"_s); }, Expect::Imported, {}, 1287},
    {"single_8mb_line", "one-line.txt", []() -> QByteArray { return singleLine(8 << 20); }, Expect::Imported, {}, 37},
    {"digits_100000", "digits.txt",
     []() -> QByteArray { return "2020年新建工会组织" + QByteArray(100000, '7') + QStringLiteral("个，新发展会员1287人。").toUtf8(); },
     Expect::Imported, {}, 1287},
    {"wan_50000", "wan.txt",
     []() -> QByteArray { return repeated(u"万"_s, 50000) + QStringLiteral("。新发展会员1287人。").toUtf8(); }, Expect::Imported,
     {}, 1287},
    {"figures_200000", "many-figures.txt", []() -> QByteArray { return manyFigures(200000); }, Expect::Imported, {}, 37},
    {"pdf_truncated", "truncated.pdf",
     []() -> QByteArray {
         const QByteArray whole = test::makePdf(kPdfPages);
         return whole.left(whole.size() / 3);
     },
     Expect::Either, u"PDF"_s},
    {"pdf_encrypted", "加密.pdf", []() -> QByteArray { return encryptedPdf(); }, Expect::Rejected, u"PDF 已加密，无法读取"_s},
    {"pdf_too_many_pages", "huge.pdf", []() -> QByteArray { return ub::test::makeBlankPdf(2001); }, Expect::Rejected, u"页数过多"_s},
    {"pdf_random_with_header", "random.pdf", []() -> QByteArray { return "%PDF-1.7\n" + randomBytes(256 * 1024, 3); },
     Expect::Rejected, u"PDF"_s},
    // Scans (#17): recognition must end, with a message, when there is nothing to recognise.
    {"pdf_500_blank_scans", "空白扫描.pdf",
     []() -> QByteArray { return ub::test::makeImagePdf(QList<QStringList>(500)); }, Expect::Rejected,
     u"没有可识别的文字"_s},
    // Word files and saved web pages (#17).
    {"docx_zip_bomb", "炸弹.docx",
     []() -> QByteArray {
         return test::zipBomb(u"word/document.xml"_s, {}, QByteArray(1 << 20, '\0'), {}, qint64(1) << 30);
     },
     Expect::Rejected, u"Word"_s},
    {"docx_truncated", "截断.docx",
     []() -> QByteArray {
         const QByteArray whole = test::DocxBuilder().paragraph({u"新建工会组织37个，新发展会员1287人。"_s}).build();
         return whole.left(whole.size() / 2);
     },
     Expect::Rejected, u"Word"_s},
    {"docx_random", "random.docx", []() -> QByteArray { return randomBytes(64 * 1024, 17); }, Expect::Rejected,
     u"Word"_s},
    {"doc_legacy", "旧版.doc",
     []() -> QByteArray { return QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + randomBytes(8192, 5); },
     Expect::Rejected, u"另存为 .docx"_s},
    {"docx_valid", "报告.docx",
     []() -> QByteArray {
         return test::DocxBuilder().paragraph({u"2020年，西安市总工会新建工会组织37个，"_s, u"新发展会员1287人。"_s}).build();
     },
     Expect::Imported, {}, 1287},
    {"html_50mb", "巨大.html",
     []() -> QByteArray {
         QByteArray page = "<html><body><article><p>";
         page += singleLine(50 << 20);
         return page + "</p></article></body></html>";
     },
     Expect::Rejected, u"网页过大"_s},
    {"html_nested_100000", "嵌套.html",
     []() -> QByteArray {
         return "<html><body>" + QByteArray("<div>").repeated(100000) + QStringLiteral("新发展会员1287人。").toUtf8();
     },
     Expect::Either, u"网页"_s},
    {"html_furniture_only", "导航.htm",
     []() -> QByteArray { return "<html><body><nav><a href=\"/\">首页</a> 访问量：123456</nav></body></html>"; },
     Expect::Rejected, u"没有正文"_s},
};

class HostileInputTest : public test::StoreTest, public ::testing::WithParamInterface<HostileCase>
{
protected:
    /** Documents whose stored figures do not match their figure_count: must always be 0. */
    int inconsistentDocuments()
    {
        QSqlQuery query(m_store->database());
        EXPECT_TRUE(query.exec(u"SELECT count(*) FROM documents d WHERE d.figure_count <> "
                               "(SELECT count(*) FROM figures f WHERE f.document_id = d.id)"_s));
        return query.next() ? query.value(0).toInt() : -1;
    }
};

} // namespace

TEST_P(HostileInputTest, EndsInACleanImportOrAMessageNamingTheFile)
{
    const HostileCase &hostile = GetParam();
    const QByteArray bytes = hostile.bytes();
    if (QString::fromLatin1(hostile.name) == u"pdf_encrypted"_s)
        ASSERT_FALSE(bytes.isEmpty()) << "qpdf could not make an encrypted PDF (scripts/deps.sh installs qpdf)";
    const QString path = writeFile(QString::fromUtf8(hostile.fileName), bytes);

    const Extractor extractor;
    Importer importer(*m_store, extractor);
    const ImportFileResult result = importer.importFile(path);

    FigureQueries queries(*m_store);
    EXPECT_EQ(inconsistentDocuments(), 0);
    switch (result.outcome) {
    case ImportOutcome::Imported: {
        EXPECT_NE(hostile.expect, Expect::Rejected) << "imported, but should be rejected for: "
                                                   << hostile.reason.toStdString();
        EXPECT_EQ(queries.documentCount(), 1);
        if (hostile.value >= 0) {
            FigureFilter filter;
            bool found = false;
            queries.forEachFigure(filter, [&](const FigureRecord &record) {
                found = found || record.figure.value == hostile.value;
            });
            EXPECT_TRUE(found) << "no figure with value " << hostile.value;
        }
        // The store keeps the decoded text whole: provenance offsets point into it.
        const std::optional<DocumentRecord> document = queries.document(QFileInfo(path).fileName());
        ASSERT_TRUE(document.has_value());
        const ReportFile report = readReportFile(path);
        EXPECT_EQ(document->text.size(), report.text.size());
        EXPECT_TRUE(document->text == report.text) << "stored text differs from the decoded text";
        // Importing the same bytes again is a no-op.
        EXPECT_EQ(importer.importFile(path).outcome, ImportOutcome::Unchanged);
        break;
    }
    case ImportOutcome::Rejected:
        EXPECT_NE(hostile.expect, Expect::Imported) << result.message.toStdString();
        EXPECT_TRUE(result.message.startsWith(path + u": "_s)) << result.message.toStdString();
        EXPECT_TRUE(result.message.contains(hostile.reason)) << result.message.toStdString();
        EXPECT_EQ(queries.documentCount(), 0);
        break;
    default:
        ADD_FAILURE() << "unexpected outcome " << toKey(result.outcome).toStdString();
    }
}

// An empty file imports as a document without figures (it used to be rejected because an empty
// decode was a null QString, bound as SQL NULL).
TEST_F(HostileInputTest, EmptyFileImportsAsADocumentWithoutFigures)
{
    const QString path = writeFile(u"empty.txt"_s, fixture(u"empty.txt"_s));
    const Extractor extractor;
    Importer importer(*m_store, extractor);
    const ImportFileResult result = importer.importFile(path);
    EXPECT_EQ(result.outcome, ImportOutcome::Imported) << result.message.toStdString();
    EXPECT_EQ(result.figureCount, 0);
    EXPECT_EQ(FigureQueries(*m_store).documentCount(), 1);
    EXPECT_EQ(inconsistentDocuments(), 0);
}

// A NUL in a report becomes U+FFFD, counted as invalid, on every engine: PostgreSQL cannot hold
// NUL in text (Qt 6.4's QPSQL splices escaped values into a statement libpq reads as a C string),
// and the file used to be lost there. Reproducer: tests/fixtures/hostile/nul-inside.txt.
TEST_F(HostileInputTest, NulInsideTextImportsOnEveryEngine)
{
    const QString path = writeFile(u"nul-inside.txt"_s, fixture(u"nul-inside.txt"_s));
    const Extractor extractor;
    Importer importer(*m_store, extractor);
    const ImportFileResult result = importer.importFile(path);
    ASSERT_EQ(result.outcome, ImportOutcome::Imported) << result.message.toStdString();
    QSqlQuery query(m_store->database());
    ASSERT_TRUE(query.exec(u"SELECT invalid_sequences, text FROM documents"_s) && query.next());
    EXPECT_GT(query.value(0).toInt(), 0);
    EXPECT_FALSE(query.value(1).toString().contains(QChar(u'\0')));
    EXPECT_TRUE(query.value(1).toString().contains(QChar::ReplacementCharacter));
}

INSTANTIATE_TEST_SUITE_P(Files, HostileInputTest, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<HostileCase> &info) {
                             return std::string(info.param.name);
                         });

namespace {

using CliRun = test::ProcessRun;

CliRun cli(const QStringList &arguments) { return test::runProcess(QStringLiteral(UB_CLI_PATH), arguments, 300000); }

class HostileCliTest : public test::StoreTest
{
};

} // namespace

TEST_F(HostileCliTest, ImportsTheHostileFolderNamingEachRejectedFile)
{
    if (isPostgres())
        GTEST_SKIP() << "the CLI part runs on SQLite only";
    const QString folder = m_dir.filePath(u"hostile"_s);
    ASSERT_TRUE(QDir().mkpath(folder));
    const QDir fixtures(test::fixturesDir() + u"/hostile"_s);
    for (const QString &name : fixtures.entryList({u"*.txt"_s}, QDir::Files))
        ASSERT_TRUE(QFile::copy(fixtures.filePath(name), folder + u'/' + name));
    const QString store = m_dir.filePath(u"cli.sqlite"_s);

    const CliRun run = cli({u"import"_s, u"--db"_s, store, folder});

    ASSERT_FALSE(run.crashed) << run.err.toStdString();
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString(); // some files are rejected
    for (const QString &rejected : {u"random-bytes.txt"_s, u"nul-mostly.txt"_s}) {
        EXPECT_TRUE(run.err.contains(folder + u'/' + rejected + u": 不是文本文件"_s)) << run.err.toStdString();
    }
    for (const QString &imported : {u"fullwidth.txt"_s, u"traditional.txt"_s, u"utf16le-bom.txt"_s,
                                    u"invalid-utf8.txt"_s, u"gb18030-invalid.txt"_s}) {
        EXPECT_TRUE(run.out.contains(u"imported\t"_s) && run.out.contains(imported)) << run.out.toStdString();
    }
    // A second import changes nothing and rejects the same files again.
    const CliRun again = cli({u"import"_s, u"--db"_s, store, folder});
    ASSERT_FALSE(again.crashed);
    EXPECT_EQ(again.exitCode, 1);
    EXPECT_FALSE(again.out.contains(u"imported\t"_s)) << again.out.toStdString();
}
