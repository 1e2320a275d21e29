#include "docxbuilder.h"

#include <QBuffer>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>
#include <zlib.h>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace ub::test {

namespace {

const QString wordNamespace = u"http://schemas.openxmlformats.org/wordprocessingml/2006/main"_s;

/** Raw deflate (as zip stores it) of @p data, ending in a full flush or the final block. */
QByteArray deflatePiece(z_stream &stream, const QByteArray &data, int flush)
{
    QByteArray out;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    char buffer[64 * 1024];
    do {
        stream.next_out = reinterpret_cast<Bytef *>(buffer);
        stream.avail_out = sizeof buffer;
        deflate(&stream, flush);
        out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
    } while (stream.avail_out == 0);
    return out;
}

} // namespace

QString xmlEscaped(const QString &text)
{
    QString escaped = text.toHtmlEscaped();
    escaped.replace(u"'"_s, u"&apos;"_s);
    return escaped;
}

QByteArray zipArchive(const QList<QPair<QString, QByteArray>> &entries)
{
    QBuffer buffer;
    QuaZip zip(&buffer);
    EXPECT_TRUE(zip.open(QuaZip::mdCreate)) << zip.getZipError();
    for (const auto &[name, data] : entries) {
        QuaZipFile file(&zip);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly, QuaZipNewInfo(name))) << name.toStdString();
        file.write(data);
        file.close();
        EXPECT_EQ(file.getZipError(), ZIP_OK);
    }
    zip.close();
    EXPECT_EQ(zip.getZipError(), ZIP_OK);
    return buffer.data();
}

QByteArray zipBomb(const QString &entryName, const QByteArray &head, const QByteArray &repeated,
                   const QByteArray &tail, qint64 inflatedBytes, qint64 claimedSize)
{
    const qint64 repeats = qMax<qint64>(0, (inflatedBytes - head.size() - tail.size()) / repeated.size());
    z_stream stream{};
    deflateInit2(&stream, 9, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    const QByteArray compressedHead = deflatePiece(stream, head, Z_FULL_FLUSH);
    // After a full flush nothing refers back and the output is byte-aligned, so the same input
    // compresses to the same bytes every time: compress it once, write it many times.
    const QByteArray compressedRepeat = deflatePiece(stream, repeated, Z_FULL_FLUSH);
    EXPECT_EQ(deflatePiece(stream, repeated, Z_FULL_FLUSH), compressedRepeat);
    const QByteArray compressedTail = deflatePiece(stream, tail, Z_FINISH);
    deflateEnd(&stream);

    // The extra repeat compressed for the check above is part of the stream too.
    const qint64 totalRepeats = repeats + 1;
    const qint64 size = head.size() + totalRepeats * repeated.size() + tail.size();
    uLong crc = crc32(0, reinterpret_cast<const Bytef *>(head.constData()), uInt(head.size()));
    const uLong repeatCrc =
        crc32(0, reinterpret_cast<const Bytef *>(repeated.constData()), uInt(repeated.size()));
    for (qint64 i = 0; i < totalRepeats; ++i)
        crc = crc32_combine(crc, repeatCrc, z_off_t(repeated.size()));
    crc = crc32_combine(crc, crc32(0, reinterpret_cast<const Bytef *>(tail.constData()), uInt(tail.size())),
                        z_off_t(tail.size()));

    QBuffer buffer;
    QuaZip zip(&buffer);
    EXPECT_TRUE(zip.open(QuaZip::mdCreate));
    const QList<QPair<QString, QByteArray>> package = {
        {u"[Content_Types].xml"_s, QByteArrayLiteral("<?xml version=\"1.0\"?><Types/>")}};
    for (const auto &[name, data] : package) {
        QuaZipFile file(&zip);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)));
        file.write(data);
        file.close();
    }
    QuaZipNewInfo info(entryName);
    info.uncompressedSize = ulong(claimedSize >= 0 ? claimedSize : size);
    QuaZipFile file(&zip);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly, info, nullptr, quint32(crc), Z_DEFLATED, 9, true));
    file.write(compressedHead);
    for (qint64 i = 0; i < totalRepeats; ++i)
        file.write(compressedRepeat);
    file.write(compressedTail);
    file.close();
    EXPECT_EQ(file.getZipError(), ZIP_OK);
    zip.close();
    return buffer.data();
}

QString DocxBuilder::runXml(const QString &text, bool bold)
{
    const QString properties = bold ? u"<w:rPr><w:b/></w:rPr>"_s : QString();
    return u"<w:r>%1<w:t xml:space=\"preserve\">%2</w:t></w:r>"_s.arg(properties, xmlEscaped(text));
}

