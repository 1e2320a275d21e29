#include "processrun.h"

#include <QProcess>

namespace ub::test {

ProcessRun runProcess(const QString &program, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.start(program, arguments);
    const bool finished = process.waitForFinished(timeoutMs);
    const bool crashed = !finished || process.exitStatus() != QProcess::NormalExit;
    return {crashed, crashed ? -1 : process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace ub::test
