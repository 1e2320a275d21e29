#include "modelbarchartview.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QEvent>
#include <QApplication>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QChartView>
#include <QVBoxLayout>

#include <cmath>

namespace ub {

ModelBarChartView::ModelBarChartView(QWidget *parent)
    : QWidget(parent)
    , m_view(new QChartView(this))
    , m_exportAction(new QAction(this))
    , m_copyAction(new QAction(this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_view->setContextMenuPolicy(Qt::NoContextMenu); // the menu is this widget's
    setContextMenuPolicy(Qt::ActionsContextMenu);
    addActions({m_exportAction, m_copyAction});
    connect(m_exportAction, &QAction::triggered, this, &ModelBarChartView::exportRequested);
    connect(m_copyAction, &QAction::triggered, this, &ModelBarChartView::copyRequested);
    retranslate();
}

void ModelBarChartView::retranslate()
{
    m_exportAction->setText(tr("Export Chart…"));
    m_copyAction->setText(tr("Copy Chart as Image"));
}

void ModelBarChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

static ChartTheme s_theme = ChartTheme::Light;

void ModelBarChartView::setTheme(ChartTheme theme)
{
    if (theme == s_theme)
        return; // at start-up the saved theme is usually the default: no chart is built twice
    s_theme = theme;
    for (QWidget *widget : QApplication::allWidgets()) {
        if (auto *view = qobject_cast<ModelBarChartView *>(widget))
            view->rebuild();
    }
}

ChartTheme ModelBarChartView::theme() { return s_theme; }

void ModelBarChartView::setModel(QAbstractItemModel *model, const BarChartSpec &spec)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    m_spec = spec;
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &ModelBarChartView::rebuild);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ModelBarChartView::rebuild);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ModelBarChartView::rebuild);
        connect(model, &QAbstractItemModel::dataChanged, this, &ModelBarChartView::rebuild);
    }
    rebuild();
}

QChart *ModelBarChartView::chart() const { return m_view->chart(); }

int ModelBarChartView::barCount() const
{
    int bars = 0;
    for (QAbstractSeries *series : chart()->series()) {
        if (auto *barSeries = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : barSeries->barSets())
                bars += set->count();
        }
    }
    return bars;
}

void ModelBarChartView::rebuild()
{
    QChart *old = m_view->chart();
    if (m_model) {
        BarChartSpec spec = m_spec;
        spec.theme = s_theme;
        QChart *chart = buildBarChart(*m_model, spec);
        const int rows = m_model->rowCount();
        for (QAbstractSeries *series : chart->series()) {
            if (auto *line = qobject_cast<QLineSeries *>(series)) {
                // A point clicked stands for its year's row.
                connect(line, &QLineSeries::clicked, this, [this](const QPointF &point) {
                    int nearest = -1;
                    double distance = 0;
                    for (int row = 0; row < m_model->rowCount(); ++row) {
                        const double year = m_model->data(m_model->index(row, m_spec.labelColumn)).toDouble();
                        if (nearest < 0 || std::fabs(year - point.x()) < distance) {
                            nearest = row;
                            distance = std::fabs(year - point.x());
                        }
                    }
                    if (nearest >= 0)
                        Q_EMIT barClicked(nearest);
                });
            }
            if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
                // Horizontal bars are laid out bottom-up: category index i shows model row rows-1-i.
                const bool reversed = spec.orientation == Qt::Horizontal;
                connect(bars, &QAbstractBarSeries::clicked, this, [this, rows, reversed](int index, QBarSet *) {
                    Q_EMIT barClicked(reversed ? rows - 1 - index : index);
                });
            }
        }
        m_view->setChart(chart);
    } else {
        m_view->setChart(new QChart);
    }
    delete old; // QChartView::setChart does not delete the previous chart
    Q_EMIT chartRebuilt();
}

} // namespace ub
