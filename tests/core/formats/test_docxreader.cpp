#include "docxreader.h"

#include "docxbuilder.h"
#include "qstringprinter.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

const QString docxPath = u"/tmp/报告/2019年十大亮点.docx"_s;

ub::FormattedText read(const ub::test::DocxBuilder &builder)
{
    return ub::readDocx(builder.build(), docxPath);
}

QString text(const ub::test::DocxBuilder &builder)
{
    const ub::FormattedText result = read(builder);
    EXPECT_TRUE(result.ok()) << result.error.toStdString();
    return result.text;
}

/** Peak resident memory of this process so far, in MiB. */
long peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

} // namespace

TEST(DocxReader, ParagraphsAreLinesAndRunsJoin)
{
    ub::test::DocxBuilder docx;
    docx.paragraph({u"全省新建工会组织"_s, u"1200"_s, u"个，新增会员8.3万名。"_s})
        .bodyXml(u"<w:p><w:r><w:t>序号</w:t></w:r><w:r><w:tab/><w:t>项目</w:t><w:br/><w:t>第二行</w:t>"
                 "<w:cr/><w:t>第三行</w:t><w:noBreakHyphen/><w:t>完</w:t></w:r></w:p>"_s)
        .paragraph({})
        .paragraph({u"  前后有空格  "_s});
    const ub::FormattedText result = read(docx);
    ASSERT_TRUE(result.ok()) << result.error.toStdString();
    EXPECT_EQ(
        result.text,
        u"全省新建工会组织1200个，新增会员8.3万名。\n序号\t项目\n第二行\n第三行-完\n\n  前后有空格  "_s);
    EXPECT_EQ(result.encoding, u"DOCX"_s);
}

TEST(DocxReader, TableRowIsOneLineWithItsLabel)
{
    ub::test::DocxBuilder docx;
    docx.paragraph({u"表1 各市新增会员"_s})
        .table({{u"城市"_s, u"新增会员"_s, u"筹集资金"_s}, {u"西安市"_s, u"2.1万名"_s, u"2484.4万元"_s}})
        .paragraph({u"表后文字。"_s});
    EXPECT_EQ(text(docx),
              u"表1 各市新增会员\n城市\t新增会员\t筹集资金\n西安市\t2.1万名\t2484.4万元\n表后文字。"_s);
}

TEST(DocxReader, CellParagraphsNestedTablesAndMergedLabels)
{
    const QString cell = u"<w:tc><w:p><w:r><w:t>%1</w:t></w:r></w:p></w:tc>"_s;
    ub::test::DocxBuilder docx;
    docx.bodyXml(u"<w:tbl><w:tr>"
                 // a cell of two paragraphs
                 "<w:tc><w:p><w:r><w:t>职工</w:t></w:r></w:p><w:p><w:r><w:t>书屋</w:t></w:r></w:p></w:tc>"
                 // a cell holding a table of its own
                 "<w:tc><w:tbl><w:tr>%1%2</w:tr><w:tr>%3%4</w:tr></w:tbl><w:p/></w:tc>"
                 "</w:tr>"
                 // a label merged down two rows: the second row repeats it
                 "<w:tr><w:tc><w:tcPr><w:vMerge "
                 "w:val=\"restart\"/></w:tcPr><w:p><w:r><w:t>宝鸡市</w:t></w:r></w:p></w:tc>%5</w:tr>"
                 "<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>%6</w:tr>"
                 // a merged number is not repeated: it would be counted twice
                 "<w:tr><w:tc><w:tcPr><w:vMerge "
                 "w:val=\"restart\"/></w:tcPr><w:p><w:r><w:t>合计300家</w:t></w:r></w:p></w:tc>%7</w:tr>"
                 "<w:tr><w:tc><w:tcPr><w:vMerge w:val=\"continue\"/></w:tcPr><w:p/></w:tc>%8</w:tr>"
                 "</w:tbl>"_s.arg(cell.arg(u"西安"_s), cell.arg(u"120家"_s), cell.arg(u"延安"_s),
                                  cell.arg(u"80家"_s), cell.arg(u"会员35万名"_s), cell.arg(u"女职工12万名"_s),
                                  cell.arg(u"甲"_s), cell.arg(u"乙"_s)));
    EXPECT_EQ(text(docx), u"职工 书屋\t西安 120家 延安 80家\n宝鸡市\t会员35万名\n宝鸡市\t女职工12万名\n"
                          "合计300家\t甲\n\t乙"_s);
}

