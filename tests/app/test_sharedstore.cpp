// Shared stores in the window (#18): switching stores, recent stores, the Connect dialog, roles
// that keep a viewer's window read-only, live updates between windows, and no password on disk.
#include "connectdialog.h"
#include "documenttablemodel.h"
#include "extractor.h"
#include "figurespanel.h"
#include "figuretablemodel.h"
#include "importcontroller.h"
#include "importer.h"
#include "mainwindow.h"
#include "passwordkeychain.h"
#include "processrun.h"
#include "recentstores.h"
#include "reportspanel.h"
#include "rolegrants.h"
#include "storefixture.h"
#include "storestatuslabel.h"
#include "storewatcher.h"
#include "testpaths.h"
#include "windowmanager.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMutex>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace ub;

namespace {

const QByteArray kFirstReport =
    u"西安市总工会2020年工作总结\n2020年，西安市总工会新发展会员1287人，筹集资金2484.4万元。\n"_s.toUtf8();
const QByteArray kSecondReport =
    u"延安市总工会2021年工作总结\n2021年，延安市总工会建成职工之家36个，慰问困难职工"
    u"1520名。\n"_s.toUtf8();

int documentRows(const MainWindow &window, const QString &name)
{
    return window.reportsPanel()->model()->rowOfDocument(name);
}

bool figuresShowDocument(const MainWindow &window, const QString &name)
{
    const FigureTableModel *model = window.figuresPanel()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->record(row)->documentName == name)
            return true;
    }
    return false;
}

template<typename T> T *child(const QObject &parent, const QString &name)
{
    T *found = parent.findChild<T *>(name);
    EXPECT_TRUE(found) << name.toStdString();
    return found;
}

/** Windows over the test's store, each on its own connection, as separate clients. */
class SharedStoreTest : public test::StoreTest
{
protected:
    std::unique_ptr<MainWindow> windowOn(Store &store)
    {
        auto window = std::make_unique<MainWindow>(store);
        window->show();
        return window;
    }
    /** As the CLI and the window import: a batch, whose end brings the statistics up to date. */
    void importThrough(Store &store, const QString &path)
    {
        Extractor extractor;
        const ImportSummary summary = Importer(store, extractor).importFiles({path});
        ASSERT_FALSE(summary.hasRejections()) << summary.files.value(0).message.toStdString();
    }
};

} // namespace

TEST_F(SharedStoreTest, ACommandLineImportAppearsInTheOtherWindowKeepingItsSelection)
{
    importThrough(*m_store, writeFile(u"first.txt"_s, kFirstReport));
    std::unique_ptr<Store> second = openAgain();
    ASSERT_TRUE(second);
    auto window = windowOn(*second);
    window->showPanel(u"figures"_s);
    FiguresPanel *figures = window->figuresPanel();
    ASSERT_GE(figures->model()->rowCount(), 2);
    figures->selectRow(1);
    const qint64 selected = figures->currentRecord()->id;
    const int before = figures->model()->totalCount();
    ASSERT_TRUE(window->reportsPanel()->selectDocument(u"first.txt"_s));

    // Another process, as staff running the CLI beside an open window.
    const test::ProcessRun cli =
        test::runProcess(QStringLiteral(UB_CLI_PATH),
                         {u"import"_s, u"--db"_s, m_location, writeFile(u"second.txt"_s, kSecondReport)});
    ASSERT_EQ(cli.exitCode, 0) << cli.err.toStdString();

    QTRY_VERIFY_WITH_TIMEOUT(figuresShowDocument(*window, u"second.txt"_s), 5000);
    EXPECT_GT(figures->model()->totalCount(), before);
    ASSERT_TRUE(figures->currentRecord());
    EXPECT_EQ(figures->currentRecord()->id, selected) << "the selected figure stays selected";
    // The reports panel was behind: it re-reads when shown, keeping its report.
    window->showPanel(u"reports"_s);
    EXPECT_GE(documentRows(*window, u"second.txt"_s), 0);
    EXPECT_EQ(window->reportsPanel()->currentDocument(), u"first.txt"_s);
}

