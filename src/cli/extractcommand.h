// `unionboard-cli extract FILE...`: one JSON object per figure per line on stdout.
#pragma once

#include <QStringList>

class QTextStream;

namespace ub {

struct ExtractCommandOptions
{
    /** Each object also lists the figure's model features ("features": [...]), which is what
     *  scripts/train_figure_model.py learns from. */
    bool features = false;
};

/** Extracts every file; messages naming unreadable files go to err. Returns the exit code:
 *  0 when every file was processed, 2 when some file could not be read or decoded. */
int runExtractCommand(const QStringList &files, QTextStream &out, QTextStream &err,
                      const ExtractCommandOptions &options = {});

} // namespace ub
