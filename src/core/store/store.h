// A connection to the figure store (SQLite file or PostgreSQL server), migrated to this build's schema.
#pragma once

#include "sqldialect.h"
#include "storelocation.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <map>
#include <memory>
#include <optional>

struct sqlite3_stmt;

namespace ub {

class SqliteStatement;
class WalCheckpointer;

/** What a login may do with a shared store (#18). On PostgreSQL these are the group roles
 *  unionboard_viewer, unionboard_editor and unionboard_admin that the migrations create and
 *  `unionboard-cli grant` hands out; the store's owner and superusers are admins. On SQLite the
 *  file's permissions decide: a file this user may write is theirs (admin), else viewer. */
enum class StoreRole { Viewer, Editor, Admin };
QString toKey(StoreRole role);
std::optional<StoreRole> storeRoleFromKey(QStringView key);
/** The role as staff read it: 查看者（viewer）, 编辑者（editor）, 管理员（admin）. */
QString roleName(StoreRole role);

/**
 * Owns one database connection. Qt Sql connections belong to the thread that opened them, so a
 * worker thread opens its own Store on the same location. Opening migrates an older store in one
 * transaction and refuses a store written by a newer UnionBoard.
 */
class Store
{
public:
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    /** Opens (creating a SQLite file if needed) and migrates; nullptr with *error set on failure. */
    static std::unique_ptr<Store> open(const QString &location, QString *error);
    static std::unique_ptr<Store> open(const StoreLocation &location, QString *error);

    QSqlDatabase &database() { return m_db; }
    const SqlDialect &dialect() const { return m_dialect; }
    const StoreLocation &location() const { return m_location; }

    /** Who writes through this connection, for the records of imports and corrections: the
     *  PostgreSQL login (current_user), else the operating system's user ("unknown" when neither
     *  is known). */
    QString userName() const { return m_userName; }
    /** What this login may do, found when the store was opened. */
    StoreRole role() const { return m_role; }
    /** True when this login's role is at least `needed`; else false with *error naming the
     *  action, the login, its role and the role the action needs (Chinese). */
    bool require(StoreRole needed, const QString &action, QString *error) const;

    /** PostgreSQL: tells every other client, when the current transaction commits, that the
     *  store changed (NOTIFY on kChangeChannel; `what` is the payload: import, correction,
     *  document). SQLite needs nothing: other connections see the file's data_version move. */
    bool announceChange(const QString &what, QString *error);
    static constexpr const char *kChangeChannel = "unionboard_changes";

    /** Whether the connection still answers (a cheap round trip on PostgreSQL). */
    bool isAlive();
    /** Closes and opens the connection again, e.g. after the server restarted; statements
     *  prepared on the old connection are gone. */
    bool reconnect(QString *error);

    bool beginTransaction(QString *error);
    bool commit(QString *error);
    void rollback();

    /** SQLite: the statement for sql on this connection's own sqlite3 handle, prepared on first
     *  use and kept until the store closes (an import runs the same dozen statements thousands of
     *  times). nullptr with *error set if it cannot be prepared or the store is not SQLite. The
     *  store finalises them before closing: Qt's driver cannot close a connection with a
     *  statement of ours still prepared on it, whoever else still holds a pointer. */
    sqlite3_stmt *sqliteStatement(const QByteArray &sql, QString *error);

    /** SQLite in WAL mode: from now on this connection's commits leave checkpoints to a thread
     *  of their own (see WalCheckpointer). For bulk writers; a no-op elsewhere. */
    void checkpointInBackground();
    /** Copies everything committed so far from the WAL into the database file and waits. */
    void checkpoint();

private:
    Store(const StoreLocation &location, QSqlDatabase db);
    bool migrate(QString *error);
    /** PostgreSQL: the three roles, their privileges on every table, the tables owned by
     *  unionboard_admin (so its members can migrate), inside the migration's transaction. */
    bool grantRoles(QString *error);
    void findUserAndRole();
    bool runSqlite(const QByteArray &sql, QString *error);

    StoreLocation m_location;
    SqlDialect m_dialect;
    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_userName;
    StoreRole m_role = StoreRole::Admin;
    /** Released before the connection closes, in this order. */
    std::unique_ptr<WalCheckpointer> m_checkpointer;
    std::map<QByteArray, std::unique_ptr<SqliteStatement>> m_sqliteStatements;
};

} // namespace ub
