// A parsed web page flattened into an array, with text statistics per element, and its text by lines.
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <gumbo.h>

#include <vector>

namespace ub::html {

/** One node of the page in document order; an element's subtree is the index range [index, end). */
struct PageNode
{
    const GumboNode *node = nullptr;
    int parent = -1;
    int end = 0;
    GumboTag tag = GUMBO_TAG_UNKNOWN;
    bool isText = false;
    bool hidden = false; ///< never text: scripts, styles, form controls, display:none (and all inside)
    bool furniture =
        false; ///< site furniture by tag or id/class (navigation, footer, related links…), or hidden
    bool inLink = false; ///< inside an <a>
    // Over the subtree, furniture left out:
    qint64 chars = 0;       ///< non-space characters
    qint64 linkChars = 0;   ///< of which inside links
    qint64 punctuation = 0; ///< Chinese sentence punctuation (，。；、！？：), the mark of prose
    bool hasTable = false;
};

/**
 * The page as an array in document order, built without recursion (a page may nest thousands of
 * elements), with each element's text statistics. Furniture is marked, not removed, so the dateline
 * next to the title can still be found in an "info" bar.
 */
class PageTree
{
public:
    explicit PageTree(const GumboNode *document);

    const std::vector<PageNode> &nodes() const { return m_nodes; }
    const PageNode &at(int index) const { return m_nodes[size_t(index)]; }
    int size() const { return int(m_nodes.size()); }

    /** Whether @p ancestor is @p index or contains it. */
    bool contains(int ancestor, int index) const { return index >= ancestor && index < at(ancestor).end; }
    /** The text of a text node, entities decoded. */
    QString text(int index) const;
    /** An element's text on one line, whitespace collapsed; furniture included (titles, headings). */
    QString innerText(int index) const;
    /** The value of an element's attribute, or a null string. */
    QString attribute(int index, const char *name) const;

    enum class Furniture { Skip, Include };
    /**
     * The text of the subtree at @p root by lines: block elements and <br> break lines, a data table
     * row is one line with cells joined by '\t', whitespace collapses. Lines left empty by markup are
     * dropped; an empty line the author made (<p>&nbsp;</p>, <br><br>) is kept, one at most in a row.
     * For each element of @p watched, @p firstLine receives the number of the first line written at or after
     * it.
     */
    QStringList lines(int root, Furniture furniture, const QList<int> &watched = {},
                      QHash<int, int> *firstLine = nullptr) const;

    static bool isBlock(GumboTag tag);

private:
    void markFurniture(PageNode &node) const;
    void computeStatistics();
    bool isDataRow(int row) const;

    std::vector<PageNode> m_nodes;
};

} // namespace ub::html
