// Where the app finds its things: the default store, the sample reports, translations.
#pragma once

#include <QString>

namespace ub {

/** Answers "where is…" questions so that main() and the window do not hard-code paths. */
class AppEnvironment
{
public:
    /** The store used without --db: unionboard.sqlite in the user's data directory. */
    static QString defaultStoreLocation();
    /** The sample reports: next to the executable when installed, else in the source tree; empty if neither. */
    static QString sampleReportsDirectory();
    /**
     * Makes a language ("zh_CN" or "en") the UI's: its translation, Qt's own strings and the
     * number locale. Widgets get a LanguageChange event and retranslate themselves.
     */
    static bool setLanguage(const QString &language);
    static QString language();
};

} // namespace ub
