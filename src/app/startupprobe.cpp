#include "startupprobe.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QFile>
#include <QTimer>

#include <cstdio>
#include <time.h>
#include <unistd.h>

namespace ub {

StartupProbe::StartupProbe(QObject *window) : QObject(window) { window->installEventFilter(this); }

qint64 StartupProbe::elapsedSinceProcessStart()
{
    // Field 22 of /proc/self/stat is the start time in clock ticks since boot.
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const qsizetype afterName = line.lastIndexOf(')');
    const QList<QByteArray> fields = line.mid(afterName + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double startSeconds = fields.at(19).toDouble() / double(sysconf(_SC_CLK_TCK));
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowSeconds = double(now.tv_sec) + double(now.tv_nsec) / 1e9;
    return qint64((nowSeconds - startSeconds) * 1000.0);
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_done && event->type() == QEvent::Paint) {
        m_done = true;
        // After this paint has finished, not before.
        QTimer::singleShot(0, this, [] {
            std::printf("startup_ms=%lld\n", static_cast<long long>(elapsedSinceProcessStart()));
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ub
