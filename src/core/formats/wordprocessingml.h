// The XML parts of a Word package (document body, styles, core properties, relationships) turned into values.
#pragma once

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>

namespace ub::wordml {

/** The text of word/document.xml, one entry per paragraph or table row, or why the XML is broken. */
struct BodyText
{
    QStringList lines;    ///< may hold '\n' from w:br; joined with '\n' they are the document's text
    QString firstHeading; ///< the first non-empty paragraph in a heading or title style
    QString error;        ///< "第 12 行第 5 列：…" when the XML is malformed; empty otherwise
};

/**
 * Reads the body: paragraphs one line each; runs' w:t concatenated, w:tab as '\t', w:br/w:cr as '\n';
 * table rows one line with cells joined by '\t' (a cell's paragraphs joined by a space, a nested
 * table's rows and cells likewise, a vertically merged label repeated down its rows); text boxes
 * after their paragraph. Deleted and moved-away revisions, hidden runs, field instructions (w:instrText,
 * w:fldSimple's instr) and the VML fallbacks of drawings are left out. Footnotes, endnotes, comments,
 * headers and footers live in other parts and are not read at all: they are page furniture, and their
 * figures would be counted apart from the sentence they belong to.
 */
BodyText readBody(const QByteArray &documentXml, const QSet<QString> &headingStyleIds);

/** The ids of the paragraph styles that are headings or the title in word/styles.xml, following basedOn. */
QSet<QString> headingStyleIds(const QByteArray &stylesXml);

/** What docProps/core.xml says about the document. */
struct CoreProperties
{
    QString title;   ///< dc:title, without a "Microsoft Word - " prefix
    QString created; ///< the date of dcterms:created, "YYYY-MM-DD", or empty
};
CoreProperties readCoreProperties(const QByteArray &coreXml);

/** The main document part named by _rels/.rels (usually "word/document.xml"), or empty when none is. */
QString officeDocumentPart(const QByteArray &packageRelationshipsXml);

} // namespace ub::wordml
