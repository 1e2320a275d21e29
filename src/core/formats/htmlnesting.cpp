#include "htmlnesting.h"

#include <cstring>
#include <vector>

namespace ub::html {

namespace {

/** How far down the open elements an end tag is matched; past this a stray end tag is ignored. */
constexpr size_t endTagSearchDepth = 256;

bool isAsciiAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isNameChar(char c)
{
    return isAsciiAlpha(c) || (c >= '0' && c <= '9') || c == '-' || c == ':' || c == '_';
}

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

/** A tag name as a 32-bit FNV-1a hash of its lowercase form: cheap to keep on a stack and compare. */
quint32 nameHash(const char *begin, const char *end)
{
    quint32 hash = 2166136261u;
    for (const char *p = begin; p != end; ++p)
        hash = (hash ^ quint8(lower(*p))) * 16777619u;
    return hash;
}

quint32 nameHash(const char *name)
{
    return nameHash(name, name + std::strlen(name));
}

bool isOneOf(quint32 hash, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        if (nameHash(name) == hash)
            return true;
    }
    return false;
}

/**
 * Elements that do not deepen the tree: void elements, and those the parser closes by themselves
 * when a sibling starts (a <p> inside a <p> closes the first), so unclosed ones never pile up.
 */
bool isNesting(quint32 hash)
{
    static const std::vector<quint32> flat = [] {
        std::vector<quint32> hashes;
        for (const char *name :
             {"area",  "base",     "br",     "col",   "embed", "hr",      "img",      "input",    "link",
              "meta",  "param",    "source", "track", "wbr",   "keygen",  "basefont", "bgsound",  "frame",
              "image", "menuitem", "p",      "li",    "dt",    "dd",      "option",   "optgroup", "tr",
              "td",    "th",       "tbody",  "thead", "tfoot", "caption", "colgroup", "rb",       "rt",
              "rtc",   "rp",       "html",   "head",  "body"})
            hashes.push_back(nameHash(name));
        return hashes;
    }();
    for (quint32 h : flat) {
        if (h == hash)
            return false;
    }
    return true;
}

/**
 * How many levels an element adds once the parser has filled in what it implies: a <table> always
 * holds a tbody, a row and a cell (they are not counted themselves), a list holds its open item.
 */
int levelsOf(quint32 hash)
{
    static const quint32 table = nameHash("table");
    if (hash == table)
        return 4;
    return isOneOf(hash, {"ul", "ol", "dl", "menu", "dir", "select", "ruby"}) ? 2 : 1;
}

/** Elements whose content is text up to their end tag, where a '<' starts no tag. */
bool isRawText(quint32 hash)
{
    return isOneOf(hash, {"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"});
}

/** Finds "</name" (any case) from @p from; returns the end of the text when there is none. */
const char *findEndTag(const char *from, const char *end, const char *nameBegin, const char *nameEnd)
{
    const size_t length = size_t(nameEnd - nameBegin);
    for (const char *p = from; p + 2 + length <= end; ++p) {
        p = static_cast<const char *>(std::memchr(p, '<', size_t(end - p)));
        if (!p || p + 2 + length > end)
            return end;
        if (p[1] != '/')
            continue;
        bool same = true;
        for (size_t i = 0; i < length && same; ++i)
            same = lower(p[2 + i]) == lower(nameBegin[i]);
        if (same)
            return p;
    }
    return end;
}

/** The '>' closing a tag whose name ended at @p from, skipping quoted attribute values; or the end. */
const char *findTagEnd(const char *from, const char *end)
{
    for (const char *p = from; p < end; ++p) {
        if (*p == '"' || *p == '\'') {
            const void *quote = std::memchr(p + 1, *p, size_t(end - p - 1));
            if (!quote)
                return end;
            p = static_cast<const char *>(quote);
        } else if (*p == '>') {
            return p;
        }
    }
    return end;
}

} // namespace

int capNestingDepth(QByteArray &utf8Html, int maxDepth)
{
    const char *const begin = utf8Html.constData();
    const char *const end = begin + utf8Html.size();
    const quint32 svg = nameHash("svg");
    const quint32 math = nameHash("math");

    struct Open
    {
        quint32 name;
        int levels;
    };
    std::vector<Open> open; // the nesting elements open at this point, as far as the scan can tell
    int depth = 0;          // the levels they add up to
    int foreignDepth = 0;   // open <svg>/<math>, where "/>" really closes an element
    int dropped = 0;
    int excess = 0; // start tags dropped and not yet closed
    QByteArray output;
    const char *copiedUpTo = begin;
    auto drop = [&](const char *tagBegin, const char *tagEnd) {
        output.append(copiedUpTo, tagBegin - copiedUpTo);
        copiedUpTo = tagEnd;
        ++dropped;
    };

    const char *p = begin;
    while (p < end) {
        p = static_cast<const char *>(std::memchr(p, '<', size_t(end - p)));
        if (!p || p + 1 >= end)
            break;
        if (end - p >= 4 && std::memcmp(p, "<!--", 4) == 0) {
            const char *close = static_cast<const char *>(memmem(p + 4, size_t(end - p - 4), "-->", 3));
            p = close ? close + 3 : end;
            continue;
        }
        if (p[1] == '!' || p[1] == '?') {
            const void *close = std::memchr(p, '>', size_t(end - p));
            p = close ? static_cast<const char *>(close) + 1 : end;
            continue;
        }
        const bool closing = p[1] == '/';
        const char *nameBegin = p + (closing ? 2 : 1);
        if (nameBegin >= end || !isAsciiAlpha(*nameBegin)) {
            ++p; // a '<' that starts no tag is text
            continue;
        }
        const char *nameEnd = nameBegin;
        while (nameEnd < end && isNameChar(*nameEnd))
            ++nameEnd;
        const char *tagEnd = findTagEnd(nameEnd, end);
        const char *next = tagEnd < end ? tagEnd + 1 : end;
        const quint32 name = nameHash(nameBegin, nameEnd);

        if (!closing && isRawText(name)) {
            p = findEndTag(next, end, nameBegin, nameEnd);
            continue;
        }
        if (!closing && name == nameHash("plaintext"))
            break; // everything after it is text
        if (!isNesting(name)) {
            p = next;
            continue;
        }
        if (!closing) {
            const bool selfClosing = tagEnd < end && tagEnd > nameEnd && tagEnd[-1] == '/';
            if (selfClosing && foreignDepth > 0) {
                p = next; // <path/> in SVG opens nothing; in HTML <div/> does open a div
                continue;
            }
            const int levels = levelsOf(name);
            if (depth + levels > maxDepth) {
                drop(p, next);
                ++excess;
            } else {
                open.push_back({name, levels});
                depth += levels;
                if (name == svg || name == math)
                    ++foreignDepth;
            }
        } else if (excess > 0) {
            drop(p, next);
            --excess;
        } else {
            // Close the nearest open element of that name and everything opened inside it.
            const size_t searchFloor = open.size() > endTagSearchDepth ? open.size() - endTagSearchDepth : 0;
            for (size_t i = open.size(); i > searchFloor; --i) {
                if (open[i - 1].name != name)
                    continue;
                while (open.size() >= i) {
                    if (open.back().name == svg || open.back().name == math)
                        --foreignDepth;
                    depth -= open.back().levels;
                    open.pop_back();
                }
                break;
            }
        }
        p = next;
    }
    if (dropped > 0) {
        output.append(copiedUpTo, end - copiedUpTo);
        utf8Html = output;
    }
    return dropped;
}

} // namespace ub::html
