// Word packages (.docx) and other zip archives built in memory with QuaZip, for the format and import tests.
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace ub::test {

/** Escapes text for XML character data and attribute values. */
QString xmlEscaped(const QString &text);

/** A zip archive of the given entries, in order, deflated. */
QByteArray zipArchive(const QList<QPair<QString, QByteArray>> &entries);

/**
 * A zip holding one entry that inflates to @p inflatedBytes: @p head, then @p repeated over and over,
 * then @p tail, compressed once per distinct piece (deflate full flushes make the repeats identical),
 * so a 1 GiB entry costs milliseconds and about a megabyte. @p claimedSize is what the headers say the
 * entry inflates to (-1: the truth), to try readers that trust them.
 */
QByteArray zipBomb(const QString &entryName, const QByteArray &head, const QByteArray &repeated,
                   const QByteArray &tail, qint64 inflatedBytes, qint64 claimedSize = -1);

/** Builds a minimal valid .docx ([Content_Types].xml, _rels/.rels, word/document.xml, docProps/core.xml). */
class DocxBuilder
{
public:
    /** A paragraph of runs; @p style is a w:pStyle id ("Heading1"). */
    DocxBuilder &paragraph(const QStringList &runs, const QString &style = {});
    /** A table of plain cells, one paragraph each. */
    DocxBuilder &table(const QList<QStringList> &rows);
    /** Any body XML (w: prefix bound to the WordprocessingML namespace). */
    DocxBuilder &bodyXml(const QString &xml);
    DocxBuilder &title(const QString &title);
    DocxBuilder &created(const QString &w3cdtf);
    /** A styles part declaring "Heading1" as heading 1 and "a3" (as Chinese Word names it) as the title. */
    DocxBuilder &withStyles();
    /** Another part, such as a footer or footnotes, listed in the package as Word would. */
    DocxBuilder &extraPart(const QString &name, const QByteArray &xml);

    QByteArray documentXml() const;
    QByteArray build() const;

    static QString runXml(const QString &text, bool bold = false);

private:
    QString m_body;
    QString m_title;
    QString m_created;
    bool m_styles = false;
    QList<QPair<QString, QByteArray>> m_extraParts;
};

} // namespace ub::test
