#include "factmentionreader.h"

#include "aggregation.h"
#include "indicatorcatalogue.h"
#include "sqlitehandle.h"
#include "sqlrun.h"
#include "store.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ub {

namespace {

enum Column {
    IndicatorColumn,
    IdColumn,
    DocumentColumn,
    FactColumn,
    RegionColumn,
    SubregionColumn,
    YearColumn,
    ValueColumn,
    UnitColumn,
    QualifierColumn,
    KindColumn,
    AsOfColumn,
    QuoteColumn,
    DateColumn,
};

const char16_t kSelect[] =
    u"SELECT f.indicator, f.id, f.document_id, f.fact, f.region, f.subregion, COALESCE(f.year, 0), f.value, "
    "f.unit, f.qualifier, f.kind, f.as_of, f.quote, COALESCE(d.date, 0) FROM figures f JOIN documents d ON "
    "d.id = "
    "f.document_id WHERE f.rejected = 0 AND f.indicator <> '' AND ";

} // namespace

QList<Statistic> aggregateMentions(const MentionsByIndicator &mentions)
{
    QList<Statistic> statistics;
    QStringList keys = mentions.keys();
    keys.sort();
    for (const QString &key : std::as_const(keys)) {
        const Indicator *indicator = IndicatorCatalogue::instance().find(key);
        statistics +=
            aggregateByKind(key, indicator ? indicator->kind : FigureKind::Flow, mentions.value(key));
    }
    return statistics;
}

bool FactMentionReader::read(const QString &condition, const QVariantList &values, MentionsByIndicator *out,
                             QString *error)
{
    const QString sql = QString::fromUtf16(kSelect) + u'(' + condition + u')';
    if (m_store.dialect().isSqlite() && sqliteHandle(m_store.database()))
        return readSqlite(sql, values, out, error);
    return readGeneric(sql, values, out, error);
}

const QString &FactMentionReader::pooled(const char *utf8, int bytes)
{
    std::string key(utf8 ? utf8 : "", utf8 ? size_t(bytes) : 0);
    auto found = m_pool.find(key);
    if (found == m_pool.end())
        found = m_pool.emplace(std::move(key), QString::fromUtf8(utf8, bytes)).first;
    return found->second;
}

bool FactMentionReader::readSqlite(const QString &sql, const QVariantList &values, MentionsByIndicator *out,
                                   QString *error)
{
    sqlite3 *connection = sqliteHandle(m_store.database());
    sqlite3_stmt *statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(connection, utf8.constData(), int(utf8.size()), &statement, nullptr) !=
        SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(connection));
        sqlite3_finalize(statement);
        return false;
    }
    Utf8RowBinder texts;
    bindVariants(statement, values, texts);
    const auto text = [&](int column) -> const QString & {
        return pooled(reinterpret_cast<const char *>(sqlite3_column_text(statement, column)),
                      sqlite3_column_bytes(statement, column));
    };
    QList<FactMention> *current = nullptr;
    QString currentIndicator;
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
        const QString &indicator = text(IndicatorColumn);
        if (!current || indicator != currentIndicator) {
            currentIndicator = indicator;
            current = &(*out)[indicator];
        }
        FactMention mention;
        mention.figureId = sqlite3_column_int64(statement, IdColumn);
        mention.documentId = sqlite3_column_int64(statement, DocumentColumn);
        mention.fact = sqlite3_column_int(statement, FactColumn);
        mention.region = text(RegionColumn);
        mention.subregion = text(SubregionColumn);
        mention.year = sqlite3_column_int(statement, YearColumn);
        mention.value = sqlite3_column_double(statement, ValueColumn);
        mention.unit = unitFromKey(text(UnitColumn)).value_or(Unit::Other);
        mention.qualifier = qualifierFromKey(text(QualifierColumn)).value_or(Qualifier::Exact);
        mention.kind = figureKindFromKey(text(KindColumn)).value_or(FigureKind::Flow);
        mention.asOf = sqlite3_column_int(statement, AsOfColumn);
        mention.precision = writtenPrecision(
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, QuoteColumn)),
                              sqlite3_column_bytes(statement, QuoteColumn)),
            mention.value);
        mention.documentDate = sqlite3_column_int(statement, DateColumn);
        current->append(std::move(mention));
    }
    if (step != SQLITE_DONE && error)
        *error = QString::fromUtf8(sqlite3_errmsg(connection));
    sqlite3_finalize(statement);
    return step == SQLITE_DONE;
}

bool FactMentionReader::readGeneric(const QString &sql, const QVariantList &values, MentionsByIndicator *out,
                                    QString *error)
{
    QSqlQuery query(m_store.database());
    if (!runBound(query, sql, values, error))
        return false;
    while (query.next()) {
        FactMention mention;
        mention.figureId = query.value(IdColumn).toLongLong();
        mention.documentId = query.value(DocumentColumn).toLongLong();
        mention.fact = query.value(FactColumn).toInt();
        mention.region = query.value(RegionColumn).toString();
        mention.subregion = query.value(SubregionColumn).toString();
        mention.year = query.value(YearColumn).toInt();
        mention.value = query.value(ValueColumn).toDouble();
        mention.unit = unitFromKey(query.value(UnitColumn).toString()).value_or(Unit::Other);
        mention.qualifier =
            qualifierFromKey(query.value(QualifierColumn).toString()).value_or(Qualifier::Exact);
        mention.kind = figureKindFromKey(query.value(KindColumn).toString()).value_or(FigureKind::Flow);
        mention.asOf = query.value(AsOfColumn).toInt();
        mention.precision = writtenPrecision(query.value(QuoteColumn).toString(), mention.value);
        mention.documentDate = query.value(DateColumn).toInt();
        (*out)[query.value(IndicatorColumn).toString()].append(std::move(mention));
    }
    return true;
}

} // namespace ub
