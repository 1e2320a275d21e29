#include "citypanel.h"
#include "ui_citypanel.h"

#include "aggregatequeries.h"
#include "chartdatabuilder.h"
#include "chartdatamodel.h"
#include "citystatisticsmodel.h"
#include "documentmentionmodel.h"
#include "figurequeries.h"
#include "labels.h"
#include "modelbarchartview.h"
#include "regionorder.h"

#include <QHeaderView>

namespace ub {

CityPanel::CityPanel(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CityPanel>())
    , m_store(store)
    , m_table(new CityStatisticsModel(store, this))
    , m_trend(new ChartDataModel(this))
    , m_documents(new DocumentMentionModel(store, this))
    , m_chart(new ModelBarChartView(this))
{
    m_ui->setupUi(this);
    for (const QString &region : standardRegions())
        m_ui->regionCombo->addItem(region, region);
    m_ui->figuresTable->setModel(m_table);
    // The indicator names as the row header, which stays put when the years scroll sideways.
    m_ui->figuresTable->setColumnHidden(0, true);
    m_ui->figuresTable->verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_ui->figuresTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->figuresTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->figuresTable->horizontalHeader()->setStretchLastSection(false);
    m_ui->documentsTable->setModel(m_documents);
    m_ui->documentsTable->verticalHeader()->hide();
    m_ui->documentsTable->horizontalHeader()->setSectionResizeMode(DocumentMentionModel::TitleColumn,
                                                                   QHeaderView::Stretch);
    m_ui->chartLayout->addWidget(m_chart);
    m_chart->setAccessibleName(tr("The selected indicator over the years"));
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);

    // Opens on a unit that has figures: the one with the most, unless one was asked for.
    const QList<RegionCount> counts = FigureQueries(store).countsByRegion(FigureFilter{});
    for (const RegionCount &count : counts) {
        const int index = m_ui->regionCombo->findData(count.region);
        if (index >= 0) {
            m_ui->regionCombo->setCurrentIndex(index);
            break;
        }
    }

    connect(m_ui->regionCombo, &QComboBox::currentIndexChanged, this, &CityPanel::showRegion);
    connect(m_ui->figuresTable->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid())
                    return;
                m_indicator = m_table->indicatorOf(current.row());
                showTrend();
            });
    connect(m_ui->figuresTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (index.column() == 0)
            return;
        QList<qint64> ids;
        for (const QVariant &id : index.data(CityStatisticsModel::FigureIdsRole).toList())
            ids << id.toLongLong();
        Q_EMIT figuresRequested(ids, tr("%1 of %2 in %3")
                                         .arg(Labels::indicator(index.data(CityStatisticsModel::IndicatorRole).toString()),
                                              region())
                                         .arg(index.data(CityStatisticsModel::YearRole).toInt()));
    });
    connect(m_ui->documentsTable, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT documentActivated(index.data(DocumentMentionModel::DocumentNameRole).toString());
    });
    connect(m_chart, &ModelBarChartView::exportRequested, this, [this] { Q_EMIT chartExportRequested(chartRequest()); });
    connect(m_chart, &ModelBarChartView::copyRequested, this, [this] { Q_EMIT chartCopyRequested(chartRequest()); });
    showRegion();
}

CityPanel::~CityPanel() = default;

ChartRequest CityPanel::chartRequest() const
{
    ChartRequest request;
    request.view = ChartView::City;
    request.regions = {region()};
    request.measure.indicator = m_indicator;
    return request;
}

ExportableTable CityPanel::exportableTable() const
{
    return {m_table, {{tr("Region"), region()}}, CityStatisticsModel::ValueRole};
}

QString CityPanel::region() const { return m_ui->regionCombo->currentData().toString(); }

QString CityPanel::indicator() const { return m_indicator; }

void CityPanel::setRegion(const QString &region)
{
    const int index = m_ui->regionCombo->findData(region);
    if (index >= 0)
        m_ui->regionCombo->setCurrentIndex(index);
}

void CityPanel::setIndicator(const QString &indicator)
{
    const int row = m_table->rowOf(indicator);
    if (row >= 0)
        m_ui->figuresTable->setCurrentIndex(m_table->index(row, m_table->columnCount() - 1));
}

void CityPanel::reload() { showRegion(); }

void CityPanel::showRegion()
{
    const QString region = this->region();
    const QString previous = m_indicator;
    m_table->setRegion(region);
    m_documents->setRegion(region);
    // Keep the indicator chosen when the new city has it; else its first.
    const int row = m_table->rowOf(previous);
    m_indicator = row >= 0 ? previous : m_table->indicatorOf(0);
    if (m_table->rowCount() > 0)
        m_ui->figuresTable->setCurrentIndex(m_table->index(std::max(0, m_table->rowOf(m_indicator)),
                                                           m_table->columnCount() - 1));
    showTrend();
}

void CityPanel::showTrend()
{
    ChartData data;
    if (!m_indicator.isEmpty())
        data = ChartDataBuilder(m_store).build(chartRequest(), nullptr, ChartDataBuilder::Sources::Skip);
    m_trend->setChartData(data);
    BarChartSpec spec{data.title, data.valueUnit, 0, 1, true};
    spec.valueRole = ChartDataModel::ValueRole;
    spec.orientation = Qt::Vertical; // years run left to right
    // A long run of years as a line: their labels would not fit under bars.
    spec.line = m_trend->rowCount() > 12;
    spec.valueLabels = m_trend->rowCount() <= 16;
    m_chart->setModel(m_trend, spec);
}

void CityPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        reload();
    }
    QWidget::changeEvent(event);
}

} // namespace ub
