// `unionboard-cli extract FILE...`: one JSON object per figure per line on stdout.
#pragma once

#include <QStringList>

class QIODevice;
class QTextStream;

namespace ub {

struct ExtractCommandOptions
{
    /** Each object also lists the figure's model features ("features": [...]), which is what
     *  scripts/train_figure_model.py learns from. */
    bool features = false;
    /** Files read and extracted at once (0: one per core). The output is in the files' order
     *  whatever this is. */
    int threads = 0;
};

/** Extracts every file into out, in the order given; messages naming unreadable files go to err.
 *  Returns the exit code: 0 when every file was processed, 2 when some file could not be read or
 *  decoded (the others are still written), 3 when out could not be written. */
int runExtractCommand(const QStringList &files, QIODevice &out, QTextStream &err,
                      const ExtractCommandOptions &options = {});

} // namespace ub
