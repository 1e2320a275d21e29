#include "docxreader.h"

#include "wordprocessingml.h"
#include "ziparchive.h"

using namespace Qt::StringLiterals;

namespace ub {

namespace {

// The parts read, and how large each may inflate. The body of a 500-page report is a few MB of XML;
// 64 MB leaves room for anything real and bounds what a zip bomb can cost.
constexpr qint64 maxDocumentBytes = 64 * 1024 * 1024;
constexpr qint64 maxStylesBytes = 16 * 1024 * 1024;
constexpr qint64 maxSmallPartBytes = 1024 * 1024;

const QString defaultDocumentPart = u"word/document.xml"_s;

const QByteArray compoundFileMagic = QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");

/** A compound-file directory entry name as it is stored: UTF-16LE. */
QByteArray utf16LittleEndian(QStringView name)
{
    QByteArray bytes;
    bytes.reserve(name.size() * 2);
    for (QChar c : name) {
        bytes.append(char(c.unicode() & 0xFF));
        bytes.append(char(c.unicode() >> 8));
    }
    return bytes;
}

QString invalidWordFile(const QString &path, const QString &detail)
{
    return u"%1: 不是有效的 Word 文件（%2）"_s.arg(path, detail);
}

/** The main document part: where _rels/.rels points, if that is inside word/, else word/document.xml. */
QString documentPart(const ZipArchive &zip)
{
    const QString relationships = u"_rels/.rels"_s;
    if (!zip.contains(relationships))
        return defaultDocumentPart;
    const ZipArchive::Entry entry = zip.read(relationships, maxSmallPartBytes);
    const QString part = entry.error.isEmpty() ? wordml::officeDocumentPart(entry.data) : QString();
    if (part.startsWith(u"word/"_s, Qt::CaseInsensitive) && zip.contains(part))
        return part;
    return defaultDocumentPart;
}

/** An optional part (styles, core properties): missing or unreadable only means less metadata. */
QByteArray optionalPart(const ZipArchive &zip, const QString &name, qint64 maxBytes)
{
    if (!zip.contains(name))
        return {};
    const ZipArchive::Entry entry = zip.read(name, maxBytes);
    return entry.error.isEmpty() ? entry.data : QByteArray();
}

} // namespace

bool isEncryptedOfficeFile(const QByteArray &bytes)
{
    // Word stores a password-protected .docx as a compound file with the package in a stream
    // named "EncryptedPackage" (MS-OFFCRYPTO); directory entry names are UTF-16LE.
    return bytes.startsWith(compoundFileMagic) && bytes.contains(utf16LittleEndian(u"EncryptedPackage"));
}

bool isLegacyWordFile(const QByteArray &bytes)
{
    return bytes.startsWith(compoundFileMagic) && !isEncryptedOfficeFile(bytes);
}

FormattedText readDocx(const QByteArray &bytes, const QString &path)
{
    FormattedText result;
    result.encoding = u"DOCX"_s;
    if (isEncryptedOfficeFile(bytes)) {
        result.error = u"%1: Word 文件已加密，请取消密码后再导入"_s.arg(path);
        return result;
    }
    if (isLegacyWordFile(bytes)) {
        result.error = u"%1: 旧版 Word 格式（.doc），请另存为 .docx 后再导入"_s.arg(path);
        return result;
    }
    const ZipArchive zip(bytes);
    if (!zip.openError().isEmpty()) {
        result.error = invalidWordFile(path, zip.openError());
        return result;
    }
    const QString part = documentPart(zip);
    if (!zip.contains(part)) {
        result.error = u"%1: 不是 Word 文档（压缩包中没有 %2）"_s.arg(path, part);
        return result;
    }
    const ZipArchive::Entry document = zip.read(part, maxDocumentBytes);
    if (!document.error.isEmpty()) {
        result.error = invalidWordFile(path, document.error);
        return result;
    }

    const QSet<QString> headingStyles =
        wordml::headingStyleIds(optionalPart(zip, u"word/styles.xml"_s, maxStylesBytes));
    const wordml::BodyText body = wordml::readBody(document.data, headingStyles);
    if (!body.error.isEmpty()) {
        result.error = invalidWordFile(path, u"%1 %2"_s.arg(part, body.error));
        return result;
    }
    const wordml::CoreProperties core =
        wordml::readCoreProperties(optionalPart(zip, u"docProps/core.xml"_s, maxSmallPartBytes));

    result.text = body.lines.join(u'\n');
    result.title = core.title.isEmpty() ? body.firstHeading : core.title;
    result.dateline = core.created;
    return result;
}

} // namespace ub
