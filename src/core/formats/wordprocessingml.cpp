#include "wordprocessingml.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace ub::wordml {

namespace {

// Transitional (what Word writes) and Strict Office Open XML name the same elements differently.
constexpr QStringView wordTransitional = u"http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr QStringView wordStrict = u"http://purl.oclc.org/ooxml/wordprocessingml/main";
constexpr QStringView markupCompatibility = u"http://schemas.openxmlformats.org/markup-compatibility/2006";
constexpr QStringView dublinCore = u"http://purl.org/dc/elements/1.1/";
constexpr QStringView dublinCoreTerms = u"http://purl.org/dc/terms/";

bool isWordNamespace(QStringView uri)
{
    return uri == wordTransitional || uri == wordStrict;
}

bool isWordElement(const QXmlStreamReader &xml, QStringView localName)
{
    return xml.name() == localName && isWordNamespace(xml.namespaceUri());
}

/** A w:-prefixed attribute such as w:val (Word's attributes are namespaced, unlike most XML). */
QString wordAttribute(const QXmlStreamReader &xml, QStringView localName)
{
    const QXmlStreamAttributes attributes = xml.attributes();
    for (const QXmlStreamAttribute &attribute : attributes) {
        if (attribute.name() == localName &&
            (isWordNamespace(attribute.namespaceUri()) || attribute.namespaceUri().isEmpty()))
            return attribute.value().toString();
    }
    return {};
}

/** An on/off property (w:vanish, w:b): present means on unless w:val says otherwise. */
bool isOn(const QXmlStreamReader &xml)
{
    const QString value = wordAttribute(xml, u"val");
    return value.isEmpty() || (value != u"0"_s && value != u"false"_s && value != u"off"_s);
}

QString positionMessage(const QXmlStreamReader &xml)
{
    return u"第 %1 行第 %2 列：%3"_s.arg(xml.lineNumber()).arg(xml.columnNumber()).arg(xml.errorString());
}

bool hasDigit(QStringView text)
{
    for (QChar c : text) {
        if (c.isDigit())
            return true;
    }
    return false;
}

/** Style ids Word uses when a package has no styles part to say which styles are headings. */
bool looksLikeHeadingStyleId(const QString &styleId)
{
    static const QRegularExpression pattern(u"^(?:heading\\s*[1-9]|title|标题\\s*[1-9]?)$"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern.match(styleId).hasMatch();
}

/** Walks word/document.xml once, as a stream, keeping only the state of the open paragraphs and tables. */
class BodyParser
{
public:
    BodyParser(const QByteArray &xml, const QSet<QString> &headingStyleIds)
        : m_xml(xml)
        , m_headingStyleIds(headingStyleIds)
    {}

    BodyText run()
    {
        while (!m_xml.atEnd()) {
            switch (m_xml.readNext()) {
            case QXmlStreamReader::DTD:
                // Office XML never has a DTD; one here can only be an entity-expansion attack.
                m_xml.raiseError(u"文档含有 DTD，Word 文件不会有"_s);
                break;
            case QXmlStreamReader::StartElement:
                startElement();
                break;
            case QXmlStreamReader::EndElement:
                endElement();
                break;
            case QXmlStreamReader::Characters:
                if (m_inText && !m_hiddenRun)
                    appendText(m_xml.text());
                break;
            default:
                break;
            }
        }
        if (m_xml.hasError()) {
            m_result.lines.clear();
            m_result.error = positionMessage(m_xml);
        }
        return m_result;
    }

private:
    struct Paragraph
    {
        QString text;
        bool heading = false;
        QStringList textBoxes; ///< paragraphs of text boxes anchored in this one, emitted after it
    };
    struct Cell
    {
        QString text;
        int span = 1;
        bool continuesMerge = false; ///< w:vMerge without "restart": the cell above spans into this one
        bool startsMerge = false;
    };
    struct Table
    {
        QStringList cells; ///< the open row's finished cells
        Cell cell;
        bool inCell = false;
        int column = 0;                  ///< grid column of the open cell
        QHash<int, QString> mergedLabel; ///< text of the vertically merged cell that starts in a column
    };

    void startElement()
    {
        if (m_xml.name() == u"Fallback" && m_xml.namespaceUri() == markupCompatibility) {
            // mc:AlternateContent repeats a drawing (with its text box) for old readers; the
            // mc:Choice branch already had it.
            m_xml.skipCurrentElement();
            return;
        }
        if (!isWordNamespace(m_xml.namespaceUri()))
            return;
        const QStringView name = m_xml.name();
        if (name == u"p") {
            m_paragraphs.append(Paragraph());
        } else if (name == u"pPr") {
            readParagraphProperties();
        } else if (name == u"r") {
            m_hiddenRun = false;
        } else if (name == u"rPr") {
            readRunProperties();
        } else if (name == u"t") {
            m_inText = true;
        } else if (name == u"tab") {
            appendText(u"\t");
        } else if (name == u"br" || name == u"cr") {
            appendText(u"\n");
        } else if (name == u"noBreakHyphen") {
            appendText(u"-");
        } else if (name == u"tbl") {
            m_tables.append(Table());
        } else if (name == u"trPr") {
            readRowProperties();
        } else if (name == u"tc") {
            if (!m_tables.isEmpty()) {
                m_tables.last().inCell = true;
                m_tables.last().cell = Cell();
            }
        } else if (name == u"tcPr") {
            readCellProperties();
        } else if (name == u"del" || name == u"moveFrom" || name == u"delText" || name == u"instrText" ||
                   name == u"sdtPr" || name == u"sdtEndPr" || name == u"tblPr" || name == u"tblGrid" ||
                   name == u"sectPr" || name == u"fldData") {
            // Deleted or moved-away revisions, field codes and properties: never shown as text.
            m_xml.skipCurrentElement();
        }
    }

    void endElement()
    {
        if (!isWordNamespace(m_xml.namespaceUri()))
            return;
        const QStringView name = m_xml.name();
        if (name == u"t") {
            m_inText = false;
        } else if (name == u"r") {
            m_hiddenRun = false;
        } else if (name == u"p") {
            endParagraph();
        } else if (name == u"tc") {
            endCell();
        } else if (name == u"tr") {
            endRow();
        } else if (name == u"tbl") {
            if (!m_tables.isEmpty())
                m_tables.removeLast();
        }
    }

    /** Reads w:pPr to its end: the style (is it a heading?) and a direct outline level. */
    void readParagraphProperties()
    {
        bool heading = false;
        while (m_xml.readNextStartElement()) {
            if (isWordElement(m_xml, u"pStyle")) {
                const QString styleId = wordAttribute(m_xml, u"val");
                heading = heading || m_headingStyleIds.contains(styleId) ||
                          (m_headingStyleIds.isEmpty() && looksLikeHeadingStyleId(styleId));
            } else if (isWordElement(m_xml, u"outlineLvl")) {
                bool ok = false;
                const int level = wordAttribute(m_xml, u"val").toInt(&ok);
                heading = heading || (ok && level >= 0 && level < 9); // 9 is "body text"
            }
            m_xml.skipCurrentElement();
        }
        if (heading && !m_paragraphs.isEmpty())
            m_paragraphs.last().heading = true;
    }

    /** Reads w:rPr to its end: hidden text (w:vanish, w:webHidden) is not part of the document. */
    void readRunProperties()
    {
        while (m_xml.readNextStartElement()) {
            if (isWordElement(m_xml, u"vanish") || isWordElement(m_xml, u"webHidden"))
                m_hiddenRun = m_hiddenRun || isOn(m_xml);
            m_xml.skipCurrentElement();
        }
    }

    void readRowProperties()
    {
        while (m_xml.readNextStartElement()) {
            if (isWordElement(m_xml, u"gridBefore") && !m_tables.isEmpty())
                m_tables.last().column = qMax(0, wordAttribute(m_xml, u"val").toInt());
            m_xml.skipCurrentElement();
        }
    }

    void readCellProperties()
    {
        Cell *cell = m_tables.isEmpty() ? nullptr : &m_tables.last().cell;
        while (m_xml.readNextStartElement()) {
            if (cell && isWordElement(m_xml, u"gridSpan")) {
                cell->span = qBound(1, wordAttribute(m_xml, u"val").toInt(), 64);
            } else if (cell && isWordElement(m_xml, u"vMerge")) {
                const bool restart = wordAttribute(m_xml, u"val") == u"restart"_s;
                cell->startsMerge = restart;
                cell->continuesMerge = !restart;
            }
            m_xml.skipCurrentElement();
        }
    }

    void appendText(QStringView text)
    {
        if (!m_paragraphs.isEmpty())
            m_paragraphs.last().text += text;
    }

    void endParagraph()
    {
        if (m_paragraphs.isEmpty())
            return;
        const Paragraph paragraph = m_paragraphs.takeLast();
        if (paragraph.heading && m_result.firstHeading.isEmpty())
            m_result.firstHeading = paragraph.text.simplified();
        if (!m_paragraphs.isEmpty()) {
            // A text box's paragraph: it reads after the paragraph that anchors it.
            m_paragraphs.last().textBoxes << paragraph.text << paragraph.textBoxes;
            return;
        }
        deliver(paragraph.text);
        for (const QString &textBox : paragraph.textBoxes)
            deliver(textBox);
    }

    /** A finished paragraph goes into the open table cell, or is a line of its own. */
    void deliver(const QString &paragraph)
    {
        if (!m_tables.isEmpty() && m_tables.last().inCell)
            appendToCell(m_tables.last().cell, paragraph);
        else
            m_result.lines << paragraph;
    }

    static void appendToCell(Cell &cell, const QString &text)
    {
        // The row must stay one line, so a cell's own line breaks become spaces.
        QString piece = text;
        piece.replace(u'\n', u' ').replace(u'\t', u' ');
        piece = piece.trimmed();
        if (piece.isEmpty())
            return;
        if (!cell.text.isEmpty())
            cell.text += u' ';
        cell.text += piece;
    }

    void endCell()
    {
        if (m_tables.isEmpty())
            return;
        Table &table = m_tables.last();
        QString text = table.cell.text;
        if (table.cell.continuesMerge) {
            // Repeat a merged label (a city, a category) so each row keeps it; never a number,
            // which would then be counted once per row.
            const QString label = table.mergedLabel.value(table.column);
            if (text.isEmpty() && !hasDigit(label))
                text = label;
        } else if (table.cell.startsMerge) {
            table.mergedLabel.insert(table.column, text);
        } else {
            table.mergedLabel.remove(table.column);
        }
        table.cells << text;
        table.column += table.cell.span;
        table.inCell = false;
        table.cell = Cell();
    }

    void endRow()
    {
        if (m_tables.isEmpty())
            return;
        Table &table = m_tables.last();
        const QStringList cells = table.cells;
        table.cells.clear();
        table.column = 0;
        if (m_tables.size() > 1 && m_tables.at(m_tables.size() - 2).inCell) {
            // A table nested in a cell flattens into that cell, so the outer row stays one line.
            appendToCell(m_tables[m_tables.size() - 2].cell, cells.join(u' '));
            return;
        }
        QString row = cells.join(u'\t');
        while (!row.isEmpty() && row.back().isSpace())
            row.chop(1);
        if (!row.isEmpty())
            m_result.lines << row;
    }

    QXmlStreamReader m_xml;
    const QSet<QString> &m_headingStyleIds;
    QList<Paragraph> m_paragraphs; ///< open paragraphs; more than one inside text boxes
    QList<Table> m_tables;         ///< open tables; more than one when nested
    bool m_inText = false;
    bool m_hiddenRun = false;
    BodyText m_result;
};

} // namespace

BodyText readBody(const QByteArray &documentXml, const QSet<QString> &headingStyleIds)
{
    return BodyParser(documentXml, headingStyleIds).run();
}

QSet<QString> headingStyleIds(const QByteArray &stylesXml)
{
    struct Style
    {
        QString basedOn;
        bool heading = false;
    };
    QHash<QString, Style> styles;
    QXmlStreamReader xml(stylesXml);
    QString current;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (isWordElement(xml, u"style")) {
            current =
                wordAttribute(xml, u"type") == u"paragraph"_s ? wordAttribute(xml, u"styleId") : QString();
            if (!current.isEmpty())
                styles.insert(current, Style());
        } else if (current.isEmpty()) {
            continue;
        } else if (isWordElement(xml, u"name")) {
            // Built-in style names are English whatever the language of Word ("heading 1", "Title").
            const QString name = wordAttribute(xml, u"val").toLower();
            if (name.startsWith(u"heading"_s) || name == u"title"_s)
                styles[current].heading = true;
        } else if (isWordElement(xml, u"basedOn")) {
            styles[current].basedOn = wordAttribute(xml, u"val");
        } else if (isWordElement(xml, u"outlineLvl")) {
            bool ok = false;
            const int level = wordAttribute(xml, u"val").toInt(&ok);
            if (ok && level >= 0 && level < 9)
                styles[current].heading = true;
        }
    }
    QSet<QString> headings;
    for (auto it = styles.cbegin(); it != styles.cend(); ++it) {
        // Follow basedOn a few steps: a custom "报告标题" style based on "heading 1" is a heading.
        QString id = it.key();
        for (int step = 0; step < 16 && styles.contains(id); ++step) {
            if (styles.value(id).heading) {
                headings.insert(it.key());
                break;
            }
            id = styles.value(id).basedOn;
        }
    }
    return headings;
}

