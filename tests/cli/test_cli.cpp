// unionboard-cli as a user runs it: exit codes, messages naming files, JSON Lines, idempotent import.
#include "processrun.h"
#include "storefixture.h"
#include "testpaths.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QJsonObject>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

using CliRun = ub::test::ProcessRun;

CliRun cli(const QStringList &arguments) { return ub::test::runProcess(QStringLiteral(UB_CLI_PATH), arguments); }

class CliTest : public ub::test::StoreTest {};

} // namespace

TEST(Cli, NoCommandPrintsUsageAndFails)
{
    const CliRun run = cli({});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(u"extract"_s));
    EXPECT_EQ(cli({u"frobnicate"_s}).exitCode, 2);
}

TEST(Cli, ExtractPrintsOneJsonObjectPerFigure)
{
    const CliRun run = cli({u"extract"_s, ub::test::sampleReportsDir() + u"/000_d6f6c8912e58501c.txt"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_GT(lines.size(), 20);
    for (const QString &line : lines) {
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(line.toUtf8(), &error).object();
        ASSERT_EQ(error.error, QJsonParseError::NoError) << line.toStdString();
        for (const char *field : {"doc", "start", "end", "quote", "value", "unit", "unit_text", "qualifier", "region",
                                  "subregion", "year", "category", "subject"})
            EXPECT_TRUE(object.contains(QLatin1StringView(field))) << field;
        EXPECT_EQ(object.value(u"doc"_s).toString(), u"000_d6f6c8912e58501c.txt"_s);
        EXPECT_LT(object.value(u"start"_s).toInteger(), object.value(u"end"_s).toInteger());
    }
}

TEST(Cli, ExtractNamesUnreadableFileAndStillProcessesTheOthers)
{
    const CliRun run = cli({u"extract"_s, u"/nonexistent/report.txt"_s,
                         ub::test::sampleReportsDir() + u"/004_e28d0ab1245c1101.txt"_s});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(u"/nonexistent/report.txt"_s)) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(u"004_e28d0ab1245c1101.txt"_s));
}

TEST(Cli, ExtractOnOneThreadWritesWhatEveryCoreWrites)
{
    QStringList files;
    for (const QFileInfo &file :
         QDir(ub::test::sampleReportsDir()).entryInfoList({u"*.txt"_s}, QDir::Files, QDir::Name))
        files << file.filePath();
    const CliRun parallel = cli(QStringList{u"extract"_s} + files);
    const CliRun single = cli(QStringList{u"extract"_s, u"--threads"_s, u"1"_s} + files);
    ASSERT_EQ(parallel.exitCode, 0) << parallel.err.toStdString();
    ASSERT_EQ(single.exitCode, 0) << single.err.toStdString();
    EXPECT_GT(single.out.count(u'\n'), 100);
    EXPECT_EQ(single.out, parallel.out);
    const CliRun wrong = cli(QStringList{u"extract"_s, u"--threads"_s, u"none"_s} + files);
    EXPECT_EQ(wrong.exitCode, 2);
    EXPECT_TRUE(wrong.err.contains(u"--threads"_s)) << wrong.err.toStdString();
}

TEST_F(CliTest, ImportTwiceLeavesTheStoreUnchanged)
{
    const CliRun first = cli({u"import"_s, u"--db"_s, m_location, ub::test::sampleReportsDir()});
    ASSERT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_EQ(first.out.count(u"imported\t"_s), 5);
    const CliRun second = cli({u"import"_s, u"--db"_s, m_location, ub::test::sampleReportsDir()});
    ASSERT_EQ(second.exitCode, 0) << second.err.toStdString();
    EXPECT_EQ(second.out.count(u"unchanged\t"_s), 5);
    EXPECT_EQ(second.out.count(u"imported\t"_s), 0);
}

