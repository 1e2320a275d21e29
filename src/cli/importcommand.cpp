#include "importcommand.h"

#include "extractor.h"
#include "importer.h"
#include "store.h"

#include <QFileInfo>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace ub {

int runImportCommand(const ImportCommandOptions &options, QTextStream &out, QTextStream &err)
{
    // The options are checked before the store is opened: a typo must not create an empty store.
    QList<QPair<DocumentProperty, QString>> given;
    if (!options.year.isEmpty()) {
        bool ok = false;
        const int year = options.year.toInt(&ok);
        if (!ok || year < 1949 || year > 2100) {
            err << u"import: --year 须是 1949 至 2100 之间的年份：%1"_s.arg(options.year) << Qt::endl;
            return 2;
        }
        given.append({DocumentProperty::Year, QString::number(year)});
    }
    if (!options.region.isEmpty()) {
        const QString region = Importer::canonicalRegion(options.region);
        if (region.isEmpty()) {
            err << u"import: --region 不是陕西省的地区：%1"_s.arg(options.region) << Qt::endl;
            return 2;
        }
        given.append({DocumentProperty::Region, region});
    }

    QString error;
    const std::unique_ptr<Store> store = Store::open(options.storeLocation, &error);
    if (!store) {
        err << error << Qt::endl;
        return 2;
    }
    // A viewer's import is refused as a whole, before any file is read.
    if (!store->require(StoreRole::Editor, u"导入报告"_s, &error)) {
        err << u"import: "_s << error << Qt::endl;
        return 1;
    }
    QStringList problems;
    const QStringList files = Importer::collectReportFiles(options.paths, &problems);
    const Extractor extractor;
    Importer importer(*store, extractor);
    importer.setGivenProperties(given);
    ReadProgress progress;
    progress.pageRead = [&err](const QString &file, int page, int pageCount, bool ocr) {
        if (ocr) // a text layer reads in a blink; recognition takes seconds a page
            err << u"识别 %1：第 %2/%3 页（OCR）"_s.arg(QFileInfo(file).fileName()).arg(page).arg(pageCount)
                << Qt::endl;
    };
    importer.setReadProgress(progress);
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
