// Row ids of figures and figure_sources: each document's rows numbered inside a range of its own.
#pragma once

#include <QString>
#include <QtGlobal>

namespace ub {

/**
 * A document's figures, and its figure_sources rows, take their ids from one range of their
 * own: document_id × 2^24 onwards, the figure's ordinal (the group's index) added. So both
 * tables stay clustered by document without a second b-tree on document_id: an import appends
 * at the end of each table, id order is (document, ordinal) order, and a document's rows are
 * one range of the primary key, which replacing or correcting a document reads (#7).
 */
constexpr int kDocumentRowBits = 24;
constexpr qint64 kRowsPerDocument = qint64(1) << kDocumentRowBits;

constexpr qint64 firstRowId(qint64 documentId) { return documentId * kRowsPerDocument; }
constexpr qint64 lastRowId(qint64 documentId) { return firstRowId(documentId) + kRowsPerDocument - 1; }

/** SQL: `idColumn` is the id of a row of the document whose id is the SQL expression
 *  `documentId` (a column of a joined table). Both engines seek the primary key with it. */
inline QString inDocumentRows(const QString &idColumn, const QString &documentId)
{
    const QString first = QStringLiteral("CAST(%1 AS BIGINT) * %2").arg(documentId).arg(kRowsPerDocument);
    return QStringLiteral("%1 BETWEEN %2 AND %2 + %3").arg(idColumn, first).arg(kRowsPerDocument - 1);
}

/** SQL: `idColumn` lies in the range bound as two values, firstRowId() and lastRowId(). */
inline QString inBoundDocumentRows(const QString &idColumn) { return idColumn + QStringLiteral(" BETWEEN ? AND ?"); }

} // namespace ub
