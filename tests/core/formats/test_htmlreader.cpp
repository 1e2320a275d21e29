#include "htmlarticle.h"
#include "htmlcharset.h"
#include "htmlnesting.h"
#include "htmlreader.h"

#include "qstringprinter.h"
#include "savedpage.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

const QString pagePath = u"/tmp/网页/2020年工作会议.html"_s;
const QString heading = u"陕西省总工会召开十五届四次全委（扩大）会议"_s;
const QStringList article = {
    u"1月15日，陕西省总工会召开十五届四次全委（扩大）会议。"_s,
    u"会议指出，2019年全省新建工会组织1200个，新增会员8.3万名，筹集帮扶资金2484.4万元。"_s,
    u"全年帮扶困难职工1.2万户，建成“工会驿站”1500个、职工书屋300家。"_s,
};

/** Strings from the page's furniture, each carrying a number the extractor would otherwise count. */
const QStringList furniture = {
    u"访问量"_s, u"123456"_s, u"654321"_s,   u"首页"_s,      u"12351"_s,    u"当前位置"_s,   u"浏览次数"_s,
    u"3562"_s,   u"分享到"_s, u"上一篇"_s,   u"下一篇"_s,    u"相关新闻"_s, u"2019-12-20"_s, u"热点排行"_s,
    u"5000户"_s, u"ICP"_s,    u"029-"_s,     u"2012-2024"_s, u"98765"_s,    u"10086"_s,      u"font-size"_s,
    u"今天是"_s, u"点击数"_s, u"在线人数"_s, u"2800万"_s,    u"打印本页"_s, u"Copyright"_s,  u"版权所有"_s};

void expectNoFurniture(const QString &text)
{
    for (const QString &piece : furniture)
        EXPECT_FALSE(text.contains(piece)) << "furniture in the text: " << piece.toStdString();
}

} // namespace

TEST(HtmlReader, ArticleOfADivLayoutPageWithoutItsFurniture)
{
    const QString page = ub::test::savedPage(heading, article, ub::test::PageLayout::Divs);
    const ub::FormattedText result = ub::readHtml(page.toUtf8(), pagePath);
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_EQ(result.text, (QStringList{heading} + article).join(u'\n'));
    EXPECT_EQ(result.title, heading);
    EXPECT_EQ(result.dateline, u"2020-01-15 09:30"_s);
    EXPECT_EQ(result.encoding, u"HTML (UTF-8)"_s);
    expectNoFurniture(result.text);
}

TEST(HtmlReader, ArticleInAnOldTableLayout)
{
    const QString page =
        ub::test::savedPage(heading, article, ub::test::PageLayout::Tables,
                            u"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"_s);
    const ub::FormattedText result = ub::readHtml(ub::test::encodedAs(page, "GB18030"), pagePath);
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_EQ(result.text, article.join(u'\n'));
    EXPECT_EQ(result.title, heading);
    EXPECT_EQ(result.dateline, u"2020年01月15日"_s);
    EXPECT_EQ(result.encoding, u"HTML (GB18030)"_s);
    expectNoFurniture(result.text);
}

namespace {

struct CharsetCase
{
    const char *name;
    const char16_t *declaration;
    const char *encodeAs;
    const char16_t *encoding;
};

const CharsetCase charsetCases[] = {
    {"MetaCharsetGb2312", u"<meta charset=\"gb2312\">", "GB18030", u"HTML (GB18030)"},
    {"HttpEquivGbk", u"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=GBK\" />", "GB18030",
     u"HTML (GB18030)"},
    {"MetaCharsetGb18030", u"<meta charset='gb18030'>", "GB18030", u"HTML (GB18030)"},
    {"NoDeclarationGbk", u"", "GB18030", u"HTML (GB18030)"},
    {"NoDeclarationUtf8", u"", "UTF-8", u"HTML (UTF-8)"},
    // A template's declaration left in place after the page was saved as UTF-8.
    {"DeclaresGb2312ButIsUtf8", u"<meta charset=\"gb2312\">", "UTF-8", u"HTML (UTF-8)"},
    {"DeclaresLatin1ButIsGbk", u"<meta http-equiv=\"content-type\" content=\"text/html;charset=iso-8859-1\">",
     "GB18030", u"HTML (GB18030)"},
};

void PrintTo(const CharsetCase &c, std::ostream *os)
{
    *os << c.name;
}

class HtmlCharsets : public ::testing::TestWithParam<CharsetCase>
{
};

} // namespace

