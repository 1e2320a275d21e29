// Inserting figure rows into a SQLite store through the sqlite3 C API, bypassing Qt Sql's QVariants.
#pragma once

#include "sqlitehandle.h"

#include <QLatin1StringView>
#include <QString>

#include <array>

namespace ub {

class Store;
struct Figure;

/** One figure row as the importer decided it (see Importer::FigureRows). */
struct FigureRow
{
    const Figure *figure = nullptr;
    int ordinal = 0;
    QLatin1StringView key;
    int fact = 0;
    bool primary = false;
    qint64 sentenceId = 0; ///< > 0: the sentence is stored in `sentences` and the row names it
    int confidence = -1;   ///< OCR confidence 0–100; -1: read from text
};

/**
 * The figure INSERT on the Qt connection's own sqlite3 handle (#7), up to kBatch rows per
 * statement, prepared once and reused for every document an Importer writes: numbers are bound
 * as numbers and texts as UTF-8 from one reused buffer, several times cheaper than Qt Sql's
 * QVariant binding per value, and one step writes a batch. The statements belong to the store
 * (Store::sqliteStatement).
 */
class SqliteFigureWriter
{
public:
    explicit SqliteFigureWriter(Store &store);

    /** Rows per statement: one step per batch instead of per row. */
    static constexpr int kBatch = 16;

    /** Inserts rows[0..count), count ≤ kBatch. False with the reason in error() on failure. */
    bool insert(qint64 documentId, const FigureRow *rows, int count);
    QString error() const { return m_error; }

private:
    sqlite3_stmt *statementFor(int rows);

    Store &m_store;
    sqlite3 *m_connection = nullptr;
    std::array<sqlite3_stmt *, kBatch + 1> m_statements{}; ///< by row count, prepared on first use
    Utf8RowBinder m_texts;
    QString m_error;
};

} // namespace ub