CoreProperties readCoreProperties(const QByteArray &coreXml)
{
    CoreProperties properties;
    QXmlStreamReader xml(coreXml);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"title" && xml.namespaceUri() == dublinCore) {
            properties.title = xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
        } else if (xml.name() == u"created" && xml.namespaceUri() == dublinCoreTerms) {
            static const QRegularExpression date(u"^\\s*(\\d{4}-\\d{2}-\\d{2})"_s);
            const QRegularExpressionMatch match = date.match(xml.readElementText());
            if (match.hasMatch())
                properties.created = match.captured(1);
        }
    }
    // Documents converted from .doc keep the title Word gave the window ("Microsoft Word - 报告.doc").
    static const QRegularExpression wordPrefix(u"^Microsoft Word\\s*-\\s*"_s);
    properties.title.remove(wordPrefix);
    return properties;
}

QString officeDocumentPart(const QByteArray &packageRelationshipsXml)
{
    QXmlStreamReader xml(packageRelationshipsXml);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"Relationship")
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (!attributes.value(u"Type"_s).endsWith(u"/officeDocument"))
            continue;
        QString target = attributes.value(u"Target"_s).toString();
        while (target.startsWith(u'/'))
            target.remove(0, 1);
        return target;
    }
    return {};
}

} // namespace ub::wordml
