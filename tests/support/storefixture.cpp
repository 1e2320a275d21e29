#include "storefixture.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <atomic>

using namespace Qt::StringLiterals;

namespace ub::test {

QString postgresAdminUrl() { return qEnvironmentVariable("UB_TEST_POSTGRES_URL"); }

bool postgresRequested() { return qEnvironmentVariable("UB_TEST_ENGINE") == u"postgres"_s; }

namespace {

/** Runs one statement on the server's maintenance database. */
bool adminExec(const QString &sql, QString *error)
{
    const QUrl url(postgresAdminUrl());
    const QString name = u"ub-test-admin"_s;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok)
                *error = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace

void StoreTest::SetUp()
{
    ASSERT_TRUE(m_dir.isValid());
    if (postgresRequested() && postgresAdminUrl().isEmpty())
        GTEST_SKIP() << "no PostgreSQL server (UB_TEST_POSTGRES_URL); scripts/test.sh starts one";
    if (!postgresRequested()) {
        m_location = m_dir.filePath(u"store.sqlite"_s);
    } else {
        static std::atomic_int counter = 0;
        m_postgresDatabase = u"ub_test_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(counter++);
        QString error;
        ASSERT_TRUE(adminExec(u"CREATE DATABASE "_s + m_postgresDatabase, &error)) << error.toStdString();
        QUrl url(postgresAdminUrl());
        url.setPath(u"/"_s + m_postgresDatabase);
        m_location = url.toString();
    }
    QString error;
    m_store = Store::open(m_location, &error);
    ASSERT_TRUE(m_store) << error.toStdString();
}

void StoreTest::TearDown()
{
    m_store.reset();
    if (isPostgres()) {
        QString error;
        EXPECT_TRUE(adminExec(u"DROP DATABASE IF EXISTS "_s + m_postgresDatabase + u" WITH (FORCE)"_s, &error))
            << error.toStdString();
    }
}

std::unique_ptr<Store> StoreTest::openAgain() const
{
    QString error;
    auto store = Store::open(m_location, &error);
    EXPECT_TRUE(store) << error.toStdString();
    return store;
}

QString StoreTest::writeFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
    return path;
}

} // namespace ub::test
