// Finding and applying the character encoding of a saved web page, before it is parsed.
#pragma once

#include <QByteArray>
#include <QString>

namespace ub::html {

/** A page's text as Unicode, or why its bytes could not be decoded. */
struct DecodedPage
{
    QString text;
    QString encoding; ///< "GB18030", "UTF-8", "Big5", …
    QString error;    ///< names the file; empty on success
};

/**
 * The charset a page declares in its first 4 KiB: <meta charset>, <meta http-equiv="Content-Type"
 * content="…; charset=…"> or an XML declaration, lowercased ("gb2312"), or empty when it declares none.
 */
QByteArray declaredCharset(const QByteArray &bytes);

/**
 * Decodes a page: a BOM wins, then the declared charset, then detection (ub_text's decodeText).
 * GB2312 and GBK pages are decoded as GB18030, their superset; a page declaring a Chinese or Latin
 * charset that is really UTF-8 (a common copy-and-paste mistake) is read as UTF-8.
 */
DecodedPage decodePage(const QByteArray &bytes, const QString &path);

} // namespace ub::html
