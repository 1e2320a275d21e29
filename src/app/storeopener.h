// Opening a store for a window: a SQLite file, or a server whose password comes from the keychain or the
// user.
#pragma once

#include "storelocation.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

class QWidget;

namespace ub {

class ConnectDialog;
class Store;

/**
 * Turns a location into an open Store (#18). A server URL without a password takes this
 * session's or the keychain's; when there is none, or the server refuses the connection, the
 * Connect dialog opens pre-filled with the server's answer, until a connection works or the user
 * cancels. A password that worked is kept for the session, and in the keychain when asked to;
 * none ever reaches a file, a log or a message.
 */
class StoreOpener
{
    Q_DECLARE_TR_FUNCTIONS(StoreOpener)
public:
    /** parent owns the dialog (none: a window of its own, before the first window opens). */
    explicit StoreOpener(QWidget *parent = nullptr)
        : m_parent(parent)
    {}

    /** Headless runs (--check-startup) must not wait for a dialog nobody sees. */
    void setInteractive(bool interactive) { m_interactive = interactive; }
    /** Called with each Connect dialog before it opens, for tests that fill and accept it. */
    void setDialogHook(std::function<void(ConnectDialog &)> hook) { m_dialogHook = std::move(hook); }

    /** nullptr with *error set on failure, or with *error empty when the user cancelled. */
    std::unique_ptr<Store> open(const StoreLocation &location, QString *error);
    std::unique_ptr<Store> open(const QString &location, QString *error);
    /** File ▸ Connect to Server…: the dialog first, pre-filled with `location` and `problem`. */
    std::unique_ptr<Store> connect(StoreLocation location, QString problem, QString *error);

    /** Why the last password could not go to the keychain ("" when it did, or was not to). */
    QString keychainProblem() const { return m_keychainProblem; }

private:
    std::unique_ptr<Store> tryOpen(const StoreLocation &location, QString *error);

    QWidget *m_parent;
    bool m_interactive = true;
    std::function<void(ConnectDialog &)> m_dialogHook;
    QString m_keychainProblem;
};

} // namespace ub
