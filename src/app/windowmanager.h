// The app's windows and the store each one shows: opening, switching and closing stores.
#pragma once

#include "storelocation.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace ub {

class ConnectDialog;
class MainWindow;
class Store;

/**
 * Owns every main window together with its own Store connection (#18), so that a window can
 * switch stores at run time: File ▸ Open Store…, Connect to Server… and Recent Stores open the
 * new store first and only then replace the window by one on it (keeping its place, size and
 * panel); when the new store cannot be opened the old window stays as it was and says why.
 * File ▸ New Window opens the same location on a connection of its own. Each successful open
 * goes first into the recent stores, by its display name (no password).
 */
class WindowManager final : public QObject
{
    Q_OBJECT
public:
    explicit WindowManager(QObject *parent = nullptr);
    ~WindowManager() override;

    /** Opens the first window on a location (--db, or the default store); nullptr with *error set
     *  (or empty when the user cancelled the Connect dialog). */
    MainWindow *openFirst(const QString &location, QString *error);
    /** Opens a window on a store already open, e.g. a second one in a test. */
    MainWindow *adopt(std::unique_ptr<Store> store);

    /** Replaces window's store by the one at location (a SQLite path or URL). */
    bool switchTo(MainWindow *window, const QString &location);
    /** Replaces window's store by one already open. */
    MainWindow *replace(MainWindow *window, std::unique_ptr<Store> store);
    void chooseStoreFile(MainWindow *window);
    void connectToServer(MainWindow *window);
    void openNewWindow(MainWindow *window);

    std::vector<MainWindow *> windows() const;
    /** Headless runs: failures are reported, never asked about. */
    void setInteractive(bool interactive) { m_interactive = interactive; }
    /** For tests: called with each Connect dialog before it opens. */
    void setDialogHook(std::function<void(ConnectDialog &)> hook) { m_dialogHook = std::move(hook); }

Q_SIGNALS:
    void windowOpened(ub::MainWindow *window);

private:
    struct Session;
    MainWindow *open(std::unique_ptr<Store> store, const MainWindow *like);
    void closed(MainWindow *window);
    void reportKeychainProblem(MainWindow *window, const QString &problem);
    void showOpenFailure(MainWindow *window, const QString &error);

    std::vector<std::unique_ptr<Session>> m_sessions;
    bool m_interactive = true;
    std::function<void(ConnectDialog &)> m_dialogHook;
};

} // namespace ub
