// `unionboard --measure-startup`: time from process start to the first painted main window.
#pragma once

#include <QObject>

namespace ub {

/**
 * Watches a window for its first paint, prints `startup_ms=N` (since the process started, read
 * from the kernel so that loading libraries counts too) and quits the application.
 */
class StartupProbe final : public QObject
{
    Q_OBJECT
public:
    explicit StartupProbe(QObject *window);
    /** Milliseconds since this process started. */
    static qint64 elapsedSinceProcessStart();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_done = false;
};

} // namespace ub
