// Tests for scanned PDFs: pages without a text layer recognised with Tesseract (real recognition),
// the layout rules of recognised text, and the progress, cancellation and limits of a long run.
#include "extractor.h"
#include "ocrlayout.h"
#include "pdffixture.h"
#include "pdftext.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <iostream>
#include <memory>
#include <tuple>
#include <vector>

using namespace Qt::StringLiterals;
using ub::test::FixturePage;

namespace {

const QStringList kScannedLines = {
    u"2020年，西安市总工会新建工会组织37个，新发展会员1287人。"_s,
    u"全年为困难职工发放救助金356.8万元，覆盖职工4210人次。"_s,
    u"截至年底，全市建会企业达到1.2万家，入会率提高到92.5%。"_s,
};

QString withoutSpaces(QString text)
{
    return text.remove(QRegularExpression(u"\\s+"_s));
}

/** How much of expected survives in actual, in order: the longest common subsequence over the
 *  length of expected, both without whitespace. Recognition may miss or misread a character. */
double sharedShare(const QString &expectedText, const QString &actualText)
{
    const QString expected = withoutSpaces(expectedText);
    const QString actual = withoutSpaces(actualText);
    if (expected.isEmpty())
        return 1;
    std::vector<int> previous(actual.size() + 1, 0);
    std::vector<int> current(actual.size() + 1, 0);
    for (const QChar character : expected) {
        for (qsizetype j = 1; j <= actual.size(); ++j) {
            current[j] =
                character == actual.at(j - 1) ? previous[j - 1] + 1 : std::max(previous[j], current[j - 1]);
        }
        std::swap(previous, current);
    }
    return double(previous.back()) / double(expected.size());
}

/** The first lineCount non-empty lines of a sample report. */
QStringList sampleReportLines(const QString &fileName, int lineCount)
{
    QFile file(QStringLiteral(UB_TEST_REPORTS_DIR) + u'/' + fileName);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << file.fileName().toStdString();
    QStringList lines;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
        if (lines.size() == lineCount)
            break;
    }
    return lines;
}

/** lines in Traditional Chinese, as ICU's Hans-Hant transliterator writes them (陕西省总工会 →
 *  陝西省總工會): the way a traditional edition of the same report would read. */
QStringList toTraditional(const QStringList &lines)
{
    UErrorCode status = U_ZERO_ERROR;
    const std::unique_ptr<icu::Transliterator> transliterator(
        icu::Transliterator::createInstance(icu::UnicodeString(u"Hans-Hant"), UTRANS_FORWARD, status));
    EXPECT_TRUE(U_SUCCESS(status) && transliterator) << u_errorName(status);
    if (!transliterator)
        return {};
    QStringList traditional;
    for (const QString &line : lines) {
        icu::UnicodeString text(reinterpret_cast<const UChar *>(line.utf16()), int32_t(line.size()));
        transliterator->transliterate(text);
        traditional.append(QString(reinterpret_cast<const QChar *>(text.getBuffer()), text.length()));
    }
    return traditional;
}

/** How many characters of text ICU's Hant-Hans changes: none in simplified text, while chi_tra
 *  writes a third or more of a simplified report's ideographs traditional (召开 → 召開). So the
 *  count tells which model's reading the helper kept. */
qsizetype traditionalCount(const QString &text)
{
    UErrorCode status = U_ZERO_ERROR;
    const std::unique_ptr<icu::Transliterator> transliterator(
        icu::Transliterator::createInstance(icu::UnicodeString(u"Hant-Hans"), UTRANS_FORWARD, status));
    EXPECT_TRUE(U_SUCCESS(status) && transliterator) << u_errorName(status);
    if (!transliterator)
        return -1;
    icu::UnicodeString simplified(reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()));
    transliterator->transliterate(simplified);
    const QString result(reinterpret_cast<const QChar *>(simplified.getBuffer()), simplified.length());
    EXPECT_EQ(result.size(), text.size());
    qsizetype changed = 0;
    for (qsizetype index = 0; index < std::min(text.size(), result.size()); ++index)
        changed += text.at(index) != result.at(index);
    return changed;
}

/** A figure as the comparison sees it: its value and its measure word. */
using FigureKey = std::tuple<qint64, QString>;

QList<FigureKey> figureKeys(const QString &text, const QString &name)
{
    ub::ExtractOptions options;
    options.paged = true;
    QList<FigureKey> keys;
    for (const ub::Figure &figure : ub::Extractor().extract(text, name, options).figures)
        keys.append({qRound64(figure.value * 100), figure.unitText});
    return keys;
}

