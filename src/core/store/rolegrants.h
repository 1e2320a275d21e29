// Handing a shared store's roles to logins: `unionboard-cli grant` and its --revoke and --list.
#pragma once

#include "store.h"

#include <QList>
#include <QString>

namespace ub {

/** A login and the UnionBoard role it holds. */
struct RoleMember
{
    QString login;
    StoreRole role = StoreRole::Viewer;
};

/**
 * Grants and revokes the roles of a PostgreSQL store (Store::grantRoles made them): each login
 * holds at most one; granting replaces the one it had. Only an admin may; the server enforces the
 * roles on every statement, so a viewer's SQL writes are refused whatever client it uses. The
 * login must exist (CREATE ROLE … LOGIN is the server administrator's). SQLite has no roles.
 */
class RoleGrants
{
public:
    explicit RoleGrants(Store &store)
        : m_store(store)
    {}

    bool grant(const QString &login, StoreRole role, QString *error);
    bool revoke(const QString &login, QString *error);
    /** Every login holding a UnionBoard role, by name. */
    QList<RoleMember> members(QString *error);

private:
    bool check(const QString &login, QString *error);
    /** Inside the caller's transaction. */
    bool revokeAll(const QString &login, QString *error);

    Store &m_store;
};

} // namespace ub
