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