TEST_P(HtmlCharsets, DecodesTheArticle)
{
    const CharsetCase &c = GetParam();
    const QString page =
        ub::test::savedPage(heading, article, ub::test::PageLayout::Divs, QString::fromUtf16(c.declaration));
    const ub::FormattedText result = ub::readHtml(ub::test::encodedAs(page, c.encodeAs), pagePath);
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_EQ(result.encoding, QString::fromUtf16(c.encoding));
    EXPECT_EQ(result.text, (QStringList{heading} + article).join(u'\n'));
}

INSTANTIATE_TEST_SUITE_P(HtmlReader, HtmlCharsets, ::testing::ValuesIn(charsetCases),
                         [](const auto &info) { return std::string(info.param.name); });

TEST(HtmlReader, Big5PageAndBomsAreDecoded)
{
    // Big5 has no simplified characters: a Traditional page of its own.
    const QString traditional = u"陝西省總工會召開會議，全年新增會員8.3萬名，籌集資金2484.4萬元。"_s;
    const QString page =
        u"<html><head><meta charset=\"big5\"><title>陝西省總工會召開全委會議－工會網</title></head>"
        "<body><div id=\"nav\"><a href=\"/\">首頁</a></div><h1>陝西省總工會召開全委會議</h1>"
        "<div class=\"content\"><p>%1</p></div></body></html>"_s.arg(traditional);
    ub::FormattedText result = ub::readHtml(ub::test::encodedAs(page, "Big5"), pagePath);
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_EQ(result.encoding, u"HTML (Big5)"_s);
    EXPECT_EQ(result.text, u"陝西省總工會召開全委會議\n"_s + traditional);

    // A byte-order mark wins over a wrong declaration.
    const QString utf16Page =
        ub::test::savedPage(heading, article, ub::test::PageLayout::Divs, u"<meta charset=\"gbk\">"_s);
    result = ub::readHtml(ub::test::encodedAs(utf16Page, "UTF-16LE").prepend("\xFF\xFE"), pagePath);
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_EQ(result.encoding, u"HTML (UTF-16LE)"_s);
    EXPECT_EQ(result.text, (QStringList{heading} + article).join(u'\n'));
}

TEST(HtmlReader, DeclaredCharsetIsSniffedFromTheHead)
{
    EXPECT_EQ(ub::html::declaredCharset("<html><head><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; "
                                        "charset=GB2312\"></head>"),
              QByteArray("gb2312"));
    EXPECT_EQ(ub::html::declaredCharset("<meta charset=utf-8><title>x</title>"), QByteArray("utf-8"));
    EXPECT_EQ(ub::html::declaredCharset("<?xml version=\"1.0\" encoding=\"GBK\"?><html>"), QByteArray("gbk"));
    EXPECT_EQ(ub::html::declaredCharset("<html><body>charset=gbk</body>"), QByteArray());
    // Beyond the first 4 KiB a declaration no longer counts.
    EXPECT_EQ(ub::html::declaredCharset(QByteArray(5000, ' ') + "<meta charset=\"gbk\">"), QByteArray());
}

TEST(HtmlReader, DataTablesInTheArticleKeepTheirRows)
{
    const QString page = u"<html><head><title>2019年各市工会数据_陕西工会网</title></head><body>"
                         "<div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/x\">要闻</a></div>"
                         "<div class=\"content\"><p>2019年，全省各市工会扎实推进建会入会工作，成效明显。</p>"
                         "<table><tr><th>城市</th><th>新增会员</th></tr>"
                         "<tr><td><p>西安市</p></td><td>2.1万名</td></tr>"
                         "<tr><td>宝鸡市</td><td>&nbsp;8600名 </td></tr></table>"
                         "<p>各市工会&nbsp;&nbsp;将继续\n  努力，\n抓好落实。</p></div></body></html>"_s;
    const ub::FormattedText result = ub::readHtml(page.toUtf8(), pagePath);
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_EQ(result.text,
              u"2019年，全省各市工会扎实推进建会入会工作，成效明显。\n城市\t新增会员\n西安市\t2.1万名\n"
              "宝鸡市\t8600名\n各市工会 将继续努力，抓好落实。"_s);
    EXPECT_EQ(result.title, u"2019年各市工会数据"_s);
}

