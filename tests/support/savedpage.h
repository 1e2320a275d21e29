// Web pages as sites save them, wrapped around an article, for the format and import tests.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ub::test {

/** How the site lays its pages out. */
enum class PageLayout {
    Divs,  ///< a current CMS: header with a visit counter, nav menu, article, related news, sidebar, footer
    Tables ///< an old government CMS: nested layout tables, the article in a <td> with <br> lines, no h1
};

/**
 * A saved page around @p heading and @p articleLines (one paragraph each), full of furniture with
 * numbers in it: a visit counter (访问量：123456), dated related links, a footer with 陕ICP备05012345号,
 * phone numbers and "2012-2024", scripts and styles. @p charsetMeta is the whole charset declaration.
 * The article was published 2020-01-15 09:30; the site's header shows today's date, 2024年3月1日.
 */
QString savedPage(const QString &heading, const QStringList &articleLines, PageLayout layout,
                  const QString &charsetMeta = QStringLiteral("<meta charset=\"utf-8\">"));

/** @p text encoded as GB18030 (what a GBK or GB2312 page holds for Chinese text). */
QByteArray encodedAs(const QString &text, const char *encoding);

} // namespace ub::test
