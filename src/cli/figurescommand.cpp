#include "figurescommand.h"

#include "figureexport.h"
#include "gazetteer.h"
#include "store.h"

#include <QFile>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace ub {

QString canonicalRegion(const QString &name)
{
    const QString prefecture = Gazetteer::shaanxi().prefectureOf(name);
    return prefecture.isEmpty() ? name : prefecture;
}

bool parseFigureFilter(const QString &region, const QString &year, const QString &category, const QString &indicator,
                       FigureFilter *filter, QString *error)
{
    if (!region.isEmpty())
        filter->region = canonicalRegion(region);
    if (!year.isEmpty()) {
        bool ok = false;
        const int value = year.toInt(&ok);
        if (!ok || value < 1900 || value > 2100) {
            *error = u"--year: 不是有效的年份：%1"_s.arg(year);
            return false;
        }
        filter->year = value;
    }
    if (!category.isEmpty()) {
        const auto value = categoryFromKey(category);
        if (!value) {
            *error = u"--category: 应为 members、events、funds、competitions 或 other，而不是 %1"_s.arg(category);
            return false;
        }
        filter->category = *value;
    }
    filter->indicator = indicator;
    return true;
}

int runFiguresCommand(const FiguresCommandOptions &options, QTextStream &err)
{
    QString error;
    const std::unique_ptr<Store> store = Store::open(options.storeLocation, &error);
    if (!store) {
        err << error << Qt::endl;
        return 1;
    }
    const FigureFormat format = options.csv ? FigureFormat::Csv : FigureFormat::JsonLines;
    if (options.outputPath.isEmpty()) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || !exportFigures(*store, options.filter, format, out, &error)) {
            err << error << Qt::endl;
            return 1;
        }
        return 0;
    }
    // A failed export leaves an earlier file of the same name as it was.
    QSaveFile file(options.outputPath);
    if (!file.open(QIODevice::WriteOnly) || !exportFigures(*store, options.filter, format, file, &error) ||
        !file.commit()) {
        err << options.outputPath << u": "_s << (error.isEmpty() ? file.errorString() : error) << Qt::endl;
        return 1;
    }
    return 0;
}

} // namespace ub