TEST(DocxReader, RevisionsFieldsHiddenTextAndFallbacksAreLeftOut)
{
    ub::test::DocxBuilder docx;
    docx.bodyXml(
        u"<w:p><w:r><w:t>筹集资金</w:t></w:r>"
        "<w:del w:id=\"1\" w:author=\"审稿\"><w:r><w:delText>9999万元</w:delText></w:r></w:del>"
        "<w:ins w:id=\"2\" w:author=\"审稿\"><w:r><w:t>2484.4万元</w:t></w:r></w:ins>"
        "<w:moveFrom w:id=\"3\"><w:r><w:t>移走的文字</w:t></w:r></w:moveFrom>"
        "<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏的8888人</w:t></w:r>"
        "<w:r><w:rPr><w:vanish w:val=\"0\"/></w:rPr><w:t>，</w:t></w:r>"
        "<w:bookmarkStart w:id=\"0\" w:name=\"a\"/><w:proofErr w:type=\"spellStart\"/>"
        "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE 77 "
        "</w:instrText></w:r>"
        "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>见第3页</w:t></w:r>"
        "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        "<w:fldSimple w:instr=\" NUMPAGES 55 \"><w:r><w:t>共5页</w:t></w:r></w:fldSimple>"
        "<w:bookmarkEnd w:id=\"0\"/></w:p>"
        // a text box: Word writes it twice, the VML fallback must not double it
        "<w:p><w:r><w:t>正文</w:t></w:r><w:r><mc:AlternateContent><mc:Choice "
        "Requires=\"wps\"><w:drawing><wps:txbx>"
        "<w:txbxContent><w:p><w:r><w:t>文本框：建成驿站1500个</w:t></w:r></w:p></w:txbxContent></wps:txbx></"
        "w:drawing>"
        "</mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent><w:p><w:r><w:t>文本框：建成驿站1500个</"
        "w:t>"
        "</w:r></w:p></w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
        "<w:r><w:t>继续。</w:t></w:r></w:p>"_s);
    EXPECT_EQ(text(docx), u"筹集资金2484.4万元，见第3页共5页\n正文继续。\n文本框：建成驿站1500个"_s);
}