TEST_F(SharedStoreTest, AWindowsOwnChangesAreNotReadTwice)
{
    importThrough(*m_store, writeFile(u"first.txt"_s, kFirstReport));
    auto window = windowOn(*m_store);
    QSignalSpy refreshed(window.get(), &MainWindow::refreshedAfterOtherClient);
    window->reportsPanel()->setConfirmation([](const QString &, const QString &) { return true; });
    window->showPanel(u"reports"_s);
    ASSERT_TRUE(window->reportsPanel()->selectDocument(u"first.txt"_s));
    window->reportsPanel()->removeCurrent();
    EXPECT_LT(documentRows(*window, u"first.txt"_s), 0);
    QTest::qWait(StoreWatcher::kPollMs * 3); // long enough for a poll to have noticed
    EXPECT_EQ(refreshed.count(), 0);
}

TEST_F(SharedStoreTest, TheTitleNamesTheStoreAndTheStatusBarTheRole)
{
    auto window = windowOn(*m_store);
    EXPECT_TRUE(window->windowTitle().startsWith(m_store->location().displayName()))
        << window->windowTitle().toStdString();
    EXPECT_TRUE(window->windowTitle().endsWith(u"UnionBoard"_s));
    const QString status = window->storeStatus()->text();
    EXPECT_TRUE(status.contains(m_store->userName())) << status.toStdString();
    EXPECT_TRUE(status.contains(roleName(m_store->role()))) << status.toStdString();
    EXPECT_TRUE(child<QAction>(*window, u"importAction"_s)->isEnabled());
}

TEST_F(SharedStoreTest, OpeningAnotherStoreReplacesTheWindowAndAFailureKeepsIt)
{
    if (isPostgres())
        GTEST_SKIP() << "store files";
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"config"_s));
    WindowManager manager;
    manager.setInteractive(false);
    QString error;
    MainWindow *window = manager.adopt(Store::open(m_location, &error));
    ASSERT_TRUE(window) << error.toStdString();
    window->show();
    window->showPanel(u"compare"_s);

    const QString other = m_dir.filePath(u"other.sqlite"_s);
    ASSERT_TRUE(Store::open(other, &error)) << error.toStdString();
    ASSERT_TRUE(manager.switchTo(window, other));
    QTRY_COMPARE(manager.windows().size(), size_t(1));
    MainWindow *fresh = manager.windows().front();
    EXPECT_NE(fresh, window);
    EXPECT_TRUE(fresh->windowTitle().startsWith(other));
    EXPECT_EQ(fresh->currentPanelName(), u"compare"_s) << "the window keeps its panel";
    EXPECT_EQ(RecentStores().entries().mid(0, 2), (QStringList{other, m_location}));

    // Not a store: the window stays on the one it has, and says why.
    const QString junk = writeFile(u"junk.db"_s, "no database here");
    EXPECT_FALSE(manager.switchTo(fresh, junk));
    ASSERT_EQ(manager.windows().size(), size_t(1));
    EXPECT_EQ(manager.windows().front(), fresh);
    EXPECT_EQ(fresh->store().location().path, other);
    auto *box = fresh->findChild<QMessageBox *>(u"openStoreFailedBox"_s);
    ASSERT_TRUE(box);
    EXPECT_TRUE(box->text().contains(u"junk.db"_s)) << box->text().toStdString();
    box->close();

    // A recent store that was deleted is not created again, and leaves the list.
    RecentStores().add(m_dir.filePath(u"gone.sqlite"_s));
    EXPECT_FALSE(manager.switchTo(fresh, m_dir.filePath(u"gone.sqlite"_s)));
    EXPECT_FALSE(QFileInfo::exists(m_dir.filePath(u"gone.sqlite"_s)));
    EXPECT_FALSE(RecentStores().entries().contains(m_dir.filePath(u"gone.sqlite"_s)));

    // New Window: the same store on a connection of its own.
    manager.openNewWindow(fresh);
    ASSERT_EQ(manager.windows().size(), size_t(2));
    MainWindow *twin = manager.windows().back();
    EXPECT_EQ(twin->store().location().displayName(), other);
    EXPECT_NE(&twin->store(), &fresh->store());
    twin->close();
    QTRY_COMPARE(manager.windows().size(), size_t(1));
}

