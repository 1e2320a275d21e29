#include "sqlitefigurewriter.h"

#include "figure.h"
#include "sqlitehandle.h"


#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace ub {

SqliteFigureWriter::SqliteFigureWriter(QSqlDatabase &db)
{
    m_connection = sqliteHandle(db);
    if (!m_connection) {
        m_error = u"no SQLite handle"_s;
        return;
    }
    static const char sql[] =
        "INSERT INTO figures (document_id, ordinal, figure_key, start_offset, end_offset, quote, value, "
        "unit, "
        "unit_text, qualifier, region, subregion, year, category, indicator, subject, sentence, "
        "sentence_start, "
        "page, highlight_item, block, fact, is_primary, sentence_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    if (sqlite3_prepare_v2(m_connection, sql, int(sizeof sql), &m_statement, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_connection));
        m_statement = nullptr;
    }
}

SqliteFigureWriter::~SqliteFigureWriter()
{
    sqlite3_finalize(m_statement);
}

bool SqliteFigureWriter::insert(qint64 documentId, int ordinal, const Figure &figure,
                                const QString &figureKey, int fact, bool primary, qint64 sentenceId)
{
    const QString unit = toKey(figure.unit);
    const QString qualifier = toKey(figure.qualifier);
    const QString category = toKey(figure.category);
    sqlite3_stmt *s = m_statement;
    sqlite3_bind_int64(s, 1, documentId);
    sqlite3_bind_int64(s, 2, ordinal);
    bindText16(s, 3, figureKey);
    sqlite3_bind_int64(s, 4, figure.start);
    sqlite3_bind_int64(s, 5, figure.end);
    bindText16(s, 6, figure.quote);
    sqlite3_bind_double(s, 7, figure.value);
    bindText16(s, 8, unit);
    bindText16(s, 9, figure.unitText);
    bindText16(s, 10, qualifier);
    bindText16(s, 11, figure.region);
    bindText16(s, 12, figure.subregion);
    if (figure.year > 0) // year columns hold NULL for "unknown", as sqlYear() does
        sqlite3_bind_int64(s, 13, figure.year);
    else
        sqlite3_bind_null(s, 13);
    bindText16(s, 14, category);
    bindText16(s, 15, figure.indicator);
    bindText16(s, 16, figure.subject);
    static const QString shared; // the row's own copy is empty when it names a shared sentence
    const QString &sentence = sentenceId > 0 ? shared : figure.sentence;
    bindText16(s, 17, sentence);
    sqlite3_bind_int64(s, 18, figure.sentenceStart);
    sqlite3_bind_int64(s, 19, figure.page);
    sqlite3_bind_int64(s, 20, figure.highlightItem);
    sqlite3_bind_int64(s, 21, figure.block);
    sqlite3_bind_int64(s, 22, fact);
    sqlite3_bind_int64(s, 23, primary ? 1 : 0);
    if (sentenceId > 0)
        sqlite3_bind_int64(s, 24, sentenceId);
    else
        sqlite3_bind_null(s, 24);
    const int rc = sqlite3_step(s);
    sqlite3_reset(s);
    if (rc == SQLITE_DONE)
        return true;
    m_error = QString::fromUtf8(sqlite3_errmsg(m_connection));
    return false;
}

} // namespace ub
