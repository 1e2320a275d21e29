#include "comparepanel.h"
#include "ui_comparepanel.h"

#include "indicatorcatalogue.h"
#include "comparemodel.h"
#include "aggregatequeries.h"
#include "labels.h"
#include "modelbarchartview.h"
#include "regionorder.h"

#include <QHeaderView>
#include <QStandardItemModel>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ub {

ComparePanel::ComparePanel(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ComparePanel>())
    , m_store(store)
    , m_regions(new QStandardItemModel(this))
    , m_model(new CompareModel(store, this))
    , m_chart(new ModelBarChartView(this))
{
    m_ui->setupUi(this);
    for (const QString &region : standardRegions().mid(1)) { // the 11 units; the province is not a peer
        auto *item = new QStandardItem(region);
        item->setCheckable(true);
        item->setCheckState(Qt::Checked);
        m_regions->appendRow(item);
    }
    m_ui->regionList->setModel(m_regions);

    fillMeasures();

    m_ui->compareTable->setModel(m_model);
    m_ui->compareTable->verticalHeader()->hide();
    m_ui->compareTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->chartLayout->addWidget(m_chart);
    m_chart->setAccessibleName(tr("Cities compared"));
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->splitter->setSizes({460, 260});

    connect(m_regions, &QStandardItemModel::itemChanged, this, &ComparePanel::update);
    connect(m_ui->measureCombo, &QComboBox::currentIndexChanged, this, &ComparePanel::update);
    connect(m_ui->yearFromSpin, &QSpinBox::valueChanged, this, &ComparePanel::update);
    connect(m_ui->yearToSpin, &QSpinBox::valueChanged, this, &ComparePanel::update);
    connect(m_chart, &ModelBarChartView::barClicked, this, [this](int row) {
        if (row >= 0 && row < m_model->rowCount())
            Q_EMIT regionActivated(m_model->index(row, 0).data().toString(), m_model->comparison().yearTo);
    });
    connect(m_ui->compareTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT regionActivated(m_model->index(index.row(), 0).data().toString(), m_model->comparison().yearTo);
    });
    connect(m_chart, &ModelBarChartView::exportRequested, this, [this] { Q_EMIT chartExportRequested(chartRequest()); });
    connect(m_chart, &ModelBarChartView::copyRequested, this, [this] { Q_EMIT chartCopyRequested(chartRequest()); });
    reload();
}

ComparePanel::~ComparePanel() = default;

ChartRequest ComparePanel::chartRequest() const
{
    const Comparison comparison = currentComparison();
    ChartRequest request;
    request.view = ChartView::Compare;
    request.regions = comparison.regions;
    request.measure.indicator = comparison.indicator;
    request.measure.category = comparison.category;
    request.yearFrom = comparison.yearFrom;
    request.yearTo = comparison.yearTo;
    return request;
}

ExportableTable ComparePanel::exportableTable() const
{
    const Comparison comparison = m_model->comparison();
    return {m_model,
            {{tr("Measure"), m_ui->measureCombo->currentText()},
             {tr("Regions"), comparison.regions.join(u'、')},
             {tr("Years"), u"%1–%2"_s.arg(comparison.yearFrom).arg(comparison.yearTo)},
             {tr("Unit"), Labels::unit(m_model->unit())}},
            CompareModel::ValueRole};
}

void ComparePanel::reload()
{
    // Default: the latest year in which at least two cities state figures — the question staff
    // ask most, and a year where a comparison has something to show.
    const QStringList cities = standardRegions().mid(1);
    AggregateFilter filter;
    filter.regions = cities;
    QHash<int, int> citiesPerYear;
    for (const AggregateRow &row : AggregateQueries(m_store).aggregate(filter, {GroupField::Year, GroupField::Region}))
        ++citiesPerYear[row.year];
    int latest = 0;
    for (auto it = citiesPerYear.cbegin(); it != citiesPerYear.cend(); ++it) {
        if (it.value() >= 2)
            latest = std::max(latest, it.key());
    }
    const bool untouched = m_ui->yearToSpin->value() == m_ui->yearToSpin->minimum();
    if (latest > 0 && untouched) {
        QSignalBlocker from(m_ui->yearFromSpin);
        QSignalBlocker to(m_ui->yearToSpin);
        m_ui->yearFromSpin->setValue(latest);
        m_ui->yearToSpin->setValue(latest);
    }
    update();
}

