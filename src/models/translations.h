// The program's languages: its own translation, Qt's strings and the number locale, for the app and the CLI.
#pragma once

#include <QString>

namespace ub {

class Translations
{
public:
    /**
     * Makes a language ("zh_CN" or "en") current: its translation, Qt's own strings and the
     * number locale. Widgets, if any, get a LanguageChange event and retranslate themselves.
     */
    static bool setLanguage(const QString &language);
    static QString language();
};

} // namespace ub
