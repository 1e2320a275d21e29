#include "rolegrants.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace ub {

namespace {

const char *const kRoles[] = {"unionboard_viewer", "unionboard_editor", "unionboard_admin"};

QString groupRole(StoreRole role)
{
    return u"unionboard_"_s + toKey(role);
}

} // namespace

bool RoleGrants::check(const QString &login, QString *error)
{
    if (m_store.dialect().isSqlite()) {
        *error = u"SQLite 数据库没有角色：谁能写这个文件，谁就能修改它（用文件权限控制）"_s;
        return false;
    }
    if (!m_store.require(StoreRole::Admin, u"授予或收回角色"_s, error))
        return false;
    QSqlQuery query(m_store.database());
    query.prepare(
        u"SELECT (SELECT count(*) FROM pg_roles WHERE rolname IN ('unionboard_viewer', 'unionboard_editor', "
        "'unionboard_admin')), EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ? AND rolcanlogin)"_s);
    query.addBindValue(login);
    if (!query.exec() || !query.next()) {
        *error = query.lastError().text();
        return false;
    }
    if (query.value(0).toInt() != 3) {
        *error =
            u"数据库服务器上没有 UnionBoard 的角色：请用有 CREATEROLE 权限的登录打开一次数据库（见 docs/server.md）"_s;
        return false;
    }
    if (!query.value(1).toBool()) {
        *error =
            u"服务器上没有登录 %1（请先由服务器管理员创建：CREATE ROLE \"%1\" LOGIN PASSWORD '…'）"_s.arg(
                login);
        return false;
    }
    return true;
}

bool RoleGrants::revokeAll(const QString &login, QString *error)
{
    // Role names cannot be bound: the login is quoted as an identifier by the driver.
    const QString quoted = m_store.database().driver()->escapeIdentifier(login, QSqlDriver::TableName);
    QSqlQuery query(m_store.database());
    for (const char *role : kRoles) {
        query.prepare(u"SELECT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid "
                      "JOIN pg_roles u ON u.oid = m.member WHERE r.rolname = ? AND u.rolname = ?)"_s);
        query.addBindValue(QString::fromLatin1(role));
        query.addBindValue(login);
        if (!query.exec() || !query.next()) {
            *error = query.lastError().text();
            return false;
        }
        const bool member = query.value(0).toBool();
        query.finish();
        if (member && !query.exec(u"REVOKE %1 FROM %2"_s.arg(QLatin1StringView(role), quoted))) {
            *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

bool RoleGrants::revoke(const QString &login, QString *error)
{
    if (!check(login, error) || !m_store.beginTransaction(error))
        return false;
    if (!revokeAll(login, error)) {
        m_store.rollback();
        return false;
    }
    return m_store.commit(error);
}

bool RoleGrants::grant(const QString &login, StoreRole role, QString *error)
{
    if (!check(login, error) || !m_store.beginTransaction(error))
        return false;
    const QString quoted = m_store.database().driver()->escapeIdentifier(login, QSqlDriver::TableName);
    QSqlQuery query(m_store.database());
    // An admin may hand on the admin role itself.
    const QString sql = u"GRANT %1 TO %2%3"_s.arg(
        groupRole(role), quoted, role == StoreRole::Admin ? u" WITH ADMIN OPTION"_s : QString());
    if (!revokeAll(login, error) || !query.exec(sql)) {
        if (error->isEmpty())
            *error = query.lastError().text();
        m_store.rollback();
        return false;
    }
    return m_store.commit(error);
}

QList<RoleMember> RoleGrants::members(QString *error)
{
    QList<RoleMember> members;
    if (m_store.dialect().isSqlite()) {
        *error = u"SQLite 数据库没有角色"_s;
        return members;
    }
    QSqlQuery query(m_store.database());
    if (!query.exec(
            u"SELECT u.rolname, max(CASE r.rolname WHEN 'unionboard_admin' THEN 3 WHEN 'unionboard_editor' "
            "THEN 2 ELSE 1 END) FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid JOIN pg_roles u "
            "ON "
            "u.oid = m.member WHERE r.rolname LIKE 'unionboard\\_%' AND u.rolcanlogin GROUP BY u.rolname "
            "ORDER BY u.rolname"_s)) {
        *error = query.lastError().text();
        return members;
    }
    while (query.next()) {
        const int level = query.value(1).toInt();
        members.append({query.value(0).toString(), level == 3   ? StoreRole::Admin
                                                   : level == 2 ? StoreRole::Editor
                                                                : StoreRole::Viewer});
    }
    return members;
}

} // namespace ub
