// Inserting figure rows into a SQLite store through the sqlite3 C API, bypassing Qt Sql's QVariants.
#pragma once

#include "sqlitehandle.h"

#include <QString>

namespace ub {

class Store;
struct Figure;

/**
 * The figure INSERT on the Qt connection's own sqlite3 handle (#7), prepared once and reused for
 * every document an Importer writes: numbers are bound as numbers and texts as UTF-8 from one
 * reused buffer, several times cheaper than Qt Sql's QVariant binding per value. The statement
 * belongs to the store (Store::sqliteStatement).
 */
class SqliteFigureWriter
{
public:
    explicit SqliteFigureWriter(Store &store);

    /** False (with the reason in error()) when the statement could not be prepared. */
    bool isValid() const { return m_insert != nullptr; }
    QString error() const { return m_error; }

    /** sentenceId > 0: the sentence is stored in `sentences` and the row names it. */
    bool insert(qint64 documentId, int ordinal, const Figure &figure, QLatin1StringView figureKey, int fact,
                bool primary, qint64 sentenceId);

private:
    sqlite3 *m_connection = nullptr;
    sqlite3_stmt *m_insert = nullptr;
    Utf8RowBinder m_texts;
    QString m_error;
};

} // namespace ub
