#include "factmentionreader.h"

#include "aggregation.h"
#include "indicatorcatalogue.h"
#include "sqlitehandle.h"
#include "sqlrun.h"
#include "store.h"

#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <thread>

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

QString selectWhere(const QString &condition) { return QString::fromUtf16(kSelect) + u'(' + condition + u')'; }

} // namespace

QList<Statistic> aggregateMentions(const MentionsByIndicator &mentions)
{
    QStringList keys = mentions.keys();
    keys.sort();
    // Indicators aggregate independently: with many mentions (a full rebuild), on every core,
    // each taking the next indicator, largest first; the results are joined in key order.
    std::vector<QList<Statistic>> perKey(std::size_t(keys.size()));
    std::vector<qsizetype> order(std::size_t(keys.size()));
    std::vector<qsizetype> sizes(std::size_t(keys.size()));
    qsizetype total = 0;
    for (qsizetype k = 0; k < keys.size(); ++k) {
        order[std::size_t(k)] = k;
        sizes[std::size_t(k)] = mentions.value(keys.at(k)).size();
        total += sizes[std::size_t(k)];
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return sizes[std::size_t(a)] > sizes[std::size_t(b)]; });
    std::atomic<std::size_t> next{0};
    const auto work = [&] {
        for (std::size_t n = next++; n < order.size(); n = next++) {
            const QString &key = keys.at(order[n]);
            const Indicator *indicator = IndicatorCatalogue::instance().find(key);
            perKey[std::size_t(order[n])] =
                aggregateByKind(key, indicator ? indicator->kind : FigureKind::Flow, mentions.value(key));
        }
    };
    constexpr qsizetype kParallelMentions = 100000;
    const int helpers = total > kParallelMentions ? qMax(0, QThread::idealThreadCount() - 1) : 0;
    std::vector<std::thread> threads;
    for (int t = 0; t < helpers; ++t)
        threads.emplace_back(work);
    work();
    for (std::thread &thread : threads)
        thread.join();
    QList<Statistic> statistics;
    for (QList<Statistic> &some : perKey)
        statistics += std::move(some);
    return statistics;
}

bool FactMentionReader::read(const QString &condition, const QVariantList &values, MentionsByIndicator *out,
                             QString *error)
{
    const QString sql = selectWhere(condition);
    if (m_store.dialect().isSqlite())
        if (sqlite3 *connection = sqliteHandle(m_store.database()))
            return readSqlite(connection, sql, values, m_pool, out, error);
    return readGeneric(sql, values, out, error);
}

bool FactMentionReader::readAll(qint64 expected, MentionsByIndicator *out, QString *error, int *readers)
{
    if (readers)
        *readers = 1;
    sqlite3 *connection = m_store.dialect().isSqlite() ? sqliteHandle(m_store.database()) : nullptr;
    const char *file = connection ? sqlite3_db_filename(connection, "main") : nullptr;
    qint64 lowest = 0, highest = -1;
    if (connection && file && *file && expected > kSplitRows) {
        sqlite3_stmt *range = nullptr;
        if (sqlite3_prepare_v2(connection, "SELECT min(id), max(id) FROM figures", -1, &range, nullptr) == SQLITE_OK
            && sqlite3_step(range) == SQLITE_ROW) {
            lowest = sqlite3_column_int64(range, 0);
            highest = sqlite3_column_int64(range, 1);
        }
        sqlite3_finalize(range);
    }
    if (highest <= lowest)
        return read(u"1 = 1"_s, {}, out, error);

    // Figure ids are numbered inside their document's range, so the middle id halves the rows
    // about as well as the middle document would.
    const qint64 middle = lowest + (highest - lowest) / 2;
    const std::string path(file);
    MentionsByIndicator upper;
    TextPool upperPool;
    bool upperRead = false;
    QString upperError;
    std::thread second([&] {
        sqlite3 *own = nullptr;
        if (sqlite3_open_v2(path.c_str(), &own, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) == SQLITE_OK) {
            sqlite3_busy_timeout(own, 5000);
            upperRead = readSqlite(own, selectWhere(u"f.id >= ?"_s), {middle}, upperPool, &upper, &upperError);
        }
        sqlite3_close(own);
    });
    bool ok = readSqlite(connection, selectWhere(u"f.id < ?"_s), {middle}, m_pool, out, error);
    second.join();
    if (!ok)
        return false;
    if (!upperRead) // a second connection could not be had: this one reads the rest
        return readSqlite(connection, selectWhere(u"f.id >= ?"_s), {middle}, m_pool, out, error);
    for (auto it = upper.begin(); it != upper.end(); ++it)
        (*out)[it.key()].append(std::move(it.value()));
    if (readers)
        *readers = 2;
    return true;
}

