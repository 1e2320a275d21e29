// The roles of a shared PostgreSQL store (#18): a viewer reads everything and writes nothing,
// refused by UnionBoard with the role it needs and by the server on any direct SQL; an editor
// imports and corrects; an admin grants. SQLite has no roles.
#include "correctionstore.h"
#include "extractor.h"
#include "figurequeries.h"
#include "importer.h"
#include "rolegrants.h"
#include "storefixture.h"
#include "testpaths.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

using namespace Qt::StringLiterals;
using namespace ub;

namespace {

const QByteArray kReport =
    u"西安市总工会2020年工作总结\n2020年，西安市总工会新发展会员1287人，筹集资金2484.4万元。\n"_s.toUtf8();

class RolesTest : public test::ServerStoreTest
{
protected:
    void SetUp() override
    {
        test::ServerStoreTest::SetUp();
        m_suffix = u"%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(++s_counter);
    }
    void TearDown() override
    {
        QSqlQuery query(m_store ? m_store->database() : QSqlDatabase());
        for (const QString &login : std::as_const(m_logins))
            query.exec(u"DROP ROLE IF EXISTS \"%1\""_s.arg(login));
        test::ServerStoreTest::TearDown();
    }
    /** A new login on the server (the test server trusts every login: no password needed). */
    QString makeLogin(const QString &stem)
    {
        const QString login = stem + m_suffix;
        QSqlQuery query(m_store->database());
        EXPECT_TRUE(query.exec(u"CREATE ROLE \"%1\" LOGIN"_s.arg(login)))
            << query.lastError().text().toStdString();
        m_logins << login;
        return login;
    }
    QString locationAs(const QString &login) const
    {
        QUrl url(m_location);
        url.setUserName(login);
        url.setPassword(QString());
        return url.toString();
    }
    std::unique_ptr<Store> openAs(const QString &login)
    {
        QString error;
        std::unique_ptr<Store> store = Store::open(locationAs(login), &error);
        EXPECT_TRUE(store) << error.toStdString();
        return store;
    }
    int count(Store &store, const QString &table)
    {
        QSqlQuery query(store.database());
        EXPECT_TRUE(query.exec(u"SELECT count(*) FROM "_s + table) && query.next())
            << query.lastError().text().toStdString();
        return query.value(0).toInt();
    }

    Extractor m_extractor;
    QString m_suffix;
    QStringList m_logins;
    static inline int s_counter = 0;
};

} // namespace

TEST_F(RolesTest, TheStoresOwnerIsItsAdminAndTheRolesExist)
{
    EXPECT_EQ(m_store->role(), StoreRole::Admin);
    EXPECT_FALSE(m_store->userName().isEmpty());
    QSqlQuery query(m_store->database());
    ASSERT_TRUE(query.exec(u"SELECT count(*) FROM pg_roles WHERE rolname LIKE 'unionboard\\_%'"_s) &&
                query.next());
    EXPECT_EQ(query.value(0).toInt(), 3);
    ASSERT_TRUE(
        query.exec(u"SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = current_schema()"_s) &&
        query.next());
    EXPECT_EQ(query.value(0).toString(), u"unionboard_admin"_s) << "every admin may migrate the tables";
    EXPECT_FALSE(query.next());
}

