#include "correctionstore.h"

#include "documentrows.h"
#include "figuresummary.h"
#include "sqlvalues.h"
#include "store.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ub {

QString toKey(CorrectableField field)
{
    switch (field) {
    case CorrectableField::Value: return u"value"_s;
    case CorrectableField::Region: return u"region"_s;
    case CorrectableField::Year: return u"year"_s;
    case CorrectableField::Category: return u"category"_s;
    case CorrectableField::Indicator: return u"indicator"_s;
    case CorrectableField::Rejected: return u"rejected"_s;
    }
    return {};
}

std::optional<CorrectableField> correctableFieldFromKey(QStringView key)
{
    for (CorrectableField field : {CorrectableField::Value, CorrectableField::Region, CorrectableField::Year,
                                   CorrectableField::Category, CorrectableField::Indicator,
                                   CorrectableField::Rejected}) {
        if (toKey(field) == key)
            return field;
    }
    return std::nullopt;
}

/** The column behind a field. Only these fixed names are ever spliced into SQL. */
static QString columnOf(CorrectableField field) { return toKey(field); }

static QVariant storedValue(CorrectableField field, const QString &text)
{
    switch (field) {
    case CorrectableField::Value: return text.toDouble();
    case CorrectableField::Year: return sqlYear(text.toInt());
    case CorrectableField::Rejected: return text.toInt();
    default: return sqlText(text);
    }
}

static QString textOf(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'g', 17);
    return value.toString();
}

bool CorrectionStore::setField(qint64 figureId, CorrectableField field, const QString &value, bool edited,
                               QString *error)
{
    // Every correctable field is a summary key or its value, so the figure leaves its group and
    // joins its new one.
    FigureSummary summary(m_store);
    if (!summary.remove(u"id = ?"_s, {figureId}, error))
        return false;
    QSqlQuery query(m_store.database());
    query.prepare(u"UPDATE figures SET %1 = ?, edited = ? WHERE id = ?"_s.arg(columnOf(field)));
    query.addBindValue(storedValue(field, value));
    query.addBindValue(edited ? 1 : 0);
    query.addBindValue(figureId);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    return summary.add(u"id = ?"_s, {figureId}, error);
}

qint64 CorrectionStore::correct(qint64 figureId, CorrectableField field, const QVariant &newValue,
                                const QString &author, QString *error)
{
    if (!m_store.require(StoreRole::Editor, u"更正数字"_s, error) || !m_store.beginTransaction(error))
        return 0;
    QSqlQuery query(m_store.database());
    // The figure's row is locked before the correction takes its id: two clients correcting one
    // figure then commit in the order of their ids, so the figure shows the latest correction
    // (on PostgreSQL; SQLite's write transactions run one at a time anyway).
    const QString lock = m_store.dialect().isSqlite() ? QString() : u" FOR UPDATE OF f"_s;
    query.prepare(u"SELECT d.name, f.figure_key, f.%1 FROM figures f JOIN documents d ON d.id = f.document_id "
                  "WHERE f.id = ?%2"_s.arg(columnOf(field), lock));
    query.addBindValue(figureId);
    if (!query.exec() || !query.next()) {
        *error = query.lastError().isValid() ? query.lastError().text() : u"没有编号为 %1 的数字"_s.arg(figureId);
        m_store.rollback();
        return 0;
    }
    Correction correction;
    correction.documentName = query.value(0).toString();
    correction.figureKey = query.value(1).toString();
    correction.oldValue = textOf(query.value(2));
    correction.newValue = textOf(newValue);
    query.finish();

    query.prepare(m_store.dialect().insertReturningId(
        u"INSERT INTO corrections (document_name, figure_key, field, old_value, new_value, author, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)"_s));
    query.addBindValue(sqlText(correction.documentName));
    query.addBindValue(sqlText(correction.figureKey));
    query.addBindValue(toKey(field));
    query.addBindValue(sqlText(correction.oldValue));
    query.addBindValue(sqlText(correction.newValue));
    query.addBindValue(sqlText(author));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!query.exec() || !query.next()) {
        *error = query.lastError().text();
        m_store.rollback();
        return 0;
    }
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    if (!setField(figureId, field, correction.newValue, true, error) ||
        !m_store.announceChange(u"correction"_s, error) || !m_store.commit(error)) {
        m_store.rollback();
        return 0;
    }
    return id;
}

