// One chart laid out as a presentation slide: title, subtitle, the bars and a source footer.
#pragma once

#include "chartdata.h"
#include "chartexportoptions.h"

#include <QCoreApplication>

class QPainter;

namespace ub {

/**
 * Draws a chart for a slide deck with its own light theme, whatever the app's theme: large
 * type scaled to the slide, the latest year in the accent colour, no animation, no widget
 * frame. Paints in slide pixels (options.size); the painter's device decides the resolution.
 */
class ChartSlide
{
    Q_DECLARE_TR_FUNCTIONS(ChartSlide)
public:
    ChartSlide(const ChartData &data, const ChartExportOptions &options);

    QString title() const;
    QString subtitle() const;
    /** "Sources: …" naming the documents, up to a few titles and how many more. */
    QString sourcesLine() const;
    /** Period, the approximate-value note, export date and the program. */
    QString detailsLine() const;
    /** Everything the footer says, for SVG <desc>, PDF subject and PNG text chunks. */
    QString description() const;
    void paint(QPainter &painter) const;

    /** The mark after a label whose value adds up 余/近/约 figures. */
    static QString approximateMark() { return QStringLiteral("*"); }

private:
    const ChartData &m_data;
    ChartExportOptions m_options;
};

} // namespace ub
