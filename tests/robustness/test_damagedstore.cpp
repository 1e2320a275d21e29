// Damaged and foreign SQLite files (#8): Store::open refuses them with a message naming the file
// (header and schema on every open, quick_check up to 64 MB), never crashes and never writes to them;
// a zero-byte file becomes a new store.
#include "extractor.h"
#include "figurequeries.h"
#include "importer.h"
#include "store.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace ub;

namespace {

class DamagedStoreTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    /** A store holding the sample reports, closed (its WAL checkpointed into the file). */
    QString makeStore(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QString error;
        std::unique_ptr<Store> store = Store::open(path, &error);
        EXPECT_TRUE(store) << error.toStdString();
        if (!store)
            return path;
        const Extractor extractor;
        Importer importer(*store, extractor);
        QStringList problems;
        const ImportSummary summary =
            importer.importFiles(Importer::collectReportFiles({test::sampleReportsDir()}, &problems));
        EXPECT_FALSE(summary.hasRejections()) << summary.toText().toStdString();
        store.reset();
        EXPECT_FALSE(QFile::exists(path + u"-wal"_s)) << "the last close should checkpoint the WAL";
        return path;
    }

    QByteArray bytesOf(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    void writeBytes(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        ASSERT_EQ(file.write(bytes), bytes.size());
    }

    /** Opening must fail with a message that names the file and leave the file as it was. */
    void expectRefused(const QString &path, const QString &words)
    {
        const QByteArray before = bytesOf(path);
        QString error;
        const std::unique_ptr<Store> store = Store::open(path, &error);
        EXPECT_FALSE(store);
        EXPECT_TRUE(error.startsWith(path + u": "_s)) << error.toStdString();
        EXPECT_TRUE(error.contains(words)) << error.toStdString();
        EXPECT_EQ(bytesOf(path), before) << "a refused store must not be written to";
    }

    QTemporaryDir m_dir;
};

constexpr qsizetype kPageSize = 4096; // SQLite's default, which the store keeps

} // namespace

TEST_F(DamagedStoreTest, ZeroByteFileBecomesANewStore)
{
    const QString path = m_dir.filePath(u"empty.sqlite"_s);
    writeBytes(path, {});
    QString error;
    std::unique_ptr<Store> store = Store::open(path, &error);
    ASSERT_TRUE(store) << error.toStdString();
    EXPECT_EQ(FigureQueries(*store).documentCount(), 0);
}

TEST_F(DamagedStoreTest, AHealthyStoreOpensAgain)
{
    const QString path = makeStore(u"healthy.sqlite"_s);
    QString error;
    std::unique_ptr<Store> store = Store::open(path, &error);
    ASSERT_TRUE(store) << error.toStdString();
    EXPECT_GT(FigureQueries(*store).documentCount(), 0);
}

TEST_F(DamagedStoreTest, TextFileNamedLikeAStoreIsRefused)
{
    const QString path = m_dir.filePath(u"not-a-store.sqlite"_s);
    ASSERT_TRUE(QFile::copy(test::fixturesDir() + u"/hostile/not-a-store.sqlite"_s, path));
    expectRefused(path, u"不是 SQLite 数据库文件"_s);
}

TEST_F(DamagedStoreTest, RandomBytesAreRefused)
{
    const QString path = m_dir.filePath(u"random.sqlite"_s);
    QByteArray bytes(64 * 1024, Qt::Uninitialized);
    QRandomGenerator generator(8);
    for (char &byte : bytes)
        byte = char(generator.bounded(256));
    writeBytes(path, bytes);
    expectRefused(path, u"不是 SQLite 数据库文件"_s);
}

TEST_F(DamagedStoreTest, TruncatedStoreIsRefused)
{
    const QString path = makeStore(u"truncated.sqlite"_s);
    const QByteArray whole = bytesOf(path);
    ASSERT_GT(whole.size(), 8 * kPageSize);
    writeBytes(path, whole.left((whole.size() / 2 / kPageSize) * kPageSize + 100));
    expectRefused(path, u"损坏"_s);
}

TEST_F(DamagedStoreTest, StoreWithGarbagePagesIsRefused)
{
    const QString path = makeStore(u"garbage.sqlite"_s);
    QByteArray bytes = bytesOf(path);
    const qsizetype pages = bytes.size() / kPageSize;
    ASSERT_GT(pages, 8);
    QRandomGenerator generator(88);
    // Every page but the first (the header and the schema) gets garbage.
    for (qsizetype page = 1; page < pages; ++page) {
        for (qsizetype i = 0; i < kPageSize; ++i)
            bytes[page * kPageSize + i] = char(generator.bounded(256));
    }
    writeBytes(path, bytes);
    expectRefused(path, u"损坏"_s);
}

TEST_F(DamagedStoreTest, StoreWithOneGarbagePageInTheMiddleIsRefused)
{
    const QString path = makeStore(u"one-page.sqlite"_s);
    QByteArray bytes = bytesOf(path);
    const qsizetype pages = bytes.size() / kPageSize;
    ASSERT_GT(pages, 8);
    const qsizetype page = pages / 2;
    for (qsizetype i = 0; i < kPageSize; ++i)
        bytes[page * kPageSize + i] = char(0xA5 ^ (i * 7));
    writeBytes(path, bytes);
    expectRefused(path, u"损坏"_s);
}

TEST_F(DamagedStoreTest, HeaderOnlyIsRefused)
{
    const QString path = m_dir.filePath(u"header-only.sqlite"_s);
    writeBytes(path, QByteArray("SQLite format 3\0", 16) + QByteArray(84, '\xff'));
    expectRefused(path, u"损坏"_s);
}

namespace {

struct CliRun
{
    bool crashed = true;
    int exitCode = -1;
    QString err;
};

CliRun cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(UB_CLI_PATH), arguments);
    process.waitForFinished(120000);
    return {process.exitStatus() != QProcess::NormalExit, process.exitCode(),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST_F(DamagedStoreTest, CliNamesAForeignStoreAndKeepsAnOldExport)
{
    const QString store = m_dir.filePath(u"foreign.sqlite"_s);
    ASSERT_TRUE(QFile::copy(test::fixturesDir() + u"/hostile/not-a-store.sqlite"_s, store));
    const QByteArray storeBytes = bytesOf(store);

    const CliRun import = cli({u"import"_s, u"--db"_s, store, test::sampleReportsDir()});
    ASSERT_FALSE(import.crashed) << import.err.toStdString();
    EXPECT_EQ(import.exitCode, 2);
    EXPECT_TRUE(import.err.contains(store + u": 不是 SQLite 数据库文件"_s)) << import.err.toStdString();

    // A failed export leaves the file it would have replaced as it was.
    const QString csv = m_dir.filePath(u"old.csv"_s);
    writeBytes(csv, "an earlier export\r\n");
    const CliRun figures = cli({u"figures"_s, u"--db"_s, store, u"--format"_s, u"csv"_s, u"--out"_s, csv});
    ASSERT_FALSE(figures.crashed) << figures.err.toStdString();
    EXPECT_NE(figures.exitCode, 0);
    EXPECT_TRUE(figures.err.contains(store)) << figures.err.toStdString();
    EXPECT_EQ(bytesOf(csv), QByteArray("an earlier export\r\n"));
    EXPECT_EQ(bytesOf(store), storeBytes);
}
