#include "store.h"

#include "schema.h"
#include "sqlitehandle.h"
#include "walcheckpointer.h"
#include "walwritecombiner.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace ub {

/** Refuses an existing SQLite file that is not a SQLite database, before SQLite touches it. A
 *  missing or zero-byte file is fine: SQLite makes a new store of it. */
static bool looksLikeSqliteFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"%1: 无法读取数据库文件（%2）"_s.arg(path, file.errorString());
        return false;
    }
    static const QByteArray header("SQLite format 3\0", 16);
    if (file.read(header.size()) != header) {
        *error = u"%1: 不是 SQLite 数据库文件"_s.arg(path);
        return false;
    }
    return true;
}

/** Runs PRAGMA quick_check, so that a damaged file is refused with a message instead of failing
 *  halfway through an import or a query. */
static bool passesQuickCheck(QSqlDatabase &db, const QString &path, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA quick_check"_s)) {
        *error = u"%1: 数据库文件已损坏或不是 SQLite 数据库（%2）"_s.arg(path, query.lastError().text());
        return false;
    }
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != u"ok"_s)
            problems << line;
    }
    if (query.lastError().isValid()) {
        *error = u"%1: 数据库文件已损坏（%2）"_s.arg(path, query.lastError().text());
        return false;
    }
    if (!problems.isEmpty()) {
        const QString first = problems.first().left(200);
        *error = problems.size() == 1 ? u"%1: 数据库文件已损坏（%2）"_s.arg(path, first)
                                      : u"%1: 数据库文件已损坏（%2 等 %3 处问题）"_s.arg(path, first).arg(problems.size());
        return false;
    }
    return true;
}

static quint32 bigEndian32(const QByteArray &bytes, int at)
{
    return quint32(quint8(bytes[at])) << 24 | quint32(quint8(bytes[at + 1])) << 16 |
           quint32(quint8(bytes[at + 2])) << 8 | quint32(quint8(bytes[at + 3]));
}

/** The checks of the 100-byte file header that cost nothing: a sane page size, and a file at
 *  least as long as the header says (a truncated copy is the commonest damage). */
static bool hasConsistentHeader(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"%1: 无法读取数据库文件（%2）"_s.arg(path, file.errorString());
        return false;
    }
    const QByteArray header = file.read(100);
    if (header.size() < 100) {
        *error = u"%1: 数据库文件已损坏（文件头不完整）"_s.arg(path);
        return false;
    }
    const quint32 rawPageSize = quint32(quint8(header[16])) << 8 | quint32(quint8(header[17]));
    const quint32 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0) {
        *error = u"%1: 数据库文件已损坏（页大小 %2 无效）"_s.arg(path).arg(rawPageSize);
        return false;
    }
    // The page count at offset 28 is only trustworthy when the "version-valid-for" number at 92
    // matches the change counter at 24 (older writers did not maintain it), and only without a
    // WAL: a checkpoint interrupted by a crash may have written page 1 before extending the
    // file, which SQLite repairs from the WAL on open.
    const quint32 pages = bigEndian32(header, 28);
    const QFileInfo wal(path + u"-wal"_s);
    if (pages > 0 && bigEndian32(header, 92) == bigEndian32(header, 24) && !(wal.exists() && wal.size() > 0) &&
        file.size() < qint64(pages) * pageSize) {
        *error = u"%1: 数据库文件已损坏（文件被截断：应有 %2 字节，实有 %3 字节）"_s.arg(path)
                     .arg(qint64(pages) * pageSize)
                     .arg(file.size());
        return false;
    }
    return true;
}

/** Reading the schema touches the first page and the catalogue: a foreign or badly damaged file
 *  fails here without reading the figures. */
static bool hasReadableSchema(QSqlDatabase &db, const QString &path, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT count(*) FROM sqlite_master"_s) || !query.next()) {
        *error = u"%1: 数据库文件已损坏或不是 SQLite 数据库（%2）"_s.arg(path, query.lastError().text());
        return false;
    }
    return true;
}

/** quick_check reads every page: 1–2 s for a 700 MB store, which a cold start cannot afford
 *  (#7). Up to this size it runs on every open (a fraction of a second); above it only the header
 *  and schema are checked, and damage deeper in a big store surfaces as a query error naming the
 *  file when SQLite reaches the damaged page. */
constexpr qint64 kQuickCheckLimitBytes = 64 * 1024 * 1024;

/** Checks an existing SQLite store before anything writes to it: header, schema, and quick_check
 *  when the file is small enough for it to be cheap. */
static bool passesOpenChecks(QSqlDatabase &db, const QString &path, QString *error)
{
    if (!hasConsistentHeader(path, error) || !hasReadableSchema(db, path, error))
        return false;
    if (QFileInfo(path).size() > kQuickCheckLimitBytes)
        return true;
    return passesQuickCheck(db, path, error);
}

