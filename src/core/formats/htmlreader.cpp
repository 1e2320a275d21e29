#include "htmlreader.h"

#include "htmlarticle.h"
#include "htmlcharset.h"
#include "htmlnesting.h"
#include "htmlpagetree.h"

#include <gumbo.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace ub {

namespace {

/** A saved article page is well under 1 MB; past this it is a dump or an attack, refused before parsing. */
constexpr qint64 maxPageBytes = 16 * 1024 * 1024;
/** gumbo records every parse error; a page of garbage must not fill memory with them. */
constexpr int maxParseErrors = 100;

QString megabytes(qint64 bytes)
{
    const double value = double(bytes) / (1024.0 * 1024.0);
    return QString::number(value, 'f', value >= 10 ? 0 : 1);
}

} // namespace

FormattedText readHtml(const QByteArray &bytes, const QString &path)
{
    FormattedText result;
    if (bytes.size() > maxPageBytes) {
        result.error = u"%1: 网页过大（%2 MB，上限 %3 MB）"_s.arg(path, megabytes(bytes.size()),
                                                                  megabytes(maxPageBytes));
        return result;
    }
    if (bytes.isEmpty()) {
        result.error = u"%1: 网页为空"_s.arg(path);
        return result;
    }
    const html::DecodedPage page = html::decodePage(bytes, path);
    if (!page.error.isEmpty()) {
        result.error = page.error;
        return result;
    }
    result.encoding = u"HTML (%1)"_s.arg(page.encoding);

    // gumbo reads UTF-8 only, whatever the page's meta tag says.
    QByteArray utf8 = page.text.toUtf8();
    html::capNestingDepth(utf8);
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = maxParseErrors;
    const auto destroy = [&options](GumboOutput *output) { gumbo_destroy_output(&options, output); };
    const std::unique_ptr<GumboOutput, decltype(destroy)> output(
        gumbo_parse_with_options(&options, utf8.constData(), size_t(utf8.size())), destroy);

    const html::PageTree tree(output->document);
    const html::Article article = html::findArticle(tree);
    result.title = article.title;
    result.dateline = article.dateline;
    if (article.text.isEmpty()) {
        result.error = u"%1: 网页中没有正文（只有导航、链接或页脚）"_s.arg(path);
        return result;
    }
    result.text = article.text;
    return result;
}

} // namespace ub
