#include "windowmanager.h"

#include "importcontroller.h"
#include "mainwindow.h"
#include "recentstores.h"
#include "store.h"
#include "storeopener.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace ub {

/** A window and its connection; the window goes first, since it and its panels use the store. */
struct WindowManager::Session
{
    std::unique_ptr<Store> store;
    std::unique_ptr<MainWindow> window;
};

WindowManager::WindowManager(QObject *parent)
    : QObject(parent)
{}

WindowManager::~WindowManager() = default;

std::vector<MainWindow *> WindowManager::windows() const
{
    std::vector<MainWindow *> list;
    for (const auto &session : m_sessions)
        list.push_back(session->window.get());
    return list;
}

MainWindow *WindowManager::openFirst(const QString &location, QString *error)
{
    StoreOpener opener;
    opener.setInteractive(m_interactive);
    opener.setDialogHook(m_dialogHook);
    std::unique_ptr<Store> store = opener.open(location, error);
    if (!store)
        return nullptr;
    MainWindow *window = open(std::move(store), nullptr);
    reportKeychainProblem(window, opener.keychainProblem());
    return window;
}

MainWindow *WindowManager::adopt(std::unique_ptr<Store> store)
{
    return open(std::move(store), nullptr);
}

MainWindow *WindowManager::open(std::unique_ptr<Store> store, const MainWindow *like)
{
    auto session = std::make_unique<Session>();
    session->store = std::move(store);
    session->window = std::make_unique<MainWindow>(*session->store);
    MainWindow *window = session->window.get();
    if (like) {
        window->restoreGeometry(like->saveGeometry());
        window->showPanel(like->currentPanelName());
    }
    connect(window, &MainWindow::openStoreRequested, this, [this, window] { chooseStoreFile(window); });
    connect(window, &MainWindow::connectRequested, this, [this, window] { connectToServer(window); });
    connect(window, &MainWindow::recentStoreRequested, this,
            [this, window](const QString &location) { switchTo(window, location); });
    connect(window, &MainWindow::newWindowRequested, this, [this, window] { openNewWindow(window); });
    connect(window, &MainWindow::closed, this, [this, window] { closed(window); });
    RecentStores().add(session->store->location().displayName());
    m_sessions.push_back(std::move(session));
    Q_EMIT windowOpened(window);
    return window;
}

void WindowManager::closed(MainWindow *window)
{
    // Later: the window is still inside its own closeEvent().
    QMetaObject::invokeMethod(
        this,
        [this, window] {
            for (auto it = m_sessions.begin(); it != m_sessions.end(); ++it) {
                if ((*it)->window.get() == window) {
                    m_sessions.erase(it);
                    return;
                }
            }
        },
        Qt::QueuedConnection);
}

MainWindow *WindowManager::replace(MainWindow *window, std::unique_ptr<Store> store)
{
    MainWindow *fresh = open(std::move(store), window);
    fresh->show();
    window->close();
    return fresh;
}

bool WindowManager::switchTo(MainWindow *window, const QString &location)
{
    if (window->importController()->isRunning()) {
        showOpenFailure(window,
                        tr("An import is running: wait for it to finish, or cancel it, before opening "
                           "another store."));
        return false;
    }
    QString error;
    const StoreLocation parsed = StoreLocation::parse(location, &error);
    if (error.isEmpty() && !parsed.isPostgres() && !QFileInfo::exists(parsed.path)) {
        // A recent store that was moved or deleted: opening it would make a new, empty one.
        RecentStores().remove(location);
        error = tr("%1 no longer exists; it was removed from the recent stores.").arg(parsed.path);
    }
    if (!error.isEmpty()) {
        showOpenFailure(window, error);
        return false;
    }
    StoreOpener opener(window);
    opener.setInteractive(m_interactive);
    opener.setDialogHook(m_dialogHook);
    std::unique_ptr<Store> store = opener.open(parsed, &error);
    if (!store) {
        if (!error.isEmpty())
            showOpenFailure(window, error);
        return false;
    }
    MainWindow *fresh = replace(window, std::move(store));
    reportKeychainProblem(fresh, opener.keychainProblem());
    return true;
}

void WindowManager::chooseStoreFile(MainWindow *window)
{
    const StoreLocation &current = window->store().location();
    const QString folder = current.isPostgres() ? QString() : QFileInfo(current.path).absolutePath();
    const QString path =
        QFileDialog::getOpenFileName(window, tr("Open Store"), folder,
                                     tr("UnionBoard stores (*.sqlite *.db)") + u";;"_s + tr("All files (*)"));
    if (!path.isEmpty())
        switchTo(window, path);
}

void WindowManager::connectToServer(MainWindow *window)
{
    if (window->importController()->isRunning()) {
        showOpenFailure(window,
                        tr("An import is running: wait for it to finish, or cancel it, before opening "
                           "another store."));
        return;
    }
    StoreLocation prefill;
    prefill.engine = StoreLocation::Engine::Postgres;
    if (window->store().location().isPostgres()) {
        prefill = window->store().location();
        prefill.password.clear();
    }
    StoreOpener opener(window);
    opener.setDialogHook(m_dialogHook);
    QString error;
    std::unique_ptr<Store> store = opener.connect(prefill, QString(), &error);
    if (!store)
        return; // cancelled: the dialog showed every failure
    MainWindow *fresh = replace(window, std::move(store));
    reportKeychainProblem(fresh, opener.keychainProblem());
}

void WindowManager::openNewWindow(MainWindow *window)
{
    StoreOpener opener(window);
    opener.setInteractive(m_interactive);
    opener.setDialogHook(m_dialogHook);
    QString error;
    std::unique_ptr<Store> store = opener.open(window->store().location(), &error);
    if (!store) {
        if (!error.isEmpty())
            showOpenFailure(window, error);
        return;
    }
    MainWindow *fresh = open(std::move(store), window);
    fresh->move(window->pos() + QPoint(40, 40)); // not exactly on top, or it looks like nothing happened
    fresh->show();
    reportKeychainProblem(fresh, opener.keychainProblem());
}

void WindowManager::reportKeychainProblem(MainWindow *window, const QString &problem)
{
    if (problem.isEmpty())
        return;
    window->statusBar()->showMessage(
        tr("The password could not go to the keychain (%1): it is kept only until UnionBoard closes.")
            .arg(problem),
        15000);
}

void WindowManager::showOpenFailure(MainWindow *window, const QString &error)
{
    // open(), not exec(): the window, or a test driving it, goes on.
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Cannot Open the Store"), error, QMessageBox::Ok, window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(u"openStoreFailedBox"_s);
    box->open();
}

} // namespace ub
