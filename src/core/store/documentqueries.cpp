#include "documentqueries.h"

#include "store.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace ub {

QList<StoredDocument> storedDocuments(Store &store, QString *error)
{
    QList<StoredDocument> documents;
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    // Only OCR'd documents have figures to check; the subquery runs over their figures alone.
    if (!query.prepare(
            u"SELECT d.id, d.name, d.path, d.title, d.kind, d.year, d.region, d.format, d.read_method, "
            "d.page_count, d.ocr_pages, d.figure_count, d.imported_at, d.imported_by, "
            "CASE WHEN d.ocr_pages > 0 THEN (SELECT count(*) FROM figures f WHERE f.document_id = d.id "
            "AND f.confidence >= 0 AND f.confidence < ?) ELSE 0 END "
            "FROM documents d ORDER BY d.name"_s)) {
        *error = query.lastError().text();
        return documents;
    }
    query.addBindValue(kLowConfidence);
    if (!query.exec()) {
        *error = query.lastError().text();
        return documents;
    }
    while (query.next()) {
        StoredDocument document;
        document.id = query.value(0).toLongLong();
        document.name = query.value(1).toString();
        document.path = query.value(2).toString();
        document.title = query.value(3).toString();
        document.kind = query.value(4).toString();
        document.year = query.value(5).toInt();
        document.region = query.value(6).toString();
        document.format = query.value(7).toString();
        document.readMethod = query.value(8).toString();
        document.pageCount = query.value(9).toInt();
        document.ocrPages = query.value(10).toInt();
        document.figureCount = query.value(11).toInt();
        document.importedAt = query.value(12).toString();
        document.importedBy = query.value(13).toString();
        document.lowConfidenceFigures = query.value(14).toInt();
        documents.append(document);
    }
    QSqlQuery given(store.database());
    given.setForwardOnly(true);
    if (!given.exec(
            u"SELECT document_name, field FROM document_properties ORDER BY document_name, field"_s)) {
        *error = given.lastError().text();
        return {};
    }
    QHash<QString, QStringList> fields;
    while (given.next())
        fields[given.value(0).toString()].append(given.value(1).toString());
    for (StoredDocument &document : documents)
        document.givenProperties = fields.value(document.name);
    return documents;
}

} // namespace ub
