// The status bar's permanent corner: who is signed in, with which role, and whether the server answers.
#pragma once

#include "store.h"

#include <QLabel>

namespace ub {

/**
 * Shows "王芳 · 编辑者（editor）" for the window's store, and while the connection to a server is
 * lost says so until it is back. Its tool tip names the store and what the role may do.
 */
class StoreStatusLabel final : public QLabel
{
    Q_OBJECT
public:
    explicit StoreStatusLabel(const Store &store, QWidget *parent = nullptr);

    bool isConnectionLost() const { return m_lost; }
    void showConnectionLost(const QString &message);
    void showConnectionRestored();
    /** The store could not be watched for other clients' changes (e.g. LISTEN refused). */
    void showWatchProblem(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    QString roleDescription() const;

    const Store &m_store;
    bool m_lost = false;
    QString m_lostMessage;
    QString m_watchProblem;
};

} // namespace ub
