// How a chart is exported: file format, slide size, resolution, background and the words around it.
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSize>
#include <QString>

#include <optional>

namespace ub {

enum class ExportFormat { Png, Svg, Pdf };

/** "png", "svg", "pdf": file extensions and settings keys. */
QString toKey(ExportFormat format);
std::optional<ExportFormat> exportFormatFromKey(QStringView key);
/** The format a file name's extension asks for (case-insensitive). */
std::optional<ExportFormat> exportFormatForPath(const QString &path);

/** A named slide size in pixels (at scale 1). */
struct SizePreset
{
    QString key;
    QSize size;
    QString name() const;
};

/** 16:9 slides at 1920×1080 and 1280×720, a 4:3 slide, and half of a 16:9 slide. */
const QList<SizePreset> &sizePresets();

struct ChartExportOptions
{
    Q_DECLARE_TR_FUNCTIONS(ChartExportOptions)
public:
    static constexpr QSize kMinimumSize{320, 240};
    static constexpr QSize kMaximumSize{7680, 4320};
    static constexpr int kMaximumScale = 3;

    QSize size{1920, 1080}; ///< in pixels at scale 1; PDF and SVG pages have the same proportions
    int scale = 1;          ///< pixels per slide pixel in PNG and clipboard images: 1, 2 or 3
    bool transparent = false;
    QString title;          ///< empty: the chart's own title
    QString subtitle;       ///< empty: the chart's own subtitle
    bool footer = true;     ///< print the sources, year, approximate marks and export date
    QDate exportDate = QDate::currentDate();

    /** Whether the size and scale are within bounds; *error says which is not. */
    bool isValid(QString *error = nullptr) const;
    /** "1920x1080" → size; nothing for anything else. */
    static std::optional<QSize> parseSize(const QString &text);
};

} // namespace ub
