// unionboard's command line: --help lists the options, --measure-startup prints its number and exits.
#include "storefixture.h"

#include <QProcess>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

class AppCommandLineTest : public ub::test::StoreTest
{
protected:
    QString run(const QStringList &arguments, int *exitCode)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        environment.insert(u"HOME"_s, m_dir.path()); // settings of this run stay in the test's folder
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(UB_APP_PATH), arguments);
        EXPECT_TRUE(process.waitForFinished(60000));
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        return QString::fromUtf8(process.readAllStandardOutput());
    }
};

} // namespace

TEST_F(AppCommandLineTest, HelpListsTheOptions)
{
    int exitCode = -1;
    const QString help = run({u"--help"_s}, &exitCode);
    EXPECT_EQ(exitCode, 0);
    for (const QString &option : {u"--db"_s, u"--lang"_s, u"--panel"_s, u"--measure-startup"_s})
        EXPECT_TRUE(help.contains(option)) << option.toStdString();
}

TEST_F(AppCommandLineTest, MeasureStartupPrintsMillisecondsAndExits)
{
    int exitCode = -1;
    const QString output = run({u"--db"_s, m_location, u"--measure-startup"_s}, &exitCode);
    EXPECT_EQ(exitCode, 0);
    const QRegularExpressionMatch match = QRegularExpression(u"^startup_ms=(\\d+)$"_s,
                                                             QRegularExpression::MultilineOption).match(output);
    ASSERT_TRUE(match.hasMatch()) << output.toStdString();
    EXPECT_GT(match.captured(1).toLongLong(), 0);
}

TEST_F(AppCommandLineTest, UnknownPanelIsAnError)
{
    int exitCode = -1;
    run({u"--db"_s, m_location, u"--panel"_s, u"nowhere"_s}, &exitCode);
    EXPECT_EQ(exitCode, 2);
}

TEST_F(AppCommandLineTest, OpensOnTheReportsPanel)
{
    int exitCode = -1;
    const QString help = run({u"--help"_s}, &exitCode);
    EXPECT_TRUE(help.contains(u"reports"_s)) << "the help names the fifth panel";
    const QString output = run({u"--db"_s, m_location, u"--panel"_s, u"reports"_s, u"--measure-startup"_s}, &exitCode);
    EXPECT_EQ(exitCode, 0) << output.toStdString();
}
