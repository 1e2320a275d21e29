// Parsing where a store lives: a SQLite file path or a postgresql:// URL.
#pragma once

#include <QString>

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

    /** Parses `PATH` or `postgresql://user[:password]@host[:port]/db`; empty error on success. */
    static StoreLocation parse(const QString &text, QString *error);
    /** For messages: the path, or the URL without its password. */
    QString displayName() const;
};

} // namespace ub