TEST(HtmlReader, PageWithoutArticleIsAnError)
{
    // A column's index: nothing but links and furniture.
    QString links;
    for (int i = 0; i < 30; ++i)
        links +=
            u"<li><a href=\"/a/%1\">省总工会第%1期工作简报，新增会员%2名</a><span>2019-11-%3</span></li>"_s
                .arg(i)
                .arg(i * 100)
                .arg(i % 28 + 1, 2, 10, QChar(u'0'));
    const QString page =
        u"<html><head><meta charset=\"utf-8\"><title>全省工会工作简报 - 陕西工会网</title></head><body>"
        "<div id=\"header\">访问量：123456</div><ul class=\"list\">%1</ul>"
        "<div id=\"footer\">版权所有 陕ICP备05012345号</div></body></html>"_s.arg(links);
    const ub::FormattedText result = ub::readHtml(page.toUtf8(), pagePath);
    EXPECT_EQ(result.error, pagePath + u": 网页中没有正文（只有导航、链接或页脚）"_s);
    EXPECT_TRUE(result.text.isEmpty());
    EXPECT_EQ(result.title, u"全省工会工作简报"_s);

    const ub::FormattedText empty =
        ub::readHtml("<html><body><script>var a = 1;</script></body></html>", pagePath);
    EXPECT_EQ(empty.error, pagePath + u": 网页中没有正文（只有导航、链接或页脚）"_s);
    EXPECT_EQ(ub::readHtml(QByteArray(), pagePath).error, pagePath + u": 网页为空"_s);
}

TEST(HtmlReader, ShortPageIsStillAnArticle)
{
    const ub::FormattedText result = ub::readHtml("<html><body><p>\xE6\x96\xB0\xE5\xA2\x9E"
                                                  "8.3\xE4\xB8\x87\xE5\x90\x8D</p></body></html>",
                                                  pagePath);
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_EQ(result.text, u"新增8.3万名"_s);
}

TEST(HtmlReader, BinaryBytesAreRefused)
{
    QByteArray binary(4096, '\0');
    for (int i = 0; i < binary.size(); ++i)
        binary[i] = char((i * 37) % 256);
    const ub::FormattedText result = ub::readHtml(binary, pagePath);
    EXPECT_TRUE(result.error.startsWith(pagePath + u": 网页无法解码（"_s)) << result.error.toStdString();
}

TEST(HtmlReader, HugePageIsRefusedBeforeParsing)
{
    const QString page = ub::test::savedPage(heading, article, ub::test::PageLayout::Divs);
    QByteArray huge = page.toUtf8();
    huge.insert(huge.indexOf("</body>"), QByteArray(50 * 1024 * 1024, 'x'));
    QElapsedTimer timer;
    timer.start();
    const ub::FormattedText result = ub::readHtml(huge, pagePath);
    EXPECT_LT(timer.elapsed(), 500);
    EXPECT_EQ(result.error, pagePath + u": 网页过大（50 MB，上限 16 MB）"_s);
}

namespace {

struct NestingCase
{
    const char *name;
    const char *open;
    const char *close; ///< empty: the elements are never closed
};

void PrintTo(const NestingCase &c, std::ostream *os)
{
    *os << c.name;
}

const NestingCase nestingCases[] = {
    {"Divs", "<div>", "</div>"},
    {"UnclosedDivs", "<div class=\"x\">", ""},
    {"SelfClosingDivs", "<div/>", ""},
    {"Spans", "<span>", "</span>"},
    {"Tables", "<table><tr><td>", "</td></tr></table>"},
    {"Lists", "<ul><li>", "</li></ul>"},
    {"FormattingElements", "<b><i>", "</i></b>"},
};

class DeepNesting : public ::testing::TestWithParam<NestingCase>
{
};

} // namespace

TEST_P(DeepNesting, HundredThousandLevelsParseQuickly)
{
    const NestingCase &c = GetParam();
    constexpr int depth = 100000;
    QByteArray page = "<html><head><title>深层嵌套</title></head><body>";
    page += QByteArray(c.open).repeated(depth);
    page += "<p>" + article.at(1).toUtf8() + "</p>";
    page += QByteArray(c.close).repeated(depth);
    page += "</body></html>";
    QElapsedTimer timer;
    timer.start();
    const ub::FormattedText result = ub::readHtml(page, pagePath);
    EXPECT_LT(timer.elapsed(), 5000);
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_EQ(result.text, article.at(1));
}

INSTANTIATE_TEST_SUITE_P(HtmlReader, DeepNesting, ::testing::ValuesIn(nestingCases),
                         [](const auto &info) { return std::string(info.param.name); });

TEST(HtmlNesting, ShallowPagesAreLeftAlone)
{
    const QByteArray original = ub::test::savedPage(heading, article, ub::test::PageLayout::Tables).toUtf8();
    QByteArray page = original;
    EXPECT_EQ(ub::html::capNestingDepth(page), 0);
    EXPECT_EQ(page, original);

    // Raw text and comments hold no tags: a script full of "<div>" deepens nothing.
    QByteArray script = "<script>" + QByteArray("<div>").repeated(50) + "</script><!-- " +
                        QByteArray("<div>").repeated(50) + " --><div>a</div>";
    EXPECT_EQ(ub::html::capNestingDepth(script, 10), 0);
}

