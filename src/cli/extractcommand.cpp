#include "extractcommand.h"

#include "extractor.h"
#include "figurejson.h"
#include "textdecoder.h"

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
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            err << path << QStringLiteral(": ") << file.errorString() << Qt::endl;
            exitCode = 2;
            continue;
        }
        const DecodeResult decoded = decodeText(file.readAll(), path);
        if (!decoded.ok) {
            err << decoded.error << Qt::endl;
            exitCode = 2;
            continue;
        }
        if (decoded.decoded.invalidSequences > 0) {
            err << path << QStringLiteral(": ") << decoded.decoded.invalidSequences
                << QStringLiteral(" invalid byte sequences (") << decoded.decoded.encoding << QStringLiteral(")")
                << Qt::endl;
        }
        const QString documentName = QFileInfo(path).fileName();
        ExtractOptions options;
        options.paged = decoded.decoded.text.contains(u'\f');
        options.features = commandOptions.features;
        const ExtractionResult result = extractor.extract(decoded.decoded.text, documentName, options);
        for (const QString &warning : result.warnings)
            err << documentName << QStringLiteral(": ") << warning << Qt::endl;
        for (qsizetype k = 0; k < result.figures.size(); ++k) {
            QJsonObject json = figureToJson(result.figures.at(k), documentName);
            if (options.features)
                json.insert(QStringLiteral("features"), QJsonArray::fromStringList(result.features.at(k)));
            out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) << u'\n';
        }
    }
    out.flush();
    return exitCode;
}

} // namespace ub
