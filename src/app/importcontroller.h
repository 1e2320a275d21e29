// Runs imports on a worker thread and reports progress and the outcome by signals.
#pragma once

#include "importer.h"
#include "storelocation.h"

#include <QObject>
#include <QStringList>
#include <QThread>

#include <atomic>
#include <memory>

namespace ub {

/**
 * Owns the import thread. The worker opens its own connection to the store (Qt Sql connections
 * belong to one thread), so the window stays responsive and keeps reading while files import.
 */
class ImportController final : public QObject
{
    Q_OBJECT
public:
    /** location as the window's store has it, with its password (which stays in memory). */
    explicit ImportController(const StoreLocation &location, QObject *parent = nullptr);
    ~ImportController() override;

    bool isRunning() const { return m_running; }
    /** Starts importing files and folders; ignored while an import runs. */
    void start(const QStringList &paths);
    /** Asks the worker to stop: after the file it is on, or within a PDF being read (OCR is slow),
     *  which then rolls back. */
    void cancel();

Q_SIGNALS:
    void progressed(int done, int total, const QString &file);
    /** A page of a PDF was read (1-based), by recognition when ocr is set. */
    void pageRead(const QString &file, int page, int pageCount, bool ocr);
    void importFinished(const ub::ImportSummary &summary);
    void importFailed(const QString &message);

private:
    StoreLocation m_storeLocation;
    QThread m_thread;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_running = false;
};

} // namespace ub

Q_DECLARE_METATYPE(ub::ImportSummary)
