#include "chartslide.h"

#include "regionbarchart.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QLegend>
#include <QPainter>
#include <QSet>
#include <QStandardItemModel>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace ub {

namespace {

constexpr int kValueRole = Qt::UserRole + 1;
constexpr int kSourceTitlesShown = 3;

const QColor kInk(0x1f, 0x29, 0x37);
const QColor kMuted(0x6b, 0x72, 0x80);
const QColor kRule(0xe5, 0xe7, 0xeb);
const QColor kAccent(0xc0, 0x39, 0x2b);   // the union red: the latest year, or the only series
const QColor kEarliest(0xcb, 0xd5, 0xe1); // earlier years fade from slate towards the accent
const QColor kLatestEarlier(0x64, 0x74, 0x8b);

/** CJK first, so Chinese text never falls back to a Japanese face; the first one installed wins. */
QFont slideFont(double pixelSize, QFont::Weight weight = QFont::Normal)
{
    QFont font;
    font.setFamilies({u"Noto Sans CJK SC"_s, u"Source Han Sans SC"_s, u"Microsoft YaHei"_s, u"PingFang SC"_s,
                      u"WenQuanYi Micro Hei"_s, u"Noto Sans"_s, u"DejaVu Sans"_s});
    font.setPixelSize(std::max(1, int(std::lround(pixelSize))));
    font.setWeight(weight);
    return font;
}

QColor blend(const QColor &from, const QColor &to, double t)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * t),
                            float(from.greenF() + (to.greenF() - from.greenF()) * t),
                            float(from.blueF() + (to.blueF() - from.blueF()) * t));
}

QColor seriesColor(qsizetype index, qsizetype count)
{
    if (index == count - 1)
        return kAccent;
    return count <= 2 ? kLatestEarlier : blend(kEarliest, kLatestEarlier, double(index) / double(count - 2));
}

/** Whether the labels fit side by side under vertical bars, at the axis font of the slide. */
bool labelsFitAcross(const ChartData &data, double scale, double plotWidth)
{
    const QFontMetricsF metrics(slideFont(20 * scale));
    double widest = 0;
    for (const QString &label : data.labels)
        widest = std::max(widest, metrics.horizontalAdvance(label + ChartSlide::approximateMark()));
    return widest + 16 * scale <= plotWidth / std::max<qsizetype>(1, data.labels.size());
}

/** "2005" → "05" (the subtitle gives the century): thirty years fit under a slide when each is
 *  two digits. Full years when the short ones would repeat (a span of over a century). */
QStringList shortYears(const QStringList &years)
{
    QStringList labels;
    for (const QString &year : years)
        labels << (year.size() == 4 ? year.right(2) : year);
    return QSet<QString>(labels.cbegin(), labels.cend()).size() == labels.size() ? labels : years;
}

/** The chart's rows and numbers as a table model for buildBarChart (which scales them). */
std::unique_ptr<QStandardItemModel> tableFor(const ChartData &data, const QStringList &labels)
{
    auto model = std::make_unique<QStandardItemModel>(int(data.labels.size()), int(data.series.size()) + 1);
    for (int row = 0; row < data.labels.size(); ++row) {
        const QString mark = data.rowIsApproximate(row) ? ChartSlide::approximateMark() : QString();
        model->setData(model->index(row, 0), QString(labels.at(row) + mark));
    }
    for (int column = 0; column < data.series.size(); ++column) {
        const ChartSeries &series = data.series.at(column);
        model->setHeaderData(column + 1, Qt::Horizontal, series.name);
        for (int row = 0; row < series.values.size() && row < data.labels.size(); ++row) {
            if (const std::optional<double> value = series.values.at(row))
                model->setData(model->index(row, column + 1), *value, kValueRole);
        }
    }
    return model;
}

