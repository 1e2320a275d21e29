// unionboard: parses the command line, opens the store and shows the main window.
#include "appenvironment.h"
#include "appsettings.h"
#include "mainwindow.h"
#include "store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

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
    parser.addOptions({dbOption, languageOption, noSamplesOption});
    parser.process(app);

    ub::AppSettings settings;
    const QString language = parser.isSet(languageOption) ? parser.value(languageOption) : settings.language();
    QLocale::setDefault(QLocale(language));
    QTranslator translator;
    ub::AppEnvironment::installTranslation(language, translator);

    const QString location = parser.isSet(dbOption) ? parser.value(dbOption) : ub::AppEnvironment::defaultStoreLocation();
    QString error;
    const std::unique_ptr<ub::Store> store = ub::Store::open(location, &error);
    if (!store) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Cannot open the store"), error);
        return 1;
    }

    ub::MainWindow window(*store, location);
    window.show();
    if (!parser.isSet(noSamplesOption))
        window.importSamplesIfEmpty(ub::AppEnvironment::sampleReportsDirectory());
    return app.exec();
}
