#include "comparepanel.h"
#include "ui_comparepanel.h"

#include "indicatorcatalogue.h"
#include "comparemodel.h"
#include "aggregatequeries.h"
#include "chartdatabuilder.h"
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
    // Opening a city's value lists exactly the figures behind it (in the last year compared, or
    // the year of the column opened).
    auto open = [this](int row, int year) {
        if (row < 0 || row >= m_model->rowCount())
            return;
        const QString region = m_model->index(row, 0).data().toString();
        Q_EMIT figuresRequested(m_model->figures(row, year), tr("%1 of %2 in %3")
                                                                 .arg(Labels::indicator(m_model->indicator()), region)
                                                                 .arg(year));
    };
    connect(m_chart, &ModelBarChartView::barClicked, this, [this, open](int row) { open(row, m_model->comparison().yearTo); });
    connect(m_ui->compareTable, &QTableView::activated, this, [this, open](const QModelIndex &index) {
        const QList<int> years = m_model->years();
        const int column = index.column() - m_model->firstYearColumn();
        open(index.row(), column >= 0 && column < years.size() ? years.at(column) : m_model->comparison().yearTo);
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
            {{tr("Measure"), m_ui->measureCombo->currentText().trimmed()},
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
        // …on the indicator most cities report that year.
        const int index = m_ui->measureCombo->findData(QString(u"indicator:"_s + mostReportedIndicator(latest)));
        if (index >= 0) {
            QSignalBlocker measure(m_ui->measureCombo);
            m_ui->measureCombo->setCurrentIndex(index);
        }
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
    // A category stands for its headline indicator in the years asked.
    QString key = measure;
    if (measure.startsWith(u"category:"_s)) {
        if (const std::optional<Category> category = categoryFromKey(QStringView(measure).mid(9))) {
            ChartRequest request;
            request.regions = regions;
            request.yearFrom = yearFrom;
            request.yearTo = yearTo;
            key = u"indicator:"_s + ChartDataBuilder(m_store).headlineIndicator(*category, request);
        }
    }
    const int index = m_ui->measureCombo->findData(key);
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
        m_ui->unitLabel->setText(tr("Values in %1; a dash means the city has no figure, a star that its counties' figures stand in for it.").arg(Labels::unit(m_model->unit())));
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
    BarChartSpec spec{m_ui->measureCombo->currentText().trimmed(), scale.unitText, 0, 1, true};
    spec.valueDivisor = scale.divisor;
    spec.valueColumns = yearColumns;
    spec.valueRole = CompareModel::ValueRole;
    spec.valueLabels = yearColumns.size() == 1;
    m_chart->setModel(m_model, spec);
}

void ComparePanel::fillMeasures()
{
    // Indicators only, grouped by category: a category groups measures, it is not one (#16).
    const QVariant chosen = m_ui->measureCombo->currentData();
    QSignalBlocker blocker(m_ui->measureCombo);
    m_ui->measureCombo->clear();
    auto *items = qobject_cast<QStandardItemModel *>(m_ui->measureCombo->model());
    for (Category category : allCategories()) {
        bool header = false;
        for (const Indicator &indicator : IndicatorCatalogue::instance().indicators()) {
            if (indicator.category != category)
                continue;
            if (!header) {
                m_ui->measureCombo->addItem(Labels::category(category));
                if (items) {
                    QStandardItem *item = items->item(items->rowCount() - 1);
                    item->setFlags(item->flags() & ~(Qt::ItemIsSelectable | Qt::ItemIsEnabled));
                    QFont font = item->font();
                    font.setBold(true);
                    item->setFont(font);
                }
                header = true;
            }
            m_ui->measureCombo->addItem(u"    "_s + Labels::indicator(indicator.key), QString(u"indicator:"_s + indicator.key));
        }
    }
    const int index = chosen.isValid() ? m_ui->measureCombo->findData(chosen) : -1;
    m_ui->measureCombo->setCurrentIndex(index >= 0 ? index : 1); // never on a category's header
}

QString ComparePanel::mostReportedIndicator(int year) const
{
    // The indicator most cities report in the year (then the most figures): what opens the panel.
    ChartRequest request;
    request.regions = standardRegions().mid(1);
    request.yearFrom = request.yearTo = year;
    return ChartDataBuilder(m_store).headlineIndicator(std::nullopt, request);
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