void styleChart(QChart &chart, const ChartData &data, double scale, const QSizeF &plot)
{
    const bool horizontal = data.request.view != ChartView::City;
    chart.setTitle(QString());
    chart.setBackgroundVisible(false);
    chart.setPlotAreaBackgroundVisible(false);
    chart.setMargins(QMargins(0, 0, 0, 0));
    chart.setBackgroundRoundness(0);
    chart.setLocalizeNumbers(false);
    chart.legend()->setFont(slideFont(20 * scale));
    chart.legend()->setLabelColor(kInk);
    chart.legend()->setMarkerShape(QLegend::MarkerShapeRectangle);

    for (QAbstractAxis *axis : chart.axes()) {
        axis->setLabelsFont(slideFont(20 * scale));
        axis->setLabelsColor(kInk);
        axis->setTitleFont(slideFont(18 * scale));
        axis->setTitleBrush(kMuted);
        axis->setLinePen(QPen(kRule, std::max(1.0, 1.5 * scale)));
        axis->setGridLinePen(QPen(kRule, std::max(1.0, scale)));
        axis->setShadesVisible(false);
        if (auto *values = qobject_cast<QValueAxis *>(axis)) {
            values->setLineVisible(false);
            values->setLabelsColor(kMuted);
        }
    }
    for (QAbstractSeries *series : chart.series()) {
        auto *bars = qobject_cast<QAbstractBarSeries *>(series);
        if (!bars)
            continue;
        // Bars as thick as the rows allow, but never slabs: a chart of two rows keeps slim bars.
        const double rowHeight =
            (horizontal ? plot.height() : plot.width()) / std::max<qsizetype>(1, data.labels.size());
        const double thickest = (bars->count() > 1 ? 34.0 * bars->count() : 56.0) * scale;
        bars->setBarWidth(std::min(bars->count() > 1 ? 0.8 : 0.62, thickest / rowHeight));
        const QList<QBarSet *> sets = bars->barSets();
        for (qsizetype i = 0; i < sets.size(); ++i) {
            const QColor colour = seriesColor(i, sets.size());
            sets.at(i)->setColor(colour);
            sets.at(i)->setBorderColor(colour);
            sets.at(i)->setLabelFont(slideFont((sets.size() > 1 ? 16 : 19) * scale, QFont::DemiBold));
            sets.at(i)->setLabelColor(kInk);
        }
    }
    chart.legend()->setVisible(data.series.size() > 1);
}

QString elided(const QString &text, const QFont &font, double width)
{
    return QFontMetricsF(font).elidedText(text, Qt::ElideRight, width);
}

} // namespace

ChartSlide::ChartSlide(const ChartData &data, const ChartExportOptions &options) : m_data(data), m_options(options) {}

QString ChartSlide::title() const { return m_options.title.isEmpty() ? m_data.title : m_options.title; }

QString ChartSlide::subtitle() const { return m_options.subtitle.isEmpty() ? m_data.subtitle : m_options.subtitle; }

QString ChartSlide::sourcesLine() const
{
    if (m_data.sources.isEmpty())
        return tr("Sources: no documents");
    QStringList titles;
    for (const DocumentMention &source : m_data.sources.mid(0, kSourceTitlesShown))
        titles << tr("“%1”").arg(source.title.isEmpty() ? source.name : source.title);
    const qsizetype more = m_data.sources.size() - titles.size();
    const QString listed = titles.join(tr(", "));
    return more > 0 ? tr("Sources: %1 and %n more document(s)", nullptr, int(more)).arg(listed)
                    : tr("Sources: %1").arg(listed);
}

QString ChartSlide::detailsLine() const
{
    QStringList parts;
    parts << tr("Figures: %1").arg(m_data.period);
    if (m_data.approximateFigures > 0)
        parts << tr("%1 includes approximate figures (余, 近, 约)").arg(approximateMark());
    parts << tr("Exported %1").arg(QLocale().toString(m_options.exportDate, QLocale::ShortFormat));
    parts << tr("UnionBoard");
    return parts.join(u"  ·  "_s);
}

QString ChartSlide::description() const
{
    return subtitle() + u'\n' + sourcesLine() + u'\n' + detailsLine();
}

