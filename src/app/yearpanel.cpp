#include "yearpanel.h"
#include "ui_yearpanel.h"

#include "aggregatemodel.h"
#include "figurequeries.h"
#include "highlightmodel.h"
#include "kpicardswidget.h"
#include "kpimodel.h"
#include "modelbarchartview.h"

#include <QHeaderView>
#include <QVBoxLayout>

namespace ub {

YearPanel::YearPanel(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::YearPanel>())
    , m_store(store)
    , m_kpis(new KpiModel(store, this))
    , m_highlights(new HighlightModel(store, this))
    , m_byRegion(new AggregateModel(store, this))
    , m_byCategory(new AggregateModel(store, this))
    , m_cards(new KpiCardsWidget(this))
    , m_regionChart(new ModelBarChartView(this))
    , m_categoryChart(new ModelBarChartView(this))
{
    m_ui->setupUi(this);
    auto *cardsLayout = new QVBoxLayout(m_ui->cardsHost);
    cardsLayout->setContentsMargins(0, 0, 0, 0);
    cardsLayout->addWidget(m_cards);
    m_cards->setModel(m_kpis);

    m_ui->highlightsTable->setModel(m_highlights);
    m_ui->highlightsTable->verticalHeader()->hide();
    m_ui->highlightsTable->horizontalHeader()->setSectionResizeMode(HighlightModel::TitleColumn, QHeaderView::Stretch);
    m_ui->highlightsTable->horizontalHeader()->setSectionResizeMode(HighlightModel::NumberColumn,
                                                                    QHeaderView::ResizeToContents);
    m_ui->highlightsTable->horizontalHeader()->setSectionResizeMode(HighlightModel::FiguresColumn,
                                                                    QHeaderView::ResizeToContents);

    m_ui->chartsLayout->addWidget(m_regionChart, 3);
    m_ui->chartsLayout->addWidget(m_categoryChart, 2);
    m_regionChart->setAccessibleName(tr("Figures by region"));
    m_categoryChart->setAccessibleName(tr("Figures by category"));
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->panelLayout->setStretch(2, 1); // the splitter takes the height the cards leave

    connect(m_ui->yearCombo, &QComboBox::currentIndexChanged, this, &YearPanel::showYear);
    connect(m_regionChart, &ModelBarChartView::barClicked, this, [this](int row) {
        if (row >= 0 && row < m_byRegion->rowCount())
            Q_EMIT regionActivated(m_byRegion->rows().at(row).region, year());
    });
    connect(m_regionChart, &ModelBarChartView::exportRequested, this,
            [this] { Q_EMIT chartExportRequested(chartRequest()); });
    connect(m_regionChart, &ModelBarChartView::copyRequested, this,
            [this] { Q_EMIT chartCopyRequested(chartRequest()); });
    connect(m_categoryChart, &ModelBarChartView::exportRequested, this,
            [this] { Q_EMIT chartExportRequested(categoryChartRequest()); });
    connect(m_categoryChart, &ModelBarChartView::copyRequested, this,
            [this] { Q_EMIT chartCopyRequested(categoryChartRequest()); });
    reload();
}

YearPanel::~YearPanel() = default;

ChartRequest YearPanel::chartRequest() const
{
    ChartRequest request;
    request.view = ChartView::Year;
    request.yearFrom = year();
    request.yearTo = year();
    return request;
}

ChartRequest YearPanel::categoryChartRequest() const
{
    ChartRequest request = chartRequest();
    request.view = ChartView::Categories;
    return request;
}

ExportableTable YearPanel::exportableTable() const
{
    return {m_highlights, {{tr("Year"), QString::number(year())}}, Qt::DisplayRole};
}

int YearPanel::year() const { return m_ui->yearCombo->currentData().toInt(); }

void YearPanel::setYear(int year)
{
    const int index = m_ui->yearCombo->findData(year);
    if (index >= 0)
        m_ui->yearCombo->setCurrentIndex(index);
}

void YearPanel::reload()
{
    const int current = year();
    const QList<int> years = FigureQueries(m_store).years();
    {
        QSignalBlocker blocker(m_ui->yearCombo);
        m_ui->yearCombo->clear();
        for (auto it = years.crbegin(); it != years.crend(); ++it)
            m_ui->yearCombo->addItem(QString::number(*it), *it);
        const int index = m_ui->yearCombo->findData(current);
        m_ui->yearCombo->setCurrentIndex(index >= 0 ? index : 0);
    }
    showYear();
}

void YearPanel::showYear()
{
    const int year = this->year();
    AggregateFilter filter;
    filter.yearFrom = year;
    filter.yearTo = year;
    m_kpis->setFilter(filter);
    m_highlights->setYear(year);
    m_byRegion->setQuery(filter, {GroupField::Region});
    m_byCategory->setQuery(filter, {GroupField::Category});
    m_regionChart->setModel(m_byRegion, {tr("Figures by region, %1").arg(year), tr("Figures"), 0,
                                         m_byRegion->figuresColumn(), true});
    m_categoryChart->setModel(m_byCategory, {tr("Figures by category, %1").arg(year), tr("Figures"), 0,
                                             m_byCategory->figuresColumn(), true});
}

void YearPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        reload();
    }
    QWidget::changeEvent(event);
}

} // namespace ub
