#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace ub {

namespace {

struct Translators
{
    QTranslator program;
    QTranslator qt;
    QString language;
};

Translators &translators()
{
    static Translators instance;
    return instance;
}

} // namespace

bool Translations::setLanguage(const QString &language)
{
    Translators &t = translators();
    QCoreApplication::removeTranslator(&t.program);
    QCoreApplication::removeTranslator(&t.qt);
    const bool loaded = t.program.load(u":/i18n/unionboard_%1.qm"_s.arg(language));
    if (loaded)
        QCoreApplication::installTranslator(&t.program);
    // Qt's own dialogs and buttons (确定/取消) in the same language.
    if (t.qt.load(QLocale(language), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&t.qt);
    QLocale::setDefault(QLocale(language));
    t.language = language;
    return loaded;
}

QString Translations::language() { return translators().language; }

} // namespace ub
