#include "reportspanel.h"
#include "ui_reportspanel.h"

#include "documentcommands.h"
#include "documentdelegate.h"
#include "documentfiltermodel.h"
#include "documenttablemodel.h"
#include "labels.h"

#include <QApplication>
#include <QHeaderView>
#include <QMessageBox>
#include <QProgressDialog>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace ub {

ReportsPanel::ReportsPanel(Store &store, QUndoStack &undoStack, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ReportsPanel>())
    , m_undoStack(undoStack)
    , m_model(new DocumentTableModel(store, this))
    , m_filter(new DocumentFilterModel(this))
{
    m_ui->setupUi(this);
    m_confirm = [this](const QString &title, const QString &question) {
        return QMessageBox::question(this, title, question, QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Yes;
    };
    m_filter->setSourceModel(m_model);
    QTableView *table = m_ui->documentTable;
    table->setModel(m_filter);
    table->setItemDelegate(new DocumentDelegate(
        [this](const QModelIndex &index, const QVariant &value) {
            const std::optional<DocumentProperty> property =
                DocumentTableModel::propertyOfColumn(index.column());
            if (property)
                editProperty(index.data(DocumentTableModel::DocumentNameRole).toString(), *property, value);
        },
        table));
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DocumentTableModel::TitleColumn, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    table->setTextElideMode(Qt::ElideMiddle);
    // No indicator: the store's order, by file name, until a header is clicked.
    header->setSortIndicator(-1, Qt::AscendingOrder);
    table->setSortingEnabled(true);

    m_showFiguresAction = new QAction(tr("Show &Figures"), table);
    m_editAction = new QAction(tr("&Edit"), table);
    // F2 is the window's Correct action, which edits here while this panel is in front: a
    // second F2 would make the key ambiguous and do nothing.
    m_reextractAction = new QAction(tr("E&xtract Again"), table);
    m_removeAction = new QAction(tr("&Remove…"), table);
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetShortcut);
    table->addActions({m_showFiguresAction, m_editAction, m_reextractAction, m_removeAction});
    connect(m_showFiguresAction, &QAction::triggered, this, &ReportsPanel::showFiguresOfCurrent);
    connect(m_editAction, &QAction::triggered, this, &ReportsPanel::editCurrent);
    connect(m_reextractAction, &QAction::triggered, this, &ReportsPanel::reextractSelected);
    connect(m_removeAction, &QAction::triggered, this, &ReportsPanel::removeCurrent);
    connect(m_ui->showFiguresButton, &QPushButton::clicked, this, &ReportsPanel::showFiguresOfCurrent);
    connect(m_ui->reextractButton, &QPushButton::clicked, this, &ReportsPanel::reextractSelected);
    connect(m_ui->reextractAllButton, &QPushButton::clicked, this, &ReportsPanel::reextractAll);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &ReportsPanel::removeCurrent);
    connect(table, &QTableView::doubleClicked, this, &ReportsPanel::showFiguresOfCurrent);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_filter, &DocumentFilterModel::setSearchText);

    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReportsPanel::updateActions);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReportsPanel::updateActions);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ReportsPanel::updateSummary);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ReportsPanel::updateSummary);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &ReportsPanel::updateSummary);
    connect(m_filter, &QAbstractItemModel::dataChanged, this, &ReportsPanel::updateSummary);
    connect(m_model, &DocumentTableModel::editFailed, this, &ReportsPanel::showEditFailure);
    connect(m_model, &DocumentTableModel::loadFailed, this, &ReportsPanel::showEditFailure);
    m_editTriggers = table->editTriggers();
    updateSummary();
    updateActions();
}

void ReportsPanel::setEditPermission(const EditPermission &permission)
{
    m_permission = permission;
    m_ui->documentTable->setEditTriggers(permission.allowed ? m_editTriggers : QAbstractItemView::NoEditTriggers);
    updateActions();
}

ReportsPanel::~ReportsPanel() = default;

void ReportsPanel::setConfirmation(Confirmation confirmation)
{
    m_confirm = std::move(confirmation);
}

void ReportsPanel::reload()
{
    const QString current = currentDocument();
    m_model->reload();
    if (!current.isEmpty() && m_model->rowOfDocument(current) >= 0)
        selectDocument(current);
}

ExportableTable ReportsPanel::exportableTable() const
{
    TableFilters filters;
    if (!m_filter->searchText().isEmpty())
        filters.append({m_ui->searchEdit->accessibleName(), m_filter->searchText()});
    return {m_filter, filters, Qt::DisplayRole}; // SortRole would write the sort keys of "Read as"
}

QString ReportsPanel::currentDocument() const
{
    return m_ui->documentTable->currentIndex().data(DocumentTableModel::DocumentNameRole).toString();
}

bool ReportsPanel::selectDocument(const QString &name)
{
    const int row = m_model->rowOfDocument(name);
    if (row < 0)
        return false;
    QModelIndex index = m_filter->mapFromSource(m_model->index(row, DocumentTableModel::TitleColumn));
    if (!index.isValid()) {
        m_ui->searchEdit->clear();
        index = m_filter->mapFromSource(m_model->index(row, DocumentTableModel::TitleColumn));
    }
    m_ui->documentTable->setCurrentIndex(index);
    m_ui->documentTable->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
    m_ui->documentTable->scrollTo(index);
    return true;
}

QStringList ReportsPanel::selectedDocuments() const
{
    QStringList names;
    for (const QModelIndex &index : m_ui->documentTable->selectionModel()->selectedRows())
        names << index.data(DocumentTableModel::DocumentNameRole).toString();
    if (names.isEmpty() && !currentDocument().isEmpty())
        names << currentDocument();
    return names;
}