/** How many of expected (with repeats) are in actual. */
qsizetype foundCount(const QList<FigureKey> &expected, QList<FigureKey> actual)
{
    qsizetype found = 0;
    for (const FigureKey &key : expected) {
        const qsizetype at = actual.indexOf(key);
        if (at >= 0) {
            actual.removeAt(at);
            ++found;
        }
    }
    return found;
}

/** The figures of expected (with repeats) not in actual, as "value unit" for a failure message. */
std::string missingFigures(const QList<FigureKey> &expected, QList<FigureKey> actual)
{
    QStringList missing;
    for (const FigureKey &key : expected) {
        const qsizetype at = actual.indexOf(key);
        if (at >= 0)
            actual.removeAt(at);
        else
            missing.append(u"%1 %2"_s.arg(double(std::get<0>(key)) / 100).arg(std::get<1>(key)));
    }
    return QString(u"missing: "_s + missing.join(u", "_s)).toStdString();
}

/** Confidences below this are the recogniser's guesses. */
constexpr int kHighConfidence = 80;

double highConfidenceShare(const QString &text, const QByteArray &confidences)
{
    qsizetype visible = 0;
    qsizetype high = 0;
    for (qsizetype index = 0; index < text.size(); ++index) {
        if (text.at(index).isSpace())
            continue;
        ++visible;
        if (quint8(confidences.at(index)) >= kHighConfidence)
            ++high;
    }
    return visible == 0 ? 0 : double(high) / double(visible);
}

class ScannedPdfTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate)) << path.toStdString();
        file.write(bytes);
        return path;
    }

    QTemporaryDir m_dir;
};

// Older Traditional-script reports (Hong Kong and Taiwan partners' pages, reprints) are scanned
// too: a page that reads poorly with chi_sim is read again with chi_tra.
TEST_F(ScannedPdfTest, ReadsAScannedTraditionalReportWithItsFigures)
{
    const QStringList lines = toTraditional(sampleReportLines(u"000_d6f6c8912e58501c.txt"_s, 45).mid(25));
    ASSERT_EQ(lines.size(), 20);
    const QString path =
        writeFile(u"陝西省總工會（繁體掃描）.pdf"_s, ub::test::makeImagePdf({lines}, 300, ub::test::Script::Traditional));

    const ub::PdfText text = ub::extractPdfText(path);

    ASSERT_TRUE(text.ok()) << text.error.toStdString();
    ASSERT_EQ(text.pages.size(), 1);
    EXPECT_EQ(text.ocrPageCount, 1);
    EXPECT_GE(sharedShare(lines.join(u'\n'), text.pages.at(0)), 0.85) << text.pages.at(0).toStdString();
    // chi_sim's reading would be simplified: it folds the traditional glyphs it knows.
    EXPECT_GT(traditionalCount(text.pages.at(0)), 100) << "the chi_tra reading is kept";
    const QList<FigureKey> original = figureKeys(lines.join(u'\n'), u"original"_s);
    const QList<FigureKey> recognised = figureKeys(text.pages.at(0), u"scan"_s);
    ASSERT_GE(original.size(), 8) << "the sample lines should state figures";
    const qsizetype found = foundCount(original, recognised);
    std::cout << "[ OCR      ] " << found << " of " << original.size() << " figures found in the Traditional scan\n";
    EXPECT_GE(double(found), 0.85 * double(original.size())) << missingFigures(original, recognised);
}

TEST_F(ScannedPdfTest, AScanHasNoTextLayerAndReadsEmptyWithoutOcr)
{
    const QString path = writeFile(u"扫描件.pdf"_s, ub::test::makeImagePdf({kScannedLines}));
    ub::PdfLimits limits;
    limits.ocr = false;

    const ub::PdfText text = ub::extractPdfText(path, limits);

    ASSERT_TRUE(text.ok()) << text.error.toStdString();
    ASSERT_EQ(text.pages.size(), 1);
    EXPECT_TRUE(withoutSpaces(text.pages.at(0)).isEmpty()) << text.pages.at(0).toStdString();
    EXPECT_EQ(text.confidences, QList<QByteArray>{QByteArray()});
    EXPECT_EQ(text.ocrPageCount, 0);
}

