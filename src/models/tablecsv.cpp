#include "tablecsv.h"

#include "csvwriter.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QSaveFile>

namespace ub {

namespace {

QVariant cellOf(const QModelIndex &index, int numberRole)
{
    const QVariant number = index.data(numberRole);
    switch (number.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Double:
        return number;
    default:
        return index.data(Qt::DisplayRole).toString();
    }
}

} // namespace

bool writeTableCsv(const QAbstractItemModel &model, const TableFilters &filters, int numberRole, QIODevice &device)
{
    CsvWriter csv(device);
    csv.writeByteOrderMark();
    for (const auto &[name, value] : filters)
        csv.writeRow({name, value});
    if (!filters.isEmpty())
        csv.writeRow({});
    QVariantList header;
    for (int column = 0; column < model.columnCount(); ++column)
        header << model.headerData(column, Qt::Horizontal).toString();
    csv.writeRow(header);
    for (int row = 0; row < model.rowCount(); ++row) {
        QVariantList cells;
        for (int column = 0; column < model.columnCount(); ++column)
            cells << cellOf(model.index(row, column), numberRole);
        csv.writeRow(cells);
    }
    return !csv.hasError();
}

bool exportTableCsv(const QAbstractItemModel &model, const TableFilters &filters, int numberRole, const QString &path,
                    QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !writeTableCsv(model, filters, numberRole, file) || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("ub::TableCsv", "%1: cannot write the file: %2")
                         .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace ub
