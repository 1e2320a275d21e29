// A temporary store for one test — a SQLite file, or a fresh database on the test PostgreSQL server.
#pragma once

#include "store.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <memory>

namespace ub::test {

/** The PostgreSQL server the test command started (UB_TEST_POSTGRES_URL), or empty. */
QString postgresAdminUrl();
/** True when this run is the PostgreSQL pass of a suite (UB_TEST_ENGINE=postgres). */
bool postgresRequested();

/**
 * Gives each test a fresh store. In the PostgreSQL pass (UB_TEST_ENGINE=postgres) the same tests
 * run against a new database on the test server (dropped afterwards), so both engines pass one
 * suite; without a server that pass is skipped, never silently run on SQLite.
 */
class StoreTest : public ::testing::Test
{
protected:
    void SetUp() override;
    void TearDown() override;

    bool isPostgres() const { return !m_postgresDatabase.isEmpty(); }
    /** Opens another connection to the test's store, as a second client would. */
    std::unique_ptr<Store> openAgain() const;
    /** Writes bytes to a file in the test's directory and returns its path. */
    QString writeFile(const QString &name, const QByteArray &bytes) const;

    QTemporaryDir m_dir;
    QString m_location;
    std::unique_ptr<Store> m_store;

private:
    QString m_postgresDatabase;
};

/** A StoreTest that runs only in the PostgreSQL pass: roles, notifications and several clients
 *  of one server have no SQLite counterpart. */
class ServerStoreTest : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        if (!IsSkipped() && !isPostgres())
            GTEST_SKIP() << "a shared server is PostgreSQL: runs in the postgres. pass";
    }
};

} // namespace ub::test
