#include "htmlarticle.h"

#include "htmlpagetree.h"

#include <QRegularExpression>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace ub::html {

namespace {

/** A block holding fewer characters of its own is a label or a menu item, not a paragraph. */
constexpr qint64 minParagraphChars = 10;
/** Link text over this share of a container's text makes it a list of links. */
constexpr double maxLinkDensity = 0.5;
/** Siblings of the best container join it when this good (share of its score) and nearly link-free. */
constexpr double siblingShare = 0.2;
constexpr double maxSiblingLinkDensity = 0.25;
/** Only lines this short can be furniture; an article's sentences are longer. */
constexpr qsizetype maxFurnitureLine = 80;
/** How many lines after the heading the dateline is looked for. */
constexpr int datelineReach = 6;

bool isParagraphLike(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_ADDRESS:
        return true;
    default:
        return false;
    }
}

double linkDensity(const PageNode &node)
{
    return node.chars > 0 ? double(node.linkChars) / double(node.chars) : 1.0;
}

/** For every node, the nearest block element above it (-1 at the top), in one pass. */
std::vector<int> nearestBlocks(const PageTree &tree)
{
    std::vector<int> blocks(size_t(tree.size()), -1);
    for (int i = 1; i < tree.size(); ++i) {
        const int parent = tree.at(i).parent;
        blocks[size_t(i)] = PageTree::isBlock(tree.at(parent).tag) ? parent : blocks[size_t(parent)];
    }
    return blocks;
}

/** Readability's container scores, from the paragraphs up (see findArticle()). */
std::vector<double> containerScores(const PageTree &tree, const std::vector<int> &blocks)
{
    const size_t n = size_t(tree.size());
    std::vector<qint64> ownChars(n), ownLinkChars(n), ownPunctuation(n);
    for (int i = 0; i < tree.size(); ++i) {
        const PageNode &node = tree.at(i);
        if (!node.isText || node.furniture || blocks[size_t(i)] < 0)
            continue;
        const size_t block = size_t(blocks[size_t(i)]);
        ownChars[block] += node.chars;
        ownLinkChars[block] += node.linkChars;
        ownPunctuation[block] += node.punctuation;
    }
    std::vector<double> scores(n, 0.0);
    constexpr double weights[] = {1.0, 1.0 / 2, 1.0 / 3};
    for (size_t block = 0; block < n; ++block) {
        if (ownChars[block] < minParagraphChars || ownLinkChars[block] * 2 > ownChars[block])
            continue;
        const double worth =
            1.0 + double(ownPunctuation[block]) + std::min(double(ownChars[block]) / 100.0, 3.0);
        // A <p> is worth something to its container; a <div> or <td> holding text itself is the container.
        int target = isParagraphLike(tree.at(int(block)).tag) ? blocks[block] : int(block);
        for (double weight : weights) {
            if (target < 0)
                break;
            scores[size_t(target)] += worth * weight;
            target = blocks[size_t(target)];
        }
    }
    return scores;
}

/** The containers that make up the article, in document order; empty when there is none. */
QList<int> articleContainers(const PageTree &tree)
{
    const std::vector<int> blocks = nearestBlocks(tree);
    const std::vector<double> scores = containerScores(tree, blocks);
    auto finalScore = [&](int i) {
        const PageNode &node = tree.at(i);
        if (node.isText || node.furniture || scores[size_t(i)] <= 0 || linkDensity(node) > maxLinkDensity)
            return 0.0;
        return scores[size_t(i)] * (1.0 - linkDensity(node));
    };
    int best = -1;
    double bestScore = 0;
    for (int i = 0; i < tree.size(); ++i) {
        const double score = finalScore(i);
        if (score > bestScore) {
            best = i;
            bestScore = score;
        }
    }
    if (best < 0) {
        // No paragraph of any length: a short page is still an article if its body is not links.
        for (int i = 0; i < tree.size(); ++i) {
            const PageNode &node = tree.at(i);
            if (node.tag == GUMBO_TAG_BODY && node.chars > 0 && linkDensity(node) <= maxLinkDensity)
                return {i};
        }
        return {};
    }
    const int parent = tree.at(best).parent;
    if (parent < 0)
        return {best};
    QList<int> containers;
    const double threshold = std::max(10.0, bestScore * siblingShare);
    for (int i = parent + 1; i < tree.at(parent).end; i = tree.at(i).end) {
        const PageNode &sibling = tree.at(i);
        if (i == best) {
            containers << i;
            continue;
        }
        if (sibling.isText || sibling.furniture || linkDensity(sibling) >= maxSiblingLinkDensity)
            continue;
        if (finalScore(i) >= threshold || (isParagraphLike(sibling.tag) && sibling.chars >= 80))
            containers << i;
    }
    return containers;
}