TEST(HtmlNesting, TagsBeyondTheLimitAreDroppedAndTheirTextKept)
{
    QByteArray page = QByteArray("<div>").repeated(5) + "text" + QByteArray("</div>").repeated(5);
    EXPECT_EQ(ub::html::capNestingDepth(page, 3), 4);
    EXPECT_EQ(page, QByteArray("<div><div><div>text</div></div></div>"));

    // An SVG's self-closing children open nothing; unclosed <p>s close themselves.
    QByteArray svg =
        "<svg>" + QByteArray("<path d=\"M0 0\"/>").repeated(20) + "</svg>" + QByteArray("<p>x").repeated(20);
    EXPECT_EQ(ub::html::capNestingDepth(svg, 3), 0);
}

TEST(HtmlArticle, SiteSuffixIsTrimmedFromTitles)
{
    EXPECT_EQ(ub::html::trimSiteSuffix(u"省总工会召开全委会议_陕西工会网"_s), u"省总工会召开全委会议"_s);
    EXPECT_EQ(ub::html::trimSiteSuffix(u"省总工会召开全委会议 - 陕西工会网 - 首页"_s),
              u"省总工会召开全委会议"_s);
    EXPECT_EQ(ub::html::trimSiteSuffix(u"工会要闻 | 延安市总工会2019年工作总结"_s),
              u"延安市总工会2019年工作总结"_s);
    EXPECT_EQ(ub::html::trimSiteSuffix(u"陕西工会网——2012-2024年职工数据汇总"_s),
              u"2012-2024年职工数据汇总"_s);
    EXPECT_EQ(ub::html::trimSiteSuffix(u"没有后缀的标题"_s), u"没有后缀的标题"_s);
}

TEST(HtmlArticle, DatesAreFoundAsWritten)
{
    EXPECT_EQ(ub::html::findDate(u"发布时间：2023-10-05 来源：本站"_s), u"2023-10-05"_s);
    EXPECT_EQ(ub::html::findDate(u"日期：2023年10月05日 点击"_s), u"2023年10月05日"_s);
    EXPECT_EQ(ub::html::findDate(u"2023/1/5 08:30:12 编辑"_s), u"2023/1/5 08:30:12"_s);
    EXPECT_EQ(ub::html::findDate(u"2023-10-05T09:30:00+08:00"_s), u"2023-10-05T09:30:00"_s);
    EXPECT_EQ(ub::html::findDate(u"版权所有 2012-2024 电话 029-87341234"_s), QString());
    EXPECT_EQ(ub::html::findDate(u"编号 120231005"_s), QString());
}

TEST(HtmlReader, DatelineFallsBackToTheMetaTag)
{
    const QString page =
        u"<html><head><meta property=\"article:published_time\" content=\"2021-06-30T10:00:00+08:00\">"
        "<title>全省工会2021年上半年工作综述</title></head><body><div class=\"content\">"
        "<p>上半年，全省工会新增会员3.2万名，建成职工之家120个，工作稳步推进。</p></div></body></html>"_s;
    const ub::FormattedText result = ub::readHtml(page.toUtf8(), pagePath);
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_EQ(result.dateline, u"2021-06-30T10:00:00"_s);
    EXPECT_EQ(result.title, u"全省工会2021年上半年工作综述"_s);
}

TEST(HtmlReader, HeadingBeforeTheArticleIsKeptAndASidebarsIsNot)
{
    // The title names only the column; the heading is the h1 just before the article, not the sidebar's.
    const QString page =
        u"<html><head><title>工会要闻</title></head><body>"
        "<h1 class=\"t\">延安市总工会召开2020年工作会议</h1>"
        "<div class=\"article\"><p>会议总结了2019年工作，全市新增会员1.2万名，建成职工之家35个。</p>"
        "<p>会议部署了2020年重点任务，提出新建工会组织100个。</p></div>"
        "<div class=\"r\"><h1>图片新闻</h1><p><a "
        "href=\"/p/1\">劳模风采展示活动举行，展出作品200件</a></p></div>"
        "</body></html>"_s;
    const ub::FormattedText result = ub::readHtml(page.toUtf8(), pagePath);
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_EQ(
        result.text,
        u"延安市总工会召开2020年工作会议\n会议总结了2019年工作，全市新增会员1.2万名，建成职工之家35个。\n"
        "会议部署了2020年重点任务，提出新建工会组织100个。"_s);
    EXPECT_EQ(result.title, u"工会要闻"_s);
}
