// `unionboard-cli export-chart`: the dashboard's charts as slide-ready PNG, SVG or PDF files.
#pragma once

#include <QStringList>

class QTextStream;

namespace ub {

/** Parses the command's own arguments (the command name removed) and runs it: 0 on success,
 *  1 when the store or a file fails, 2 for bad options. */
int runExportChartCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace ub
