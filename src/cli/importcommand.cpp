#include "importcommand.h"

#include "extractor.h"
#include "importer.h"
#include "store.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace ub {

int runImportCommand(const QString &storeLocation, const QStringList &paths, QTextStream &out, QTextStream &err)
{
    QString error;
    const std::unique_ptr<Store> store = Store::open(storeLocation, &error);
    if (!store) {
        err << error << Qt::endl;
        return 2;
    }
    QStringList problems;
    const QStringList files = Importer::collectReportFiles(paths, &problems);
    const Extractor extractor;
    Importer importer(*store, extractor);
    ImportSummary summary = importer.importFiles(files);
    for (const QString &problem : problems)
        summary.files.prepend({problem.section(u':', 0, 0), ImportOutcome::Rejected, problem, 0});
    for (const ImportFileResult &result : summary.files) {
        if (result.outcome == ImportOutcome::Rejected)
            err << result.message << Qt::endl;
        else
            out << toKey(result.outcome) << '\t' << result.figureCount << '\t' << result.file << Qt::endl;
    }
    out << summary.toText().section(u'\n', 0, 0) << Qt::endl;
    return summary.hasRejections() ? 1 : 0;
}

} // namespace ub
