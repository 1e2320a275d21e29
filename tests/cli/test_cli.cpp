// unionboard-cli as a user runs it: exit codes, messages naming files, JSON Lines, idempotent import.
#include "storefixture.h"
#include "testpaths.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(UB_CLI_PATH), arguments);
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

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
