#include "storeopener.h"

#include "connectdialog.h"
#include "passwordkeychain.h"
#include "store.h"

#include <QApplication>

using namespace Qt::StringLiterals;

namespace ub {

std::unique_ptr<Store> StoreOpener::open(const QString &location, QString *error)
{
    const StoreLocation parsed = StoreLocation::parse(location, error);
    if (!error->isEmpty())
        return nullptr;
    return open(parsed, error);
}

std::unique_ptr<Store> StoreOpener::tryOpen(const StoreLocation &location, QString *error)
{
    QApplication::setOverrideCursor(Qt::WaitCursor); // a server may take seconds to answer
    // Store::open() takes a non-empty *error for a failure of its own: it gets a fresh one.
    QString message;
    std::unique_ptr<Store> store = Store::open(location, &message);
    QApplication::restoreOverrideCursor();
    *error = message;
    return store;
}

std::unique_ptr<Store> StoreOpener::open(const StoreLocation &location, QString *error)
{
    error->clear();
    m_keychainProblem.clear();
    if (!location.isPostgres())
        return tryOpen(location, error);
    StoreLocation withPassword = location;
    if (withPassword.password.isEmpty()) {
        const PasswordKeychain::Lookup lookup = PasswordKeychain::find(location);
        if (lookup.outcome == PasswordKeychain::Outcome::Found)
            withPassword.password = lookup.password;
    }
    // A server that trusts the login needs no password: it is tried without one first.
    if (std::unique_ptr<Store> store = tryOpen(withPassword, error)) {
        if (!withPassword.password.isEmpty())
            PasswordKeychain::keepForSession(withPassword); // for New Window, without asking again
        return store;
    }
    if (!m_interactive)
        return nullptr;
    StoreLocation retry = location;
    retry.password.clear();
    return connect(retry, *error, error);
}

std::unique_ptr<Store> StoreOpener::connect(StoreLocation location, QString problem, QString *error)
{
    error->clear();
    m_keychainProblem.clear();
    if (location.password.isEmpty()) {
        // Also tells whether there is a keychain at all, before the dialog offers to remember.
        const PasswordKeychain::Lookup lookup = PasswordKeychain::find(location);
        if (lookup.outcome == PasswordKeychain::Outcome::Found && problem.isEmpty())
            location.password = lookup.password;
    }
    for (;;) {
        ConnectDialog dialog(m_parent);
        dialog.setLocation(location);
        dialog.setProblem(problem);
        dialog.setKeychainAvailable(PasswordKeychain::isAvailable());
        if (m_dialogHook)
            m_dialogHook(dialog);
        if (dialog.exec() != QDialog::Accepted) {
            error->clear(); // cancelled: nothing to report
            return nullptr;
        }
        location = dialog.location();
        if (std::unique_ptr<Store> store = tryOpen(location, &problem)) {
            if (dialog.rememberPassword()) {
                if (!PasswordKeychain::remember(location, &m_keychainProblem) && m_keychainProblem.isEmpty())
                    m_keychainProblem = tr("the keychain refused the password");
            } else {
                PasswordKeychain::keepForSession(location);
                if (PasswordKeychain::isAvailable())
                    PasswordKeychain::forget(location); // unticked: a password remembered before goes
            }
            return store;
        }
        location.password.clear(); // refused or not: typed again, never shown back
    }
}

} // namespace ub