/** Process-wide SQLite settings, before the first connection opens (SQLite takes them only
 *  before it initialises). */
static void configureSqliteLibrary()
{
    static const bool configured = [] {
        // Memory statistics put a global mutex around every allocation SQLite makes; nothing
        // reads them, and an import allocates per row (#7: 8 % of import time).
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        // The default VFS, which the first connection picks.
        return installWalWriteCombining();
    }();
    Q_UNUSED(configured);
}

static QString nextConnectionName()
{
    static QAtomicInt counter;
    return u"ub-store-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

Store::Store(const StoreLocation &location, QSqlDatabase db)
    : m_location(location)
    , m_dialect(location.engine)
    , m_db(std::move(db))
    , m_connectionName(m_db.connectionName())
{
}

sqlite3_stmt *Store::sqliteStatement(const QByteArray &sql, QString *error)
{
    sqlite3 *connection = sqliteHandle(m_db);
    if (!connection) {
        *error = u"no SQLite handle"_s;
        return nullptr;
    }
    std::unique_ptr<SqliteStatement> &slot = m_sqliteStatements[sql];
    if (!slot)
        slot = std::make_unique<SqliteStatement>();
    return slot->prepare(connection, sql.constData(), error);
}

bool Store::runSqlite(const QByteArray &sql, QString *error)
{
    sqlite3_stmt *statement = sqliteStatement(sql, error);
    if (!statement)
        return false;
    const int rc = sqlite3_step(statement);
    sqlite3_reset(statement);
    if (rc == SQLITE_DONE)
        return true;
    *error = QString::fromUtf8(sqlite3_errmsg(sqliteHandle(m_db)));
    return false;
}

void Store::checkpointInBackground()
{
    if (!m_checkpointer && m_dialect.isSqlite())
        m_checkpointer = std::make_unique<WalCheckpointer>(m_db);
}

void Store::checkpoint()
{
    if (m_checkpointer && m_checkpointer->isActive())
        m_checkpointer->checkpointNow();
    else if (m_dialect.isSqlite())
        QSqlQuery(m_db).exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s);
}

