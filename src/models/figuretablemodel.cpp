#include "figuretablemodel.h"

#include "documentqueries.h"
#include "labels.h"

using namespace Qt::StringLiterals;

namespace ub {

FigureTableModel::FigureTableModel(Store &store, QObject *parent) : QAbstractTableModel(parent), m_store(store)
{
    reload();
}

int FigureTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int FigureTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

const FigureRecord *FigureTableModel::record(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QVariant FigureTableModel::data(const QModelIndex &index, int role) const
{
    const FigureRecord *r = checkIndex(index, CheckIndexOption::IndexIsValid) ? record(index.row()) : nullptr;
    if (!r)
        return {};
    const Figure &f = r->figure;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DocumentColumn: return r->documentTitle.isEmpty() ? r->documentName : r->documentTitle;
        case QuoteColumn: return f.quote;
        case ValueColumn: return QString(Labels::qualifierSymbol(f.qualifier) + Labels::number(f.value));
        case UnitColumn: return Labels::unit(f.unit);
        case QualifierColumn: return Labels::qualifier(f.qualifier);
        case RegionColumn: return f.region;
        case SubregionColumn: return f.subregion;
        case YearColumn: return f.year > 0 ? QVariant(f.year) : QVariant();
        case CategoryColumn: return Labels::category(f.category);
        case IndicatorColumn: return Labels::indicator(f.indicator);
        case KindColumn: return Labels::kind(f.kind);
        case SubjectColumn: return f.subject;
        case SentenceColumn: return f.sentence.simplified();
        }
        return {};
    case Qt::ToolTipRole: {
        if (index.column() == DocumentColumn)
            return r->documentName;
        QStringList lines;
        if (r->confidence >= 0)
            lines << (r->confidence < kLowConfidence
                          ? tr("Recognised by OCR, confidence %1%: check it against the page").arg(r->confidence)
                          : tr("Recognised by OCR, confidence %1%").arg(r->confidence));
        if (r->edited)
            lines << tr("Corrected by staff");
        lines << f.sentence;
        return lines.join(u'\n');
    }

    case Qt::TextAlignmentRole:
        return index.column() == ValueColumn || index.column() == YearColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case FigureIdRole: return r->id;
    case SentenceRole: return f.sentence;
    case DocumentNameRole: return r->documentName;
    case StartRole: return f.start;
    case EndRole: return f.end;
    case SentenceStartRole: return f.sentenceStart;
    case ValueRole: return f.value;
    case EditedRole: return r->edited;
    case PrimaryRole: return r->primary;
    case RejectedRole: return r->rejected;
    case ConfidenceRole: return r->confidence;
    case LowConfidenceRole: return r->confidence >= 0 && r->confidence < kLowConfidence;
    }
    return {};
}

QVariant FigureTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DocumentColumn: return tr("Document");
    case QuoteColumn: return tr("As written");
    case ValueColumn: return tr("Value");
    case UnitColumn: return tr("Unit");
    case QualifierColumn: return tr("Qualifier");
    case RegionColumn: return tr("Region");
    case SubregionColumn: return tr("Subregion");
    case YearColumn: return tr("Year");
    case CategoryColumn: return tr("Category");
    case IndicatorColumn: return tr("Indicator");
    case KindColumn: return tr("Kind");
    case SubjectColumn: return tr("Subject");
    case SentenceColumn: return tr("Sentence");
    }
    return {};
}

bool FigureTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void FigureTableModel::fetchMore(const QModelIndex &parent)
{
    // Views and testers ask for more while the reset is still being announced; inserting rows
    // inside a reset would corrupt their state, and the reset already brought the first page.
    if (m_resetting || !canFetchMore(parent))
        return;
    QString error;
    const QList<FigureRecord> page = FigureQueries(m_store).figures(m_filter, int(m_rows.size()), kPageSize, &error);
    if (!error.isEmpty()) {
        m_total = int(m_rows.size()); // stop asking for rows the store cannot give
        Q_EMIT loadFailed(error);
        return;
    }
    if (page.isEmpty()) {
        m_total = int(m_rows.size());
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
    m_rows.append(page);
    endInsertRows();
}

void FigureTableModel::sort(int column, Qt::SortOrder order)
{
    static const FigureOrder orders[ColumnCount] = {
        FigureOrder::Document, FigureOrder::Quote,  FigureOrder::Value, FigureOrder::Unit,
        FigureOrder::Qualifier, FigureOrder::Region, FigureOrder::Region, FigureOrder::Year,
        FigureOrder::Category, FigureOrder::Indicator, FigureOrder::Indicator, FigureOrder::Subject,
        FigureOrder::Document};
    if (column < 0 || column >= ColumnCount) {
        m_filter.order.reset();
    } else {
        m_filter.order = orders[column];
        m_filter.descending = order == Qt::DescendingOrder;
    }
    reload();
}

void FigureTableModel::setFilter(const FigureFilter &filter)
{
    // A new filter keeps the order the user chose by clicking a header.
    const auto order = m_filter.order;
    const bool descending = m_filter.descending;
    m_filter = filter;
    if (!m_filter.order) {
        m_filter.order = order;
        m_filter.descending = descending;
    }
    reload();
}

void FigureTableModel::reload()
{
    m_resetting = true;
    beginResetModel();
    QString error;
    FigureQueries queries(m_store);
    m_total = queries.countFigures(m_filter, &error);
    // The first page comes with the reset, so a view shows rows without waiting for a fetch.
    m_rows = error.isEmpty() ? queries.figures(m_filter, 0, kPageSize, &error) : QList<FigureRecord>();
    if (!error.isEmpty())
        m_total = int(m_rows.size());
    endResetModel();
    m_resetting = false;
    if (!error.isEmpty())
        Q_EMIT loadFailed(error);
}

} // namespace ub
