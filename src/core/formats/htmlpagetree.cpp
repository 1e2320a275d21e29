#include "htmlpagetree.h"

#include "htmllinewriter.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ub::html {

namespace {

/** Elements whose content is never article text. */
bool isHiddenTag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_MAP:
        return true;
    default:
        return false;
    }
}

/**
 * Site furniture by tag. <form> is deliberately not here: ASP.NET sites, common among government
 * CMSs, wrap the whole page in one; its controls are hidden instead.
 */
bool isFurnitureTag(GumboTag tag)
{
    return tag == GUMBO_TAG_NAV || tag == GUMBO_TAG_HEADER || tag == GUMBO_TAG_FOOTER ||
           tag == GUMBO_TAG_ASIDE || tag == GUMBO_TAG_MENU;
}

/**
 * Whether an id or class names site furniture. Tokens are split at spaces, '-' and '_' and match a
 * furniture word at their start or end ("topnav", "footerWrap", "xgxw_list"), unless another token
 * says the element is the content ("main-side-content" is content).
 */
bool namesFurniture(const QString &idAndClass)
{
    static const QStringList furnitureWords = {
        u"nav"_s,        u"menu"_s,    u"footer"_s,  u"foot"_s,       u"header"_s,  u"breadcrumb"_s,
        u"crumb"_s,      u"related"_s, u"xgxw"_s,    u"share"_s,      u"comment"_s, u"copyright"_s,
        u"sidebar"_s,    u"side"_s,    u"counter"_s, u"visit"_s,      u"banner"_s,  u"toolbar"_s,
        u"pagination"_s, u"pager"_s,   u"yqlj"_s,    u"friendlink"_s, u"search"_s,  u"login"_s,
        u"fenxiang"_s,   u"pinglun"_s, u"qrcode"_s,  u"gotop"_s};
    static const QStringList contentWords = {u"content"_s, u"article"_s, u"detail"_s, u"zhengwen"_s,
                                             u"main"_s,    u"text"_s,    u"body"_s,   u"post"_s};
    static const QStringList notFurniture = {u"inside"_s, u"beside"_s, u"offside"_s};
    static const QRegularExpression separators(u"[\\s_\\-]+"_s);
    const QStringList tokens = idAndClass.toLower().split(separators, Qt::SkipEmptyParts);
    bool furniture = false;
    for (const QString &token : tokens) {
        for (const QString &word : contentWords) {
            if (token == word || token.startsWith(word))
                return false;
        }
        if (notFurniture.contains(token))
            continue;
        for (const QString &word : furnitureWords) {
            if (token.startsWith(word) || token.endsWith(word))
                furniture = true;
        }
    }
    return furniture;
}

/**
 * Counts the non-space characters and the Chinese sentence punctuation (，。；、！？：) of UTF-8 text
 * without converting it: a page has as many text nodes as it has words in tags.
 */
void countCharacters(const char *utf8, PageNode &node)
{
    for (const unsigned char *p = reinterpret_cast<const unsigned char *>(utf8); *p;) {
        const unsigned char c = *p;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
            ++p;
            continue;
        }
        if (c < 0x80) {
            ++node.chars;
            ++p;
            continue;
        }
        const int length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        int available = 1;
        while (available < length && (p[available] & 0xC0) == 0x80)
            ++available;
        if (available == 2 && c == 0xC2 && p[1] == 0xA0) { // no-break space
            p += 2;
            continue;
        }
        if (available == 3) {
            const unsigned b1 = p[1], b2 = p[2];
            if (c == 0xE3 && b1 == 0x80 && b2 == 0x80) { // ideographic space
                p += 3;
                continue;
            }
            const bool punctuation = (c == 0xEF && b1 == 0xBC &&
                                      (b2 == 0x8C || b2 == 0x9B || b2 == 0x81 || b2 == 0x9F || b2 == 0x9A)) ||
                                     (c == 0xE3 && b1 == 0x80 && (b2 == 0x82 || b2 == 0x81));
            if (punctuation)
                ++node.punctuation;
        }
        ++node.chars;
        p += available;
    }
}

} // namespace

PageTree::PageTree(const GumboNode *document)
{
    struct Pending
    {
        const GumboNode *node;
        int parent;
    };
    std::vector<Pending> pending{{document, -1}};
    while (!pending.empty()) {
        const Pending next = pending.back();
        pending.pop_back();
        const GumboNode *gumboNode = next.node;
        if (gumboNode->type == GUMBO_NODE_COMMENT)
            continue;
        PageNode node;
        node.node = gumboNode;
        node.parent = next.parent;
        if (next.parent >= 0) {
            const PageNode &parent = m_nodes[size_t(next.parent)];
            node.hidden = parent.hidden;
            node.furniture = parent.furniture;
            node.inLink = parent.inLink;
        }
        const GumboVector *children = nullptr;
        if (gumboNode->type == GUMBO_NODE_DOCUMENT) {
            node.tag = GUMBO_TAG_UNKNOWN;
            children = &gumboNode->v.document.children;
        } else if (gumboNode->type == GUMBO_NODE_ELEMENT || gumboNode->type == GUMBO_NODE_TEMPLATE) {
            node.tag = gumboNode->v.element.tag;
            node.inLink = node.inLink || node.tag == GUMBO_TAG_A;
            children = &gumboNode->v.element.children;
        } else {
            node.isText = true;
        }
        const int index = int(m_nodes.size());
        m_nodes.push_back(node);
        if (!node.isText)
            markFurniture(m_nodes.back());
        if (children) {
            for (unsigned i = children->length; i-- > 0;)
                pending.push_back({static_cast<const GumboNode *>(children->data[i]), index});
        }
    }
    // Pre-order keeps every subtree contiguous; its end is the furthest end among its children.
    for (size_t i = 0; i < m_nodes.size(); ++i)
        m_nodes[i].end = int(i) + 1;
    for (size_t i = m_nodes.size(); i-- > 1;) {
        PageNode &parent = m_nodes[size_t(m_nodes[i].parent)];
        parent.end = qMax(parent.end, m_nodes[i].end);
    }
    computeStatistics();
}

