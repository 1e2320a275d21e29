#include "savedpage.h"

#include <QStringEncoder>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace ub::test {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString headSection(const QString &heading, const QString &charsetMeta)
{
    return u"<head>\n%1\n<title>%2_陕西工会网</title>\n"
           "<meta name=\"keywords\" content=\"工会,职工,2023年,十大亮点\">\n"
           "<meta name=\"publishdate\" content=\"2020-01-15 09:30:00\">\n"
           "<link rel=\"stylesheet\" href=\"/css/style.css\">\n"
           "<style type=\"text/css\">body{font-size:14px;margin:0 auto;width:1200px}"
           ".nav li{float:left;width:120px} #zoom p{text-indent:2em;line-height:200%}</style>\n"
           "<script type=\"text/javascript\">var _hmt = _hmt || []; var siteVisits = 123456;"
           "document.write('访问量：' + 654321 + '人次，2024年新增8.3万');</script>\n</head>\n"_s.arg(
               charsetMeta, escaped(heading));
}

QString divBody(const QString &heading, const QStringList &articleLines)
{
    QString paragraphs;
    for (const QString &line : articleLines)
        paragraphs += line.trimmed().isEmpty() ? u"<p>&nbsp;</p>\n"_s : u"<p>%1</p>\n"_s.arg(escaped(line));
    return u"<body>\n"
           "<div id=\"header\"><div class=\"logo\"><h1><a href=\"/\">陕西工会网</a></h1></div>\n"
           "<div class=\"today\">今天是2024年3月1日 星期五</div>\n"
           "<div class=\"counter\">访问量：123456 今日访问：1024</div></div>\n"
           "<div class=\"nav\"><ul><li><a href=\"/\">首页</a></li><li><a href=\"/gh\">工会要闻</a></li>"
           "<li><a href=\"/jc\">基层动态</a></li><li><a href=\"/lm\">劳模风采</a></li>"
           "<li><a href=\"/wq\">职工维权 12351</a></li><li><a href=\"/zt\">2023年专题</a></li></ul></div>\n"
           "<div class=\"breadcrumb\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/gh\">工会要闻</a> "
           "&gt; 正文</div>\n"
           "<div class=\"main\">\n<div class=\"article\">\n"
           "<h1 class=\"title\">%1</h1>\n"
           "<div class=\"info\">发布时间：2020-01-15 09:30　来源：陕西省总工会　浏览次数：<span "
           "id=\"hits\">3562</span></div>\n"
           "<div class=\"content\" id=\"zoom\">\n%2</div>\n"
           "<div class=\"share\">分享到：<a href=\"#\">微信</a> <a href=\"#\">微博</a> 已有 25 人分享</div>\n"
           "<div class=\"pages\"><a href=\"/a/1\">上一篇：全省工会2019年工作会议召开</a>"
           "<a href=\"/a/3\">下一篇：省总工会慰问1000名困难职工</a></div>\n"
           "</div>\n"
           "<div class=\"xgxw\"><h3>相关新闻</h3><ul>"
           "<li><a "
           "href=\"/a/4\">省总工会召开2019年第4次党组会议，部署12项重点工作</a><span>2019-12-20</span></li>"
           "<li><a href=\"/a/5\">全省新建工会组织1200个，新增会员8.6万名</a><span>2019-11-02</span></li>"
           "<li><a "
           "href=\"/a/6\">2019年全省职工技能大赛落幕，3000人参赛</a><span>2019-10-18</span></li></ul></div>\n"
           "</div>\n"
           "<div class=\"right\"><h3>热点排行</h3><ol>"
           "<li><a href=\"/a/7\">帮扶困难职工5000户，发放资金2000万元</a></li>"
           "<li><a href=\"/a/8\">全省建成职工书屋300家</a></li>"
           "<li><a href=\"/a/9\">“工会驿站”达到1500个</a></li></ol></div>\n"
           "<div "
           "id=\"footer\"><p>主办：陕西省总工会　地址：西安市新城区东新街　邮编：710004　电话：029-87341234</"
           "p>\n"
           "<p>版权所有 © 2012-2024 陕西工会网　陕ICP备05012345号　陕公网安备 61010202000123号</p></div>\n"
           "<script>var _stat = {site: 10086, year: 2024}; (function(){ var n = 98765; })();</script>\n"
           "</body>\n"_s.arg(escaped(heading), paragraphs);
}

QString tableBody(const QString &heading, const QStringList &articleLines)
{
    QStringList lines;
    for (const QString &line : articleLines) {
        if (!line.trimmed().isEmpty())
            lines << escaped(line);
    }
    return u"<body topmargin=\"0\" leftmargin=\"0\">\n"
           "<table width=\"1000\" border=\"0\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\">"
           "<tr><td><img src=\"/images/banner2008.jpg\" width=\"1000\" height=\"120\"></td></tr>"
           "<tr><td bgcolor=\"#C00000\" height=\"28\"><a href=\"/\">首页</a> | <a href=\"/gh\">工会要闻</a> "
           "| "
           "<a href=\"/tz\">通知公告</a> | <a href=\"/zt\">2008年专题</a></td></tr></table>\n"
           "<table width=\"1000\" border=\"0\" align=\"center\"><tr>\n"
           "<td width=\"200\" valign=\"top\" class=\"left\"><table width=\"100%\">"
           "<tr><td><a href=\"/l/1\">省总工会简介</a></td></tr><tr><td><a "
           "href=\"/l/2\">领导之窗</a></td></tr>"
           "<tr><td><a "
           "href=\"/l/3\">全省工会会员2800万</a></td></tr><tr><td>在线人数：88</td></tr></table></td>\n"
           "<td width=\"800\" valign=\"top\"><table width=\"100%\" border=\"0\">\n"
           "<tr><td align=\"center\" class=\"biaoti\"><font size=\"5\" "
           "color=\"#C00000\"><b>%1</b></font></td></tr>\n"
           "<tr><td align=\"center\" class=\"rq\">日期：2020年01月15日　来源：本站　点击数：1234</td></tr>\n"
           "<tr><td class=\"zw\" style=\"font-size:14px;line-height:24px\">\n%2\n</td></tr>\n"
           "<tr><td align=\"right\"><a href=\"javascript:window.print()\">【打印本页】</a> "
           "<a href=\"javascript:window.close()\">【关闭窗口】</a></td></tr>\n"
           "</table></td></tr></table>\n"
           "<table width=\"1000\" align=\"center\"><tr><td align=\"center\">Copyright 2005-2024 陕西省总工会 "
           "All Rights Reserved　陕ICP备05012345号　电话：029-87654321</td></tr></table>\n"
           "</body>\n"_s.arg(escaped(heading), lines.join(u"<br>\n"_s));
}

} // namespace

QString savedPage(const QString &heading, const QStringList &articleLines, PageLayout layout,
                  const QString &charsetMeta)
{
    const QString body =
        layout == PageLayout::Divs ? divBody(heading, articleLines) : tableBody(heading, articleLines);
    return u"<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" "
           "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n"
           "<html xmlns=\"http://www.w3.org/1999/xhtml\">\n"_s +
           headSection(heading, charsetMeta) + body + u"</html>\n"_s;
}

QByteArray encodedAs(const QString &text, const char *encoding)
{
    // Qt's converters reach ICU for GB18030 and Big5 on Debian; a build without ICU cannot run these tests.
    QStringEncoder encoder(encoding);
    EXPECT_TRUE(encoder.isValid()) << encoding;
    const QByteArray bytes = encoder.encode(text);
    EXPECT_FALSE(encoder.hasError());
    return bytes;
}

} // namespace ub::test
