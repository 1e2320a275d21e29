// Reading stored figures as the aggregation sees them (FactMention), for the statistics.
#pragma once

#include "statistic.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QVariantList>

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

private:
    bool readSqlite(const QString &sql, const QVariantList &values, MentionsByIndicator *out, QString *error);
    bool readGeneric(const QString &sql, const QVariantList &values, MentionsByIndicator *out,
                     QString *error);
    /** One QString per distinct text read, shared by every mention that has it. */
    const QString &pooled(const char *utf8, int bytes);

    Store &m_store;
    std::unordered_map<std::string, QString> m_pool;
};

} // namespace ub