TEST_F(CliTest, ImportRejectsBinaryFileByNameWithNonZeroExit)
{
    QByteArray binary(2048, '\0');
    for (int i = 0; i < binary.size(); ++i)
        binary[i] = char((i * 131) % 256);
    const QString bad = writeFile(u"broken.txt"_s, binary);
    const CliRun run = cli({u"import"_s, u"--db"_s, m_location, bad});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(u"broken.txt"_s)) << run.err.toStdString();
}

TEST_F(CliTest, ImportYearAndRegionSetTheDocumentsPropertiesAndBadOnesWriteNothing)
{
    const QString report = writeFile(u"summary.txt"_s, u"总工会工作总结\n新发展会员1287人，筹集资金2484.4万元。\n"_s.toUtf8());
    const CliRun bad = cli({u"import"_s, u"--db"_s, m_location, u"--year"_s, u"20x0"_s, report});
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_TRUE(bad.err.contains(u"20x0"_s)) << bad.err.toStdString();
    const CliRun unknown = cli({u"import"_s, u"--db"_s, m_location, u"--region"_s, u"火星"_s, report});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(u"火星"_s)) << unknown.err.toStdString();

    const CliRun run = cli({u"import"_s, u"--db"_s, m_location, u"--year"_s, u"2018"_s, u"--region"_s, u"宝鸡"_s, report});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const CliRun figures = cli({u"figures"_s, u"--db"_s, m_location, u"--region"_s, u"宝鸡市"_s, u"--year"_s, u"2018"_s});
    ASSERT_EQ(figures.exitCode, 0) << figures.err.toStdString();
    EXPECT_EQ(figures.out.count(u'\n'), 2) << figures.out.toStdString();
    EXPECT_FALSE(figures.out.contains(u"confidence"_s)) << "a text's figures were not recognised";
}

TEST_F(CliTest, ExtractAndImportReadWordFilesAndWebPages)
{
    const QString page = writeFile(
        u"news.html"_s,
        u"<html><head><meta charset=\"utf-8\"><title>西安市总工会新闻 - 网站</title></head><body>"
        "<nav><a href=\"/\">首页</a> 访问量：123456</nav><article><h1>西安市总工会新闻</h1>"
        "<p>2020年，西安市总工会新发展会员1287人，筹集资金2484.4万元。</p></article>"
        "<footer>陕ICP备05012345号 电话029-87341234</footer></body></html>"_s.toUtf8());
    const CliRun extract = cli({u"extract"_s, page});
    ASSERT_EQ(extract.exitCode, 0) << extract.err.toStdString();
    const QStringList lines = extract.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2) << extract.out.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(lines.first().toUtf8()).object().value(u"value"_s).toDouble(), 1287);
    EXPECT_EQ(QJsonDocument::fromJson(lines.first().toUtf8()).object().value(u"region"_s).toString(), u"西安市"_s);

    const QString legacy = writeFile(u"old.doc"_s, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0'));
    const CliRun run = cli({u"import"_s, u"--db"_s, m_location, page, legacy});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.out.contains(u"imported\t2\t"_s)) << run.out.toStdString();
    EXPECT_TRUE(run.err.contains(u"old.doc"_s) && run.err.contains(u".docx"_s)) << run.err.toStdString();
}

TEST(Cli, ImportWithoutDbIsAUsageError)
{
    const CliRun run = cli({u"import"_s, ub::test::sampleReportsDir()});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(u"--db"_s));
}