TEST_F(RolesTest, AViewerReadsEverythingAndWritesNothing)
{
    QStringList problems;
    Importer(*m_store, m_extractor)
        .importFiles(Importer::collectReportFiles({test::sampleReportsDir()}, &problems));
    const int documents = count(*m_store, u"documents"_s);
    const int figures = count(*m_store, u"figures"_s);
    ASSERT_EQ(documents, 5);
    const QString viewer = makeLogin(u"ub_viewer_"_s);
    QString error;
    ASSERT_TRUE(RoleGrants(*m_store).grant(viewer, StoreRole::Viewer, &error)) << error.toStdString();

    std::unique_ptr<Store> store = openAs(viewer);
    ASSERT_TRUE(store);
    EXPECT_EQ(store->role(), StoreRole::Viewer);
    EXPECT_EQ(store->userName(), viewer);
    EXPECT_EQ(FigureQueries(*store).documentCount(), documents);
    EXPECT_EQ(int(FigureQueries(*store).figures({}, 0, 100000).size()), figures);

    // UnionBoard refuses, naming the role the action needs.
    Importer importer(*store, m_extractor);
    const ImportFileResult imported = importer.importFile(writeFile(u"new.txt"_s, kReport));
    EXPECT_EQ(imported.outcome, ImportOutcome::Rejected);
    EXPECT_TRUE(imported.message.contains(u"编辑者（editor）"_s)) << imported.message.toStdString();
    EXPECT_TRUE(imported.message.contains(viewer)) << imported.message.toStdString();
    const qint64 figureId = FigureQueries(*store).figures({}, 0, 1).first().id;
    EXPECT_EQ(CorrectionStore(*store).correct(figureId, CorrectableField::Value, 1, viewer, &error), 0);
    EXPECT_TRUE(error.contains(u"editor"_s)) << error.toStdString();
    error.clear();
    EXPECT_FALSE(importer.removeDocument(u"000_d6f6c8912e58501c.txt"_s, &error));
    EXPECT_FALSE(RoleGrants(*store).grant(viewer, StoreRole::Admin, &error));
    EXPECT_TRUE(error.contains(u"admin"_s)) << error.toStdString();

    // And so does the server, whatever client sends the SQL.
    QSqlQuery query(store->database());
    EXPECT_FALSE(query.exec(u"DELETE FROM figures"_s));
    EXPECT_TRUE(query.lastError().text().contains(u"permission denied"_s))
        << query.lastError().text().toStdString();
    EXPECT_FALSE(query.exec(u"UPDATE documents SET title = 'x'"_s));
    EXPECT_FALSE(query.exec(
        u"INSERT INTO corrections (document_name, figure_key, field, old_value, new_value, author, "
        "created_at) VALUES ('a', 'b', 'value', '1', '2', 'x', 'now')"_s));
    EXPECT_FALSE(query.exec(u"DROP TABLE figures"_s));
    EXPECT_EQ(count(*m_store, u"documents"_s), documents);
    EXPECT_EQ(count(*m_store, u"figures"_s), figures);
    EXPECT_EQ(count(*m_store, u"corrections"_s), 0);
}

TEST_F(RolesTest, AnEditorImportsAndCorrectsButDoesNotGrant)
{
    const QString editor = makeLogin(u"ub_editor_"_s);
    const QString other = makeLogin(u"ub_other_"_s);
    QString error;
    ASSERT_TRUE(RoleGrants(*m_store).grant(editor, StoreRole::Editor, &error)) << error.toStdString();
    std::unique_ptr<Store> store = openAs(editor);
    ASSERT_TRUE(store);
    EXPECT_EQ(store->role(), StoreRole::Editor);

    const ImportFileResult imported =
        Importer(*store, m_extractor).importFile(writeFile(u"new.txt"_s, kReport));
    ASSERT_EQ(imported.outcome, ImportOutcome::Imported) << imported.message.toStdString();
    const qint64 figureId = FigureQueries(*store).figures({}, 0, 1).first().id;
    EXPECT_GT(
        CorrectionStore(*store).correct(figureId, CorrectableField::Value, 1300, store->userName(), &error),
        0)
        << error.toStdString();
    QSqlQuery query(m_store->database());
    ASSERT_TRUE(query.exec(u"SELECT imported_by FROM documents"_s) && query.next());
    EXPECT_EQ(query.value(0).toString(), editor) << "the import records the database user";
    ASSERT_TRUE(query.exec(u"SELECT author FROM corrections"_s) && query.next());
    EXPECT_EQ(query.value(0).toString(), editor);

    EXPECT_FALSE(RoleGrants(*store).grant(other, StoreRole::Viewer, &error));
    EXPECT_TRUE(error.contains(u"管理员（admin）"_s)) << error.toStdString();
}

