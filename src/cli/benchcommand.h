// `unionboard-cli bench --figures N --json FILE [--keep-db PATH]`: every stage timed on a synthetic corpus.
#pragma once

#include <QStringList>

class QTextStream;

namespace ub {

/** arguments: the command line without the subcommand (arguments.first() is the program).
 *  Runs in a QApplication (offscreen when there is no display), for chart rendering. */
int runBenchCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace ub