const QString &FactMentionReader::pooled(TextPool &pool, const char *utf8, int bytes)
{
    std::string key(utf8 ? utf8 : "", utf8 ? size_t(bytes) : 0);
    auto found = pool.find(key);
    if (found == pool.end())
        found = pool.emplace(std::move(key), QString::fromUtf8(utf8, bytes)).first;
    return found->second;
}

bool FactMentionReader::readSqlite(sqlite3 *connection, const QString &sql, const QVariantList &values,
                                   TextPool &pool, MentionsByIndicator *out, QString *error)
{
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
    // Neighbouring rows (a document's figures) mostly repeat each other's region, unit, qualifier
    // and kind: a column's text is compared with the row before's first, and looked up in the pool
    // only when it changed, its key parsed only then (#19: a rebuild reads every figure).
    struct Column
    {
        std::string bytes;
        const QString *text = nullptr;
        int code = 0;
    };
    const auto text = [&](Column &column, int index) -> const QString & {
        const char *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(statement, index));
        const int bytes = sqlite3_column_bytes(statement, index);
        if (column.text && column.bytes.size() == std::size_t(bytes)
            && (bytes == 0 || std::memcmp(column.bytes.data(), utf8, std::size_t(bytes)) == 0))
            return *column.text;
        column.bytes.assign(utf8 ? utf8 : "", utf8 ? std::size_t(bytes) : 0);
        column.text = &pooled(pool, utf8, bytes);
        column.code = -1;
        return *column.text;
    };
    const auto code = [&](Column &column, int index, auto parse) {
        text(column, index);
        if (column.code < 0)
            column.code = parse(*column.text);
        return column.code;
    };
    Column indicatorColumn, regionColumn, subregionColumn, unitColumn, qualifierColumn, kindColumn;
    QList<FactMention> *current = nullptr;
    const QString *currentIndicator = nullptr;
    int step = SQLITE_ROW;
    while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
        const QString &indicator = text(indicatorColumn, IndicatorColumn);
        if (!current || &indicator != currentIndicator) {
            currentIndicator = &indicator;
            current = &(*out)[indicator];
        }
        FactMention mention;
        mention.figureId = sqlite3_column_int64(statement, IdColumn);
        mention.documentId = sqlite3_column_int64(statement, DocumentColumn);
        mention.fact = sqlite3_column_int(statement, FactColumn);
        mention.region = text(regionColumn, RegionColumn);
        mention.subregion = text(subregionColumn, SubregionColumn);
        mention.year = sqlite3_column_int(statement, YearColumn);
        mention.value = sqlite3_column_double(statement, ValueColumn);
        mention.unit = Unit(code(unitColumn, UnitColumn,
                                 [](const QString &key) { return int(unitFromKey(key).value_or(Unit::Other)); }));
        mention.qualifier = Qualifier(code(qualifierColumn, QualifierColumn, [](const QString &key) {
            return int(qualifierFromKey(key).value_or(Qualifier::Exact));
        }));
        mention.kind = FigureKind(code(kindColumn, KindColumn, [](const QString &key) {
            return int(figureKindFromKey(key).value_or(FigureKind::Flow));
        }));
        mention.asOf = sqlite3_column_int(statement, AsOfColumn);
        mention.precision = writtenPrecision(
            QUtf8StringView(reinterpret_cast<const char *>(sqlite3_column_text(statement, QuoteColumn)),
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
