#include "figurespanel.h"
#include "ui_figurespanel.h"

#include "indicatorcatalogue.h"
#include "codepoints.h"
#include "correctfiguredialog.h"
#include "figuredelegate.h"
#include "figurequeries.h"
#include "figuretablemodel.h"
#include "labels.h"
#include "regionorder.h"
#include "reportviewerdialog.h"
#include "reviewcontroller.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace ub {

FiguresPanel::FiguresPanel(Store &store, ReviewController &review, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::FiguresPanel>())
    , m_store(store)
    , m_review(review)
    , m_model(new FigureTableModel(store, this))
    , m_banner(new QWidget(this))
    , m_bannerText(new QLabel(m_banner))
{
    m_ui->setupUi(this);
    // The banner over the table while it shows the figures behind another panel's number.
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(8, 4, 8, 4);
    m_banner->setObjectName(u"selectionBanner"_s);
    m_banner->setStyleSheet(u"#selectionBanner { background: #fdf2e9; border-radius: 4px; }"_s);
    m_bannerText->setObjectName(u"selectionCaption"_s);
    m_bannerText->setWordWrap(true);
    auto *showAll = new QPushButton(tr("Show &All Figures"), m_banner);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(showAll);
    m_ui->panelLayout->insertWidget(1, m_banner);
    m_banner->hide();
    connect(showAll, &QPushButton::clicked, this, &FiguresPanel::clearSelectionFilter);
    QTableView *table = m_ui->figureTable;
    table->setModel(m_model);
    table->setItemDelegate(new FigureDelegate(table));
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    table->setTextElideMode(Qt::ElideMiddle);
    table->setColumnHidden(FigureTableModel::SubregionColumn, true);
    table->setColumnHidden(FigureTableModel::SentenceColumn, true); // the provenance pane shows it whole

    fillFilterChoices();
    // Sorting happens in the store over every matching figure; no indicator = document order.
    table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    table->setSortingEnabled(true);

    m_correctAction = new QAction(tr("&Correct…"), table);
    m_rejectAction = new QAction(tr("Mark as &Not a Figure"), table);
    auto *openAction = new QAction(tr("&Open in Report"), table);
    table->addActions({openAction, m_correctAction, m_rejectAction});
    connect(m_correctAction, &QAction::triggered, this, &FiguresPanel::correctCurrent);
    connect(m_rejectAction, &QAction::triggered, this, &FiguresPanel::toggleRejectedCurrent);
    connect(openAction, &QAction::triggered, this, &FiguresPanel::openCurrentInReport);
    connect(m_ui->correctButton, &QPushButton::clicked, this, &FiguresPanel::correctCurrent);
    connect(m_ui->rejectButton, &QPushButton::clicked, this, &FiguresPanel::toggleRejectedCurrent);
    connect(m_ui->openReportButton, &QPushButton::clicked, this, &FiguresPanel::openCurrentInReport);
    connect(table, &QTableView::doubleClicked, this, &FiguresPanel::openCurrentInReport);

    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &FiguresPanel::clearSelectionFilter);
    for (QComboBox *combo : {m_ui->yearCombo, m_ui->regionCombo, m_ui->categoryCombo, m_ui->indicatorCombo,
                             m_ui->unitCombo, m_ui->qualifierCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &FiguresPanel::clearSelectionFilter);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FiguresPanel::showProvenance);
    connect(m_model, &FigureTableModel::modelReset, this, &FiguresPanel::showProvenance);
    reload();
}

FiguresPanel::~FiguresPanel() = default;

void FiguresPanel::fillFilterChoices()
{
    // Refilled on a language change; the chosen keys survive it.
    const QList<QComboBox *> combos = {m_ui->regionCombo, m_ui->categoryCombo, m_ui->indicatorCombo, m_ui->unitCombo,
                                       m_ui->qualifierCombo};
    QList<QVariant> chosen;
    for (QComboBox *combo : combos) {
        chosen << combo->currentData();
        combo->blockSignals(true);
        combo->clear();
    }
    m_ui->regionCombo->addItem(tr("All regions"));
    QStringList regions = standardRegions();
    regions << QString::fromUtf16(kNationalRegion) << QString::fromUtf16(kOtherProvinceRegion);
    for (const QString &region : regions)
        m_ui->regionCombo->addItem(region, region);
    m_ui->categoryCombo->addItem(tr("All categories"));
    for (Category category : allCategories())
        m_ui->categoryCombo->addItem(Labels::category(category), toKey(category));
    m_ui->indicatorCombo->addItem(tr("All indicators"));
    for (const Indicator &indicator : IndicatorCatalogue::instance().indicators())
        m_ui->indicatorCombo->addItem(Labels::indicator(indicator.key), indicator.key);
    m_ui->unitCombo->addItem(tr("All units"));
    for (Unit unit : {Unit::Person, Unit::PersonTime, Unit::Cny, Unit::Count, Unit::Session, Unit::Percent, Unit::Other})
        m_ui->unitCombo->addItem(Labels::unit(unit), toKey(unit));
    m_ui->qualifierCombo->addItem(tr("Exact or not"));
    for (Qualifier qualifier : {Qualifier::Exact, Qualifier::AtLeast, Qualifier::Nearly, Qualifier::About})
        m_ui->qualifierCombo->addItem(Labels::qualifierSymbol(qualifier) + Labels::qualifier(qualifier), toKey(qualifier));
    for (qsizetype i = 0; i < combos.size(); ++i) {
        combos.at(i)->setCurrentIndex(std::max(0, combos.at(i)->findData(chosen.at(i))));
        combos.at(i)->blockSignals(false);
    }
}

void FiguresPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillFilterChoices();
        reload();
        updateReviewActions(); // retranslateUi() put back the buttons' own tool tips
    }
    QWidget::changeEvent(event);
}

void FiguresPanel::reload()
{
    const QVariant year = m_ui->yearCombo->currentData();
    {
        QSignalBlocker blocker(m_ui->yearCombo);
        m_ui->yearCombo->clear();
        m_ui->yearCombo->addItem(tr("All years"));
        const QList<int> years = FigureQueries(m_store).years();
        for (auto it = years.crbegin(); it != years.crend(); ++it)
            m_ui->yearCombo->addItem(QString::number(*it), *it);
        m_ui->yearCombo->setCurrentIndex(std::max(0, m_ui->yearCombo->findData(year)));
    }
    const int row = m_ui->figureTable->currentIndex().row();
    const FigureRecord *current = currentRecord();
    const qint64 id = current ? current->id : -1;
    const QString documentName = current ? current->documentName : QString();
    const int start = current ? current->figure.start : -1;
    applyFilters();
    if (id < 0)
        return;
    // A report another client imported again gives its figures new ids; the place in it stays.
    int again = rowOfFigure(id);
    if (again < 0)
        again = rowOfPlace(documentName, start);
    if (again < 0 && row < m_model->rowCount())
        again = row;
    if (again >= 0)
        selectRow(again);
}

int FiguresPanel::rowOfFigure(qint64 id) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->record(row)->id == id)
            return row;
    }
    return -1;
}

int FiguresPanel::rowOfPlace(const QString &documentName, int start) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const FigureRecord *record = m_model->record(row);
        if (record->documentName == documentName && record->figure.start == start)
            return row;
    }
    return -1;
}

void FiguresPanel::setEditPermission(const EditPermission &permission)
{
    m_permission = permission;
    updateReviewActions();
}

void FiguresPanel::updateReviewActions()
{
    if (!m_correctAction)
        return; // still being built
    const bool record = currentRecord() != nullptr;
    m_ui->correctButton->setEnabled(record && m_permission.allowed);
    m_ui->rejectButton->setEnabled(record && m_permission.allowed);
    m_correctAction->setEnabled(m_permission.allowed);
    m_rejectAction->setEnabled(m_permission.allowed);
    if (!m_permission.allowed) {
        for (QWidget *button : {static_cast<QWidget *>(m_ui->correctButton), static_cast<QWidget *>(m_ui->rejectButton)})
            button->setToolTip(m_permission.reason);
        m_correctAction->setToolTip(m_permission.reason);
        m_rejectAction->setToolTip(m_permission.reason);
    }
}

void FiguresPanel::showFigures(const QList<qint64> &ids, const QString &caption)
{
    FigureFilter selection;
    selection.includeRejected = true;
    selection.ids = ids;
    if (ids.isEmpty())
        selection.ids = {-1}; // a number with no figure behind it lists none, not all
    m_selection = selection;
    m_selecting = true;
    m_bannerText->setText(tr("The %n figure(s) behind %1", nullptr, int(ids.size())).arg(caption));
    m_banner->show();
    m_model->setFilter(m_selection);
}

void FiguresPanel::showDocument(const QString &documentName, const QString &caption)
{
    FigureFilter selection;
    selection.includeRejected = true;
    selection.documentName = documentName;
    m_selection = selection;
    m_selecting = true;
    m_bannerText->setText(tr("The figures of %1").arg(caption));
    m_banner->show();
    m_model->setFilter(m_selection);
}

void FiguresPanel::showHighlight(const QString &documentName, int item, const QString &caption)
{
    FigureFilter selection;
    selection.includeRejected = true;
    selection.documentName = documentName;
    selection.highlightItem = item;
    m_selection = selection;
    m_selecting = true;
    m_bannerText->setText(tr("The figures of highlight %1").arg(caption));
    m_banner->show();
    m_model->setFilter(m_selection);
}

void FiguresPanel::clearSelectionFilter()
{
    if (m_selecting) {
        m_selecting = false;
        m_banner->hide();
    }
    applyFilters();
}

void FiguresPanel::showRegion(const QString &region, int year)
{
    m_selecting = false;
    m_banner->hide();
    QSignalBlocker regionBlocker(m_ui->regionCombo);
    QSignalBlocker yearBlocker(m_ui->yearCombo);
    m_ui->regionCombo->setCurrentIndex(std::max(0, m_ui->regionCombo->findData(region)));
    m_ui->yearCombo->setCurrentIndex(year > 0 ? std::max(0, m_ui->yearCombo->findData(year)) : 0);
    applyFilters();
}

