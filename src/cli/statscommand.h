// `unionboard-cli stats --db DB --indicator KEY [...]`: an indicator's statistics, as the panels show them.
#pragma once

#include <QStringList>

class QTextStream;

namespace ub {

struct StatsCommandOptions
{
    QString storeLocation;
    QString indicator;
    QString years;   ///< "2020" or "2019-2023", or empty
    QString regions; ///< comma-separated, full, short or county names, or empty
    bool csv = false;
    QString outputPath; ///< empty: stdout
};

/** Returns 0 with rows written, 1 when nothing matches or the store cannot be read, 2 on bad options. */
int runStatsCommand(const StatsCommandOptions &options, QTextStream &err);

} // namespace ub