TEST_F(ScannedPdfTest, ReadsAScannedSampleReportWithItsFigures)
{
    const QStringList lines = sampleReportLines(u"000_d6f6c8912e58501c.txt"_s, 25);
    ASSERT_EQ(lines.size(), 25);
    const QList<QStringList> pages = {lines.mid(0, 13), lines.mid(13)};
    const QString path =
        writeFile(u"陕西省总工会2019年十大工作亮点（扫描）.pdf"_s, ub::test::makeImagePdf(pages));

    QElapsedTimer elapsed;
    elapsed.start();
    const ub::PdfText text = ub::extractPdfText(path);
    std::cout << "[ OCR      ] 2 scanned pages in " << elapsed.elapsed() << " ms\n";

    ASSERT_TRUE(text.ok()) << text.error.toStdString();
    ASSERT_EQ(text.pages.size(), 2);
    EXPECT_EQ(text.ocrPageCount, 2);
    for (qsizetype page = 0; page < 2; ++page) {
        const QString &pageText = text.pages.at(page);
        ASSERT_EQ(text.confidences.at(page).size(), pageText.size()) << "page " << page + 1;
        EXPECT_GE(highConfidenceShare(pageText, text.confidences.at(page)), 0.8) << "page " << page + 1;
        EXPECT_GE(sharedShare(pages.at(page).join(u'\n'), pageText), 0.9) << pageText.toStdString();
        // Read with chi_sim alone: a second reading with chi_tra, had it been kept, would write
        // traditional characters.
        EXPECT_EQ(traditionalCount(pageText), 0) << pageText.toStdString();
        // Recognised Chinese carries no spaces between characters.
        EXPECT_FALSE(pageText.contains(QRegularExpression(u"\\p{Han} \\p{Han}"_s))) << pageText.toStdString();
    }

    const QList<FigureKey> original =
        figureKeys(pages.at(0).join(u'\n') + u'\f' + pages.at(1).join(u'\n'), u"original"_s);
    const QList<FigureKey> recognised = figureKeys(text.pages.join(u'\f'), u"scan"_s);
    ASSERT_GE(original.size(), 10) << "the sample lines should state figures";
    const qsizetype found = foundCount(original, recognised);
    std::cout << "[ OCR      ] " << found << " of " << original.size() << " figures found in the scan\n";
    EXPECT_GE(double(found), 0.9 * double(original.size()));
}

TEST_F(ScannedPdfTest, AMixedPdfReadsTheTextLayerAndRecognisesTheScan)
{
    const QString textLine = u"西安市总工会2020年工作总结，共召开职工代表大会12次。"_s;
    const QString path =
        writeFile(u"mixed.pdf"_s, ub::test::makeMixedPdf({{FixturePage::Kind::Text, {textLine}},
                                                          {FixturePage::Kind::Scan, kScannedLines}}));

    const ub::PdfText text = ub::extractPdfText(path);

    ASSERT_TRUE(text.ok()) << text.error.toStdString();
    ASSERT_EQ(text.pages.size(), 2);
    ASSERT_EQ(text.confidences.size(), 2);
    EXPECT_EQ(text.ocrPageCount, 1);
    EXPECT_TRUE(withoutSpaces(text.pages.at(0)).contains(textLine)) << text.pages.at(0).toStdString();
    EXPECT_TRUE(text.confidences.at(0).isEmpty());
    EXPECT_EQ(text.confidences.at(1).size(), text.pages.at(1).size());
    EXPECT_GE(sharedShare(kScannedLines.join(u'\n'), text.pages.at(1)), 0.9)
        << text.pages.at(1).toStdString();
}

TEST_F(ScannedPdfTest, ReportsProgressOncePerPageInOrderAndExtendsTheDeadline)
{
    const QStringList fullPage = sampleReportLines(u"001_fc7e5e8cc932391c.txt"_s, 20);
    const QString path =
        writeFile(u"progress.pdf"_s, ub::test::makeMixedPdf({{FixturePage::Kind::Text, {kScannedLines.at(0)}},
                                                             {FixturePage::Kind::Scan, fullPage},
                                                             {FixturePage::Kind::Scan, fullPage},
                                                             {FixturePage::Kind::Scan, {}}}));
    // Enough for the text layers, too little for two full recognised pages (about two seconds
    // each, wall clock and CPU): each page the helper starts to recognise must extend both.
    ub::PdfLimits limits;
    limits.timeoutMs = 1500;
    QElapsedTimer elapsed;
    elapsed.start();
    QList<std::tuple<int, int, bool>> calls;
    ub::PdfProgress progress;
    progress.pageDone = [&calls](int page, int pageCount, bool ocr) { calls.append({page, pageCount, ocr}); };

    const ub::PdfText text = ub::extractPdfText(path, limits, &progress);
    std::cout << "[ OCR      ] 2 full scanned pages in " << elapsed.elapsed() << " ms\n";

    ASSERT_TRUE(text.ok()) << text.error.toStdString();
    const QList<std::tuple<int, int, bool>> expected = {
        {1, 4, false}, {2, 4, true}, {3, 4, true}, {4, 4, false}};
    EXPECT_EQ(calls, expected);
    EXPECT_EQ(text.ocrPageCount, 2);
    EXPECT_TRUE(withoutSpaces(text.pages.at(3)).isEmpty());
}