void ReportsPanel::updateActions()
{
    const bool current = !currentDocument().isEmpty();
    const bool editable = m_permission.allowed;
    m_ui->showFiguresButton->setEnabled(current);
    m_ui->removeButton->setEnabled(current && editable);
    m_ui->reextractButton->setEnabled(!selectedDocuments().isEmpty() && editable);
    m_ui->reextractAllButton->setEnabled(m_model->rowCount() > 0 && editable);
    for (QAction *action : {m_editAction, m_reextractAction, m_removeAction})
        action->setEnabled(editable);
    if (!editable) {
        for (QWidget *button : {static_cast<QWidget *>(m_ui->removeButton), static_cast<QWidget *>(m_ui->reextractButton),
                                static_cast<QWidget *>(m_ui->reextractAllButton)})
            button->setToolTip(m_permission.reason);
        for (QAction *action : {m_editAction, m_reextractAction, m_removeAction})
            action->setToolTip(m_permission.reason);
    }
}

void ReportsPanel::updateSummary()
{
    int figures = 0;
    int recognised = 0;
    int toCheck = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const StoredDocument *document = m_model->document(row);
        figures += document->figureCount;
        recognised += document->recognised() ? 1 : 0;
        toCheck += document->lowConfidenceFigures;
    }
    QStringList parts = {tr("%n report(s)", nullptr, m_model->rowCount()),
                         tr("%1 figures").arg(Labels::number(figures))};
    if (m_filter->rowCount() != m_model->rowCount())
        parts.prepend(tr("%n shown", nullptr, m_filter->rowCount()));
    if (recognised > 0)
        parts << tr("%n read by OCR", nullptr, recognised);
    if (toCheck > 0)
        parts << tr("%n figure(s) to check", nullptr, toCheck);
    m_ui->summaryLabel->setText(parts.join(u" · "_s));
    updateActions();
}

void ReportsPanel::showEditFailure(const QString &message)
{
    // open(), not exec(): a refused edit must not stop the window, or a test, from going on.
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Cannot Change the Report"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(u"reportEditFailedBox"_s);
    box->open();
}

void ReportsPanel::editProperty(const QString &name, DocumentProperty property, const QVariant &value)
{
    if (!m_permission.allowed) {
        showEditFailure(m_permission.reason);
        return;
    }
    QString error;
    const std::optional<QString> normalised = DocumentTableModel::normalisedValue(property, value, &error);
    if (!normalised) {
        showEditFailure(tr("Cannot change %1: %2").arg(name, error));
        return;
    }
    const std::optional<QString> previous = m_model->givenProperty(name, property);
    if (previous == normalised || (!previous && normalised->isEmpty()))
        return; // nothing would change: no undo step for it
    m_undoStack.push(new SetDocumentPropertyCommand(*m_model, name, property, *normalised, previous));
}

void ReportsPanel::editCurrent()
{
    if (!m_permission.allowed)
        return;
    QModelIndex current = m_ui->documentTable->currentIndex();
    if (!current.isValid())
        return;
    if (!DocumentTableModel::propertyOfColumn(current.column()))
        current = current.siblingAtColumn(DocumentTableModel::TitleColumn);
    m_ui->documentTable->setCurrentIndex(current);
    m_ui->documentTable->edit(current);
}

void ReportsPanel::removeCurrent()
{
    if (!m_permission.allowed)
        return;
    const QString name = currentDocument();
    const StoredDocument *document = m_model->document(m_model->rowOfDocument(name));
    if (!document)
        return;
    const QString title = document->title.isEmpty() ? document->name : document->title;
    const QString question =
        tr("Remove “%1” (%2) and its %n figure(s) from the store?", nullptr, document->figureCount)
            .arg(title, name) +
        u"\n\n"_s + tr("Its corrections go with it. Edit ▸ Undo puts it all back.");
    if (m_confirm && !m_confirm(tr("Remove Report"), question))
        return;
    m_undoStack.push(new RemoveDocumentCommand(*m_model, name, title));
}

void ReportsPanel::reextractSelected()
{
    if (!m_permission.allowed)
        return;
    const QStringList names = selectedDocuments();
    if (names.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    for (const QString &name : names)
        m_model->reextract(name);
    QApplication::restoreOverrideCursor();
}

void ReportsPanel::reextractAll()
{
    if (!m_permission.allowed || m_model->rowCount() == 0)
        return;
    QProgressDialog progress(tr("Extracting the reports again…"), tr("Cancel"), 0, m_model->rowCount(), this);
    progress.setWindowTitle(tr("Extract All Again"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    const QString current = currentDocument();
    m_model->reextractAll([&progress](int done, int total, const QString &name) {
        progress.setMaximum(total);
        if (!name.isEmpty())
            progress.setLabelText(tr("Extracting %1 again (%2 of %3)…").arg(name).arg(done + 1).arg(total));
        progress.setValue(done); // processes events, so Cancel is seen
        return !progress.wasCanceled();
    });
    if (!current.isEmpty())
        selectDocument(current);
}

void ReportsPanel::showFiguresOfCurrent()
{
    const QString name = currentDocument();
    const StoredDocument *document = m_model->document(m_model->rowOfDocument(name));
    if (document)
        Q_EMIT figuresRequested(name, document->title.isEmpty() ? document->name : document->title);
}

void ReportsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_showFiguresAction->setText(tr("Show &Figures"));
        m_editAction->setText(tr("&Edit"));
        m_reextractAction->setText(tr("E&xtract Again"));
        m_removeAction->setText(tr("&Remove…"));
        reload();
        updateActions(); // retranslateUi() put back the buttons' own tool tips // the kinds, the ways of reading and the headers in the new language
        updateSummary();
    }
    QWidget::changeEvent(event);
}

} // namespace ub