TEST(DocxReader, FootersFootnotesAndHeadersAreNotRead)
{
    const QByteArray footer =
        QByteArrayLiteral("<?xml version=\"1.0\"?><w:ftr "
                          "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                          "<w:p><w:r><w:t>第 1 页 共 9 页 电话 029-87341234</w:t></w:r></w:p></w:ftr>");
    const QByteArray footnotes = QByteArrayLiteral(
        "<?xml version=\"1.0\"?><w:footnotes "
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        "<w:footnote "
        "w:id=\"1\"><w:p><w:r><w:t>注：数据截至2019年11月</w:t></w:r></w:p></w:footnote></w:footnotes>");
    ub::test::DocxBuilder docx;
    docx.bodyXml(
            u"<w:p><w:r><w:t>新增会员8.3万名</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>"_s)
        .extraPart(u"word/footer1.xml"_s, footer)
        .extraPart(u"word/footnotes.xml"_s, footnotes);
    EXPECT_EQ(text(docx), u"新增会员8.3万名"_s);
}

TEST(DocxReader, TitleFromCorePropertiesElseFirstHeadingAndCreatedDate)
{
    ub::test::DocxBuilder withTitle;
    withTitle.title(u"Microsoft Word - 陕西省总工会2019年十大工作亮点"_s).created(u"2019-12-30T08:15:00Z"_s);
    withTitle.paragraph({u"正文"_s});
    ub::FormattedText result = read(withTitle);
    EXPECT_EQ(result.title, u"陕西省总工会2019年十大工作亮点"_s);
    EXPECT_EQ(result.dateline, u"2019-12-30"_s);

    // No dc:title: the first paragraph in a heading style, found through styles.xml and basedOn.
    ub::test::DocxBuilder withHeading;
    withHeading.withStyles()
        .paragraph({u"2019年"_s})
        .paragraph({u"  延安市总工会"_s, u"工作总结 "_s}, u"report"_s)
        .paragraph({u"第二个标题"_s}, u"Heading1"_s);
    result = read(withHeading);
    EXPECT_EQ(result.title, u"延安市总工会工作总结"_s);
    EXPECT_TRUE(result.dateline.isEmpty());

    // No styles part: Word's built-in style ids still say which paragraphs are headings.
    ub::test::DocxBuilder withoutStyles;
    withoutStyles.paragraph({u"正文"_s}).paragraph({u"汉中市总工会"_s}, u"Heading1"_s);
    EXPECT_EQ(read(withoutStyles).title, u"汉中市总工会"_s);
}

TEST(DocxReader, RecognisesLegacyAndEncryptedWordFiles)
{
    QByteArray legacy = QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
    legacy += QByteArray(504, '\0') + QByteArrayLiteral("W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0");
    EXPECT_TRUE(ub::isLegacyWordFile(legacy));
    EXPECT_FALSE(ub::isEncryptedOfficeFile(legacy));
    EXPECT_FALSE(ub::isLegacyWordFile(ub::test::DocxBuilder().build()));
    EXPECT_FALSE(ub::isLegacyWordFile(QByteArrayLiteral("\xD0\xCF\x11")));

    QByteArray encrypted = QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") + QByteArray(504, '\0');
    encrypted += QByteArrayLiteral("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0");
    EXPECT_TRUE(ub::isEncryptedOfficeFile(encrypted));
    EXPECT_FALSE(ub::isLegacyWordFile(encrypted));
}

namespace {

struct HostileCase
{
    const char *name;
    QByteArray (*bytes)();
    const char16_t *message; ///< what the error must say after "<path>: "
};

void PrintTo(const HostileCase &c, std::ostream *os)
{
    *os << c.name;
}

QByteArray reportDocx()
{
    ub::test::DocxBuilder docx;
    for (int i = 0; i < 200; ++i)
        docx.paragraph({u"第%1段：全省工会新增会员8.3万名，筹集资金2484.4万元。"_s.arg(i)});
    return docx.build();
}

QByteArray wellFormedDocumentXml()
{
    return ub::test::DocxBuilder().paragraph({u"正文"_s}).documentXml();
}

const HostileCase hostileCases[] = {
    {"Empty", [] { return QByteArray(); }, u"不是有效的 Word 文件（文件为空）"},
    {"Truncated",
     [] {
         const QByteArray whole = reportDocx();
         return whole.left(whole.size() / 2);
     },
     u"不是有效的 Word 文件（文件已损坏或不完整）"},
    {"TruncatedInTheCentralDirectory", [] { return reportDocx().chopped(40); },
     u"不是有效的 Word 文件（文件已损坏或不完整）"},
    {"PlainText", [] { return QByteArray("全省工会新增会员8.3万名"); },
     u"不是有效的 Word 文件（不是 zip 压缩包）"},
    {"ZipWithoutDocument",
     [] {
         return ub::test::zipArchive(
             {{u"[Content_Types].xml"_s, "<Types/>"}, {u"xl/workbook.xml"_s, "<workbook/>"}});
     },
     u"不是 Word 文档（压缩包中没有 word/document.xml）"},
    {"MalformedXml",
     [] {
         QByteArray xml = wellFormedDocumentXml();
         xml.replace("</w:p>", "</w:r>");
         return ub::test::zipArchive({{u"word/document.xml"_s, xml}});
     },
     u"不是有效的 Word 文件（word/document.xml 第 2 行第 "},
    {"DocumentTypeDefinition",
     [] {
         return ub::test::zipArchive(
             {{u"word/document.xml"_s,
               "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b "
               "\"&a;&a;&a;&a;\">]>"
               "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
               "<w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>"}});
     },
     u"不是有效的 Word 文件（word/document.xml 第 1 行第 95 列：文档含有 DTD，Word 文件不会有）"},
    {"CorruptedData",
     [] {
         ub::test::DocxBuilder docx;
         for (int i = 0; i < 300; ++i)
             docx.paragraph({u"第%1段，会员%2名"_s.arg(i).arg(i * 7919 % 10007)});
         QByteArray bytes = ub::test::zipArchive({{u"word/document.xml"_s, docx.documentXml()}});
         for (qsizetype i = 200; i < 260; ++i)
             bytes[i] = char(bytes[i] ^ 0x5A);
         return bytes;
     },
     u"不是有效的 Word 文件（word/document.xml "},
    {"LegacyDoc",
     []() -> QByteArray {
         return QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") + QByteArray(1024, '\0');
     },
     u"旧版 Word 格式（.doc），请另存为 .docx 后再导入"},
    {"Encrypted",
     []() -> QByteArray {
         return QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") + QByteArray(1024, '\0') +
                QByteArrayLiteral("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0");
     },
     u"Word 文件已加密，请取消密码后再导入"},
};

class HostileDocx : public ::testing::TestWithParam<HostileCase>
{
};

} // namespace

TEST_P(HostileDocx, EndsInAMessageNamingTheFile)
{
    const HostileCase &c = GetParam();
    const ub::FormattedText result = ub::readDocx(c.bytes(), docxPath);
    EXPECT_FALSE(result.ok());
    EXPECT_TRUE(result.text.isEmpty());
    const QString expected = docxPath + u": "_s + QString::fromUtf16(c.message);
    EXPECT_TRUE(result.error.startsWith(expected))
        << "error:    " << result.error.toStdString() << "\nexpected: " << expected.toStdString() << "…";
}

INSTANTIATE_TEST_SUITE_P(DocxReader, HostileDocx, ::testing::ValuesIn(hostileCases),
                         [](const auto &info) { return std::string(info.param.name); });

TEST(DocxReader, MalformedXmlNamesTheLine)
{
    const QByteArray xml = "<?xml version=\"1.0\"?>\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                           "wordprocessingml/2006/main\"><w:body>\n<w:p><w:r><w:t>一</w:t></w:r></w:p>\n"
                           "<w:p><w:r><w:t>二</w:t></w:p>\n</w:body></w:document>";
    const ub::FormattedText result =
        ub::readDocx(ub::test::zipArchive({{u"word/document.xml"_s, xml}}), docxPath);
    EXPECT_TRUE(result.error.contains(u"第 4 行"_s)) << result.error.toStdString();
}

namespace {

const QByteArray bombHead = "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                            "wordprocessingml/2006/main\"><w:body>";
const QByteArray bombParagraph = "<w:p><w:r><w:t>全省新增会员8.3万名</w:t></w:r></w:p>";
const QByteArray bombTail = "</w:body></w:document>";
constexpr qint64 gibibyte = qint64(1) << 30;

} // namespace

TEST(DocxReader, ZipBombOfZerosIsRefusedQuicklyAndCheaply)
{
    const QByteArray bomb = ub::test::zipBomb(u"word/document.xml"_s, QByteArray(), QByteArray(1 << 20, '\0'),
                                              QByteArray(), gibibyte);
    EXPECT_LT(bomb.size(), 4 * 1024 * 1024); // a gibibyte of zeros in about a megabyte
    QElapsedTimer timer;
    timer.start();
    const ub::FormattedText result = ub::readDocx(bomb, docxPath);
    EXPECT_LT(timer.elapsed(), 2000);
    EXPECT_EQ(result.error,
              docxPath + u": 不是有效的 Word 文件（word/document.xml 解压后超过 64 MB，可能是压缩炸弹）"_s);
}

TEST(DocxReader, ZipBombOfRepeatedXmlWithLyingHeadersStopsWithinTheLimit)
{
    // Headers that claim 60 MB (under the limit) for a gibibyte of valid paragraphs: the reader
    // inflates no more than the claim and the checksum gives the lie away.
    const long before = peakMegabytes();
    const QByteArray repeated = bombParagraph.repeated(16 * 1024);
    const QByteArray bomb =
        ub::test::zipBomb(u"word/document.xml"_s, bombHead, repeated, bombTail, gibibyte, 60 * 1024 * 1024);
    QElapsedTimer timer;
    timer.start();
    const ub::FormattedText result = ub::readDocx(bomb, docxPath);
    EXPECT_LT(timer.elapsed(), 5000);
    EXPECT_FALSE(result.ok());
    EXPECT_TRUE(result.error.startsWith(docxPath + u": 不是有效的 Word 文件（word/document.xml"_s))
        << result.error.toStdString();
    EXPECT_LT(peakMegabytes() - before, 400); // never the gibibyte
}

TEST(DocxReader, HighCompressionRatioIsRefusedBelowTheSizeLimit)
{
    // 40 MB of one repeated paragraph: under 64 MB, but 1000 times smaller compressed than a real document.
    const QByteArray repeated = bombParagraph.repeated(16 * 1024);
    const QByteArray bomb =
        ub::test::zipBomb(u"word/document.xml"_s, bombHead, repeated, bombTail, 40 * 1024 * 1024);
    const ub::FormattedText result = ub::readDocx(bomb, docxPath);
    EXPECT_EQ(result.error,
              docxPath +
                  u": 不是有效的 Word 文件（word/document.xml 的压缩比超过 200 倍，可能是压缩炸弹）"_s);
}

TEST(DocxReader, TooManyEntriesIsRefused)
{
    QList<QPair<QString, QByteArray>> entries{{u"word/document.xml"_s, "<w:document/>"}};
    for (int i = 0; i < 10001; ++i)
        entries.append({u"media/%1.bin"_s.arg(i), QByteArray()});
    const ub::FormattedText result = ub::readDocx(ub::test::zipArchive(entries), docxPath);
    EXPECT_EQ(result.error,
              docxPath + u": 不是有效的 Word 文件（压缩包中有 10002 个文件，超过上限 10000）"_s);
}