TEST(RecentStoresTest, NewestFirstAtMostEight)
{
    QTemporaryDir dir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir.path());
    RecentStores recent;
    recent.clear();
    for (int i = 0; i < 10; ++i)
        recent.add(u"/stores/%1.sqlite"_s.arg(i));
    ASSERT_EQ(recent.entries().size(), RecentStores::kMaximum);
    EXPECT_EQ(recent.entries().front(), u"/stores/9.sqlite"_s);
    recent.add(u"/stores/5.sqlite"_s);
    EXPECT_EQ(recent.entries().front(), u"/stores/5.sqlite"_s);
    EXPECT_EQ(recent.entries().count(u"/stores/5.sqlite"_s), 1);
    recent.clear();
    EXPECT_TRUE(recent.entries().isEmpty());
}

TEST(ConnectDialogTest, TheFieldsMakeTheLocation)
{
    QString error;
    const StoreLocation given = StoreLocation::parse(
        u"postgresql://wangfang@db.example.org:6543/unionboard?sslmode=verify-full"_s, &error);
    ASSERT_TRUE(error.isEmpty());
    ConnectDialog dialog;
    dialog.setLocation(given);
    EXPECT_EQ(child<QLineEdit>(dialog, u"hostEdit"_s)->text(), u"db.example.org"_s);
    EXPECT_EQ(child<QSpinBox>(dialog, u"portSpin"_s)->value(), 6543);
    EXPECT_EQ(child<QLineEdit>(dialog, u"passwordEdit"_s)->echoMode(), QLineEdit::Password);
    auto *ssl = child<QComboBox>(dialog, u"sslCombo"_s);
    EXPECT_EQ(ssl->currentData().toString(), u"verify-full"_s);
    EXPECT_EQ(ssl->count(), StoreLocation::sslModes().size());
    child<QLineEdit>(dialog, u"passwordEdit"_s)->setText(u"pw"_s);
    StoreLocation entered = dialog.location();
    EXPECT_EQ(entered.displayName(), given.displayName());
    EXPECT_EQ(entered.password, u"pw"_s);

    // prefer is libpq's default: left out of the URL, as staff would type it.
    ssl->setCurrentIndex(ssl->findData(u"prefer"_s));
    EXPECT_EQ(dialog.location().displayName(), u"postgresql://wangfang@db.example.org:6543/unionboard"_s);
    ConnectDialog blank;
    EXPECT_EQ(child<QComboBox>(blank, u"sslCombo"_s)->currentData().toString(), u"prefer"_s);
    EXPECT_FALSE(child<QDialogButtonBox>(blank, u"buttonBox"_s)->button(QDialogButtonBox::Ok)->isEnabled());

    // Without a keychain the dialog says the password lasts the session, and offers no "remember".
    dialog.setKeychainAvailable(false, u"no D-Bus"_s);
    dialog.show();
    EXPECT_FALSE(dialog.rememberPassword());
    EXPECT_FALSE(child<QCheckBox>(dialog, u"rememberCheck"_s)->isVisible());
    EXPECT_TRUE(child<QLabel>(dialog, u"keychainLabel"_s)->isVisible());
    EXPECT_TRUE(child<QLabel>(dialog, u"keychainLabel"_s)->text().contains(u"no D-Bus"_s));
}