/** Lines that are site furniture even inside the article's container: counters, copyright, paging. */
bool isFurnitureLine(const QString &line)
{
    if (line.size() > maxFurnitureLine)
        return false;
    // Counters are labelled ("访问量：123456"); an article may well say "网络访问量突破6000万次".
    static const QRegularExpression furniture(
        u"(?:访问量|访问次数|今日访问|浏览次数|浏览量|点击数|点击量|点击率|阅读数|阅读量|阅读次数|在线人数|"
        u"字号)\\s*[:：]|"
        "ICP备|ICP证|公网安备|版权所有|Copyright|©|技术支持[:：]|上一篇|下一篇|打印本页|关闭窗口|返回顶部|分享到[:：]|【字体"_s,
        QRegularExpression::CaseInsensitiveOption);
    // The byline under a title; a line "时间：5月1日" alone may be the article's own (a notice's).
    static const QRegularExpression byline(
        u"^[【\\[（(]?\\s*(?:发布时间|发布日期|信息来源|来源|作者|责任编辑|编辑)\\s*[:：]"_s);
    static const QRegularExpression datedByline(u"^(?:时间|日期)\\s*[:：].*(?:来源|作者|编辑|点击|浏览)"_s);
    return furniture.match(line).hasMatch() || byline.match(line).hasMatch() ||
           datedByline.match(line).hasMatch();
}

/** Lines without empty ones at the ends or two in a row (dropped furniture lines leave them behind). */
QStringList withoutRepeatedEmptyLines(const QStringList &lines)
{
    QStringList result;
    for (const QString &line : lines) {
        if (!line.isEmpty() || (!result.isEmpty() && !result.constLast().isEmpty()))
            result << line;
    }
    while (!result.isEmpty() && result.constLast().isEmpty())
        result.removeLast();
    return result;
}

/** The text of the page's <title>, read from its text nodes (it is inside <head>, which is never text). */
QString pageTitle(const PageTree &tree)
{
    for (int i = 0; i < tree.size(); ++i) {
        if (tree.at(i).tag != GUMBO_TAG_TITLE)
            continue;
        QString title;
        for (int child = i + 1; child < tree.at(i).end; ++child)
            title += tree.text(child);
        return title.simplified();
    }
    return {};
}

/** Whether a heading is what the title names: one of its parts, or containing or contained in the main one.
 */
bool headingMatchesTitle(const QString &heading, const QStringList &titleParts, const QString &mainPart)
{
    if (heading.isEmpty() || titleParts.isEmpty())
        return false;
    if (titleParts.contains(heading))
        return true;
    return heading.size() >= 4 && (mainPart.contains(heading) || heading.contains(mainPart));
}

/**
 * The article's heading: the h1 (else h2) outside the furniture that the title names; else one in the
 * furniture (an <article>'s <header>) that the title's main part names — not any part, as the site's
 * logo is often an h1 and the site's name is in every title; else the last h1 before the article, or
 * the first in it (a sidebar's h1 after the article is no heading of it). -1 when there is none.
 */
int articleHeading(const PageTree &tree, const QString &title, int container)
{
    const QStringList parts = titleParts(title);
    const QString mainPart = trimSiteSuffix(title);
    for (GumboTag tag : {GUMBO_TAG_H1, GUMBO_TAG_H2}) {
        for (bool inFurniture : {false, true}) {
            for (int i = 0; i < tree.size(); ++i) {
                const PageNode &node = tree.at(i);
                if (node.tag != tag || node.hidden || node.furniture != inFurniture)
                    continue;
                if (headingMatchesTitle(tree.innerText(i), inFurniture ? QStringList{mainPart} : parts,
                                        mainPart))
                    return i;
            }
        }
    }
    if (container < 0)
        return -1;
    int heading = -1;
    for (int i = 0; i < tree.at(container).end; ++i) {
        const PageNode &node = tree.at(i);
        if (node.tag != GUMBO_TAG_H1 || node.furniture || tree.innerText(i).isEmpty())
            continue;
        if (i < container) {
            heading = i;
            continue;
        }
        return heading >= 0 ? heading : i;
    }
    return heading;
}

