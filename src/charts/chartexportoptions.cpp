#include "chartexportoptions.h"

#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ub {

QString toKey(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Png: return u"png"_s;
    case ExportFormat::Svg: return u"svg"_s;
    case ExportFormat::Pdf: return u"pdf"_s;
    }
    return u"png"_s;
}

std::optional<ExportFormat> exportFormatFromKey(QStringView key)
{
    for (ExportFormat format : {ExportFormat::Png, ExportFormat::Svg, ExportFormat::Pdf}) {
        if (key.compare(toKey(format), Qt::CaseInsensitive) == 0)
            return format;
    }
    return std::nullopt;
}

std::optional<ExportFormat> exportFormatForPath(const QString &path)
{
    return exportFormatFromKey(QFileInfo(path).suffix());
}

QString SizePreset::name() const
{
    if (key == u"slide_1080"_s)
        return ChartExportOptions::tr("16:9 slide, 1920 × 1080");
    if (key == u"slide_720"_s)
        return ChartExportOptions::tr("16:9 slide, 1280 × 720");
    if (key == u"slide_4_3"_s)
        return ChartExportOptions::tr("4:3 slide, 1024 × 768");
    if (key == u"half_slide"_s)
        return ChartExportOptions::tr("Half of a 16:9 slide, 960 × 1080");
    return ChartExportOptions::tr("Custom, %1 × %2").arg(size.width()).arg(size.height());
}

const QList<SizePreset> &sizePresets()
{
    static const QList<SizePreset> presets = {{u"slide_1080"_s, {1920, 1080}},
                                              {u"slide_720"_s, {1280, 720}},
                                              {u"slide_4_3"_s, {1024, 768}},
                                              {u"half_slide"_s, {960, 1080}}};
    return presets;
}

bool ChartExportOptions::isValid(QString *error) const
{
    QString problem;
    if (size.width() < kMinimumSize.width() || size.height() < kMinimumSize.height() ||
        size.width() > kMaximumSize.width() || size.height() > kMaximumSize.height())
        problem = tr("size %1×%2 is outside %3×%4 to %5×%6 pixels")
                      .arg(size.width())
                      .arg(size.height())
                      .arg(kMinimumSize.width())
                      .arg(kMinimumSize.height())
                      .arg(kMaximumSize.width())
                      .arg(kMaximumSize.height());
    else if (scale < 1 || scale > kMaximumScale)
        problem = tr("scale %1 is not 1, 2 or 3").arg(scale);
    if (error && !problem.isEmpty())
        *error = problem;
    return problem.isEmpty();
}

std::optional<QSize> ChartExportOptions::parseSize(const QString &text)
{
    static const QRegularExpression pattern(u"^\\s*(\\d{1,5})\\s*[x×X*]\\s*(\\d{1,5})\\s*$"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return QSize(match.captured(1).toInt(), match.captured(2).toInt());
}

} // namespace ub