TEST_F(CliTest, FiguresFiltersAndWritesCsvWithBomOrJsonLines)
{
    ASSERT_EQ(cli({u"import"_s, u"--db"_s, m_location, ub::test::sampleReportsDir()}).exitCode, 0);
    const CliRun all = cli({u"figures"_s, u"--db"_s, m_location});
    ASSERT_EQ(all.exitCode, 0) << all.err.toStdString();
    const int total = int(all.out.split(u'\n', Qt::SkipEmptyParts).size());
    EXPECT_GT(total, 100);

    const CliRun year = cli({u"figures"_s, u"--db"_s, m_location, u"--year"_s, u"2019"_s, u"--category"_s, u"funds"_s});
    ASSERT_EQ(year.exitCode, 0) << year.err.toStdString();
    const QStringList lines = year.out.split(u'\n', Qt::SkipEmptyParts);
    EXPECT_LT(lines.size(), total);
    for (const QString &line : lines) {
        const QJsonObject object = QJsonDocument::fromJson(line.toUtf8()).object();
        EXPECT_EQ(object.value(u"year"_s).toInt(), 2019);
        EXPECT_EQ(object.value(u"category"_s).toString(), u"funds"_s);
    }

    const QString csvPath = m_dir.filePath(u"figures.csv"_s);
    const CliRun csv = cli({u"figures"_s, u"--db"_s, m_location, u"--format"_s, u"csv"_s, u"--out"_s, csvPath});
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    const QByteArray bytes = ub::test::readFile(csvPath);
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    EXPECT_EQ(bytes.count("\r\n"), total + 1); // header; no sentence in the samples holds a line break
}

TEST_F(CliTest, FiguresRejectsBadFilterValues)
{
    const CliRun badCategory = cli({u"figures"_s, u"--db"_s, m_location, u"--category"_s, u"money"_s});
    EXPECT_EQ(badCategory.exitCode, 2);
    EXPECT_TRUE(badCategory.err.contains(u"money"_s));
    const CliRun badYear = cli({u"figures"_s, u"--db"_s, m_location, u"--year"_s, u"二〇二〇"_s});
    EXPECT_EQ(badYear.exitCode, 2);
    EXPECT_EQ(cli({u"figures"_s, u"--db"_s, m_location, u"--format"_s, u"xml"_s}).exitCode, 2);
}

TEST_F(CliTest, FiguresRegionAcceptsShortAndCountyNames)
{
    ASSERT_EQ(cli({u"import"_s, u"--db"_s, m_location, ub::test::sampleReportsDir()}).exitCode, 0);
    const CliRun full = cli({u"figures"_s, u"--db"_s, m_location, u"--region"_s, u"延安市"_s});
    const CliRun shortName = cli({u"figures"_s, u"--db"_s, m_location, u"--region"_s, u"延安"_s});
    ASSERT_EQ(full.exitCode, 0);
    EXPECT_FALSE(full.out.isEmpty());
    EXPECT_EQ(full.out, shortName.out);
}


TEST_F(CliTest, ExportChartWritesPngSvgAndPdfAsTheExtensionSays)
{
    ASSERT_EQ(cli({u"import"_s, u"--db"_s, m_location, ub::test::sampleReportsDir()}).exitCode, 0);
    const QString png = m_dir.filePath(u"compare.png"_s);
    const CliRun pngRun = cli({u"export-chart"_s, u"--db"_s, m_location, u"--view"_s, u"compare"_s, u"--category"_s,
                               u"funds"_s, u"--year"_s, u"2019-2020"_s, u"--size"_s, u"1920x1080"_s, u"--scale"_s,
                               u"2"_s, u"--title"_s, u"各市资金对比"_s, u"--out"_s, png});
    ASSERT_EQ(pngRun.exitCode, 0) << pngRun.err.toStdString();
    EXPECT_EQ(QImage(png).size(), QSize(3840, 2160));

    const QString svg = m_dir.filePath(u"year.svg"_s);
    const CliRun svgRun = cli({u"export-chart"_s, u"--db"_s, m_location, u"--view"_s, u"year"_s, u"--year"_s, u"2020"_s,
                               u"--out"_s, svg});
    ASSERT_EQ(svgRun.exitCode, 0) << svgRun.err.toStdString();
    QFile file(svg);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QStringList texts;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"text"_s)
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
    }
    ASSERT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    for (const QString &city : {u"西安市"_s, u"宝鸡市"_s, u"商洛市"_s, u"杨凌示范区"_s})
        EXPECT_TRUE(texts.contains(city) || texts.contains(city + u'*')) << city.toStdString();
    EXPECT_TRUE(texts.join(u' ').contains(u"2020年各地区数据条数"_s)) << "the chart speaks Chinese by default";

    const QString pdf = m_dir.filePath(u"cities.pdf"_s);
    const CliRun pdfRun = cli({u"export-chart"_s, u"--db"_s, m_location, u"--per"_s, u"city"_s, u"--region"_s,
                               u"西安,宝鸡市,汉中"_s, u"--out"_s, pdf});
    ASSERT_EQ(pdfRun.exitCode, 0) << pdfRun.err.toStdString();
    if (!QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty()) {
        EXPECT_TRUE(ub::test::runProcess(u"pdfinfo"_s, {pdf}).out.contains(QRegularExpression(u"Pages:\\s+3\\b"_s)));
        EXPECT_TRUE(ub::test::runProcess(u"pdffonts"_s, {pdf}).out.contains(u"CJK"_s));
    }
}

