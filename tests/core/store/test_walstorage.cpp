// The WAL under imports: frames written once per commit (walwritecombiner) and checkpoints on a thread of their own (walcheckpointer).
#include "store.h"
#include "walcheckpointer.h"
#include "walwritecombiner.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <gtest/gtest.h>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {

/** A raw sqlite3 connection in WAL mode, as the store configures its own. */
struct Connection
{
    explicit Connection(const QString &path, int cachePages = 2000)
    {
        EXPECT_EQ(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                                  nullptr),
                  SQLITE_OK);
        exec("PRAGMA journal_mode=WAL");
        exec("PRAGMA synchronous=NORMAL");
        exec(QByteArray("PRAGMA cache_size=") + QByteArray::number(cachePages));
    }
    ~Connection() { sqlite3_close(db); }
    int exec(const QByteArray &sql) { return sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr); }
    qint64 single(const char *sql)
    {
        sqlite3_stmt *statement = nullptr;
        qint64 value = -1;
        if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK && sqlite3_step(statement) == SQLITE_ROW)
            value = sqlite3_column_int64(statement, 0);
        sqlite3_finalize(statement);
        return value;
    }
    QByteArray text(const char *sql)
    {
        sqlite3_stmt *statement = nullptr;
        QByteArray value;
        if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK && sqlite3_step(statement) == SQLITE_ROW)
            value = reinterpret_cast<const char *>(sqlite3_column_text(statement, 0));
        sqlite3_finalize(statement);
        return value;
    }
    /** One transaction adding `rows` rows of `bytes` random bytes each (several pages). */
    void addRows(int rows, int bytes)
    {
        ASSERT_EQ(exec("BEGIN IMMEDIATE"), SQLITE_OK);
        for (int i = 0; i < rows; ++i)
            ASSERT_EQ(exec("INSERT INTO t (payload) VALUES (randomblob(" + QByteArray::number(bytes) + "))"), SQLITE_OK);
        ASSERT_EQ(exec("COMMIT"), SQLITE_OK);
    }
    sqlite3 *db = nullptr;
};

class WalStorage : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(ub::installWalWriteCombining());
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(u"wal.sqlite"_s);
    }
    QTemporaryDir m_dir;
    QString m_path;
};

} // namespace

TEST_F(WalStorage, EachCommitIsVisibleToAnotherConnectionAtOnceWithFewWrites)
{
    Connection writer(m_path);
    ASSERT_EQ(writer.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, payload BLOB)"), SQLITE_OK);
    Connection reader(m_path);
    const ub::WalWriteStats before = ub::walWriteStats();
    qint64 bytes = 0;
    for (int i = 1; i <= 40; ++i) {
        writer.addRows(3, 9000); // about 7 pages and their index entries per commit
        bytes += 3 * 9000;
        // The reader's own file handle sees the commit: it was written before COMMIT returned.
        EXPECT_EQ(reader.single("SELECT count(*) FROM t"), 3 * i);
        EXPECT_EQ(reader.single("SELECT sum(length(payload)) FROM t"), bytes);
    }
    const ub::WalWriteStats after = ub::walWriteStats();
    const auto frames = after.framesWritten - before.framesWritten;
    const auto writes = after.osWrites - before.osWrites;
    // Two writes per frame from SQLite (header, page), about one per commit to the OS.
    EXPECT_GE(frames, 40u * 2 * 7);
    EXPECT_LE(writes, 40u * 2) << frames << " frame writes became " << writes;
}

TEST_F(WalStorage, CommittedFramesAreOnDiskBeforeTheConnectionCloses)
{
    // A copy of the files taken while the writer is still open is what a crash would leave:
    // recovery from its WAL must find every committed transaction.
    Connection writer(m_path);
    ASSERT_EQ(writer.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, payload BLOB)"), SQLITE_OK);
    ASSERT_EQ(writer.exec("PRAGMA wal_autocheckpoint=0"), SQLITE_OK); // keep everything in the WAL
    for (int i = 0; i < 10; ++i)
        writer.addRows(2, 5000);
    const QString copy = m_dir.filePath(u"copy.sqlite"_s);
    ASSERT_TRUE(QFile::copy(m_path, copy));
    ASSERT_TRUE(QFile::copy(m_path + u"-wal"_s, copy + u"-wal"_s));
    Connection recovered(copy);
    EXPECT_EQ(recovered.single("SELECT count(*) FROM t"), 20);
    EXPECT_EQ(recovered.text("PRAGMA integrity_check"), "ok");
}

