#include "startupcheck.h"

#include "figurequeries.h"
#include "importer.h"
#include "mainwindow.h"

#include <QCoreApplication>
#include <QEvent>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace ub {

StartupCheck::StartupCheck(MainWindow &window, Store &store, bool importing, int timeLimitMs)
    : QObject(&window), m_window(window), m_store(store), m_importing(importing)
{
    window.installEventFilter(this);
    connect(&window, &MainWindow::importCompleted, this, &StartupCheck::importEnded);
    connect(&window, &MainWindow::importFailed, this, [this](const QString &message) {
        m_importFailed = true;
        finish(false, u"the sample import failed: "_s + message);
    });
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this, timeLimitMs] {
        finish(false, u"the window did not open on its figures within %1 s"_s.arg(timeLimitMs / 1000));
    });
    m_deadline.start(timeLimitMs);
}

bool StartupCheck::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_painted && event->type() == QEvent::Paint) {
        m_painted = true;
        // After this paint has finished, not inside it.
        QTimer::singleShot(0, this, &StartupCheck::finishIfReady);
    }
    return QObject::eventFilter(watched, event);
}

void StartupCheck::importEnded(const ImportSummary &summary)
{
    m_importing = false;
    m_importFailed = summary.hasRejections() || summary.cancelled;
    finishIfReady();
}

void StartupCheck::finishIfReady()
{
    if (!m_painted || m_importing)
        return;
    FigureQueries queries(m_store);
    QString error;
    const int documents = queries.documentCount(&error);
    const int figures = error.isEmpty() ? queries.countFigures(FigureFilter{}, &error) : 0;
    if (!error.isEmpty())
        return finish(false, u"the store cannot be read: "_s + error);
    const QString shown = u"window \"%1\" shown on %2 documents, %3 figures"_s.arg(m_window.windowTitle())
                              .arg(documents)
                              .arg(figures);
    if (m_importFailed)
        return finish(false, shown + u"; the sample import rejected a file"_s);
    finish(figures > 0, figures > 0 ? shown : shown + u"; the store is empty"_s);
}

void StartupCheck::finish(bool ok, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    std::fprintf(ok ? stdout : stderr, "startup_check: %s: %s\n", ok ? "ok" : "FAILED", qPrintable(message));
    std::fflush(ok ? stdout : stderr);
    QCoreApplication::exit(ok ? 0 : 1);
}

} // namespace ub