TEST_F(ScannedPdfTest, CancellingAfterTheFirstPageStopsTheChild)
{
    const QString path = writeFile(
        u"cancel.pdf"_s,
        ub::test::makeImagePdf(
            {{kScannedLines.at(0)}, {kScannedLines.at(1)}, {kScannedLines.at(2)}, {kScannedLines.at(0)}}));
    int pagesDone = 0;
    ub::PdfProgress progress;
    progress.pageDone = [&pagesDone](int, int, bool) { ++pagesDone; };
    progress.cancelRequested = [&pagesDone] { return pagesDone >= 1; };

    QElapsedTimer elapsed;
    elapsed.start();
    const ub::PdfText text = ub::extractPdfText(path, {}, &progress);
    std::cout << "[ OCR      ] cancelled after " << elapsed.elapsed() << " ms\n";

    EXPECT_TRUE(text.cancelled);
    EXPECT_FALSE(text.ok());
    EXPECT_EQ(text.error, path + u": 已取消"_s);
    EXPECT_TRUE(text.pages.isEmpty());
    EXPECT_EQ(pagesDone, 1);
}

TEST_F(ScannedPdfTest, FiveHundredBlankScansEndQuicklyInAClearMessage)
{
    // 150 DPI, a common scanner setting, keeps writing the fixture quick; every page is still an
    // image that must be decoded and looked at.
    const QString path = writeFile(u"空白扫描.pdf"_s, ub::test::makeImagePdf(QList<QStringList>(500), 150));

    QElapsedTimer elapsed;
    elapsed.start();
    int pagesDone = 0;
    ub::PdfProgress progress;
    progress.pageDone = [&pagesDone](int, int, bool ocr) {
        ++pagesDone;
        EXPECT_FALSE(ocr);
    };
    const ub::PdfText text = ub::extractPdfText(path, {}, &progress);
    std::cout << "[ OCR      ] 500 blank scans in " << elapsed.elapsed() << " ms\n";

    EXPECT_FALSE(text.ok());
    EXPECT_FALSE(text.cancelled);
    EXPECT_EQ(text.error, path + u": PDF 中没有可识别的文字"_s);
    EXPECT_EQ(pagesDone, 500);
}

TEST_F(ScannedPdfTest, RefusesMoreScansThanTheCapBeforeRecognisingAny)
{
    const QString path = writeFile(u"many-scans.pdf"_s,
                                   ub::test::makeImagePdf({{kScannedLines.at(0)}, {kScannedLines.at(1)}}));
    ub::PdfLimits limits;
    limits.maxOcrPages = 1;
    int pagesDone = 0;
    ub::PdfProgress progress;
    progress.pageDone = [&pagesDone](int, int, bool) { ++pagesDone; };

    const ub::PdfText text = ub::extractPdfText(path, limits, &progress);

    EXPECT_FALSE(text.ok());
    EXPECT_EQ(text.error, path + u": 扫描页过多（2 页需要文字识别，上限 1 页）"_s);
    EXPECT_EQ(pagesDone, 0);
}

TEST_F(ScannedPdfTest, TimesOutWhenRecognitionGetsTooLittleTime)
{
    // A full page takes about two seconds to recognise, far more than the 0.5 s allowed in all.
    const QString path = writeFile(
        u"slow-scan.pdf"_s, ub::test::makeImagePdf({sampleReportLines(u"002_23d3c684c72e7fcd.txt"_s, 20)}));
    ub::PdfLimits limits;
    limits.timeoutMs = 300;
    limits.ocrPageTimeoutMs = 200;

    QElapsedTimer elapsed;
    elapsed.start();
    const ub::PdfText text = ub::extractPdfText(path, limits);

    EXPECT_LT(elapsed.elapsed(), 5000);
    EXPECT_FALSE(text.ok());
    EXPECT_EQ(text.error, path + u": 解析 PDF 超时（0.5 秒）"_s);
}

