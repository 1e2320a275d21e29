// One PostgreSQL server, several clients at once (#18): importers, correctors and readers in
// parallel for a bounded time, the server restarted in the middle. No figure lost or doubled, no
// correction lost, no transaction half-applied, every client's view the same afterwards, and the
// clients that lost their connection noticed and reconnected.
#include "correctionstore.h"
#include "extractor.h"
#include "figurequeries.h"
#include "importer.h"
#include "storefixture.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QMutex>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace ub;

namespace {

constexpr int kFiles = 120;
constexpr int kImporters = 3;
constexpr int kCorrectors = 2;
constexpr int kReaders = 2;
constexpr int kTimeLimitMs = 90000;

QByteArray reportNumber(int i)
{
    static const char *const cities[] = {"西安市", "宝鸡市", "咸阳市", "铜川市", "渭南市",    "延安市",
                                         "榆林市", "汉中市", "安康市", "商洛市", "杨凌示范区"};
    const QString city = QString::fromUtf8(cities[i % 11]);
    QString text = u"%1总工会%2年工作总结\n"_s.arg(city).arg(2015 + i % 8);
    for (int line = 0; line < 6; ++line) {
        text +=
            u"%1年，%2总工会新建工会组织%3个，新发展会员%4人，筹集资金%5万元，举办职工技能大赛%6场次。\n"_s
                .arg(2015 + i % 8)
                .arg(city)
                .arg(10 + i + line)
                .arg(1000 + 37 * i + line)
                .arg(100 + i)
                .arg(5 + line);
    }
    return text.toUtf8();
}

/** A client's own connection, opened again after the server went away. */
class Client
{
public:
    explicit Client(QString location)
        : m_location(std::move(location))
    {
        reopen();
    }

    Store *store() { return m_store.get(); }
    /** After a failure: if the server does not answer, counts a loss and reconnects (until the
     *  deadline). True when the store is usable. */
    bool recover(const QDeadlineTimer &deadline)
    {
        if (m_store && m_store->isAlive())
            return true;
        ++lostConnections;
        m_store.reset();
        while (!deadline.hasExpired()) {
            if (reopen())
                return true;
            QThread::msleep(100);
        }
        return false;
    }
    int lostConnections = 0;

private:
    bool reopen()
    {
        QString error;
        m_store = Store::open(m_location, &error);
        return m_store != nullptr;
    }
    QString m_location;
    std::unique_ptr<Store> m_store;
};

struct AppliedCorrection
{
    qint64 id;
    qint64 figureId;
};

class SharedServerTest : public test::ServerStoreTest
{
protected:
    void SetUp() override
    {
        test::ServerStoreTest::SetUp();
        if (IsSkipped())
            return;
        if (qEnvironmentVariableIsEmpty("UB_TEST_POSTGRES_RESTART"))
            GTEST_SKIP()
                << "no way to restart the test server (UB_TEST_POSTGRES_RESTART, scripts/postgres.sh)";
    }
    int scalar(Store &store, const QString &sql)
    {
        QSqlQuery query(store.database());
        EXPECT_TRUE(query.exec(sql) && query.next())
            << sql.toStdString() << query.lastError().text().toStdString();
        return query.value(0).toInt();
    }
};

} // namespace