TEST_F(WalStorage, TransactionsLargerThanTheCacheSpillRollBackAndCommit)
{
    // A 10-page cache makes SQLite write uncommitted frames early and read them back, then
    // rewrite some of them: out-of-order writes and reads in the middle of a transaction.
    Connection writer(m_path, 10);
    ASSERT_EQ(writer.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, payload BLOB)"), SQLITE_OK);
    ASSERT_EQ(writer.exec("CREATE INDEX t_payload ON t (substr(payload, 1, 8))"), SQLITE_OK);
    Connection reader(m_path);
    writer.addRows(5, 100);

    ASSERT_EQ(writer.exec("BEGIN IMMEDIATE"), SQLITE_OK);
    for (int i = 0; i < 400; ++i)
        ASSERT_EQ(writer.exec("INSERT INTO t (payload) VALUES (randomblob(3000))"), SQLITE_OK);
    ASSERT_EQ(writer.exec("UPDATE t SET payload = randomblob(2000) WHERE id % 3 = 0"), SQLITE_OK);
    EXPECT_EQ(writer.single("SELECT count(*) FROM t"), 405);
    EXPECT_EQ(reader.single("SELECT count(*) FROM t"), 5); // not committed: invisible
    ASSERT_EQ(writer.exec("ROLLBACK"), SQLITE_OK);
    EXPECT_EQ(writer.single("SELECT count(*) FROM t"), 5);

    writer.addRows(400, 3000);
    EXPECT_EQ(reader.single("SELECT count(*) FROM t"), 405);
    EXPECT_EQ(reader.text("PRAGMA integrity_check"), "ok");
    EXPECT_EQ(writer.text("PRAGMA integrity_check"), "ok");
}

TEST_F(WalStorage, CheckpointerKeepsTheWalBoundedWhileImportsCommit)
{
    QString error;
    auto store = ub::Store::open(m_path, &error);
    ASSERT_TRUE(store) << error.toStdString();
    QSqlQuery query(store->database());
    ASSERT_TRUE(query.exec(u"CREATE TABLE t (id INTEGER PRIMARY KEY, payload BLOB)"_s));
    ASSERT_TRUE(query.exec(u"PRAGMA wal_autocheckpoint=777"_s));
    const qint64 pageSize = 4096;
    {
        ub::WalCheckpointer checkpointer(store->database(), 64, 256);
        ASSERT_TRUE(checkpointer.isActive());
        qint64 largestWal = 0;
        for (int i = 0; i < 300; ++i) {
            ASSERT_TRUE(query.exec(u"BEGIN IMMEDIATE"_s));
            for (int row = 0; row < 4; ++row)
                ASSERT_TRUE(query.exec(u"INSERT INTO t (payload) VALUES (randomblob(5000))"_s));
            ASSERT_TRUE(query.exec(u"COMMIT"_s));
            largestWal = qMax(largestWal, QFileInfo(m_path + u"-wal"_s).size());
        }
        checkpointer.checkpointNow();
        // 300 commits of ~6 pages: ~1,800 pages written, never more than the wait limit plus a
        // commit's worth in the WAL, because a commit past the limit waits for a full checkpoint.
        EXPECT_LE(largestWal, (256 + 16) * (pageSize + 24) + 32);
        // Everything was copied into the database file itself.
        EXPECT_GE(QFileInfo(m_path).size(), 300 * 4 * 5000);
    }
    // The connection has its own automatic checkpoint back, as it was.
    ASSERT_TRUE(query.exec(u"PRAGMA wal_autocheckpoint"_s) && query.next());
    EXPECT_EQ(query.value(0).toInt(), 777);
    ASSERT_TRUE(query.exec(u"SELECT count(*) FROM t"_s) && query.next());
    EXPECT_EQ(query.value(0).toInt(), 1200);
    ASSERT_TRUE(query.exec(u"PRAGMA integrity_check"_s) && query.next());
    EXPECT_EQ(query.value(0).toString(), u"ok"_s);
}

TEST_F(WalStorage, CheckpointerStaysOutOfNonWalConnections)
{
    QString error;
    auto store = ub::Store::open(m_path, &error);
    ASSERT_TRUE(store) << error.toStdString();
    QSqlQuery query(store->database());
    ASSERT_TRUE(query.exec(u"PRAGMA journal_mode=DELETE"_s) && query.next());
    ASSERT_EQ(query.value(0).toString(), u"delete"_s);
    ub::WalCheckpointer checkpointer(store->database());
    EXPECT_FALSE(checkpointer.isActive());
    checkpointer.checkpointNow(); // returns at once
}
