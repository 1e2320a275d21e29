// The stored reports as the Reports panel lists them: one row per document, with how it was read.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ub {

class Store;

/** A figure recognised with less confidence than this (0–100) is one staff should check. */
inline constexpr int kLowConfidence = 80;

/** One stored document. */
struct StoredDocument
{
    qint64 id = 0;
    QString name;       ///< the file name, its identity in the store
    QString path;       ///< where it was imported from
    QString title;      ///< as shown: staff's title if they gave one, else the extracted one
    QString kind;       ///< DocumentKind key: yearly_highlights, speech_digest, newspaper_page, work_summary,
                        ///< web_page, other
    int year = 0;       ///< the document's year (staff's, else extracted); 0 when unknown
    QString region;     ///< the document's unit (staff's, else extracted)
    QString format;     ///< txt, pdf, docx, html
    QString readMethod; ///< text, pdf, ocr, pdf+ocr, docx, html
    int pageCount = 0;
    int ocrPages = 0; ///< pages read by recognition
    int figureCount = 0;
    int lowConfidenceFigures = 0; ///< OCR'd figures below kLowConfidence
    QString importedAt;           ///< ISO 8601, UTC
    QString importedBy;           ///< the database user or login who imported it
    /** The properties staff set on it (keys of DocumentProperty: "title", "year", "region"). */
    QStringList givenProperties;

    bool recognised() const { return ocrPages > 0; }
};

/** Every stored document, by name. Empty with *error set on failure. */
QList<StoredDocument> storedDocuments(Store &store, QString *error);

} // namespace ub
