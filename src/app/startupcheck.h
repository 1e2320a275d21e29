// `unionboard --check-startup`: proves the first quick-start command end to end, without a person.
#pragma once

#include <QObject>
#include <QTimer>

namespace ub {

class MainWindow;
class Store;
struct ImportSummary;

/**
 * Waits until the main window has painted and, when it is importing the sample reports on a first
 * start, until that import has finished; then prints what the window shows (`startup_check: …`
 * with the store's documents and figures) and quits with 0, or with 1 when the store is still
 * empty, the import failed or nothing happened within the time limit. CI runs it under Xvfb on a
 * freshly bootstrapped root, so "the window opens on the sample reports" is checked on every
 * submission.
 */
class StartupCheck final : public QObject
{
    Q_OBJECT
public:
    StartupCheck(MainWindow &window, Store &store, bool importing, int timeLimitMs = 180'000);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void importEnded(const ImportSummary &summary);
    void finishIfReady();
    void finish(bool ok, const QString &message);

    MainWindow &m_window;
    Store &m_store;
    QTimer m_deadline;
    bool m_painted = false;
    bool m_importing = false;
    bool m_importFailed = false;
    bool m_done = false;
};

} // namespace ub