namespace {

/** On the test's PostgreSQL server: logins with roles, as a federation's staff. */
class SharedServerWindowTest : public SharedStoreTest
{
protected:
    void SetUp() override
    {
        SharedStoreTest::SetUp();
        if (IsSkipped())
            return;
        if (!isPostgres())
            GTEST_SKIP() << "roles and notifications are the server's; run with UB_TEST_ENGINE=postgres";
        m_suffix = u"%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(++s_counter);
    }
    void TearDown() override
    {
        QSqlQuery query(m_store ? m_store->database() : QSqlDatabase());
        for (const QString &login : std::as_const(m_logins))
            query.exec(u"DROP ROLE IF EXISTS \"%1\""_s.arg(login));
        SharedStoreTest::TearDown();
    }
    QString makeLogin(const QString &stem, StoreRole role)
    {
        const QString login = stem + m_suffix;
        QSqlQuery query(m_store->database());
        EXPECT_TRUE(query.exec(u"CREATE ROLE \"%1\" LOGIN"_s.arg(login)))
            << query.lastError().text().toStdString();
        m_logins << login;
        QString error;
        EXPECT_TRUE(RoleGrants(*m_store).grant(login, role, &error)) << error.toStdString();
        return login;
    }
    std::unique_ptr<Store> openAs(const QString &login)
    {
        QUrl url(m_location);
        url.setUserName(login);
        QString error;
        std::unique_ptr<Store> store = Store::open(url.toString(), &error);
        EXPECT_TRUE(store) << error.toStdString();
        return store;
    }

    QString m_suffix;
    QStringList m_logins;
    static inline int s_counter = 0;
};

} // namespace

TEST_F(SharedServerWindowTest, AViewersWindowDisablesWhatItMayNotDo)
{
    importThrough(*m_store, writeFile(u"first.txt"_s, kFirstReport));
    const QString viewer = makeLogin(u"ub_viewer_"_s, StoreRole::Viewer);
    std::unique_ptr<Store> store = openAs(viewer);
    ASSERT_TRUE(store);
    ASSERT_EQ(store->role(), StoreRole::Viewer);
    auto window = windowOn(*store);
    const QString editor = roleName(StoreRole::Editor);

    EXPECT_TRUE(window->storeStatus()->text().contains(viewer));
    EXPECT_TRUE(window->storeStatus()->text().contains(roleName(StoreRole::Viewer)));
    for (const QString &name :
         {u"importAction"_s, u"importFolderAction"_s, u"correctAction"_s, u"rejectAction"_s}) {
        auto *action = child<QAction>(*window, name);
        EXPECT_FALSE(action->isEnabled()) << name.toStdString();
        EXPECT_TRUE(action->toolTip().contains(editor))
            << name.toStdString() << action->toolTip().toStdString();
    }
    EXPECT_FALSE(window->acceptDrops());
    // What a viewer may do stays: read and export.
    EXPECT_TRUE(child<QAction>(*window, u"exportTableAction"_s)->isEnabled());

    window->showPanel(u"figures"_s);
    FiguresPanel *figures = window->figuresPanel();
    ASSERT_GT(figures->model()->rowCount(), 0) << "a viewer reads every figure";
    figures->selectRow(0);
    for (const QString &name : {u"correctButton"_s, u"rejectButton"_s}) {
        auto *button = child<QPushButton>(*figures, name);
        EXPECT_FALSE(button->isEnabled()) << name.toStdString();
        EXPECT_TRUE(button->toolTip().contains(editor)) << button->toolTip().toStdString();
    }
    EXPECT_TRUE(child<QPushButton>(*figures, u"openReportButton"_s)->isEnabled());

    window->showPanel(u"reports"_s);
    ReportsPanel *reports = window->reportsPanel();
    ASSERT_TRUE(reports->selectDocument(u"first.txt"_s));
    for (const QString &name : {u"removeButton"_s, u"reextractButton"_s, u"reextractAllButton"_s}) {
        auto *button = child<QPushButton>(*reports, name);
        EXPECT_FALSE(button->isEnabled()) << name.toStdString();
        EXPECT_TRUE(button->toolTip().contains(editor)) << button->toolTip().toStdString();
    }
    EXPECT_TRUE(child<QPushButton>(*reports, u"showFiguresButton"_s)->isEnabled());
    EXPECT_EQ(child<QTableView>(*reports, u"documentTable"_s)->editTriggers(),
              QAbstractItemView::NoEditTriggers);
    reports->removeCurrent(); // e.g. the Delete key: nothing happens
    EXPECT_GE(documentRows(*window, u"first.txt"_s), 0);
}

