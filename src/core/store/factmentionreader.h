// Reading stored figures as the aggregation sees them (FactMention), for the statistics.
#pragma once

#include "statistic.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVariantList>

#include <sqlite3.h>

#include <string>
#include <unordered_map>

namespace ub {

class Store;

/** FactMentions grouped by indicator key. */
using MentionsByIndicator = QHash<QString, QList<FactMention>>;

/** aggregateByKind() of each indicator's mentions with the catalogue's usual kind, indicators in
 *  key order. */
QList<Statistic> aggregateMentions(const MentionsByIndicator &mentions);

/**
 * Reads the figures that count towards statistics — not rejected, with an indicator — as
 * FactMentions. On SQLite it steps the sqlite3 C API and shares each region's text between its
 * mentions: a full rebuild reads every figure of the store, and Qt Sql's QVariant per value cost
 * more than the aggregation. Each mention's precision is computed here and its quote dropped.
 */
class FactMentionReader
{
public:
    explicit FactMentionReader(Store &store)
        : m_store(store)
    {}

    /** Appends the mentions of the figures matching condition (SQL over `figures f` joined to
     *  `documents d`, with values bound in order) to *out. */
    bool read(const QString &condition, const QVariantList &values, MentionsByIndicator *out, QString *error);

    /**
     * Every figure that counts, the same mentions in the same order as read("1 = 1"). On a
     * SQLite file with more than kSplitRows of them (expected), the upper half of the figure ids
     * is read at the same time on a second thread over a read-only connection of its own: a full
     * rebuild of the statistics is mostly this read (#19). The caller holds the write lock, so
     * both connections see the same figures. *readers (if given): how many connections read.
     */
    bool readAll(qint64 expected, MentionsByIndicator *out, QString *error, int *readers = nullptr);
    static constexpr qint64 kSplitRows = 200000;

private:
    /** One QString per distinct text read, shared by every mention that has it. */
    using TextPool = std::unordered_map<std::string, QString>;
    static bool readSqlite(sqlite3 *connection, const QString &sql, const QVariantList &values, TextPool &pool,
                           MentionsByIndicator *out, QString *error);
    bool readGeneric(const QString &sql, const QVariantList &values, MentionsByIndicator *out,
                     QString *error);
    static const QString &pooled(TextPool &pool, const char *utf8, int bytes);

    Store &m_store;
    TextPool m_pool;
};

} // namespace ub