void PageTree::markFurniture(PageNode &node) const
{
    if (node.hidden || node.node->type == GUMBO_NODE_DOCUMENT)
        return;
    if (isHiddenTag(node.tag)) {
        node.hidden = node.furniture = true;
        return;
    }
    const GumboVector *attributes = &node.node->v.element.attributes;
    if (gumbo_get_attribute(attributes, "hidden")) {
        node.hidden = node.furniture = true;
        return;
    }
    if (const GumboAttribute *style = gumbo_get_attribute(attributes, "style")) {
        const QString css = QString::fromUtf8(style->value).toLower().remove(u' ');
        if (css.contains(u"display:none"_s) || css.contains(u"visibility:hidden"_s)) {
            node.hidden = node.furniture = true;
            return;
        }
    }
    if (node.furniture)
        return;
    if (isFurnitureTag(node.tag)) {
        node.furniture = true;
        return;
    }
    if (node.tag == GUMBO_TAG_HTML || node.tag == GUMBO_TAG_BODY)
        return; // sites class their body by layout ("page-side"); the body is never furniture
    QString names;
    for (const char *attribute : {"id", "class"}) {
        if (const GumboAttribute *value = gumbo_get_attribute(attributes, attribute))
            names += QString::fromUtf8(value->value) + u' ';
    }
    node.furniture = !names.isEmpty() && namesFurniture(names);
}

void PageTree::computeStatistics()
{
    for (PageNode &node : m_nodes) {
        if (node.furniture)
            continue;
        if (node.tag == GUMBO_TAG_TABLE)
            node.hasTable = true;
        if (!node.isText)
            continue;
        countCharacters(node.node->v.text.text, node);
        if (node.inLink)
            node.linkChars = node.chars;
    }
    for (size_t i = m_nodes.size(); i-- > 1;) {
        const PageNode &node = m_nodes[i];
        if (node.furniture)
            continue;
        PageNode &parent = m_nodes[size_t(node.parent)];
        parent.chars += node.chars;
        parent.linkChars += node.linkChars;
        parent.punctuation += node.punctuation;
        parent.hasTable = parent.hasTable || node.hasTable;
    }
}

bool PageTree::isBlock(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIR:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_UL:
        return true;
    default:
        return false;
    }
}

QString PageTree::text(int index) const
{
    return at(index).isText ? QString::fromUtf8(at(index).node->v.text.text) : QString();
}

QString PageTree::attribute(int index, const char *name) const
{
    const PageNode &node = at(index);
    if (node.isText || node.node->type == GUMBO_NODE_DOCUMENT)
        return {};
    const GumboAttribute *attribute = gumbo_get_attribute(&node.node->v.element.attributes, name);
    return attribute ? QString::fromUtf8(attribute->value) : QString();
}

QString PageTree::innerText(int index) const
{
    return lines(index, Furniture::Include).join(u' ');
}

bool PageTree::isDataRow(int row) const
{
    // Old CMSs lay pages out with tables: a row whose cell holds a table or a whole article is
    // layout, its cells are blocks. A row of short cells is data: one line, so a figure keeps its label.
    constexpr qint64 longCell = 200;
    for (int i = row + 1; i < at(row).end; i = at(i).end) {
        const PageNode &cell = at(i);
        if (cell.tag != GUMBO_TAG_TD && cell.tag != GUMBO_TAG_TH)
            continue;
        if (cell.hasTable || cell.chars > longCell)
            return false;
    }
    return true;
}

QStringList PageTree::lines(int root, Furniture furniture, const QList<int> &watched,
                            QHash<int, int> *firstLine) const
{
    LineWriter writer;
    struct Open
    {
        int index;
        bool dataRow;
        bool cell;
    };
    std::vector<Open> open;
    auto close = [&](const Open &element) {
        const GumboTag tag = at(element.index).tag;
        if (element.dataRow)
            writer.endRow();
        else if (element.cell)
            writer.endCell();
        else if (tag == GUMBO_TAG_P && at(element.index).chars == 0)
            writer.emptyLine();
        else if (isBlock(tag))
            writer.lineBreak();
    };
    const int end = at(root).end;
    bool inDataRow = false;
    for (int i = root; i < end;) {
        while (!open.empty() && i >= at(open.back().index).end) {
            close(open.back());
            inDataRow = inDataRow && !open.back().dataRow;
            open.pop_back();
        }
        const PageNode &node = at(i);
        if (node.hidden || (furniture == Furniture::Skip && node.furniture && i != root)) {
            i = node.end;
            continue;
        }
        if (firstLine && watched.contains(i))
            firstLine->insert(i, writer.lineCount());
        if (node.isText) {
            writer.text(text(i));
            ++i;
            continue;
        }
        Open element{i, false, false};
        if (node.tag == GUMBO_TAG_BR) {
            writer.explicitBreak();
        } else if (node.tag == GUMBO_TAG_TR && !inDataRow && isDataRow(i)) {
            writer.beginRow();
            element.dataRow = inDataRow = true;
        } else if (inDataRow && (node.tag == GUMBO_TAG_TD || node.tag == GUMBO_TAG_TH)) {
            writer.beginCell();
            element.cell = true;
        } else if (isBlock(node.tag)) {
            writer.lineBreak();
        }
        open.push_back(element);
        ++i;
    }
    while (!open.empty()) {
        close(open.back());
        open.pop_back();
    }
    return writer.finish();
}

} // namespace ub::html