Store::~Store()
{
    m_checkpointer.reset();
    m_sqliteStatements.clear(); // before the connection, which cannot close with them prepared
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Store> Store::open(const QString &location, QString *error)
{
    const StoreLocation parsed = StoreLocation::parse(location, error);
    if (!error->isEmpty())
        return nullptr;
    return open(parsed, error);
}

std::unique_ptr<Store> Store::open(const StoreLocation &location, QString *error)
{
    error->clear(); // below, a message set means the open failed
    const SqlDialect dialect(location.engine);
    if (!QSqlDatabase::isDriverAvailable(dialect.driverName())) {
        *error = u"缺少 Qt 数据库驱动 %1（请安装 %2）"_s.arg(
            dialect.driverName(),
            dialect.isSqlite() ? u"libqt6sql6-sqlite"_s : u"libqt6sql6-psql"_s);
        return nullptr;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driverName(), nextConnectionName());
    if (dialect.isSqlite()) {
        configureSqliteLibrary();
        const QFileInfo info(location.path);
        if (info.exists() && !info.isFile()) {
            *error = u"%1: 不是数据库文件"_s.arg(location.path);
        } else if (!looksLikeSqliteFile(location.path, error)) {
            // error names the file
        } else if (!QDir().mkpath(info.absolutePath())) {
            *error = u"%1: 无法创建目录"_s.arg(info.absolutePath());
        }
        db.setDatabaseName(location.path);
    } else {
        db.setHostName(location.host);
        db.setPort(location.port);
        db.setUserName(location.user);
        db.setPassword(location.password);
        db.setDatabaseName(location.database);
        if (!location.sslMode.isEmpty())
            db.setConnectOptions(u"sslmode="_s + location.sslMode);
    }
    std::unique_ptr<Store> store(new Store(location, db));
    // Only the Store may hold the connection: its destructor removes it, which must not happen
    // while a copy here still refers to it (Qt warns, and queries on the copy would fail).
    db = QSqlDatabase();
    if (!error->isEmpty())
        return nullptr;
    if (!store->m_db.open()) {
        *error = u"%1: 无法打开数据库：%2"_s.arg(location.displayName(), store->m_db.lastError().text());
        return nullptr;
    }
    // An existing store is checked before anything writes to it (the WAL pragma would).
    if (dialect.isSqlite() && QFileInfo(location.path).size() > 0 &&
        !passesOpenChecks(store->m_db, location.path, error))
        return nullptr;
    QString detail;
    if (!dialect.configureConnection(store->m_db, &detail)) {
        *error = u"%1: %2"_s.arg(location.displayName(), detail);
        return nullptr;
    }
    store->findUserAndRole();
    if (!store->migrate(&detail)) {
        *error = u"%1: %2"_s.arg(location.displayName(), detail);
        return nullptr;
    }
    return store;
}

bool Store::migrate(QString *error)
{
    const int version = m_dialect.schemaVersion(m_db, error);
    if (version < 0) {
        // On a server, a login the store's admin has not given a role may not read its tables.
        if (!m_dialect.isSqlite() && error->contains(u"permission denied"_s, Qt::CaseInsensitive)) {
            *error = u"登录 %1 在这个数据库中没有 UnionBoard 角色：请管理员用 unionboard-cli grant --user %1 --role "
                     "viewer|editor|admin 授予（%2）"_s.arg(m_location.user, *error);
            return false;
        }
        *error = u"不是 UnionBoard 数据库或文件已损坏（%1）"_s.arg(*error);
        return false;
    }
    if (version > currentSchemaVersion()) {
        *error = u"数据库由更新版本的 UnionBoard 创建（架构版本 %1，本程序支持到 %2），请升级程序"_s.arg(version).arg(
            currentSchemaVersion());
        return false;
    }
    if (version == currentSchemaVersion())
        return true;
    // A shared store is migrated by an admin: the others may not change its tables.
    if (version > 0 && !require(StoreRole::Admin, u"把数据库从架构版本 %1 升级到 %2"_s.arg(version).arg(currentSchemaVersion()),
                                error))
        return false;
    if (!beginTransaction(error))
        return false;
    for (const Migration &migration : migrations()) {
        if (migration.version <= version)
            continue;
        for (const QString &statement : migration.statements) {
            QSqlQuery query(m_db);
            if (!query.exec(m_dialect.schema(statement))) {
                *error = u"升级数据库到版本 %1 失败：%2"_s.arg(migration.version).arg(query.lastError().text());
                rollback();
                return false;
            }
        }
        if (!m_dialect.setSchemaVersion(m_db, migration.version, error)) {
            rollback();
            return false;
        }
    }
    if (!grantRoles(error)) {
        rollback();
        return false;
    }
    if (!commit(error))
        return false;
    findUserAndRole(); // the tables may be unionboard_admin's now
    return true;
}

QString toKey(StoreRole role)
{
    switch (role) {
    case StoreRole::Viewer: return u"viewer"_s;
    case StoreRole::Editor: return u"editor"_s;
    case StoreRole::Admin: return u"admin"_s;
    }
    return {};
}

std::optional<StoreRole> storeRoleFromKey(QStringView key)
{
    for (StoreRole role : {StoreRole::Viewer, StoreRole::Editor, StoreRole::Admin}) {
        if (key == toKey(role))
            return role;
    }
    return std::nullopt;
}

QString roleName(StoreRole role)
{
    switch (role) {
    case StoreRole::Viewer: return u"查看者（viewer）"_s;
    case StoreRole::Editor: return u"编辑者（editor）"_s;
    case StoreRole::Admin: return u"管理员（admin）"_s;
    }
    return {};
}

bool Store::require(StoreRole needed, const QString &action, QString *error) const
{
    if (m_role >= needed)
        return true;
    *error = u"%1需要%2角色；当前登录 %3 是%4"_s.arg(action, roleName(needed), m_userName, roleName(m_role));
    return false;
}

/** The roles, their privileges and the tables' owner, as one idempotent block: run after every
 *  migration, so tables a later version adds are granted too. A login that may not create roles
 *  leaves a store without them (a warning in the server's log); `grant` then says so. */
static const char kGrantRoles[] = R"sql(
DO $$
DECLARE
  t record;
  r text;
BEGIN
  BEGIN
    FOREACH r IN ARRAY ARRAY['unionboard_viewer', 'unionboard_editor', 'unionboard_admin'] LOOP
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
        BEGIN
          EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
          NULL; -- another client's migration made it meanwhile (roles belong to the whole server)
        END;
      END IF;
    END LOOP;
    -- An editor can do what a viewer can, an admin what an editor can, and grant both.
    GRANT unionboard_viewer TO unionboard_editor;
    GRANT unionboard_viewer, unionboard_editor TO unionboard_admin WITH ADMIN OPTION;
  EXCEPTION WHEN insufficient_privilege THEN
    RAISE WARNING 'UnionBoard roles not set up: % may not create roles', current_user;
    RETURN;
  END;
  EXECUTE format('GRANT USAGE ON SCHEMA %I TO unionboard_viewer', current_schema());
  EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO unionboard_viewer', current_schema());
  EXECUTE format('GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO unionboard_editor', current_schema());
  EXECUTE format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA %I TO unionboard_editor', current_schema());
  -- The tables belong to unionboard_admin, which may create the tables of later versions, so
  -- that every admin can migrate. A login that may not hand them over keeps them (and stays the
  -- store's admin as their owner).
  BEGIN
    EXECUTE format('GRANT unionboard_admin TO %I WITH ADMIN OPTION', current_user);
    EXECUTE format('GRANT USAGE, CREATE ON SCHEMA %I TO unionboard_admin', current_schema());
    FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tableowner = current_user LOOP
      EXECUTE format('ALTER TABLE %I OWNER TO unionboard_admin', t.tablename);
    END LOOP;
  EXCEPTION WHEN insufficient_privilege THEN
    RAISE WARNING 'UnionBoard tables stay with %: %', current_user, SQLERRM;
  END;
END
$$)sql";

bool Store::grantRoles(QString *error)
{
    if (m_dialect.isSqlite())
        return true;
    QSqlQuery query(m_db);
    if (query.exec(QString::fromUtf8(kGrantRoles)))
        return true;
    *error = u"无法设置数据库角色：%1"_s.arg(query.lastError().text());
    return false;
}

void Store::findUserAndRole()
{
    if (m_dialect.isSqlite()) {
        m_userName = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", qEnvironmentVariable("LOGNAME")));
        if (m_userName.isEmpty())
            m_userName = u"unknown"_s;
        const QFileInfo file(m_location.path);
        m_role = !file.exists() || file.isWritable() ? StoreRole::Admin : StoreRole::Viewer;
        return;
    }
    // pg_has_role() fails on a role that does not exist: each is asked only once it is known to.
    auto member = [](const char *role) {
        return u"CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN pg_has_role(current_user, '%1', "
               "'USAGE') ELSE false END"_s.arg(QLatin1StringView(role));
    };
    QSqlQuery query(m_db);
    const QString sql =
        u"SELECT current_user, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user), "
        "COALESCE((SELECT pg_has_role(current_user, tableowner, 'USAGE') FROM pg_tables WHERE schemaname = "
        "current_schema() AND tablename = 'documents'), false), %1, %2, "
        "CASE WHEN to_regclass('documents') IS NULL THEN true ELSE has_table_privilege('documents', 'INSERT') END"_s
            .arg(member("unionboard_admin"), member("unionboard_editor"));
    if (!query.exec(sql) || !query.next()) {
        m_userName = m_location.user;
        m_role = StoreRole::Viewer;
        return;
    }
    m_userName = query.value(0).toString();
    if (query.value(1).toBool() || query.value(2).toBool() || query.value(3).toBool())
        m_role = StoreRole::Admin;
    else if (query.value(4).toBool() || query.value(5).toBool())
        m_role = StoreRole::Editor;
    else
        m_role = StoreRole::Viewer;
}

bool Store::announceChange(const QString &what, QString *error)
{
    if (m_dialect.isSqlite())
        return true;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT pg_notify('%1', ?)"_s.arg(QLatin1StringView(kChangeChannel)));
    query.addBindValue(what);
    if (query.exec())
        return true;
    *error = query.lastError().text();
    return false;
}

bool Store::isAlive()
{
    if (m_dialect.isSqlite())
        return m_db.isOpen();
    QSqlQuery query(m_db);
    return query.exec(u"SELECT 1"_s) && query.next();
}

bool Store::reconnect(QString *error)
{
    m_checkpointer.reset();
    m_sqliteStatements.clear();
    m_db.close();
    if (!m_db.open()) {
        *error = u"%1: 无法重新连接：%2"_s.arg(m_location.displayName(), m_db.lastError().text());
        return false;
    }
    QString detail;
    if (!m_dialect.configureConnection(m_db, &detail)) {
        *error = u"%1: %2"_s.arg(m_location.displayName(), detail);
        return false;
    }
    findUserAndRole();
    return true;
}

bool Store::beginTransaction(QString *error)
{
    if (m_dialect.isSqlite()) {
        // IMMEDIATE takes the write lock up front, so two writers queue on busy_timeout instead of
        // one failing when it upgrades a read lock.
        return runSqlite("BEGIN IMMEDIATE", error);
    }
    if (m_db.transaction())
        return true;
    *error = m_db.lastError().text();
    return false;
}

bool Store::commit(QString *error)
{
    if (m_dialect.isSqlite()) {
        if (runSqlite("COMMIT", error))
            return true;
        rollback();
        return false;
    }
    if (m_db.commit())
        return true;
    *error = m_db.lastError().text();
    rollback();
    return false;
}

void Store::rollback()
{
    if (m_dialect.isSqlite()) {
        QString ignored; // nothing to roll back (the transaction already ended) is not a failure here
        runSqlite("ROLLBACK", &ignored);
        return;
    }
    m_db.rollback();
}

} // namespace ub
