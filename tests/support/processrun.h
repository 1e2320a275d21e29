// Running a program as a user would from a shell: its exit, and what it printed.
#pragma once

#include <QString>
#include <QStringList>

namespace ub::test {

struct ProcessRun
{
    bool crashed = true; ///< killed by a signal, or still running at the time limit
    int exitCode = -1;   ///< -1 when it crashed
    QString out;
    QString err;
};

ProcessRun runProcess(const QString &program, const QStringList &arguments, int timeoutMs = 120000);

} // namespace ub::test