TEST_F(RolesTest, AnAdminGrantsAndRevokesAndALoginHoldsOneRole)
{
    const QString admin = makeLogin(u"ub_admin_"_s);
    const QString staff = makeLogin(u"ub_staff_"_s);
    QString error;
    ASSERT_TRUE(RoleGrants(*m_store).grant(admin, StoreRole::Admin, &error)) << error.toStdString();
    std::unique_ptr<Store> store = openAs(admin);
    ASSERT_TRUE(store);
    EXPECT_EQ(store->role(), StoreRole::Admin);

    RoleGrants grants(*store);
    ASSERT_TRUE(grants.grant(staff, StoreRole::Viewer, &error)) << error.toStdString();
    ASSERT_TRUE(grants.grant(staff, StoreRole::Editor, &error)) << error.toStdString();
    std::unique_ptr<Store> asStaff = openAs(staff);
    ASSERT_TRUE(asStaff);
    EXPECT_EQ(asStaff->role(), StoreRole::Editor);
    asStaff.reset();
    bool listed = false;
    for (const RoleMember &member : grants.members(&error)) {
        if (member.login == staff) {
            EXPECT_EQ(member.role, StoreRole::Editor) << "granting replaces the role held";
            listed = true;
        }
    }
    EXPECT_TRUE(listed);

    ASSERT_TRUE(grants.revoke(staff, &error)) << error.toStdString();
    const std::unique_ptr<Store> revoked = Store::open(locationAs(staff), &error);
    EXPECT_FALSE(revoked) << "a login without a role cannot read the store";
    EXPECT_TRUE(error.contains(u"grant"_s) && error.contains(staff)) << "and is told whom to ask: " << error.toStdString();
    EXPECT_FALSE(grants.grant(u"nobody_"_s + m_suffix, StoreRole::Viewer, &error));
    EXPECT_TRUE(error.contains(u"nobody_"_s)) << error.toStdString();
}

TEST(SqliteRoles, TheUserOfAWritableFileIsItsAdminAndGrantSaysSqliteHasNoRoles)
{
    if (test::postgresRequested())
        GTEST_SKIP() << "SQLite only";
    QTemporaryDir dir;
    QString error;
    const std::unique_ptr<Store> store = Store::open(dir.filePath(u"store.sqlite"_s), &error);
    ASSERT_TRUE(store) << error.toStdString();
    EXPECT_EQ(store->role(), StoreRole::Admin);
    EXPECT_FALSE(store->userName().isEmpty());
    EXPECT_FALSE(RoleGrants(*store).grant(u"alice"_s, StoreRole::Viewer, &error));
    EXPECT_TRUE(error.contains(u"SQLite"_s)) << error.toStdString();
}

// How docs/server.md sets a server up: the store's owner is a login with CREATEROLE that owns the
// database, not a superuser. Its first open makes the roles and hands the tables to
// unionboard_admin, so a second admin can migrate and grant.
TEST_F(RolesTest, AnOwnerWhoIsNoSuperuserSetsTheStoreUpForItsAdmins)
{
    const QString owner = makeLogin(u"ub_owner_"_s);
    const QString database = u"ub_owned_"_s + m_suffix;
    QSqlQuery query(m_store->database());
    ASSERT_TRUE(query.exec(u"ALTER ROLE \"%1\" CREATEROLE"_s.arg(owner))) << query.lastError().text().toStdString();
    ASSERT_TRUE(query.exec(u"CREATE DATABASE %1 OWNER \"%2\""_s.arg(database, owner)))
        << query.lastError().text().toStdString();
    {
        QUrl url(m_location);
        url.setUserName(owner);
        url.setPath(u"/"_s + database);
        QString error;
        const std::unique_ptr<Store> store = Store::open(url.toString(), &error);
        ASSERT_TRUE(store) << error.toStdString();
        EXPECT_EQ(store->role(), StoreRole::Admin);
        QSqlQuery tables(store->database());
        ASSERT_TRUE(tables.exec(u"SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = current_schema()"_s) &&
                    tables.next());
        EXPECT_EQ(tables.value(0).toString(), u"unionboard_admin"_s);
        const QString staff = makeLogin(u"ub_staff_"_s);
        EXPECT_TRUE(RoleGrants(*store).grant(staff, StoreRole::Viewer, &error)) << error.toStdString();
    }
    query.exec(u"DROP DATABASE %1 WITH (FORCE)"_s.arg(database));
}
