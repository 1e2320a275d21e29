#include "sqlitefigurewriter.h"

#include "documentrows.h"
#include "figure.h"
#include "store.h"

using namespace Qt::StringLiterals;

namespace ub {

namespace {

constexpr int kColumns = 28;

} // namespace

SqliteFigureWriter::SqliteFigureWriter(Store &store)
    : m_store(store)
    , m_connection(sqliteHandle(store.database()))
{
}

sqlite3_stmt *SqliteFigureWriter::statementFor(int rows)
{
    sqlite3_stmt *&statement = m_statements[size_t(rows)];
    if (statement)
        return statement;
    QByteArray sql = "INSERT INTO figures (id, document_id, ordinal, figure_key, start_offset, end_offset, quote, value, "
                     "unit, unit_text, qualifier, region, subregion, year, category, indicator, subject, sentence, "
                     "sentence_start, page, highlight_item, block, fact, is_primary, sentence_id, kind, as_of, confidence) VALUES ";
    for (int row = 0; row < rows; ++row) {
        sql += row == 0 ? "(" : ", (";
        for (int column = 0; column < kColumns; ++column)
            sql += column == 0 ? "?" : ", ?";
        sql += ')';
    }
    statement = m_store.sqliteStatement(sql, &m_error);
    return statement;
}

bool SqliteFigureWriter::insert(qint64 documentId, const FigureRow *rows, int count)
{
    Q_ASSERT(count > 0 && count <= kBatch);
    sqlite3_stmt *s = statementFor(count);
    if (!s)
        return false;
    qsizetype units = 0;
    for (int i = 0; i < count; ++i) {
        const Figure &figure = *rows[i].figure;
        units += figure.quote.size() + toKey(figure.unit).size() + figure.unitText.size() +
                 toKey(figure.qualifier).size() + figure.region.size() + figure.subregion.size() +
                 toKey(figure.category).size() + figure.indicator.size() + figure.subject.size() +
                 toKey(figure.kind).size() +
                 (rows[i].sentenceId > 0 ? 0 : figure.sentence.size());
    }
    m_texts.startRow(units);
    for (int i = 0; i < count; ++i) {
        const FigureRow &row = rows[i];
        const Figure &figure = *row.figure;
        const int c = i * kColumns; // the row's first parameter is c + 1
        sqlite3_bind_int64(s, c + 1, firstRowId(documentId) + row.ordinal);
        sqlite3_bind_int64(s, c + 2, documentId);
        sqlite3_bind_int64(s, c + 3, row.ordinal);
        sqlite3_bind_text(s, c + 4, row.key.data(), int(row.key.size()), SQLITE_STATIC);
        sqlite3_bind_int64(s, c + 5, figure.start);
        sqlite3_bind_int64(s, c + 6, figure.end);
        m_texts.bind(s, c + 7, figure.quote);
        sqlite3_bind_double(s, c + 8, figure.value);
        m_texts.bind(s, c + 9, toKey(figure.unit));
        m_texts.bind(s, c + 10, figure.unitText);
        m_texts.bind(s, c + 11, toKey(figure.qualifier));
        m_texts.bind(s, c + 12, figure.region);
        m_texts.bind(s, c + 13, figure.subregion);
        if (figure.year > 0) // year columns hold NULL for "unknown", as sqlYear() does
            sqlite3_bind_int64(s, c + 14, figure.year);
        else
            sqlite3_bind_null(s, c + 14);
        m_texts.bind(s, c + 15, toKey(figure.category));
        m_texts.bind(s, c + 16, figure.indicator);
        m_texts.bind(s, c + 17, figure.subject);
        // The row's own copy of the sentence is empty when it names a shared one.
        m_texts.bind(s, c + 18, row.sentenceId > 0 ? QStringView() : QStringView(figure.sentence));
        sqlite3_bind_int64(s, c + 19, figure.sentenceStart);
        sqlite3_bind_int64(s, c + 20, figure.page);
        sqlite3_bind_int64(s, c + 21, figure.highlightItem);
        sqlite3_bind_int64(s, c + 22, figure.block);
        sqlite3_bind_int64(s, c + 23, row.fact);
        sqlite3_bind_int64(s, c + 24, row.primary ? 1 : 0);
        if (row.sentenceId > 0)
            sqlite3_bind_int64(s, c + 25, row.sentenceId);
        else
            sqlite3_bind_null(s, c + 25);
        m_texts.bind(s, c + 26, toKey(figure.kind));
        sqlite3_bind_int64(s, c + 27, figure.asOf);
        sqlite3_bind_int64(s, c + 28, row.confidence);
    }
    const int rc = sqlite3_step(s);
    sqlite3_reset(s);
    if (rc == SQLITE_DONE)
        return true;
    m_error = QString::fromUtf8(sqlite3_errmsg(m_connection));
    return false;
}

} // namespace ub