bool CorrectionStore::revert(qint64 correctionId, QString *error)
{
    if (!m_store.require(StoreRole::Editor, u"撤销更正"_s, error) || !m_store.beginTransaction(error))
        return false;
    QSqlQuery query(m_store.database());
    query.prepare(u"SELECT c.field, c.old_value, f.id FROM corrections c "
                  "JOIN documents d ON d.name = c.document_name "
                  "JOIN figures f ON "_s + inDocumentRows(u"f.id"_s, u"d.id"_s) + u" AND f.figure_key = c.figure_key "
                  "WHERE c.id = ? AND c.active = 1"_s);
    query.addBindValue(correctionId);
    if (!query.exec() || !query.next()) {
        *error = query.lastError().isValid() ? query.lastError().text() : u"更正 %1 不存在或已撤销"_s.arg(correctionId);
        m_store.rollback();
        return false;
    }
    const auto field = correctableFieldFromKey(query.value(0).toString());
    const QString oldValue = query.value(1).toString();
    const qint64 figureId = query.value(2).toLongLong();
    query.finish();
    query.prepare(u"UPDATE corrections SET active = 0 WHERE id = ?"_s);
    query.addBindValue(correctionId);
    if (!field || !query.exec()) {
        *error = query.lastError().text();
        m_store.rollback();
        return false;
    }
    // The figure stays marked as edited while any other correction of it is still active.
    query.prepare(u"SELECT count(*) FROM corrections c JOIN figures f ON f.figure_key = c.figure_key "
                  "JOIN documents d ON d.id = f.document_id AND d.name = c.document_name "
                  "WHERE f.id = ? AND c.active = 1"_s);
    query.addBindValue(figureId);
    const bool stillEdited = query.exec() && query.next() && query.value(0).toInt() > 0;
    query.finish();
    if (!setField(figureId, *field, oldValue, stillEdited, error) || !m_store.announceChange(u"correction"_s, error)) {
        m_store.rollback();
        return false;
    }
    return m_store.commit(error);
}

QList<Correction> CorrectionStore::correctionsOf(qint64 figureId, QString *error)
{
    QList<Correction> corrections;
    QSqlQuery query(m_store.database());
    query.prepare(u"SELECT c.id, c.document_name, c.figure_key, c.field, c.old_value, c.new_value, c.author, "
                  "c.created_at, c.active FROM corrections c "
                  "JOIN documents d ON d.name = c.document_name "
                  "JOIN figures f ON f.document_id = d.id AND f.figure_key = c.figure_key "
                  "WHERE f.id = ? AND c.active = 1 ORDER BY c.id"_s);
    query.addBindValue(figureId);
    if (!query.exec()) {
        *error = query.lastError().text();
        return corrections;
    }
    while (query.next()) {
        Correction c;
        c.id = query.value(0).toLongLong();
        c.documentName = query.value(1).toString();
        c.figureKey = query.value(2).toString();
        c.field = correctableFieldFromKey(query.value(3).toString()).value_or(CorrectableField::Value);
        c.oldValue = query.value(4).toString();
        c.newValue = query.value(5).toString();
        c.author = query.value(6).toString();
        c.createdAt = query.value(7).toString();
        c.active = query.value(8).toBool();
        corrections << c;
    }
    return corrections;
}

bool CorrectionStore::reapply(qint64 documentId, const QString &documentName, QString *error, int *applied)
{
    QSqlQuery corrections(m_store.database());
    corrections.prepare(u"SELECT figure_key, field, new_value FROM corrections "
                        "WHERE document_name = ? AND active = 1 ORDER BY id"_s);
    corrections.addBindValue(documentName);
    if (!corrections.exec()) {
        *error = corrections.lastError().text();
        return false;
    }
    struct Pending { QString key; CorrectableField field; QString value; };
    QList<Pending> pending;
    while (corrections.next()) {
        if (const auto field = correctableFieldFromKey(corrections.value(1).toString()))
            pending.append({corrections.value(0).toString(), *field, corrections.value(2).toString()});
    }
    corrections.finish();
    if (applied)
        *applied = int(pending.size());
    QSqlQuery update(m_store.database());
    for (const Pending &p : pending) {
        // A correction whose figure is gone from the new version simply matches no row.
        update.prepare(u"UPDATE figures SET %1 = ?, edited = 1 WHERE %2 AND figure_key = ?"_s.arg(
            columnOf(p.field), inBoundDocumentRows(u"id"_s)));
        update.addBindValue(storedValue(p.field, p.value));
        update.addBindValue(firstRowId(documentId));
        update.addBindValue(lastRowId(documentId));
        update.addBindValue(p.key);
        if (!update.exec()) {
            *error = update.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace ub
