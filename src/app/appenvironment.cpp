#include "appenvironment.h"

#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace ub {

QString AppEnvironment::defaultStoreLocation()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(u"unionboard.sqlite"_s);
}

QString AppEnvironment::sampleReportsDirectory()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList candidates = {
        QDir(appDir).filePath(u"../share/unionboard/reports"_s), // installed
        QStringLiteral(UB_INSTALL_DATA_DIR) + u"/reports"_s,
        QStringLiteral(UB_SOURCE_DATA_DIR) + u"/reports"_s, // running from the build tree
    };
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate).isDir())
            return QDir(candidate).canonicalPath();
    }
    return {};
}

bool AppEnvironment::setLanguage(const QString &language) { return Translations::setLanguage(language); }

QString AppEnvironment::language() { return Translations::language(); }

} // namespace ub
