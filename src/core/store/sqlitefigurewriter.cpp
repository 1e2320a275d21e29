#include "sqlitefigurewriter.h"

#include "figure.h"
#include "store.h"

using namespace Qt::StringLiterals;

namespace ub {

SqliteFigureWriter::SqliteFigureWriter(Store &store)
    : m_connection(sqliteHandle(store.database()))
{
    m_insert = store.sqliteStatement(
        "INSERT INTO figures (document_id, ordinal, figure_key, start_offset, end_offset, quote, value, unit, "
        "unit_text, qualifier, region, subregion, year, category, indicator, subject, sentence, sentence_start, "
        "page, highlight_item, block, fact, is_primary, sentence_id) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        &m_error);
}

bool SqliteFigureWriter::insert(qint64 documentId, int ordinal, const Figure &figure, QLatin1StringView figureKey,
                                int fact, bool primary, qint64 sentenceId)
{
    const QString unit = toKey(figure.unit);
    const QString qualifier = toKey(figure.qualifier);
    const QString category = toKey(figure.category);
    // The row's own copy of the sentence is empty when it names a shared one.
    const QStringView sentence = sentenceId > 0 ? QStringView() : QStringView(figure.sentence);
    sqlite3_stmt *s = m_insert;
    m_texts.startRow(figure.quote.size() + unit.size() + figure.unitText.size() + qualifier.size() +
                     figure.region.size() + figure.subregion.size() + category.size() + figure.indicator.size() +
                     figure.subject.size() + sentence.size());
    sqlite3_bind_int64(s, 1, documentId);
    sqlite3_bind_int64(s, 2, ordinal);
    sqlite3_bind_text(s, 3, figureKey.data(), int(figureKey.size()), SQLITE_STATIC);
    sqlite3_bind_int64(s, 4, figure.start);
    sqlite3_bind_int64(s, 5, figure.end);
    m_texts.bind(s, 6, figure.quote);
    sqlite3_bind_double(s, 7, figure.value);
    m_texts.bind(s, 8, unit);
    m_texts.bind(s, 9, figure.unitText);
    m_texts.bind(s, 10, qualifier);
    m_texts.bind(s, 11, figure.region);
    m_texts.bind(s, 12, figure.subregion);
    if (figure.year > 0) // year columns hold NULL for "unknown", as sqlYear() does
        sqlite3_bind_int64(s, 13, figure.year);
    else
        sqlite3_bind_null(s, 13);
    m_texts.bind(s, 14, category);
    m_texts.bind(s, 15, figure.indicator);
    m_texts.bind(s, 16, figure.subject);
    m_texts.bind(s, 17, sentence);
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
