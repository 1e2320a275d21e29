// `unionboard-cli import --db DB FILE_OR_DIR...`: imports reports and prints a summary.
#pragma once

#include <QStringList>

class QTextStream;

namespace ub {

/** Returns 0 when every file was imported or unchanged, 1 when any was rejected, 2 on usage errors. */
int runImportCommand(const QString &storeLocation, const QStringList &paths, QTextStream &out, QTextStream &err);

} // namespace ub