TEST_F(CliTest, ExportChartBatchFillsAFolderByTheNameTemplate)
{
    ASSERT_EQ(cli({u"import"_s, u"--db"_s, m_location, ub::test::sampleReportsDir()}).exitCode, 0);
    const QString folder = m_dir.filePath(u"atlas"_s);
    const CliRun run = cli({u"export-chart"_s, u"--db"_s, m_location, u"--view"_s, u"year"_s, u"--per"_s, u"year"_s,
                            u"--out-dir"_s, folder, u"--name-template"_s, u"{year}_{city}_{indicator}.svg"_s,
                            u"--size"_s, u"half_slide"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QStringList written = run.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_GE(written.size(), 2) << "the samples state figures for several years";
    for (const QString &path : written) {
        EXPECT_TRUE(QFile::exists(path)) << path.toStdString();
        EXPECT_TRUE(QFileInfo(path).fileName().contains(QRegularExpression(u"^(19|20)\\d\\d_all_figures\\.svg$"_s)))
            << path.toStdString();
    }
    EXPECT_EQ(QDir(folder).entryList(QDir::Files).size(), written.size());
}

TEST_F(CliTest, ExportChartExplainsBadOptionsAndWritesNothing)
{
    ASSERT_EQ(cli({u"import"_s, u"--db"_s, m_location, ub::test::sampleReportsDir()}).exitCode, 0);
    const QString out = m_dir.filePath(u"x.png"_s);
    const QList<QPair<QStringList, QString>> cases = {
        {{u"--view"_s, u"pie"_s, u"--out"_s, out}, u"--view"_s},
        {{u"--size"_s, u"huge"_s, u"--out"_s, out}, u"--size"_s},
        {{u"--size"_s, u"100x100"_s, u"--out"_s, out}, u"100"_s},
        {{u"--scale"_s, u"5"_s, u"--out"_s, out}, u"scale"_s},
        {{u"--out"_s, m_dir.filePath(u"x.jpg"_s)}, u"x.jpg"_s},
        {{u"--indicator"_s, u"no_such_indicator"_s, u"--out"_s, out}, u"no_such_indicator"_s},
        {{u"--category"_s, u"funds"_s, u"--indicator"_s, u"funds_raised"_s, u"--out"_s, out}, u"--indicator"_s},
        {{u"--year"_s, u"20x9"_s, u"--out"_s, out}, u"--year"_s},
        {{u"--per"_s, u"city"_s, u"--out"_s, out}, u"--out-dir"_s},
        {{u"--per"_s, u"year"_s, u"--view"_s, u"city"_s, u"--out-dir"_s, m_dir.path()}, u"--per year"_s},
        {{}, u"--out"_s},
    };
    for (const auto &[options, mentioned] : cases) {
        const CliRun run = cli(QStringList{u"export-chart"_s, u"--db"_s, m_location} + options);
        EXPECT_EQ(run.exitCode, 2) << options.join(u' ').toStdString();
        EXPECT_TRUE(run.err.contains(mentioned)) << options.join(u' ').toStdString() << ": " << run.err.toStdString();
    }
    const CliRun empty = cli({u"export-chart"_s, u"--db"_s, m_location, u"--year"_s, u"1990"_s, u"--out"_s, out});
    EXPECT_EQ(empty.exitCode, 1);
    EXPECT_TRUE(empty.err.contains(u"1990"_s)) << empty.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));
}

