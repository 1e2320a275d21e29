// `unionboard-cli extract FILE...`: one JSON object per figure per line on stdout.
#pragma once

#include <QStringList>

class QTextStream;

namespace ub {

/** Extracts every file; messages naming unreadable files go to err. Returns the exit code:
 *  0 when every file was processed, 2 when some file could not be read or decoded. */
int runExtractCommand(const QStringList &files, QTextStream &out, QTextStream &err);

} // namespace ub
