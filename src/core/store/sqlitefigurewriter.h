// Inserting figure rows into a SQLite store through the sqlite3 C API, bypassing Qt Sql's QVariants.
#pragma once

#include <QString>

struct sqlite3;
struct sqlite3_stmt;

class QSqlDatabase;

namespace ub {

struct Figure;

/**
 * One prepared figure INSERT on the Qt connection's own sqlite3 handle, for one document's
 * import (#7): values are bound straight from the Figure's QStrings (UTF-16, no copies) and
 * numbers, which is several times cheaper than Qt Sql's QVariant binding per value. It lives
 * only inside the caller's transaction: Qt's driver cannot close a connection while a statement
 * of ours is still prepared on it.
 */
class SqliteFigureWriter
{
public:
    explicit SqliteFigureWriter(QSqlDatabase &db);
    ~SqliteFigureWriter();
    SqliteFigureWriter(const SqliteFigureWriter &) = delete;
    SqliteFigureWriter &operator=(const SqliteFigureWriter &) = delete;

    /** False (with the reason in error()) when the statement could not be prepared. */
    bool isValid() const { return m_statement != nullptr; }
    QString error() const { return m_error; }

    /** sentenceId > 0: the sentence is stored in `sentences` and the row names it. */
    bool insert(qint64 documentId, int ordinal, const Figure &figure, const QString &figureKey, int fact,
                bool primary, qint64 sentenceId);

private:
    sqlite3 *m_connection = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
};

} // namespace ub
