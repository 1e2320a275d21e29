// `unionboard-cli figures --db DB [filters] [--format csv|jsonl]`: stored figures to stdout.
#pragma once

#include "figurequeries.h"

class QTextStream;

namespace ub {

struct FiguresCommandOptions
{
    QString storeLocation;
    FigureFilter filter;
    bool csv = false;
    QString outputPath; ///< empty: stdout
};

/** A --region value as figures are stored: short and county names roll up to their prefecture
 *  (宝鸡 → 宝鸡市, 陈仓区 → 宝鸡市); anything else is kept as written. */
QString canonicalRegion(const QString &name);

/** Parses --region/--year/--category/--indicator values into a filter; false with *error on bad values. */
bool parseFigureFilter(const QString &region, const QString &year, const QString &category, const QString &indicator,
                       FigureFilter *filter, QString *error);

/** Returns 0 on success, 1 when the store cannot be read or the output not written. */
int runFiguresCommand(const FiguresCommandOptions &options, QTextStream &err);

} // namespace ub
