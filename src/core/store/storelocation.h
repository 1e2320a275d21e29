// Parsing where a store lives: a SQLite file path or a postgresql:// URL.
#pragma once

#include <QString>
#include <QStringList>

namespace ub {

/** A store location, as given to `--db`: a SQLite file, or a PostgreSQL server. */
struct StoreLocation
{
    enum class Engine { Sqlite, Postgres };
    Engine engine = Engine::Sqlite;
    QString path; ///< SQLite file
    QString host; ///< PostgreSQL
    int port = 5432;
    QString user;
    QString password;
    QString database;
    /** libpq's sslmode (disable, allow, prefer, require, verify-ca, verify-full); empty: libpq's default. */
    QString sslMode;

    /** Parses `PATH` or `postgresql://user[:password]@host[:port]/db[?sslmode=MODE]`; empty error on success. */
    static StoreLocation parse(const QString &text, QString *error);
    /** For messages, settings and the window's title: the path, or the URL without its password. */
    QString displayName() const;
    bool isPostgres() const { return engine == Engine::Postgres; }
    /** The sslmode values libpq takes. */
    static const QStringList &sslModes();
};

} // namespace ub
