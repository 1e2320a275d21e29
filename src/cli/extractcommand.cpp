#include "extractcommand.h"

#include "extractor.h"
#include "figurejson.h"
#include "reportfile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace ub {

int runExtractCommand(const QStringList &files, QTextStream &out, QTextStream &err,
                      const ExtractCommandOptions &commandOptions)
{
    const Extractor extractor;
    int exitCode = 0;
    for (const QString &path : files) {
        // Every kind an import reads: text, PDF (scans recognised), Word, web pages.
        const ReportFile report = readReportFile(path);
        if (!report.ok()) {
            err << report.error << Qt::endl;
            exitCode = 2;
            continue;
        }
        if (report.invalidSequences > 0) {
            err << path << QStringLiteral(": ") << report.invalidSequences
                << QStringLiteral(" invalid byte sequences (") << report.encoding << QStringLiteral(")") << Qt::endl;
        }
        const QString documentName = report.name;
        ExtractOptions options;
        options.paged = report.isPaged() || report.text.contains(u'\f');
        options.features = commandOptions.features;
        options.document.declaredTitle = report.declaredTitle;
        const ExtractionResult result = extractor.extract(report.text, documentName, options);
        for (const QString &warning : result.warnings)
            err << documentName << QStringLiteral(": ") << warning << Qt::endl;
        const QList<int> confidences = report.confidenceOf(result.figures);
        for (qsizetype k = 0; k < result.figures.size(); ++k) {
            QJsonObject json = figureToJson(result.figures.at(k), documentName);
            if (options.features)
                json.insert(QStringLiteral("features"), QJsonArray::fromStringList(result.features.at(k)));
            // Only recognised figures carry one: a text's output stays as it always was.
            if (confidences.at(k) >= 0)
                json.insert(QStringLiteral("confidence"), confidences.at(k));
            out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) << u'\n';
        }
    }
    out.flush();
    return exitCode;
}

} // namespace ub
