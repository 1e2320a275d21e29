#include "documenttablemodel.h"

#include "extractor.h"
#include "gazetteer.h"
#include "labels.h"
#include "regionorder.h"
#include "store.h"

#include <QDateTime>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ub {

namespace {

constexpr int kFirstYear = 1949;
constexpr int kLastYear = 2100;

/** The canonical name of the province or one of its prefecture-level units, or "". */
QString canonicalUnit(const QString &text)
{
    if (standardRegions().contains(text))
        return text;
    const RegionEntry *entry = Gazetteer::shaanxi().find(text);
    if (!entry || entry->level == RegionEntry::Level::County || entry->level == RegionEntry::Level::Unit)
        return {};
    return standardRegions().contains(entry->name) ? entry->name : QString();
}

QString localImportTime(const QString &iso)
{
    QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!time.isValid())
        return iso;
    // The store writes UTC; a time without a zone is read as such, not as local time.
    if (time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    return time.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
}

} // namespace

DocumentTableModel::DocumentTableModel(Store &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    reload();
}

DocumentTableModel::~DocumentTableModel() = default;

const Extractor &DocumentTableModel::extractor()
{
    // Made on the first write: a window that only shows the list never loads the figure model.
    if (!m_extractor)
        m_extractor = std::make_unique<Extractor>();
    return *m_extractor;
}

int DocumentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DocumentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const StoredDocument *DocumentTableModel::document(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int DocumentTableModel::rowOfDocument(const QString &name) const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).name == name)
            return int(row);
    }
    return -1;
}

std::optional<DocumentProperty> DocumentTableModel::propertyOfColumn(int column)
{
    switch (column) {
    case TitleColumn:
        return DocumentProperty::Title;
    case YearColumn:
        return DocumentProperty::Year;
    case UnitColumn:
        return DocumentProperty::Region;
    }
    return std::nullopt;
}

QVariant DocumentTableModel::data(const QModelIndex &index, int role) const
{
    const StoredDocument *d =
        checkIndex(index, CheckIndexOption::IndexIsValid) ? document(index.row()) : nullptr;
    if (!d)
        return {};
    const int column = index.column();
    const std::optional<DocumentProperty> property = propertyOfColumn(column);
    const bool given = property && d->givenProperties.contains(toKey(*property));
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TitleColumn:
            return d->title.isEmpty() ? d->name : d->title;
        case KindColumn:
            return Labels::documentKind(d->kind);
        case YearColumn:
            return d->year > 0 ? QVariant(d->year) : QVariant(Labels::missing());
        case UnitColumn:
            return d->region.isEmpty() ? Labels::missing() : d->region;
        case PagesColumn:
            return d->pageCount > 0 ? QVariant(d->pageCount) : QVariant();
        case FiguresColumn:
            return d->figureCount;
        case ReadAsColumn:
            return Labels::readMethod(d->readMethod, d->ocrPages);
        case ImportedColumn:
            return localImportTime(d->importedAt);
        case ImportedByColumn:
            // The store's word for "nobody known" is not for a Chinese table.
            return d->importedBy.isEmpty() || d->importedBy == u"unknown" ? Labels::missing() : d->importedBy;
        case FileColumn:
            return d->name;
        }
        return {};
    case Qt::EditRole:
        switch (column) {
        case TitleColumn:
            return d->title;
        case YearColumn:
            return d->year > 0 ? QVariant(d->year) : QVariant();
        case UnitColumn:
            return d->region;
        }
        return data(index, Qt::DisplayRole);
    case SortRole:
        switch (column) {
        case YearColumn:
            return d->year;
        case PagesColumn:
            return d->pageCount;
        case FiguresColumn:
            return d->figureCount;
        case ReadAsColumn:
            return d->ocrPages > 0 ? 1000000 + d->ocrPages : 0; // recognised ones together
        case ImportedColumn:
            return d->importedAt;
        }
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole: {
        QStringList lines;
        if (given)
            lines << tr("Set by staff. Clear it to use what was read from the report.");
        if (column == FileColumn && !d->path.isEmpty())
            lines << d->path;
        if (d->recognised() && (column == ReadAsColumn || column == TitleColumn)) {
            lines << tr("Recognised by OCR from %n page(s).", nullptr, d->ocrPages);
            lines << (d->lowConfidenceFigures > 0
                          ? tr("%n figure(s) recognised with less than %1% confidence: check them.", nullptr,
                               d->lowConfidenceFigures)
                                .arg(kLowConfidence)
                          : tr("Every figure was recognised with at least %1% confidence.")
                                .arg(kLowConfidence));
        }
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
    }
    case Qt::TextAlignmentRole:
        return column == YearColumn || column == PagesColumn || column == FiguresColumn
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case DocumentNameRole:
        return d->name;
    case RecognisedRole:
        return d->recognised();
    case GivenPropertyRole:
        return given;
    case LowConfidenceRole:
        return d->lowConfidenceFigures;
    }
    return {};
}

QVariant DocumentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case KindColumn:
        return tr("Kind");
    case YearColumn:
        return tr("Year");
    case UnitColumn:
        return tr("Unit");
    case PagesColumn:
        return tr("Pages");
    case FiguresColumn:
        return tr("Figures");
    case ReadAsColumn:
        return tr("Read as");
    case ImportedColumn:
        return tr("Imported");
    case ImportedByColumn:
        return tr("Imported by");
    case FileColumn:
        return tr("File");
    }
    return {};
}

