// Finding the article in a parsed web page: its text, title and dateline, without the site around it.
#pragma once

#include <QString>
#include <QStringList>

namespace ub::html {

class PageTree;

/** What a page says as an article. */
struct Article
{
    QString text;     ///< the article's lines joined by '\n'; empty when the page has no article
    QString title;    ///< <title> without the site's name, or the article's heading
    QString dateline; ///< the publication date as written near the title or in a meta tag, or empty
};

/**
 * Scores the page's block containers as Readability does, adapted to Chinese: each paragraph
 * (a block holding at least a few characters of its own, mostly not link text) is worth one plus its
 * sentence punctuation plus up to three for its length; the worth goes to the block that holds the
 * paragraph and, halved and thirded, to the two above it. The best container, times one minus its link
 * density (over one half disqualifies), is the article, joined by siblings nearly as good. The article's
 * heading is put in front when it stands outside, and short furniture lines (counters, 版权所有, 上一篇)
 * that slipped in are dropped.
 */
Article findArticle(const PageTree &tree);

/** A page title split at "_", "|", "——", " - " and the like, parts trimmed. */
QStringList titleParts(const QString &title);

/** The longest part of a page title split at "_", "|", "——", " - " and the like: the site's name goes. */
QString trimSiteSuffix(const QString &title);

/** The first date in @p text (2023-10-05, 2023/10/05, 2023年10月5日, optionally with a time) as written, or
 * empty. */
QString findDate(const QString &text);

} // namespace ub::html
