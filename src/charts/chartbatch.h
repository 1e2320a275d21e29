// Batches ("atlases"): one chart per city or per year, into a folder by a file-name template.
#pragma once

#include "chartdatabuilder.h"
#include "chartexportoptions.h"

#include <QCoreApplication>

namespace ub {

class ChartExporter;

class ChartBatch
{
    Q_DECLARE_TR_FUNCTIONS(ChartBatch)
public:
    enum class Per { City, Year };
    static QString toKey(Per per);
    static std::optional<Per> perFromKey(QStringView key);

    static inline const QString kDefaultTemplate = QStringLiteral("{year}_{city}_{indicator}.png");

    /**
     * The charts of a batch. Per city: a city chart for each of the base's regions (none named:
     * the 11 prefecture-level units). Per year: the base chart for each year with figures, within
     * its years when it names them. Nothing, with *error, when the combination makes no sense.
     */
    static QList<ChartRequest> expand(ChartDataBuilder &builder, const ChartRequest &base, Per per, QString *error);

    /**
     * The file name the template gives a chart: {year}, {city}, {indicator}, {view} and {n} (the
     * chart's number from 1) are replaced; characters no file name may hold become "_"; the
     * format's extension replaces any other.
     */
    static QString fileName(const QString &nameTemplate, const ChartData &chart, int number, ExportFormat format);

    /** The format a template's extension names, or nothing. */
    static std::optional<ExportFormat> templateFormat(const QString &nameTemplate);

    /**
     * Writes every chart into directory (created when missing). Refuses, writing nothing, when
     * two charts would get one name. *written lists the files written.
     */
    static bool writeFiles(const ChartExporter &exporter, const QList<ChartData> &charts, const QString &directory,
                           const QString &nameTemplate, ExportFormat format, QStringList *written, QString *error);
};

} // namespace ub
