// Where the app finds its things: the default store, the sample reports, translations.
#pragma once

#include <QString>

class QTranslator;

namespace ub {

/** Answers "where is…" questions so that main() and the window do not hard-code paths. */
class AppEnvironment
{
public:
    /** The store used without --db: unionboard.sqlite in the user's data directory. */
    static QString defaultStoreLocation();
    /** The sample reports: next to the executable when installed, else in the source tree; empty if neither. */
    static QString sampleReportsDirectory();
    /** Loads the UI translation for a language ("zh_CN" or "en") into the application. */
    static bool installTranslation(const QString &language, QTranslator &translator);
};

} // namespace ub
