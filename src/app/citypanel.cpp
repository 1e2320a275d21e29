#include "citypanel.h"
#include "ui_citypanel.h"

#include "aggregatemodel.h"
#include "documentmentionmodel.h"
#include "modelbarchartview.h"
#include "regionorder.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

namespace ub {

CityPanel::CityPanel(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CityPanel>())
    , m_store(store)
    , m_table(new AggregateModel(store, this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_byYear(new AggregateModel(store, this))
    , m_documents(new DocumentMentionModel(store, this))
    , m_chart(new ModelBarChartView(this))
{
    m_ui->setupUi(this);
    for (const QString &region : standardRegions())
        m_ui->regionCombo->addItem(region, region);
    m_sorted->setSourceModel(m_table);
    m_sorted->setSortRole(AggregateModel::SortValueRole);
    m_ui->figuresTable->setModel(m_sorted);
    m_ui->figuresTable->verticalHeader()->hide();
    m_ui->figuresTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->documentsTable->setModel(m_documents);
    m_ui->documentsTable->verticalHeader()->hide();
    m_ui->documentsTable->horizontalHeader()->setSectionResizeMode(DocumentMentionModel::TitleColumn,
                                                                   QHeaderView::Stretch);
    m_ui->chartLayout->addWidget(m_chart);
    m_chart->setAccessibleName(tr("Figures over the years"));
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);

    connect(m_ui->regionCombo, &QComboBox::currentIndexChanged, this, &CityPanel::showRegion);
    connect(m_ui->groupCombo, &QComboBox::currentIndexChanged, this, &CityPanel::showRegion);
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
    return request;
}

ExportableTable CityPanel::exportableTable() const
{
    return {m_sorted,
            {{tr("Region"), region()}, {tr("Rows"), m_ui->groupCombo->currentText()}},
            AggregateModel::SortValueRole};
}

QString CityPanel::region() const { return m_ui->regionCombo->currentData().toString(); }

void CityPanel::setRegion(const QString &region)
{
    const int index = m_ui->regionCombo->findData(region);
    if (index >= 0)
        m_ui->regionCombo->setCurrentIndex(index);
}

void CityPanel::reload() { showRegion(); }

void CityPanel::showRegion()
{
    const QString region = this->region();
    AggregateFilter filter;
    filter.regions = {region};
    const GroupField detail = m_ui->groupCombo->currentIndex() == 1 ? GroupField::Indicator : GroupField::Category;
    m_table->setQuery(filter, {GroupField::Year, detail, GroupField::Unit});
    m_ui->figuresTable->sortByColumn(0, Qt::DescendingOrder);
    m_byYear->setQuery(filter, {GroupField::Year});
    m_documents->setRegion(region);
    BarChartSpec spec{tr("%1: figures per year").arg(region), tr("Figures"), 0, m_byYear->figuresColumn(), true};
    spec.orientation = Qt::Vertical; // years run left to right
    spec.valueLabels = m_byYear->rowCount() <= 16;
    m_chart->setModel(m_byYear, spec);
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
