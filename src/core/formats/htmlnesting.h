// Bounding how deeply a web page's elements nest, before the HTML parser sees it.
#pragma once

#include <QByteArray>

namespace ub::html {

/**
 * Deeper than any real page (old table layouts reach about a hundred), shallow enough that the
 * parser's scans of its open elements stay cheap: a 16 MB page at this depth parses in a few seconds.
 */
constexpr int maxNestingDepth = 512;

/**
 * Drops the start and end tags of elements that would open deeper than @p maxDepth levels (a table
 * counts four, for the body, row and cell it implies; a list two), keeping their
 * text, and returns how many tags it dropped. gumbo's tree construction looks through the stack of
 * open elements at nearly every tag, so 100 000 nested <div>s take it minutes; after this it never
 * sees a stack deeper than about @p maxDepth. The scan is a cheap tokenizer (comments, raw-text
 * elements, quoted attributes) that errs on the deep side: a page it misjudges only loses markup.
 */
int capNestingDepth(QByteArray &utf8Html, int maxDepth = maxNestingDepth);

} // namespace ub::html
