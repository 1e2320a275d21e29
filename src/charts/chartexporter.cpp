#include "chartexporter.h"

#include "chartslide.h"

#include <QBuffer>
#include <QImageWriter>
#include <QMimeData>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

using namespace Qt::StringLiterals;

namespace ub {

namespace {

/** Slide pixels are CSS pixels: 96 per inch, so a 1920-pixel slide is 20 inches wide in PDF and SVG. */
constexpr int kSlideDpi = 96;

QString creator()
{
    return u"UnionBoard %1"_s.arg(QCoreApplication::applicationVersion());
}

bool commit(QSaveFile &file, const QString &path, QString *error)
{
    if (file.commit())
        return true;
    if (error)
        *error = ChartExporter::tr("%1: cannot write the file: %2").arg(path, file.errorString());
    return false;
}

bool open(QSaveFile &file, const QString &path, QString *error)
{
    if (file.open(QIODevice::WriteOnly))
        return true;
    if (error)
        *error = ChartExporter::tr("%1: cannot create the file: %2").arg(path, file.errorString());
    return false;
}

} // namespace

QImage ChartExporter::image(const ChartData &chart) const
{
    const int scale = std::clamp(m_options.scale, 1, ChartExportOptions::kMaximumScale);
    QImage image(m_options.size * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::transparent);
    const ChartSlide slide(chart, m_options);
    QPainter painter(&image);
    slide.paint(painter);
    painter.end();
    image.setText(u"Title"_s, slide.title());
    image.setText(u"Description"_s, slide.description());
    image.setText(u"Software"_s, creator());
    image.setText(u"Creation Time"_s, m_options.exportDate.toString(Qt::ISODate));
    return image;
}

QByteArray ChartExporter::svg(const ChartData &chart) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    const ChartSlide slide(chart, m_options);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(m_options.size);
    generator.setViewBox(QRect(QPoint(0, 0), m_options.size));
    generator.setResolution(kSlideDpi);
    // Qt 6.4 writes both verbatim into the XML: a title with "<" or "&" would break the file.
    generator.setTitle(slide.title().toHtmlEscaped());
    generator.setDescription(slide.description().toHtmlEscaped());
    QPainter painter(&generator);
    slide.paint(painter);
    painter.end();
    return bytes;
}

bool ChartExporter::write(const ChartData &chart, const QString &path, QString *error) const
{
    if (!m_options.isValid(error))
        return false;
    switch (exportFormatForPath(path).value_or(ExportFormat::Png)) {
    case ExportFormat::Png: return writePng(chart, path, error);
    case ExportFormat::Svg: return writeSvg(chart, path, error);
    case ExportFormat::Pdf: return writePdf({chart}, path, error);
    }
    return false;
}

bool ChartExporter::writePng(const ChartData &chart, const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!open(file, path, error))
        return false;
    QImageWriter writer(&file, "png");
    if (!writer.write(image(chart))) {
        file.cancelWriting();
        if (error)
            *error = tr("%1: cannot write the image: %2").arg(path, writer.errorString());
        return false;
    }
    return commit(file, path, error);
}

bool ChartExporter::writeSvg(const ChartData &chart, const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!open(file, path, error))
        return false;
    const QByteArray bytes = svg(chart);
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        if (error)
            *error = tr("%1: cannot write the file: %2").arg(path, file.errorString());
        return false;
    }
    return commit(file, path, error);
}

bool ChartExporter::writePdf(const QList<ChartData> &charts, const QString &path, QString *error) const
{
    if (!m_options.isValid(error))
        return false;
    QSaveFile file(path);
    if (!open(file, path, error))
        return false;
    {
        QPdfWriter writer(&file);
        writer.setResolution(kSlideDpi);
        writer.setPageSize(QPageSize(QSizeF(m_options.size) * 72.0 / kSlideDpi, QPageSize::Point,
                                     QString(), QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setCreator(creator());
        if (!charts.isEmpty())
            writer.setTitle(ChartSlide(charts.first(), m_options).title());
        QPainter painter;
        if (!painter.begin(&writer)) {
            file.cancelWriting();
            if (error)
                *error = tr("%1: cannot start the PDF").arg(path);
            return false;
        }
        // The painter's window is the slide, whatever rounding the page size in points took.
        for (qsizetype i = 0; i < charts.size(); ++i) {
            if (i > 0)
                writer.newPage();
            painter.setViewport(QRect(QPoint(0, 0), QSize(writer.width(), writer.height())));
            painter.setWindow(QRect(QPoint(0, 0), m_options.size));
            ChartSlide(charts.at(i), m_options).paint(painter);
        }
        painter.end();
    }
    return commit(file, path, error);
}

QMimeData *ChartExporter::mimeData(const ChartData &chart) const
{
    auto *mime = new QMimeData;
    const QImage picture = image(chart);
    mime->setImageData(picture);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    picture.save(&buffer, "PNG");
    mime->setData(u"image/png"_s, png);
    mime->setData(u"image/svg+xml"_s, svg(chart));
    return mime;
}

} // namespace ub
