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
    if (!dialect.configureConnection(store->m_db, &detail) || !store->migrate(&detail)) {
        *error = u"%1: %2"_s.arg(location.displayName(), detail);
        return nullptr;
    }
    return store;
}

bool Store::migrate(QString *error)
{
    const int version = m_dialect.schemaVersion(m_db, error);
    if (version < 0) {
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
    return commit(error);
}

QString Store::userName() const
{
    if (!m_dialect.isSqlite() && !m_location.user.isEmpty())
        return m_location.user;
    QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    return user.isEmpty() ? u"unknown"_s : user;
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
