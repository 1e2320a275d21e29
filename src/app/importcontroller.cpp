#include "importcontroller.h"

#include "extractor.h"
#include "store.h"

#include <QMetaObject>

using namespace Qt::StringLiterals;

namespace ub {

ImportController::ImportController(const StoreLocation &storeLocation, QObject *parent)
    : QObject(parent)
    , m_storeLocation(storeLocation)
{
    qRegisterMetaType<ub::ImportSummary>();
    m_thread.setObjectName(u"import"_s);
    m_thread.start();
}

ImportController::~ImportController()
{
    cancel();
    m_thread.quit();
    m_thread.wait();
}

void ImportController::start(const QStringList &paths)
{
    if (m_running)
        return;
    m_running = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    // The worker lambda runs on m_thread; `context` lives there so the call is queued to it.
    auto *context = new QObject;
    context->moveToThread(&m_thread);
    QMetaObject::invokeMethod(context, [this, context, paths, location = m_storeLocation, cancel = m_cancel] {
        QString error;
        const std::unique_ptr<Store> store = Store::open(location, &error);
        if (!store) {
            QMetaObject::invokeMethod(this, [this, error] {
                m_running = false;
                Q_EMIT importFailed(error);
            });
            context->deleteLater();
            return;
        }
        QStringList problems;
        const QStringList files = Importer::collectReportFiles(paths, &problems);
        const Extractor extractor;
        Importer importer(*store, extractor);
        ReadProgress reading; // outlives the import, as setReadProgress() asks
        reading.pageRead = [this](const QString &file, int page, int pageCount, bool ocr) {
            QMetaObject::invokeMethod(
                this, [this, file, page, pageCount, ocr] { Q_EMIT pageRead(file, page, pageCount, ocr); });
        };
        reading.cancelRequested = [cancel] { return cancel->load(); };
        importer.setReadProgress(reading);
        ImportSummary summary = importer.importFiles(
            files,
            [this](int done, int total, const QString &file) {
                QMetaObject::invokeMethod(this, [this, done, total, file] { Q_EMIT progressed(done, total, file); });
            },
            cancel.get());
        for (const QString &problem : problems)
            summary.files.prepend({problem.section(u':', 0, 0), ImportOutcome::Rejected, problem, 0});
        QMetaObject::invokeMethod(this, [this, summary] {
            m_running = false;
            Q_EMIT importFinished(summary);
        });
        context->deleteLater();
    });
}

void ImportController::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

} // namespace ub
