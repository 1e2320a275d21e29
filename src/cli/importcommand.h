// `unionboard-cli import --db DB [--year Y] [--region R] FILE_OR_DIR...`: imports reports and prints a
// summary.
#pragma once

#include <QString>
#include <QStringList>

class QTextStream;

namespace ub {

struct ImportCommandOptions
{
    QString storeLocation;
    QStringList paths;
    QString year;   ///< given to every file as its year (empty: none), as staff would set it
    QString region; ///< given to every file as its unit (empty: none)
};

/** Returns 0 when every file was imported or unchanged, 1 when any was rejected, 2 on usage errors.
 *  Scanned PDFs report their recognition page by page on err. */
int runImportCommand(const ImportCommandOptions &options, QTextStream &out, QTextStream &err);

} // namespace ub
