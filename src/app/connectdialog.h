// File ▸ Connect to Server…: where the federation's PostgreSQL store is and who signs in.
#pragma once

#include "storelocation.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ConnectDialog;
}

namespace ub {

/**
 * Asks for a server, its database, a login and its password, and the TLS mode; says why the
 * last attempt failed and whether the keychain can keep the password. It connects nothing
 * itself: StoreOpener tries the location and shows the dialog again with the server's answer.
 */
class ConnectDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDialog(QWidget *parent = nullptr);
    ~ConnectDialog() override;

    /** Fills the fields from a location (its password too, when it has one). */
    void setLocation(const StoreLocation &location);
    /** The location as entered, with its password. libpq's default TLS mode, prefer, is left
     *  out of it, so the URL (and the recent stores) read as staff typed them. */
    StoreLocation location() const;
    bool rememberPassword() const;
    /** Why the previous attempt failed, shown above the fields; empty hides it. */
    void setProblem(const QString &message);
    /** Without a keychain, the password is kept only until UnionBoard closes: the dialog says so
     *  and the "remember" box goes. problem is the keychain's own explanation. */
    void setKeychainAvailable(bool available, const QString &problem = {});

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillSslModes();
    void updateOkButton();
    void showKeychainState();

    std::unique_ptr<Ui::ConnectDialog> m_ui;
    bool m_keychainAvailable = true;
    QString m_keychainProblem;
};

} // namespace ub