TEST_F(SharedServerTest, ClientsAtOnceThroughARestartLoseNothingAndDoubleNothing)
{
    QStringList files;
    for (int i = 0; i < kFiles; ++i)
        files << writeFile(u"report_%1.txt"_s.arg(i, 2, 10, QChar(u'0')), reportNumber(i));
    // What a single client's import stores, for comparison.
    int expectedFigures = 0;
    {
        QString error;
        const std::unique_ptr<Store> single = Store::open(m_dir.filePath(u"single.sqlite"_s), &error);
        ASSERT_TRUE(single) << error.toStdString();
        const Extractor extractor;
        Importer(*single, extractor).importFiles(files);
        expectedFigures = scalar(*single, u"SELECT count(*) FROM figures"_s);
    }
    ASSERT_GT(expectedFigures, kFiles * 20);

    const QDeadlineTimer deadline(kTimeLimitMs);
    std::atomic_bool importsDone = false;
    std::atomic_int importersLeft = kImporters;
    std::atomic_int lost = 0;
    std::atomic_int reads = 0;
    QMutex mutex;
    QList<AppliedCorrection> applied;
    const Extractor extractor;
    std::vector<std::thread> threads;

    for (int t = 0; t < kImporters; ++t) {
        threads.emplace_back([&, t] {
            Client client(m_location);
            // Each importer takes every file, starting at its own place: all of them race for each.
            QStringList order = files.mid(t * kFiles / kImporters) + files.mid(0, t * kFiles / kImporters);
            for (qsizetype i = 0; i < order.size() && !deadline.hasExpired();) {
                if (!client.store() && !client.recover(deadline))
                    break;
                const ImportFileResult result = Importer(*client.store(), extractor).importFile(order.at(i));
                if (result.outcome != ImportOutcome::Rejected) {
                    ++i;
                    continue;
                }
                client.recover(deadline); // the server went away mid-file: that file again
            }
            lost += client.lostConnections;
            if (--importersLeft == 0)
                importsDone = true;
        });
    }
    for (int t = 0; t < kCorrectors; ++t) {
        threads.emplace_back([&, t] {
            Client client(m_location);
            QRandomGenerator random(quint32(17 + t));
            while (!importsDone && !deadline.hasExpired()) {
                if (!client.store() && !client.recover(deadline))
                    break;
                QString error;
                const QList<FigureRecord> some = FigureQueries(*client.store()).figures({}, 0, 200, &error);
                if (some.isEmpty()) {
                    if (!error.isEmpty())
                        client.recover(deadline);
                    QThread::msleep(20);
                    continue;
                }
                const FigureRecord &figure = some.at(random.bounded(int(some.size())));
                const qint64 id =
                    CorrectionStore(*client.store())
                        .correct(figure.id, CorrectableField::Value, 100000 + random.bounded(100000),
                                 u"corrector-%1"_s.arg(t), &error);
                if (id > 0) {
                    const QMutexLocker lock(&mutex);
                    applied.append({id, figure.id});
                } else {
                    client.recover(deadline);
                }
            }
            lost += client.lostConnections;
        });
    }
    for (int t = 0; t < kReaders; ++t) {
        threads.emplace_back([&] {
            Client client(m_location);
            while (!importsDone && !deadline.hasExpired()) {
                if (!client.store() && !client.recover(deadline))
                    break;
                QString error;
                FigureQueries queries(*client.store());
                const int documents = queries.documentCount();
                FigureFilter filter;
                filter.region = u"西安市"_s;
                queries.figures(filter, 0, 50, &error);
                if (documents >= 0 && error.isEmpty())
                    ++reads;
                else
                    client.recover(deadline);
            }
            lost += client.lostConnections;
        });
    }

    // The server restarts while the clients work.
    QThread::msleep(400);
    QProcess restart;
    restart.start(u"/bin/sh"_s, {u"-c"_s, qEnvironmentVariable("UB_TEST_POSTGRES_RESTART")});
    ASSERT_TRUE(restart.waitForFinished(60000));
    EXPECT_EQ(restart.exitCode(), 0) << restart.readAllStandardError().toStdString();
    for (std::thread &thread : threads)
        thread.join();
    ASSERT_FALSE(deadline.hasExpired()) << "the clients did not finish in time";
    EXPECT_GT(lost.load(), 0) << "the restart went unnoticed: it came after the work";
    EXPECT_GT(reads.load(), 0);

    // The store as one client sees it afterwards.
    QString error;
    const std::unique_ptr<Store> store = Store::open(m_location, &error);
    ASSERT_TRUE(store) << error.toStdString();
    EXPECT_EQ(scalar(*store, u"SELECT count(*) FROM documents"_s), kFiles) << "each file stored once";
    EXPECT_EQ(scalar(*store, u"SELECT count(DISTINCT name) FROM documents"_s), kFiles);
    EXPECT_EQ(scalar(*store, u"SELECT count(*) FROM figures"_s), expectedFigures)
        << "no figure lost or doubled";
    EXPECT_EQ(scalar(*store,
                     u"SELECT count(*) FROM documents d WHERE d.figure_count <> (SELECT count(*) FROM "
                     "figures f WHERE f.document_id = d.id)"_s),
              0)
        << "no document half-written";
    EXPECT_EQ(scalar(*store, u"SELECT COALESCE(sum(figures), 0) FROM figure_summary"_s), expectedFigures)
        << "the summary counts each figure once";
    // Every correction a client was told succeeded is there, and each figure shows its latest.
    ASSERT_FALSE(applied.isEmpty());
    for (const AppliedCorrection &correction : std::as_const(applied)) {
        QSqlQuery query(store->database());
        query.prepare(
            u"SELECT c.active, f.value, (SELECT max(c2.id) FROM corrections c2 WHERE c2.document_name = "
            "c.document_name AND c2.figure_key = c.figure_key AND c2.field = 'value' AND c2.active = 1), "
            "(SELECT c3.new_value FROM corrections c3 WHERE c3.id = (SELECT max(c2.id) FROM corrections c2 "
            "WHERE c2.document_name = c.document_name AND c2.figure_key = c.figure_key AND c2.field = "
            "'value' AND c2.active = 1)) FROM corrections c JOIN figures f ON f.id = ? WHERE c.id = ?"_s);
        query.addBindValue(correction.figureId);
        query.addBindValue(correction.id);
        ASSERT_TRUE(query.exec() && query.next()) << "correction " << correction.id << " lost";
        EXPECT_EQ(query.value(0).toInt(), 1);
        EXPECT_DOUBLE_EQ(query.value(1).toDouble(), query.value(3).toDouble())
            << "figure " << correction.figureId;
    }
    // A client that reconnected reads what everyone reads.
    Client late(m_location);
    ASSERT_TRUE(late.store());
    EXPECT_EQ(FigureQueries(*late.store()).documentCount(), kFiles);
}