TEST_F(ScannedPdfTest, SaysWhenTheRecognitionModelDoesNotLoad)
{
    const QString path = writeFile(u"no-model.pdf"_s, ub::test::makeImagePdf({kScannedLines}));
    writeFile(u"chi_sim.traineddata"_s, QByteArray(4096, 'x'));
    const QByteArray old = qgetenv("TESSDATA_PREFIX");
    qputenv("TESSDATA_PREFIX", m_dir.path().toUtf8());

    const ub::PdfText text = ub::extractPdfText(path);
    if (old.isNull())
        qunsetenv("TESSDATA_PREFIX");
    else
        qputenv("TESSDATA_PREFIX", old);

    EXPECT_FALSE(text.ok());
    EXPECT_EQ(text.error,
              path + u": 无法识别扫描页：无法加载 Tesseract 中文识别模型（%1）"_s.arg(m_dir.path()));
}

/** Recognised words, one string per word and a list per line; every character confidence 90. */
ub::pdftext::OcrPage pageOf(const QList<QStringList> &lines)
{
    ub::pdftext::OcrParagraph paragraph;
    for (const QStringList &words : lines) {
        ub::pdftext::OcrLine line;
        for (const QString &text : words) {
            ub::pdftext::OcrWord word;
            for (const char32_t character : text.toUcs4())
                word.symbols.append({QString::fromUcs4(&character, 1), 90});
            line.words.append(word);
        }
        paragraph.lines.append(line);
    }
    ub::pdftext::OcrPage page;
    page.paragraphs.append(paragraph);
    return page;
}

struct LayoutCase
{
    const char *name;
    QList<QStringList> lines;
    QString expected;
};

void PrintTo(const LayoutCase &layout, std::ostream *out)
{
    *out << layout.name;
}

class OcrLayoutTest : public ::testing::TestWithParam<LayoutCase>
{
};

TEST_P(OcrLayoutTest, SpacesOnlyWhereTheOriginalHadThem)
{
    const LayoutCase &layout = GetParam();

    const ub::pdftext::PageText page = ub::pdftext::layOutOcrPage(pageOf(layout.lines));

    EXPECT_EQ(page.text, layout.expected);
    ASSERT_EQ(page.confidences.size(), page.text.size());
    for (qsizetype index = 0; index < page.text.size(); ++index)
        EXPECT_EQ(int(page.confidences.at(index)), page.text.at(index).isSpace() ? 100 : 90) << index;
    EXPECT_TRUE(page.recognised);
}

INSTANTIATE_TEST_SUITE_P(
    Rules, OcrLayoutTest,
    ::testing::Values(
        LayoutCase{"chinese_words", {{u"西安市"_s, u"总工会"_s, u"新建"_s}}, u"西安市总工会新建"_s},
        LayoutCase{
            "digits_and_chinese", {{u"新发展"_s, u"会员"_s, u"1287"_s, u"人"_s}}, u"新发展会员1287人"_s},
        LayoutCase{"split_decimal", {{u"发放"_s, u"2484."_s, u"4"_s, u"万元"_s}}, u"发放2484.4万元"_s},
        LayoutCase{"percent_sign", {{u"入会率"_s, u"92.5"_s, u"%"_s}}, u"入会率92.5%"_s},
        LayoutCase{
            "chinese_quotes", {{u"10"_s, u"个"_s, u"“"_s, u"示范班组"_s, u"”"_s}}, u"10个“示范班组”"_s},
        LayoutCase{"latin_words", {{u"COVID"_s, u"19"_s, u"response"_s}}, u"COVID 19 response"_s},
        LayoutCase{"lines_kept", {{u"深入学习"_s, u"贯彻"_s}, {u"新时代"_s}}, u"深入学习贯彻\n新时代"_s},
        LayoutCase{"hyphenated_word", {{u"inter-"_s}, {u"national"_s, u"union"_s}}, u"international union"_s},
        LayoutCase{"ascii_signs_in_chinese_full_width",
                   {{u"2200"_s, u"多场(次),"_s, u"累计"_s, u"(2019)"_s, u"年"_s}},
                   u"2200多场（次），累计（2019）年"_s},
        LayoutCase{"ascii_signs_in_numbers_and_latin_kept",
                   {{u"1,287"_s, u"COVID-19"_s, u"(delta):"_s, u"2:1"_s}},
                   u"1,287 COVID-19 (delta): 2:1"_s},
        LayoutCase{"kangxi_radical_folded", {{u"\u2F2F会"_s}}, u"工会"_s},
        LayoutCase{"separators_dropped", {{u"第\f1"_s, u"页"_s}}, u"第1页"_s}),
    [](const ::testing::TestParamInfo<LayoutCase> &info) { return std::string(info.param.name); });

} // namespace
