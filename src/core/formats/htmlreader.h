// Reading the article text of a saved web page (.html, .htm), without the site's furniture.
#pragma once

#include "formattedtext.h"

#include <QByteArray>
#include <QString>

namespace ub {

/**
 * Reads a saved web page: decodes it (BOM, the declared charset, else detection), parses it with
 * gumbo, drops the site furniture (scripts, navigation, headers, footers, related links, counters)
 * and returns the text of the main article, one block per line, table rows with cells joined by '\t'.
 * Empty lines the author made (<p>&nbsp;</p>, <br><br>) stay, one at most in a row, like the empty
 * paragraphs of a Word file: reports use them to set off paragraphs and speakers' blocks, and the
 * extractor reads those blocks.
 *
 * A page with no article text (an index of links, an empty body) is an error, "网页中没有正文",
 * so an import names it instead of storing an empty report; title and encoding are still filled.
 * Pages over 16 MB are refused before parsing. @p path is only used in messages.
 */
FormattedText readHtml(const QByteArray &bytes, const QString &path);

} // namespace ub
