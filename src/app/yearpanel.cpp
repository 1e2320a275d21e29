#include "yearpanel.h"
#include "ui_yearpanel.h"

#include "appsettings.h"
#include "chartdatabuilder.h"
#include "chartdatamodel.h"
#include "figurequeries.h"
#include "figuretablemodel.h"
#include "highlightmodel.h"
#include "kpicardswidget.h"
#include "kpimodel.h"
#include "labels.h"
#include "modelbarchartview.h"
#include "regionorder.h"
#include "statisticsqueries.h"

#include <QHeaderView>
#include <QToolButton>
#include <QVBoxLayout>

namespace ub {

YearPanel::YearPanel(Store &store, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::YearPanel>())
    , m_store(store)
    , m_kpis(new KpiModel(store, this))
    , m_highlights(new HighlightModel(store, this))
    , m_byRegion(new ChartDataModel(this))
    , m_itemFigures(new FigureTableModel(store, this))
    , m_cards(new KpiCardsWidget(this))
    , m_regionChart(new ModelBarChartView(this))
{
    m_ui->setupUi(this);
    auto *cardsLayout = new QVBoxLayout(m_ui->cardsHost);
    cardsLayout->setContentsMargins(0, 0, 0, 0);
    cardsLayout->addWidget(m_cards);
    m_cards->setModel(m_kpis);
    m_kpis->setPinned(AppSettings().pinnedIndicators());

    QTreeView *tree = m_ui->highlightsTree;
    tree->setModel(m_highlights);
    tree->header()->setStretchLastSection(false);
    tree->header()->setSectionResizeMode(HighlightModel::NumberColumn, QHeaderView::ResizeToContents);
    tree->header()->setSectionResizeMode(HighlightModel::TitleColumn, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(HighlightModel::KeyFiguresColumn, QHeaderView::ResizeToContents);
    tree->header()->setSectionResizeMode(HighlightModel::FiguresColumn, QHeaderView::ResizeToContents);

    QTableView *figures = m_ui->itemFiguresTable;
    figures->setModel(m_itemFigures);
    figures->verticalHeader()->hide();
    for (int column = 0; column < FigureTableModel::ColumnCount; ++column) {
        figures->setColumnHidden(column, column != FigureTableModel::QuoteColumn &&
                                             column != FigureTableModel::IndicatorColumn &&
                                             column != FigureTableModel::SentenceColumn);
    }
    figures->horizontalHeader()->setStretchLastSection(true);
    figures->setTextElideMode(Qt::ElideRight);

    m_ui->chartsLayout->addWidget(m_regionChart, 1);
    m_regionChart->setAccessibleName(tr("An indicator by city"));
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->highlightsSplitter->setStretchFactor(0, 3);
    m_ui->highlightsSplitter->setStretchFactor(1, 2);
    m_ui->panelLayout->setStretch(2, 1); // the splitter takes the height the cards leave

    connect(m_ui->yearCombo, &QComboBox::currentIndexChanged, this, &YearPanel::showYear);
    connect(m_ui->indicatorCombo, &QComboBox::currentIndexChanged, this, &YearPanel::showChart);
    connect(m_ui->pinButton, &QToolButton::toggled, this, &YearPanel::setChartIndicatorPinned);
    connect(m_cards, &KpiCardsWidget::cardActivated, this, [this](int row) {
        const QModelIndex card = m_kpis->index(row);
        const QString indicator = card.data(KpiModel::IndicatorRole).toString();
        setChartIndicator(indicator);
        StatisticsFilter filter;
        filter.indicator = indicator;
        filter.yearFrom = filter.yearTo = year();
        QList<qint64> ids;
        for (const Statistic &s : StatisticsQueries(m_store).statistics(filter))
            ids += s.figures;
        Q_EMIT figuresRequested(ids, tr("%1, %2: %3")
                                         .arg(card.data().toString())
                                         .arg(year())
                                         .arg(card.data(KpiModel::HeadlineRole).toString()));
    });
    connect(tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &YearPanel::showItemFigures);
    connect(m_regionChart, &ModelBarChartView::barClicked, this, [this](int row) {
        const ChartData &data = m_byRegion->chartData();
        if (row < 0 || row >= data.labels.size())
            return;
        StatisticsFilter filter;
        filter.indicator = chartIndicator();
        filter.regions = {data.labels.at(row)};
        filter.yearFrom = filter.yearTo = year();
        QList<qint64> ids;
        for (const Statistic &s : StatisticsQueries(m_store).statistics(filter))
            ids += s.figures;
        Q_EMIT figuresRequested(
            ids,
            tr("%1 of %2, %3").arg(Labels::indicator(filter.indicator), data.labels.at(row)).arg(year()));
    });
    connect(m_regionChart, &ModelBarChartView::exportRequested, this,
            [this] { Q_EMIT chartExportRequested(chartRequest()); });
    connect(m_regionChart, &ModelBarChartView::copyRequested, this,
            [this] { Q_EMIT chartCopyRequested(chartRequest()); });
    reload();
}

YearPanel::~YearPanel() = default;

ChartRequest YearPanel::chartRequest() const
{
    ChartRequest request;
    request.view = ChartView::Year;
    request.yearFrom = year();
    request.yearTo = year();
    request.measure.indicator = chartIndicator();
    // The province's own value beside its cities' (it is no peer of theirs, but where only the
    // province reports, the chart shows it rather than nothing).
    request.regions = standardRegions();
    return request;
}

ExportableTable YearPanel::exportableTable() const
{
    return {m_byRegion,
            {{tr("Year"), QString::number(year())}, {tr("Indicator"), Labels::indicator(chartIndicator())}},
            ChartDataModel::RawValueRole};
}

int YearPanel::year() const
{
    return m_ui->yearCombo->currentData().toInt();
}

QString YearPanel::chartIndicator() const
{
    return m_ui->indicatorCombo->currentData().toString();
}

void YearPanel::setChartIndicator(const QString &indicator)
{
    const int index = m_ui->indicatorCombo->findData(indicator);
    if (index >= 0)
        m_ui->indicatorCombo->setCurrentIndex(index);
}

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

void YearPanel::fillIndicators()
{
    // The year's indicators, the most widely reported first; the first card's is the default.
    const QString current = chartIndicator();
    QSignalBlocker blocker(m_ui->indicatorCombo);
    m_ui->indicatorCombo->clear();
    for (const IndicatorCoverage &entry : StatisticsQueries(m_store).coverage(year())) {
        m_ui->indicatorCombo->addItem(
            tr("%1 (%n region(s))", nullptr, entry.regions).arg(Labels::indicator(entry.indicator)),
            entry.indicator);
    }
    int index = m_ui->indicatorCombo->findData(current);
    if (index < 0 && m_kpis->rowCount() > 0)
        index = m_ui->indicatorCombo->findData(m_kpis->index(0).data(KpiModel::IndicatorRole));
    m_ui->indicatorCombo->setCurrentIndex(std::max(0, index));
}

void YearPanel::showYear()
{
    const int year = this->year();
    m_kpis->setYear(year);
    m_highlights->setYear(year);
    // A report's title spans its row; a year with few reports opens them all, with many the first.
    const int reports = m_highlights->rowCount();
    for (int row = 0; row < reports && (row == 0 || reports <= 3); ++row) {
        const QModelIndex report = m_highlights->index(row, 0);
        m_highlights->fetchMore(report);
        m_ui->highlightsTree->expand(report);
    }
    for (int row = 0; row < reports; ++row)
        m_ui->highlightsTree->setFirstColumnSpanned(row, {}, true);
    // The first item's figures are listed at once rather than an empty table under the list.
    if (reports > 0 && m_highlights->rowCount(m_highlights->index(0, 0)) > 0)
        m_ui->highlightsTree->setCurrentIndex(m_highlights->index(0, 0, m_highlights->index(0, 0)));
    fillIndicators();
    showChart();
    showItemFigures();
}

void YearPanel::setChartIndicatorPinned(bool pinned)
{
    const QString indicator = chartIndicator();
    AppSettings settings;
    QStringList keys = settings.pinnedIndicators();
    if (indicator.isEmpty() || keys.contains(indicator) == pinned)
        return;
    if (pinned)
        keys.append(indicator);
    else
        keys.removeAll(indicator);
    settings.setPinnedIndicators(keys);
    m_kpis->setPinned(keys);
}

void YearPanel::showChart()
{
    {
        QSignalBlocker blocker(m_ui->pinButton);
        m_ui->pinButton->setEnabled(!chartIndicator().isEmpty());
        m_ui->pinButton->setChecked(AppSettings().pinnedIndicators().contains(chartIndicator()));
    }
    const ChartRequest request = chartRequest();
    ChartData data;
    if (!request.measure.indicator.isEmpty())
        data = ChartDataBuilder(m_store).build(request, nullptr, ChartDataBuilder::Sources::Skip);
    m_byRegion->setChartData(data);
    BarChartSpec spec{data.title, data.valueUnit, 0, 1, true};
    spec.valueRole = ChartDataModel::ValueRole;
    m_regionChart->setModel(m_byRegion, spec);
}

void YearPanel::showItemFigures()
{
    const QModelIndex current = m_ui->highlightsTree->currentIndex();
    FigureFilter filter;
    if (current.isValid() && !current.data(HighlightModel::IsReportRole).toBool()) {
        filter.documentName = current.data(HighlightModel::DocumentNameRole).toString();
        filter.highlightItem = current.data(HighlightModel::NumberRole).toInt();
    } else {
        filter.ids = {-1}; // nothing selected: no figures
    }
    m_itemFigures->setFilter(filter);
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