void ComparePanel::compare(const QStringList &regions, const QString &measure, int yearFrom, int yearTo)
{
    QSignalBlocker blocker(m_regions);
    for (int row = 0; row < m_regions->rowCount(); ++row) {
        QStandardItem *item = m_regions->item(row);
        item->setCheckState(regions.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
    }
    const int index = m_ui->measureCombo->findData(measure);
    QSignalBlocker measureBlocker(m_ui->measureCombo);
    QSignalBlocker fromBlocker(m_ui->yearFromSpin);
    QSignalBlocker toBlocker(m_ui->yearToSpin);
    if (index >= 0)
        m_ui->measureCombo->setCurrentIndex(index);
    m_ui->yearFromSpin->setValue(yearFrom);
    m_ui->yearToSpin->setValue(yearTo);
    update();
}

Comparison ComparePanel::currentComparison() const
{
    Comparison comparison;
    for (int row = 0; row < m_regions->rowCount(); ++row) {
        if (m_regions->item(row)->checkState() == Qt::Checked)
            comparison.regions << m_regions->item(row)->text();
    }
    const QString measure = m_ui->measureCombo->currentData().toString();
    if (measure.startsWith(u"indicator:"_s))
        comparison.indicator = measure.mid(10);
    else if (measure.startsWith(u"category:"_s))
        comparison.category = categoryFromKey(QStringView(measure).mid(9));
    comparison.yearFrom = std::min(m_ui->yearFromSpin->value(), m_ui->yearToSpin->value());
    comparison.yearTo = std::max(m_ui->yearFromSpin->value(), m_ui->yearToSpin->value());
    return comparison;
}

void ComparePanel::update()
{
    const Comparison comparison = currentComparison();
    m_model->setComparison(comparison);
    if (comparison.regions.size() < 2)
        m_ui->unitLabel->setText(tr("Choose at least two cities."));
    else
        m_ui->unitLabel->setText(tr("Values in %1; a dash means the city has no figure.").arg(Labels::unit(m_model->unit())));
    QList<int> yearColumns;
    for (int column = m_model->firstYearColumn(); column < m_model->changeColumn(); ++column)
        yearColumns << column;
    // Numbers in 万/亿 (thousands/millions in English), never 2.4844e+07.
    double largest = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        for (int column : std::as_const(yearColumns))
            largest = std::max(largest, std::abs(m_model->index(row, column).data(CompareModel::ValueRole).toDouble()));
    }
    const ValueScale scale = Labels::valueScale(largest, Labels::unitWord(m_model->unit()));
    BarChartSpec spec{m_ui->measureCombo->currentText(), scale.unitText, 0, 1, true};
    spec.valueDivisor = scale.divisor;
    spec.valueColumns = yearColumns;
    spec.valueRole = CompareModel::ValueRole;
    spec.valueLabels = yearColumns.size() == 1;
    m_chart->setModel(m_model, spec);
}

void ComparePanel::fillMeasures()
{
    const QVariant chosen = m_ui->measureCombo->currentData();
    QSignalBlocker blocker(m_ui->measureCombo);
    m_ui->measureCombo->clear();
    for (Category category : allCategories())
        m_ui->measureCombo->addItem(Labels::category(category), QString(u"category:"_s + toKey(category)));
    m_ui->measureCombo->insertSeparator(m_ui->measureCombo->count());
    for (const Indicator &indicator : IndicatorCatalogue::instance().indicators())
        m_ui->measureCombo->addItem(Labels::indicator(indicator.key), QString(u"indicator:"_s + indicator.key));
    // An invalid QVariant would match the separator, which has no data: start on the first measure.
    m_ui->measureCombo->setCurrentIndex(chosen.isValid() ? std::max(0, m_ui->measureCombo->findData(chosen)) : 0);
}

void ComparePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillMeasures();
        update();
    }
    QWidget::changeEvent(event);
}

} // namespace ub