void ChartSlide::paint(QPainter &painter) const
{
    const double width = m_options.size.width();
    const double height = m_options.size.height();
    // Type grows with the slide's area, so a half slide keeps readable labels.
    const double scale = std::clamp(std::sqrt(width * height / (1920.0 * 1080.0)), 0.35, 3.0);
    const double margin = 64 * scale;
    const double textWidth = width - 2 * margin;

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    if (!m_options.transparent)
        painter.fillRect(QRectF(0, 0, width, height), Qt::white);

    double top = 52 * scale;
    const QFont titleFont = slideFont(44 * scale, QFont::Bold);
    const QFont subtitleFont = slideFont(24 * scale);
    painter.setPen(kInk);
    painter.setFont(titleFont);
    const double titleHeight = QFontMetricsF(titleFont).height();
    painter.drawText(QRectF(margin, top, textWidth, titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     elided(title(), titleFont, textWidth));
    top += titleHeight + 6 * scale;
    if (!subtitle().isEmpty()) {
        painter.setPen(kMuted);
        painter.setFont(subtitleFont);
        const double subtitleHeight = QFontMetricsF(subtitleFont).height();
        painter.drawText(QRectF(margin, top, textWidth, subtitleHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         elided(subtitle(), subtitleFont, textWidth));
        top += subtitleHeight;
    }
    top += 24 * scale;

    double bottom = height - 36 * scale;
    if (m_options.footer) {
        const QFont footerFont = slideFont(17 * scale);
        const double lineHeight = QFontMetricsF(footerFont).height();
        painter.setFont(footerFont);
        painter.setPen(kMuted);
        const QStringList lines = {sourcesLine(), detailsLine()};
        for (qsizetype i = lines.size() - 1; i >= 0; --i) {
            bottom -= lineHeight;
            painter.drawText(QRectF(margin, bottom, textWidth, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                             elided(lines.at(i), footerFont, textWidth));
        }
        bottom -= 14 * scale;
        painter.setPen(QPen(kRule, std::max(1.0, scale)));
        painter.drawLine(QPointF(margin, bottom), QPointF(width - margin, bottom));
        bottom -= 18 * scale;
    }

    const QRectF chartArea(margin - 8 * scale, top, textWidth + 8 * scale, std::max(10.0, bottom - top));
    if (!m_data.hasValues()) {
        painter.setPen(kMuted);
        painter.setFont(slideFont(28 * scale));
        painter.drawText(chartArea, Qt::AlignCenter, tr("No figures match this chart."));
        painter.restore();
        return;
    }

    const QSizeF plot(chartArea.width() - 120 * scale, chartArea.height() - 90 * scale);
    const bool timeSeries = m_data.request.view == ChartView::City;
    const bool shorten = timeSeries && !labelsFitAcross(m_data, scale, plot.width());
    const std::unique_ptr<QStandardItemModel> table = tableFor(m_data, shorten ? shortYears(m_data.labels) : m_data.labels);
    BarChartSpec spec;
    spec.valueAxisTitle = m_data.valueUnit;
    spec.animated = false;
    spec.valueRole = kValueRole;
    spec.valueDivisor = m_data.divisor;
    spec.orientation = timeSeries ? Qt::Vertical : Qt::Horizontal;
    spec.valueLabels = m_data.series.size() <= 3 && (!timeSeries || m_data.labels.size() <= 16);
    for (int column = 1; column <= m_data.series.size(); ++column)
        spec.valueColumns << column;
    QGraphicsScene scene;
    QChart *chart = buildBarChart(*table, spec);
    styleChart(*chart, m_data, scale, plot);
    scene.addItem(chart); // the scene owns the chart from here
    chart->setGeometry(QRectF(QPointF(0, 0), chartArea.size()));
    scene.setSceneRect(QRectF(QPointF(0, 0), chartArea.size()));
    scene.render(&painter, chartArea, scene.sceneRect(), Qt::IgnoreAspectRatio);
    painter.restore();
}

} // namespace ub
