// A temporary store for one test — a SQLite file, or a fresh database on the test PostgreSQL server.
#pragma once

#include "store.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <memory>

namespace ub::test {

/** The PostgreSQL server the test command started (UB_TEST_POSTGRES_URL), or empty: SQLite only. */
QString postgresAdminUrl();

/**
 * Gives each test a fresh store. With UB_TEST_POSTGRES_URL set, the same tests run against a
 * new database on that server (dropped afterwards), so both engines pass one suite.
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

} // namespace ub::test
