// StoreWatcher (#18): another client's import, correction or removal is noticed within a second
// or two (PostgreSQL notifications, SQLite's data_version); the watcher's own writes are not; a
// lost server connection is reported and restored.
#include "correctionstore.h"
#include "extractor.h"
#include "figurequeries.h"
#include "importer.h"
#include "storefixture.h"
#include "storewatcher.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QVariant>

using namespace Qt::StringLiterals;
using namespace ub;

namespace {

const QByteArray kReport =
    u"西安市总工会2020年工作总结\n2020年，西安市总工会新发展会员1287人，筹集资金2484.4万元。\n"_s.toUtf8();

/** Runs the event loop until done() or the timeout; true when done. */
template<typename Done> bool waitFor(Done done, int timeoutMs = 5000)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!done() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(10);
    }
    return done();
}

/** Runs the event loop for ms, for checks that something does not happen. */
void settle(int ms)
{
    waitFor([] { return false; }, ms);
}

class StoreWatcherTest : public test::StoreTest
{
protected:
    Extractor m_extractor;
};

} // namespace

TEST_F(StoreWatcherTest, AnotherClientsImportIsNoticedAndTheWatchersOwnWritesAreNot)
{
    StoreWatcher watcher(*m_store);
    QStringList seen;
    QObject::connect(&watcher, &StoreWatcher::storeChanged, [&](const QString &what) { seen << what; });
    QString error;
    ASSERT_TRUE(watcher.start(&error)) << error.toStdString();

    // Its own connection's import: whoever made it knows.
    Importer(*m_store, m_extractor).importFile(writeFile(u"own.txt"_s, kReport));
    settle(StoreWatcher::kPollMs * 2 + StoreWatcher::kSettleMs);
    EXPECT_TRUE(seen.isEmpty()) << seen.join(u',').toStdString();

    const std::unique_ptr<Store> other = openAgain();
    ASSERT_TRUE(other);
    const ImportFileResult imported =
        Importer(*other, m_extractor).importFile(writeFile(u"other.txt"_s, kReport));
    ASSERT_EQ(imported.outcome, ImportOutcome::Imported) << imported.message.toStdString();
    ASSERT_TRUE(waitFor([&] { return !seen.isEmpty(); })) << "the other client's import was not noticed";
    if (isPostgres())
        EXPECT_EQ(seen.first(), u"import"_s) << "the notification says what changed";
    EXPECT_EQ(FigureQueries(*m_store).documentCount(), 2);
}

TEST_F(StoreWatcherTest, ACorrectionAndARemovalByAnotherClientAreNoticed)
{
    Importer(*m_store, m_extractor).importFile(writeFile(u"report.txt"_s, kReport));
    StoreWatcher watcher(*m_store);
    int changes = 0;
    QObject::connect(&watcher, &StoreWatcher::storeChanged, [&] { ++changes; });
    ASSERT_TRUE(watcher.start());

    const std::unique_ptr<Store> other = openAgain();
    QString error;
    const qint64 figure = FigureQueries(*other).figures({}, 0, 1).first().id;
    ASSERT_GT(CorrectionStore(*other).correct(figure, CorrectableField::Value, 5, u"x"_s, &error), 0);
    ASSERT_TRUE(waitFor([&] { return changes == 1; }));
    ASSERT_TRUE(Importer(*other, m_extractor).removeDocument(u"report.txt"_s, &error)) << error.toStdString();
    ASSERT_TRUE(waitFor([&] { return changes == 2; }));
}

TEST_F(StoreWatcherTest, AServerThatDropsTheConnectionIsReportedAndReconnected)
{
    if (!isPostgres())
        GTEST_SKIP() << "a SQLite file has no connection to lose";
    StoreWatcher watcher(*m_store);
    QString lost;
    bool restored = false;
    int changes = 0;
    QObject::connect(&watcher, &StoreWatcher::connectionLost,
                     [&](const QString &message) { lost = message; });
    QObject::connect(&watcher, &StoreWatcher::connectionRestored, [&] { restored = true; });
    QObject::connect(&watcher, &StoreWatcher::storeChanged, [&] { ++changes; });
    ASSERT_TRUE(watcher.start());

    // The server ends the watcher's session, as a restart or a network cut would.
    QSqlQuery pid(m_store->database());
    ASSERT_TRUE(pid.exec(u"SELECT pg_backend_pid()"_s) && pid.next());
    const qint64 backend = pid.value(0).toLongLong();
    pid.finish();
    const std::unique_ptr<Store> admin = openAgain();
    QSqlQuery kill(admin->database());
    ASSERT_TRUE(kill.exec(u"SELECT pg_terminate_backend(%1)"_s.arg(backend)));

    ASSERT_TRUE(waitFor([&] { return !lost.isEmpty(); }, StoreWatcher::kAliveCheckMs * 3))
        << "the loss was not noticed";
    EXPECT_TRUE(lost.contains(QUrl(m_location).host())) << lost.toStdString();
    ASSERT_TRUE(waitFor([&] { return restored; }, StoreWatcher::kRetryMs * 3));
    EXPECT_TRUE(watcher.isConnected());
    EXPECT_TRUE(waitFor([&] { return changes > 0; })) << "changes missed while away are reported";

    // Subscribed again: the next import by another client is noticed.
    const int before = changes;
    Importer(*admin, m_extractor).importFile(writeFile(u"after.txt"_s, kReport));
    EXPECT_TRUE(waitFor([&] { return changes > before; }));
    EXPECT_EQ(FigureQueries(*m_store).documentCount(), 1) << "the watcher's store reads again";
}
