// A table model as a CSV file for Excel and WPS: the filters first, then the header and the rows.
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <Qt>

class QAbstractItemModel;
class QIODevice;

namespace ub {

/** What a table was filtered by, as (name, value) pairs: printed above the table. */
using TableFilters = QList<QPair<QString, QString>>;

/** A table as a panel shows it, ready for CSV: the model, its filters, the role holding its numbers. */
struct ExportableTable
{
    const QAbstractItemModel *model = nullptr;
    TableFilters filters;
    int numberRole = Qt::DisplayRole;
};

/**
 * Writes every row of model as CSV (UTF-8 with BOM, formula-like text defanged): one row per
 * filter, an empty row, the header, the rows. Cells take numberRole when it holds a number, so
 * numbers stay numbers, else the display text.
 */
bool writeTableCsv(const QAbstractItemModel &model, const TableFilters &filters, int numberRole, QIODevice &device);
/** The same into path, atomically (QSaveFile); false with *error naming the file. */
bool exportTableCsv(const QAbstractItemModel &model, const TableFilters &filters, int numberRole, const QString &path,
                    QString *error);

} // namespace ub
