#include "appenvironment.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

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

namespace {

struct Translators
{
    QTranslator app;
    QTranslator qt;
    QString language;
};

Translators &translators()
{
    static Translators instance;
    return instance;
}

} // namespace

bool AppEnvironment::setLanguage(const QString &language)
{
    Translators &t = translators();
    QCoreApplication::removeTranslator(&t.app);
    QCoreApplication::removeTranslator(&t.qt);
    const bool loaded = t.app.load(u":/i18n/unionboard_%1.qm"_s.arg(language));
    if (loaded)
        QCoreApplication::installTranslator(&t.app);
    // Qt's own dialogs and buttons (确定/取消) in the same language.
    if (t.qt.load(QLocale(language), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&t.qt);
    QLocale::setDefault(QLocale(language));
    t.language = language;
    return loaded;
}

QString AppEnvironment::language() { return translators().language; }

} // namespace ub
