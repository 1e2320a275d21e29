// The reports panel: every stored report, how it was read, its title, year and unit to correct.
#pragma once

#include "editpermission.h"
#include "importer.h"
#include "tablecsv.h"

#include <QAbstractItemView>
#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class ReportsPanel;
}

class QAction;
class QUndoStack;

namespace ub {

class DocumentFilterModel;
class DocumentTableModel;
class Store;

/**
 * The table of reports with a search box; edits of title, year and unit, and removals, are
 * commands on the window's undo stack. Extracting again and showing a report's figures are
 * here too; the window re-reads the other panels when the model says a document changed.
 */
class ReportsPanel final : public QWidget
{
    Q_OBJECT
public:
    /** Asks staff to confirm (title, question); true to go on. */
    using Confirmation = std::function<bool(const QString &title, const QString &question)>;

    ReportsPanel(Store &store, QUndoStack &undoStack, QWidget *parent = nullptr);
    ~ReportsPanel() override;

    /** Re-reads the reports, e.g. after an import, keeping the selected one. */
    void reload();
    DocumentTableModel *model() const { return m_model; }
    /** The rows as shown: filtered and sorted. */
    DocumentFilterModel *filterModel() const { return m_filter; }
    /** The table as shown and what it is searched for, for File ▸ Export Table. */
    ExportableTable exportableTable() const;

    /** The document of the current row, or "". */
    QString currentDocument() const;
    /** Makes a document's row current (clearing a search that hides it); false when not listed. */
    bool selectDocument(const QString &name);
    /** A viewer's panel: the cells read-only, Edit, Extract Again (All) and Remove… disabled,
     *  their tool tips saying which role they need. */
    void setEditPermission(const EditPermission &permission);
    bool isEditable() const { return m_permission.allowed; }
    /** Replaces the question box, for tests and scripted use. */
    void setConfirmation(Confirmation confirmation);

    /** Sets a property as an undoable command; a value the model refuses is reported, not pushed. */
    void editProperty(const QString &name, DocumentProperty property, const QVariant &value);
    /** Opens the current row's title, year or unit cell for editing (F2). */
    void editCurrent();
    void removeCurrent();
    void reextractSelected();
    void reextractAll();
    void showFiguresOfCurrent();

Q_SIGNALS:
    /** Show the figures of this document in the figures panel. */
    void figuresRequested(const QString &documentName, const QString &caption);

protected:
    void changeEvent(QEvent *event) override;

private:
    QStringList selectedDocuments() const;
    void updateActions();
    void updateSummary();
    void showEditFailure(const QString &message);

    std::unique_ptr<Ui::ReportsPanel> m_ui;
    QUndoStack &m_undoStack;
    DocumentTableModel *m_model;
    DocumentFilterModel *m_filter;
    Confirmation m_confirm;
    QAction *m_showFiguresAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_reextractAction = nullptr;
    QAction *m_removeAction = nullptr;
    EditPermission m_permission;
    QAbstractItemView::EditTriggers m_editTriggers;
};

} // namespace ub