TEST_F(SharedServerWindowTest, AViewerOnAnEmptyStoreImportsNoSamples)
{
    const QString viewer = makeLogin(u"ub_viewer_"_s, StoreRole::Viewer);
    std::unique_ptr<Store> store = openAs(viewer);
    ASSERT_TRUE(store);
    auto window = windowOn(*store);
    EXPECT_FALSE(window->importSamplesIfEmpty(test::sampleReportsDir()));
    EXPECT_FALSE(window->importController()->isRunning());
}

TEST_F(SharedServerWindowTest, AnImportOnTheServerRefreshesTheOtherWindows)
{
    importThrough(*m_store, writeFile(u"first.txt"_s, kFirstReport));
    const QString editor = makeLogin(u"ub_editor_"_s, StoreRole::Editor);
    std::unique_ptr<Store> firstStore = openAs(editor);
    std::unique_ptr<Store> secondStore = openAgain();
    ASSERT_TRUE(firstStore && secondStore);
    auto first = windowOn(*firstStore);
    auto second = windowOn(*secondStore);
    first->showPanel(u"figures"_s);
    second->showPanel(u"reports"_s);
    ASSERT_TRUE(second->reportsPanel()->selectDocument(u"first.txt"_s));
    first->figuresPanel()->selectRow(0);
    const qint64 selected = first->figuresPanel()->currentRecord()->id;

    // A third client: another member of staff's import.
    std::unique_ptr<Store> third = openAgain();
    importThrough(*third, writeFile(u"second.txt"_s, kSecondReport));

    QTRY_VERIFY_WITH_TIMEOUT(figuresShowDocument(*first, u"second.txt"_s), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(documentRows(*second, u"second.txt"_s) >= 0, 5000);
    EXPECT_EQ(first->figuresPanel()->currentRecord()->id, selected);
    EXPECT_EQ(second->reportsPanel()->currentDocument(), u"first.txt"_s);

    // A removal in one window reaches the other.
    second->reportsPanel()->setConfirmation([](const QString &, const QString &) { return true; });
    ASSERT_TRUE(second->reportsPanel()->selectDocument(u"second.txt"_s));
    second->reportsPanel()->removeCurrent();
    QTRY_VERIFY_WITH_TIMEOUT(!figuresShowDocument(*first, u"second.txt"_s), 5000);
}

TEST_F(SharedServerWindowTest, APasswordGivenInTheConnectDialogReachesNoFile)
{
    const QString password = u"s3cr3t-%1"_s.arg(m_suffix);
    // The desktop's keychain of whoever runs the test stays out of it.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    const QString config = m_dir.filePath(u"config"_s);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, config);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, config);
    // Every qDebug()/qWarning() of the run, from any thread.
    static QMutex mutex;
    static QStringList messages;
    messages.clear();
    const QtMessageHandler previous =
        qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &message) {
            const QMutexLocker locker(&mutex);
            messages << message;
        });

    const QString login = makeLogin(u"ub_staff_"_s, StoreRole::Editor);
    const QUrl server(m_location);
    WindowManager manager;
    bool keychainShown = false;
    manager.setDialogHook([&](ConnectDialog &dialog) {
        child<QLineEdit>(dialog, u"hostEdit"_s)->setText(server.host());
        child<QSpinBox>(dialog, u"portSpin"_s)->setValue(server.port());
        child<QLineEdit>(dialog, u"databaseEdit"_s)->setText(server.path().mid(1));
        child<QLineEdit>(dialog, u"userEdit"_s)->setText(login);
        child<QLineEdit>(dialog, u"passwordEdit"_s)->setText(password);
        child<QCheckBox>(dialog, u"rememberCheck"_s)->setChecked(true);
        keychainShown = !child<QLabel>(dialog, u"keychainLabel"_s)->isHidden();
        QTimer::singleShot(0, &dialog, &QDialog::accept);
    });
    QString error;
    MainWindow *window = manager.adopt(Store::open(m_location, &error));
    ASSERT_TRUE(window) << error.toStdString();
    manager.connectToServer(window);
    QTRY_COMPARE(manager.windows().size(), size_t(1));
    MainWindow *connected = manager.windows().front();
    ASSERT_NE(connected, window);
    EXPECT_EQ(connected->store().userName(), login);
    EXPECT_EQ(connected->store().location().password, password) << "kept in memory for the import thread";
    if (!PasswordKeychain::isAvailable()) {
        EXPECT_TRUE(keychainShown) << "the dialog says the keychain is not there";
    }

    // An import from this window records the login, not its password.
    QSignalSpy imported(connected, &MainWindow::importCompleted);
    connected->importPaths({writeFile(u"second.txt"_s, kSecondReport)});
    ASSERT_TRUE(imported.wait(30000));
    // New Window finds the password of the session, without asking.
    manager.setDialogHook([](ConnectDialog &dialog) {
        ADD_FAILURE() << "asked again";
        QTimer::singleShot(0, &dialog, &QDialog::reject);
    });
    manager.openNewWindow(connected);
    ASSERT_EQ(manager.windows().size(), size_t(2));
    for (MainWindow *open : manager.windows()) {
        EXPECT_FALSE(open->windowTitle().contains(password));
        open->close();
    }
    QTRY_COMPARE(manager.windows().size(), size_t(0));
    QSettings().sync();
    qInstallMessageHandler(previous);

    int files = 0;
    for (QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
         it.hasNext();) {
        const QString path = it.next();
        ++files;
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
        const QByteArray bytes = file.readAll();
        EXPECT_FALSE(bytes.contains(password.toUtf8())) << path.toStdString();
        const QByteArray utf16(reinterpret_cast<const char *>(password.utf16()), password.size() * 2);
        EXPECT_FALSE(bytes.contains(utf16)) << path.toStdString();
    }
    EXPECT_GT(files, 0) << "the settings were written";
    bool recentWritten = false;
    for (const QString &entry : RecentStores().entries())
        recentWritten |= entry.contains(login);
    EXPECT_TRUE(recentWritten) << "the server is among the recent stores, by its name";
    for (const QString &message : std::as_const(messages))
        EXPECT_FALSE(message.contains(password)) << message.toStdString();

    // Nor in the store: its import log and every other table.
    QSqlQuery tables(m_store->database());
    ASSERT_TRUE(tables.exec(u"SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"_s));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    ASSERT_TRUE(names.contains(u"import_log"_s));
    int logRows = 0;
    for (const QString &table : std::as_const(names)) {
        QSqlQuery rows(m_store->database());
        ASSERT_TRUE(rows.exec(u"SELECT * FROM %1"_s.arg(table))) << rows.lastError().text().toStdString();
        while (rows.next()) {
            logRows += table == u"import_log"_s ? 1 : 0;
            for (int column = 0; column < rows.record().count(); ++column)
                EXPECT_FALSE(rows.value(column).toString().contains(password)) << table.toStdString();
        }
    }
    EXPECT_GT(logRows, 0);
}