namespace {

/** The grant command and the roles as the CLI meets them (#18); runs in the PostgreSQL pass. */
class CliServerTest : public ub::test::StoreTest
{
protected:
    void TearDown() override
    {
        if (m_store && !m_login.isEmpty()) {
            QSqlQuery query(m_store->database());
            query.exec(u"DROP ROLE IF EXISTS \"%1\""_s.arg(m_login));
        }
        ub::test::StoreTest::TearDown();
    }
    QString m_login;
};

} // namespace

TEST_F(CliServerTest, GrantGivesALoginItsRoleAndAViewersImportIsRefusedWithNothingWritten)
{
    if (!isPostgres())
        GTEST_SKIP() << "roles are PostgreSQL's (the SQLite refusal is checked below)";
    m_login = u"ub_cli_%1"_s.arg(QCoreApplication::applicationPid());
    QSqlQuery query(m_store->database());
    ASSERT_TRUE(query.exec(u"CREATE ROLE \"%1\" LOGIN"_s.arg(m_login))) << query.lastError().text().toStdString();
    QUrl url(m_location);
    url.setUserName(m_login);
    const QString asLogin = url.toString();

    const CliRun viewer = cli({u"grant"_s, u"--db"_s, m_location, u"--user"_s, m_login, u"--role"_s, u"viewer"_s});
    ASSERT_EQ(viewer.exitCode, 0) << viewer.err.toStdString();
    EXPECT_TRUE(viewer.out.contains(u"viewer"_s)) << viewer.out.toStdString();
    const CliRun refused = cli({u"import"_s, u"--db"_s, asLogin, ub::test::sampleReportsDir()});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(u"编辑者（editor）"_s) && refused.err.contains(m_login)) << refused.err.toStdString();
    ASSERT_TRUE(query.exec(u"SELECT count(*) FROM documents"_s) && query.next());
    EXPECT_EQ(query.value(0).toInt(), 0) << "nothing written";
    query.finish();
    EXPECT_EQ(cli({u"figures"_s, u"--db"_s, asLogin}).exitCode, 0) << "a viewer reads";
    EXPECT_EQ(cli({u"grant"_s, u"--db"_s, asLogin, u"--user"_s, m_login, u"--role"_s, u"admin"_s}).exitCode, 1)
        << "a viewer does not grant";

    ASSERT_EQ(cli({u"grant"_s, u"--db"_s, m_location, u"--user"_s, m_login, u"--role"_s, u"editor"_s}).exitCode, 0);
    const CliRun imported = cli({u"import"_s, u"--db"_s, asLogin, ub::test::sampleReportsDir()});
    EXPECT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    const CliRun list = cli({u"grant"_s, u"--db"_s, m_location, u"--list"_s});
    EXPECT_TRUE(list.out.contains(m_login + u"\teditor"_s)) << list.out.toStdString();

    ASSERT_EQ(cli({u"grant"_s, u"--db"_s, m_location, u"--user"_s, m_login, u"--revoke"_s}).exitCode, 0);
    EXPECT_NE(cli({u"figures"_s, u"--db"_s, asLogin}).exitCode, 0) << "revoked: no access at all";
    EXPECT_EQ(cli({u"grant"_s, u"--db"_s, m_location, u"--user"_s, m_login, u"--role"_s, u"boss"_s}).exitCode, 2);
}

TEST_F(CliServerTest, GrantOnASqliteStoreSaysItHasNoRoles)
{
    if (isPostgres())
        GTEST_SKIP() << "SQLite only";
    const CliRun run = cli({u"grant"_s, u"--db"_s, m_location, u"--user"_s, u"alice"_s, u"--role"_s, u"viewer"_s});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.err.contains(u"SQLite"_s)) << run.err.toStdString();
}
