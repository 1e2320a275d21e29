// The reports table: every stored document, how it was read, and the properties staff may set on it.
#pragma once

#include "documentqueries.h"
#include "importer.h"

#include <QAbstractTableModel>

#include <functional>
#include <memory>
#include <optional>

namespace ub {

class Extractor;
class Store;

/**
 * One row per stored document (storedDocuments()). Title, year and unit are editable: an edit is
 * validated here, then written by Importer::setProperty, which extracts the document again so its
 * figures follow. Removing, restoring and extracting again also go through the Importer; the
 * model updates the rows they touch in place, so a view keeps its selection, and says what
 * happened by signals so the figure panels can re-read. Owns the Extractor those writes need,
 * made on the first write.
 */
class DocumentTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TitleColumn,
        KindColumn,
        YearColumn,
        UnitColumn,
        PagesColumn,
        FiguresColumn,
        ReadAsColumn,
        ImportedColumn,
        ImportedByColumn,
        FileColumn,
        ColumnCount
    };
    enum Role {
        DocumentNameRole = Qt::UserRole + 1,
        RecognisedRole,    ///< bool: read by OCR, at least in part
        GivenPropertyRole, ///< bool: this cell's property was set by staff
        LowConfidenceRole, ///< int: the document's OCR'd figures below kLowConfidence
        SortRole           ///< what the column sorts by (numbers as numbers, dates as ISO text)
    };

    explicit DocumentTableModel(Store &store, QObject *parent = nullptr);
    ~DocumentTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    /** Sets the cell's property through setProperty(); an empty value clears it. */
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    /** The property an editable column shows; nullopt for the others. */
    static std::optional<DocumentProperty> propertyOfColumn(int column);
    /** The value as the store takes it (a year as digits, a unit by its canonical name, a title
     *  trimmed; "" to clear), or nullopt with *error saying why it is refused. */
    static std::optional<QString> normalisedValue(DocumentProperty property, const QVariant &value,
                                                  QString *error);

    /** Re-reads every document, e.g. after an import. */
    void reload();
    const StoredDocument *document(int row) const;
    int rowOfDocument(const QString &name) const;

    /** The value staff gave the property, or nullopt when the extracted one stands. */
    std::optional<QString> givenProperty(QString name, DocumentProperty property);
    using QObject::setProperty; // not hidden by ours
    /** Sets (or with "" clears) a property and extracts the document again; false after editFailed. */
    bool setProperty(QString name, DocumentProperty property, const QVariant &value);
    /** Takes the document out; what restore() needs to put it back, or nullopt after editFailed. */
    std::optional<RemovedDocument> remove(QString name);
    bool restore(RemovedDocument removed);
    /** Extracts the document again from its stored text; false after editFailed. */
    bool reextract(QString name);
    /** Extracts every document again; progress(done, total, name) is called before each and
     *  stops the run by returning false. The documents extracted again. */
    int reextractAll(const std::function<bool(int, int, const QString &)> &progress = {});

Q_SIGNALS:
    /** A document's properties or figures changed (an edit, or extracted again). */
    void documentChanged(const QString &name);
    void documentRemoved(const QString &name);
    void documentRestored(const QString &name);
    /** reextractAll() ended: this many documents were extracted again. */
    void documentsReextracted(int count);
    void editFailed(const QString &message);
    void loadFailed(const QString &message);

private:
    /** Brings the row of one document in line with the store: updated, inserted or taken out. */
    void refreshDocument(const QString &name);
    const Extractor &extractor();

    Store &m_store;
    std::unique_ptr<Extractor> m_extractor;
    QList<StoredDocument> m_rows;
};

} // namespace ub
