#include "htmlcharset.h"

#include "textdecoder.h"

#include <QRegularExpression>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace ub::html {

namespace {

/** How far into a page its charset declaration is looked for (browsers prescan 1024 bytes; CMSs put scripts
 * first). */
constexpr qsizetype prescanBytes = 4096;

bool isGbFamily(const QByteArray &charset)
{
    return charset == "gb2312" || charset == "gbk" || charset == "gb18030" || charset == "x-gbk" ||
           charset == "cp936" || charset == "windows-936" || charset == "euc-cn" || charset == "csgb2312" ||
           charset == "gb_2312-80" || charset == "chinese";
}

/**
 * Declarations that the detector handles better than a decoder of that name: UTF-8 and the GB
 * family are exactly what it tells apart, and Latin ones on a Chinese site are nearly always wrong
 * (an editor's default left in the template).
 */
bool isForDetection(const QByteArray &charset)
{
    return charset.isEmpty() || isGbFamily(charset) || charset == "utf-8" || charset == "utf8" ||
           charset == "unicode-1-1-utf-8" || charset == "iso-8859-1" || charset == "latin1" ||
           charset == "windows-1252" || charset == "us-ascii" ||
           charset == "ascii"
           // A meta tag cannot declare UTF-16 (the tag itself would not be readable); the HTML spec reads it
           // as UTF-8.
           || charset.startsWith("utf-16");
}

QByteArray canonicalName(const QByteArray &charset)
{
    if (charset == "big5" || charset == "big5-hkscs" || charset == "x-x-big5" || charset == "cp950" ||
        charset == "csbig5")
        return "Big5";
    return charset;
}

/** Decodes with ub_text's detector and keeps its verdict; only the message is reworded for a web page. */
DecodedPage detectAndDecode(const QByteArray &bytes, const QString &path)
{
    DecodedPage page;
    const DecodeResult decoded = decodeText(bytes, path);
    if (!decoded.ok) {
        // decodeText says "name: problem"; keep the problem, name the file by its path.
        const qsizetype colon = decoded.error.indexOf(u": "_s);
        const QString problem = colon >= 0 ? decoded.error.mid(colon + 2) : decoded.error;
        page.error = u"%1: 网页无法解码（%2）"_s.arg(path, problem);
        return page;
    }
    page.text = decoded.decoded.text;
    page.encoding = decoded.decoded.encoding;
    return page;
}

} // namespace

QByteArray declaredCharset(const QByteArray &bytes)
{
    const QString head = QString::fromLatin1(bytes.left(prescanBytes)).toLower();
    // charset= inside a meta tag covers both <meta charset="gbk"> and the http-equiv content form.
    static const QRegularExpression metaTag(u"<meta\\b[^>]*>"_s);
    static const QRegularExpression charsetAttribute(u"charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.\\-]+)"_s);
    for (QRegularExpressionMatchIterator it = metaTag.globalMatch(head); it.hasNext();) {
        const QRegularExpressionMatch charset = charsetAttribute.match(it.next().captured());
        if (charset.hasMatch())
            return charset.captured(1).toLatin1();
    }
    static const QRegularExpression xmlDeclaration(
        u"^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([a-z0-9_:.\\-]+)"_s);
    const QRegularExpressionMatch xml = xmlDeclaration.match(head);
    if (xml.hasMatch())
        return xml.captured(1).toLatin1();
    return {};
}

DecodedPage decodePage(const QByteArray &bytes, const QString &path)
{
    const bool hasBom =
        bytes.startsWith("\xEF\xBB\xBF") || bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF");
    const QByteArray declared = hasBom ? QByteArray() : declaredCharset(bytes);
    if (hasBom || isForDetection(declared))
        return detectAndDecode(bytes, path);

    // Big5 and the rest: Qt's decoders by name (backed by ICU). An unknown name falls back to detection.
    const QByteArray name = canonicalName(declared);
    QStringDecoder decoder(name.constData());
    if (!decoder.isValid())
        return detectAndDecode(bytes, path);
    DecodedPage page;
    page.text = decoder.decode(bytes);
    page.encoding = QString::fromLatin1(name);
    if (decoder.hasError()) {
        page.text.clear();
        page.error = u"%1: 网页无法解码（声明的字符集 %2 与内容不符）"_s.arg(path, page.encoding);
    }
    return page;
}

} // namespace ub::html
