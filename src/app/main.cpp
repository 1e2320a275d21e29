// unionboard: parses the command line, opens the store and shows the main window.
#include "appenvironment.h"
#include "appsettings.h"
#include "citypanel.h"
#include "mainwindow.h"
#include "startupcheck.h"
#include "startupprobe.h"
#include "store.h"
#include "windowmanager.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QMessageBox>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"UnionBoard"_s);
    QCoreApplication::setApplicationName(u"unionboard"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(UB_VERSION));
    QGuiApplication::setApplicationDisplayName(u"UnionBoard"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"UnionBoard: figures from trade-union work reports, as a dashboard."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(u"db"_s, u"Open the store at PATH (a SQLite file or postgresql:// URL)."_s,
                                      u"PATH"_s);
    const QCommandLineOption languageOption(u"lang"_s, u"User-interface language: zh_CN (default) or en."_s,
                                            u"LANG"_s);
    const QCommandLineOption noSamplesOption(u"no-samples"_s, u"Do not import the sample reports into an empty store."_s);
    const QCommandLineOption panelOption(u"panel"_s, u"Open on a panel: year, city, compare, figures or reports."_s, u"PANEL"_s);
    const QCommandLineOption cityOption(u"city"_s, u"Show this city in the city panel (e.g. 延安市)."_s, u"CITY"_s);
    const QCommandLineOption measureStartupOption(
        u"measure-startup"_s, u"Print startup_ms=N (process start to the first painted window) and exit."_s);
    const QCommandLineOption checkStartupOption(
        u"check-startup"_s, u"Open the window (importing the sample reports into an empty store), print what it shows "
                            u"and exit: 0 when it shows figures, 1 otherwise."_s);
    parser.addOptions({dbOption, languageOption, noSamplesOption, panelOption, cityOption, measureStartupOption,
                       checkStartupOption});
    parser.process(app);

    ub::AppSettings settings;
    const QString language = parser.isSet(languageOption) ? parser.value(languageOption) : settings.language();
    ub::AppEnvironment::setLanguage(language);

    const QString location = parser.isSet(dbOption) ? parser.value(dbOption) : ub::AppEnvironment::defaultStoreLocation();
    ub::WindowManager windows;
    // Nobody is there to answer a dialog: a server that wants a password fails instead.
    windows.setInteractive(!parser.isSet(checkStartupOption) && !parser.isSet(measureStartupOption));
    QString error;
    ub::MainWindow *window = windows.openFirst(location, &error);
    if (!window) {
        if (error.isEmpty()) // the Connect dialog was cancelled
            return 1;
        // The location may hold a password: messages name the store by its display name.
        if (parser.isSet(checkStartupOption)) // nobody is there to close a message box
            qCritical("startup_check: FAILED: cannot open the store: %s", qPrintable(error));
        else
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Cannot open the store"), error);
        return 1;
    }

    if (parser.isSet(cityOption))
        window->cityPanel()->setRegion(parser.value(cityOption));
    if (parser.isSet(panelOption) && !window->showPanel(parser.value(panelOption))) {
        qWarning("unknown panel: %s", qPrintable(parser.value(panelOption)));
        return 2;
    }
    if (parser.isSet(measureStartupOption))
        new ub::StartupProbe(window);
    window->show();
    const bool importing = !parser.isSet(noSamplesOption) && !parser.isSet(measureStartupOption) &&
                           window->importSamplesIfEmpty(ub::AppEnvironment::sampleReportsDirectory());
    if (parser.isSet(checkStartupOption))
        new ub::StartupCheck(*window, window->store(), importing);
    return app.exec();
}
