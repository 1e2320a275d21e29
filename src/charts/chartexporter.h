// Writes chart slides to PNG, SVG and PDF files (atomically) and puts them on the clipboard.
#pragma once

#include "chartdata.h"
#include "chartexportoptions.h"

#include <QCoreApplication>
#include <QImage>

class QMimeData;

namespace ub {

/**
 * Renders ChartSlides offscreen, never from the screen: PNG at 1–3× with the footer's words in
 * its text chunks, SVG with text kept as text and <title>/<desc>, PDF with embedded fonts, one
 * page per chart, title and creator set. Files go through QSaveFile, so a failed export leaves
 * any old file as it was.
 */
class ChartExporter
{
    Q_DECLARE_TR_FUNCTIONS(ChartExporter)
public:
    explicit ChartExporter(const ChartExportOptions &options) : m_options(options) {}

    /** One chart into path, in the format its extension names. */
    bool write(const ChartData &chart, const QString &path, QString *error) const;
    /** Every chart as a page of one PDF. */
    bool writePdf(const QList<ChartData> &charts, const QString &path, QString *error) const;

    QImage image(const ChartData &chart) const;
    QByteArray svg(const ChartData &chart) const;
    /** PNG, the image itself and SVG: office programs take the image, vector editors the SVG. */
    QMimeData *mimeData(const ChartData &chart) const;

private:
    bool writePng(const ChartData &chart, const QString &path, QString *error) const;
    bool writeSvg(const ChartData &chart, const QString &path, QString *error) const;

    ChartExportOptions m_options;
};

} // namespace ub