Qt::ItemFlags DocumentTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && propertyOfColumn(index.column()))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool DocumentTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const StoredDocument *d =
        checkIndex(index, CheckIndexOption::IndexIsValid) ? document(index.row()) : nullptr;
    const std::optional<DocumentProperty> property = propertyOfColumn(index.column());
    if (!d || !property || role != Qt::EditRole)
        return false;
    return setProperty(d->name, *property, value);
}

std::optional<QString> DocumentTableModel::normalisedValue(DocumentProperty property, const QVariant &value,
                                                           QString *error)
{
    QString text = value.toString().trimmed();
    if (text == Labels::missing())
        text.clear();
    switch (property) {
    case DocumentProperty::Title:
        return text.simplified();
    case DocumentProperty::Year: {
        if (text.endsWith(u'年'))
            text.chop(1);
        bool number = false;
        const int year = text.toInt(&number);
        if (text.isEmpty() || (number && year == 0))
            return QString();
        if (number && year >= kFirstYear && year <= kLastYear)
            return QString::number(year);
        if (error)
            *error = tr("%1 is not a year from %2 to %3.").arg(text).arg(kFirstYear).arg(kLastYear);
        return std::nullopt;
    }
    case DocumentProperty::Region: {
        if (text.isEmpty())
            return QString();
        const QString unit = canonicalUnit(text);
        if (!unit.isEmpty())
            return unit;
        if (error)
            *error =
                tr("%1 is not a unit of the federation: choose %2.").arg(text, standardRegions().join(u'、'));
        return std::nullopt;
    }
    }
    return std::nullopt;
}

void DocumentTableModel::reload()
{
    beginResetModel();
    QString error;
    m_rows = storedDocuments(m_store, &error);
    endResetModel();
    if (!error.isEmpty())
        Q_EMIT loadFailed(error);
}

void DocumentTableModel::refreshDocument(const QString &name)
{
    QString error;
    const QList<StoredDocument> documents = storedDocuments(m_store, &error);
    if (!error.isEmpty()) {
        Q_EMIT loadFailed(error);
        return;
    }
    const auto stored =
        std::find_if(documents.cbegin(), documents.cend(),
                     [&name](const StoredDocument &document) { return document.name == name; });
    const int row = rowOfDocument(name);
    if (stored != documents.cend() && row >= 0) {
        m_rows[row] = *stored;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else if (stored != documents.cend()) {
        // Where the store lists it, so a restored document comes back to its old place.
        const int at = std::min(int(stored - documents.cbegin()), int(m_rows.size()));
        beginInsertRows({}, at, at);
        m_rows.insert(at, *stored);
        endInsertRows();
    } else if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
}

std::optional<QString> DocumentTableModel::givenProperty(QString name, DocumentProperty property)
{
    QString error;
    const QList<QPair<DocumentProperty, QString>> properties =
        Importer(m_store, extractor()).propertiesOf(name, &error);
    for (const auto &[given, value] : properties) {
        if (given == property)
            return value;
    }
    return std::nullopt;
}

bool DocumentTableModel::setProperty(QString name, DocumentProperty property, const QVariant &value)
{
    QString error;
    const std::optional<QString> normalised = normalisedValue(property, value, &error);
    if (normalised &&
        Importer(m_store, extractor()).setProperty(name, property, *normalised, m_store.userName(), &error)) {
        refreshDocument(name);
        Q_EMIT documentChanged(name);
        return true;
    }
    Q_EMIT editFailed(tr("Cannot change %1: %2").arg(name, error));
    return false;
}

std::optional<RemovedDocument> DocumentTableModel::remove(QString name)
{
    QString error;
    std::optional<RemovedDocument> removed = Importer(m_store, extractor()).removeDocument(name, &error);
    if (!removed) {
        Q_EMIT editFailed(tr("Cannot remove %1: %2").arg(name, error));
        return std::nullopt;
    }
    refreshDocument(name);
    Q_EMIT documentRemoved(name);
    return removed;
}

bool DocumentTableModel::restore(RemovedDocument removed)
{
    QString error;
    if (!Importer(m_store, extractor()).restoreDocument(removed, &error)) {
        Q_EMIT editFailed(tr("Cannot restore %1: %2").arg(removed.name, error));
        return false;
    }
    refreshDocument(removed.name);
    Q_EMIT documentRestored(removed.name);
    return true;
}

bool DocumentTableModel::reextract(QString name)
{
    const ImportFileResult result = Importer(m_store, extractor()).reextract(name);
    if (result.outcome == ImportOutcome::Rejected) {
        Q_EMIT editFailed(result.message.isEmpty() ? tr("Cannot extract %1 again.").arg(name)
                                                   : result.message);
        return false;
    }
    refreshDocument(name);
    Q_EMIT documentChanged(name);
    return true;
}

int DocumentTableModel::reextractAll(const std::function<bool(int, int, const QString &)> &progress)
{
    QStringList names;
    for (const StoredDocument &document : std::as_const(m_rows))
        names << document.name;
    Importer importer(m_store, extractor());
    QStringList failures;
    int done = 0;
    for (const QString &name : std::as_const(names)) {
        if (progress && !progress(done, int(names.size()), name))
            break;
        const ImportFileResult result = importer.reextract(name);
        if (result.outcome == ImportOutcome::Rejected)
            failures << (result.message.isEmpty() ? name : result.message);
        ++done;
    }
    if (progress)
        progress(done, int(names.size()), QString());
    reload();
    Q_EMIT documentsReextracted(done - int(failures.size()));
    if (!failures.isEmpty())
        Q_EMIT editFailed(failures.join(u'\n'));
    return done - int(failures.size());
}

} // namespace ub