DocxBuilder &DocxBuilder::paragraph(const QStringList &runs, const QString &style)
{
    m_body += u"<w:p>"_s;
    if (!style.isEmpty())
        m_body += u"<w:pPr><w:pStyle w:val=\"%1\"/></w:pPr>"_s.arg(style);
    bool bold = false;
    for (const QString &run : runs) {
        m_body += runXml(run, bold);
        bold = !bold;
    }
    m_body += u"</w:p>"_s;
    return *this;
}

DocxBuilder &DocxBuilder::table(const QList<QStringList> &rows)
{
    m_body += u"<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid/>"_s;
    for (const QStringList &row : rows) {
        m_body += u"<w:tr>"_s;
        for (const QString &cell : row)
            m_body +=
                u"<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr><w:p>%1</w:p></w:tc>"_s.arg(
                    runXml(cell));
        m_body += u"</w:tr>"_s;
    }
    m_body += u"</w:tbl>"_s;
    return *this;
}

DocxBuilder &DocxBuilder::bodyXml(const QString &xml)
{
    m_body += xml;
    return *this;
}

DocxBuilder &DocxBuilder::title(const QString &title)
{
    m_title = title;
    return *this;
}

DocxBuilder &DocxBuilder::created(const QString &w3cdtf)
{
    m_created = w3cdtf;
    return *this;
}

DocxBuilder &DocxBuilder::withStyles()
{
    m_styles = true;
    return *this;
}

DocxBuilder &DocxBuilder::extraPart(const QString &name, const QByteArray &xml)
{
    m_extraParts.append({name, xml});
    return *this;
}

QByteArray DocxBuilder::documentXml() const
{
    return (u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            "<w:document xmlns:w=\"%1\" "
            "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
            "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" "
            "xmlns:v=\"urn:schemas-microsoft-com:vml\" mc:Ignorable=\"wps\">"
            "<w:body>%2<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body></w:document>"_s)
        .arg(wordNamespace, m_body)
        .toUtf8();
}

QByteArray DocxBuilder::build() const
{
    QString overrides;
    for (const auto &[name, xml] : m_extraParts)
        overrides += u"<Override PartName=\"/%1\" ContentType=\"application/xml\"/>"_s.arg(name);
    const QByteArray contentTypes =
        (u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
         "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
         "<Default Extension=\"rels\" "
         "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
         "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
         "<Override PartName=\"/word/document.xml\" "
         "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
         "<Override PartName=\"/docProps/core.xml\" "
         "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>%1</Types>"_s)
            .arg(overrides)
            .toUtf8();
    const QByteArray relationships = QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
        "Target=\"word/document.xml\"/>"
        "<Relationship Id=\"rId2\" "
        "Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" "
        "Target=\"docProps/core.xml\"/></Relationships>");
    QString core =
        u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        "<cp:coreProperties "
        "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
        "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
        "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"_s;
    if (!m_title.isEmpty())
        core += u"<dc:title>%1</dc:title>"_s.arg(xmlEscaped(m_title));
    core += u"<dc:creator>陕西省总工会办公室</dc:creator>"_s;
    if (!m_created.isEmpty())
        core += u"<dcterms:created xsi:type=\"dcterms:W3CDTF\">%1</dcterms:created>"_s.arg(m_created);
    core += u"</cp:coreProperties>"_s;

    QList<QPair<QString, QByteArray>> entries = {{u"[Content_Types].xml"_s, contentTypes},
                                                 {u"_rels/.rels"_s, relationships},
                                                 {u"word/document.xml"_s, documentXml()},
                                                 {u"docProps/core.xml"_s, core.toUtf8()}};
    if (m_styles) {
        entries.append({u"word/styles.xml"_s,
                        (u"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles xmlns:w=\"%1\">"
                         "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"a\"><w:name "
                         "w:val=\"Normal\"/></w:style>"
                         "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>"
                         "<w:basedOn w:val=\"a\"/><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>"
                         "<w:style w:type=\"paragraph\" w:styleId=\"a3\"><w:name w:val=\"Title\"/></w:style>"
                         "<w:style w:type=\"paragraph\" w:styleId=\"report\"><w:name w:val=\"报告标题\"/>"
                         "<w:basedOn w:val=\"Heading1\"/></w:style></w:styles>"_s)
                            .arg(wordNamespace)
                            .toUtf8()});
    }
    entries.append(m_extraParts);
    return zipArchive(entries);
}

} // namespace ub::test