void FiguresPanel::applyFilters()
{
    if (m_selecting) {
        m_model->setFilter(m_selection);
        return;
    }
    FigureFilter filter;
    filter.includeRejected = true; // struck through, so a mistaken mark can be seen and taken back
    filter.text = m_ui->searchEdit->text().trimmed();
    if (const QVariant year = m_ui->yearCombo->currentData(); year.isValid())
        filter.year = year.toInt();
    filter.region = m_ui->regionCombo->currentData().toString();
    if (const QVariant category = m_ui->categoryCombo->currentData(); category.isValid())
        filter.category = categoryFromKey(category.toString());
    filter.indicator = m_ui->indicatorCombo->currentData().toString();
    if (const QVariant unit = m_ui->unitCombo->currentData(); unit.isValid())
        filter.unit = unitFromKey(unit.toString());
    if (const QVariant qualifier = m_ui->qualifierCombo->currentData(); qualifier.isValid())
        filter.qualifier = qualifierFromKey(qualifier.toString());
    m_model->setFilter(filter);
}

TableFilters FiguresPanel::filterDescription() const
{
    TableFilters filters;
    if (!m_ui->searchEdit->text().trimmed().isEmpty())
        filters.append({m_ui->searchEdit->accessibleName(), m_ui->searchEdit->text().trimmed()});
    for (const QComboBox *combo : {m_ui->yearCombo, m_ui->regionCombo, m_ui->categoryCombo, m_ui->indicatorCombo,
                                   m_ui->unitCombo, m_ui->qualifierCombo}) {
        const QVariant chosen = combo->currentData();
        if (chosen.isValid() && !chosen.toString().isEmpty())
            filters.append({combo->accessibleName(), combo->currentText()});
    }
    return filters;
}

const FigureRecord *FiguresPanel::currentRecord() const
{
    const QModelIndex current = m_ui->figureTable->currentIndex();
    return current.isValid() ? m_model->record(current.row()) : nullptr;
}

void FiguresPanel::selectRow(int row)
{
    m_ui->figureTable->setCurrentIndex(m_model->index(row, FigureTableModel::QuoteColumn));
}

void FiguresPanel::showProvenance()
{
    const FigureRecord *record = currentRecord();
    m_ui->openReportButton->setEnabled(record != nullptr);
    updateReviewActions();
    if (!record) {
        m_ui->provenanceView->clear();
        return;
    }
    m_ui->rejectButton->setChecked(record->rejected);
    const Figure &figure = record->figure;
    // The span is in code points of the document; find it inside the sentence.
    const QString &sentence = figure.sentence;
    const qsizetype from = utf16IndexOfCodePoint(sentence, figure.start - figure.sentenceStart);
    const qsizetype to = utf16IndexOfCodePoint(sentence, figure.end - figure.sentenceStart);
    QString html;
    if (from >= 0 && to <= sentence.size() && sentence.mid(from, to - from) == figure.quote) {
        html = sentence.left(from).toHtmlEscaped() + u"<b style=\"background:#ffe08a\">"_s +
               sentence.mid(from, to - from).toHtmlEscaped() + u"</b>"_s + sentence.mid(to).toHtmlEscaped();
    } else {
        html = sentence.toHtmlEscaped();
    }
    html += u"<p style=\"color:#666\">"_s +
            tr("%1 · characters %2–%3").arg(record->documentName.toHtmlEscaped()).arg(figure.start).arg(figure.end);
    if (figure.page > 0)
        html += u" · "_s + tr("page %1").arg(figure.page);
    if (record->edited)
        html += u" · "_s + tr("corrected by staff");
    html += u"</p>"_s;
    m_ui->provenanceView->setHtml(html);
    Q_EMIT figureSelected(record->id);
}

void FiguresPanel::correctCurrent()
{
    const FigureRecord *record = currentRecord();
    if (!record || !m_permission.allowed)
        return;
    const FigureRecord copy = *record; // the model resets when the correction lands
    CorrectFigureDialog dialog(copy.figure, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_review.correct(copy.id, dialog.changes(), tr("Correct %1").arg(copy.figure.quote));
}

void FiguresPanel::toggleRejectedCurrent()
{
    if (!m_permission.allowed)
        return;
    if (const FigureRecord *record = currentRecord())
        m_review.setRejected(record->id, !record->rejected);
}

void FiguresPanel::openCurrentInReport()
{
    const FigureRecord *record = currentRecord();
    if (!record)
        return;
    const auto document = FigureQueries(m_store).document(record->documentName);
    if (!document)
        return;
    auto *viewer = new ReportViewerDialog(document->title.isEmpty() ? document->name : document->title, document->text,
                                          record->figure.start, record->figure.end, this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->setObjectName(u"reportViewer"_s);
    viewer->open();
}

} // namespace ub