QString dateFromMeta(const PageTree &tree)
{
    static const QStringList names = {u"publishdate"_s,
                                      u"pubdate"_s,
                                      u"publish_date"_s,
                                      u"publishtime"_s,
                                      u"publish-date"_s,
                                      u"firstpublishedtime"_s,
                                      u"article:published_time"_s,
                                      u"og:release_date"_s,
                                      u"datepublished"_s,
                                      u"dc.date"_s,
                                      u"dcterms.created"_s,
                                      u"date"_s};
    for (int i = 0; i < tree.size(); ++i) {
        if (tree.at(i).tag != GUMBO_TAG_META)
            continue;
        QString name = tree.attribute(i, "name");
        if (name.isEmpty())
            name = tree.attribute(i, "property");
        if (name.isEmpty())
            name = tree.attribute(i, "itemprop");
        if (!names.contains(name.toLower()))
            continue;
        const QString date = findDate(tree.attribute(i, "content"));
        if (!date.isEmpty())
            return date;
    }
    return {};
}

/** The dateline: under the heading (an "info" bar), else just before or at the top of the article, else a
 * meta tag. */
QString findDateline(const PageTree &tree, int heading, int container)
{
    QList<int> watched{container};
    if (heading >= 0)
        watched << heading;
    QHash<int, int> firstLine;
    const QStringList page = tree.lines(0, PageTree::Furniture::Include, watched, &firstLine);
    QList<int> candidates;
    if (heading >= 0 && firstLine.contains(heading)) {
        for (int line = firstLine.value(heading) + 1; line <= firstLine.value(heading) + datelineReach;
             ++line)
            candidates << line;
    }
    if (firstLine.contains(container)) {
        const int start = firstLine.value(container);
        for (int line = qMax(0, start - 3); line < start + 3; ++line)
            candidates << line;
    }
    for (int line : std::as_const(candidates)) {
        if (line < 0 || line >= page.size())
            continue;
        const QString date = findDate(page.at(line));
        if (!date.isEmpty())
            return date;
    }
    return dateFromMeta(tree);
}

} // namespace

QStringList titleParts(const QString &title)
{
    // A '-' between digits is part of a date or a range ("2012-2024"), not a separator.
    static const QRegularExpression separators(u"\\s*(?:_+|\\||｜|——|—|–|\\s-\\s|(?<!\\d)-(?!\\d))\\s*"_s);
    QStringList parts;
    const QStringList pieces = title.split(separators, Qt::SkipEmptyParts);
    for (const QString &piece : pieces) {
        if (!piece.trimmed().isEmpty())
            parts << piece.trimmed();
    }
    return parts;
}

QString trimSiteSuffix(const QString &title)
{
    QString longest;
    const QStringList parts = titleParts(title);
    for (const QString &part : parts) {
        if (part.size() > longest.size())
            longest = part;
    }
    return longest;
}

QString findDate(const QString &text)
{
    static const QRegularExpression date(
        u"(?<!\\d)(?:(?:19|20)\\d{2}(?:-\\d{1,2}-\\d{1,2}|/\\d{1,2}/\\d{1,2}|\\.\\d{1,2}\\.\\d{1,2})"
        "|(?:19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日)"
        "(?:(?:\\s+|T)\\d{1,2}:\\d{2}(?::\\d{2})?)?(?!\\d)"_s);
    return date.match(text).captured();
}

Article findArticle(const PageTree &tree)
{
    Article article;
    const QString title = pageTitle(tree);
    const QList<int> containers = articleContainers(tree);
    const int heading = articleHeading(tree, title, containers.isEmpty() ? -1 : containers.constFirst());
    const QString headingText = heading >= 0 ? tree.innerText(heading) : QString();
    const QString titlePart = trimSiteSuffix(title);
    // The heading is the article's own wording; the title often carries the site's or a column's name.
    article.title = titlePart.isEmpty() || headingMatchesTitle(headingText, titleParts(title), titlePart)
                        ? headingText
                        : titlePart;

    if (containers.isEmpty())
        return article;
    QStringList lines;
    bool headingInside = false;
    for (int container : containers) {
        headingInside = headingInside || (heading >= 0 && tree.contains(container, heading));
        const QStringList containerLines = tree.lines(container, PageTree::Furniture::Skip);
        for (const QString &line : containerLines) {
            if (!isFurnitureLine(line))
                lines << line;
        }
    }
    lines = withoutRepeatedEmptyLines(lines);
    if (lines.isEmpty())
        return article;
    if (heading >= 0 && !headingInside && !headingText.isEmpty() && lines.constFirst() != headingText)
        lines.prepend(headingText);
    article.text = lines.join(u'\n');
    article.dateline = findDateline(tree, heading, containers.constFirst());
    return article;
}

} // namespace ub::html
