// The same report as plain text, as a Word file and as a saved web page must give the same figures:
// the formats add nothing (no furniture, no page numbers) and lose nothing (no label cut from its figure).
#include "docxreader.h"
#include "extractor.h"
#include "htmlreader.h"
#include "textdecoder.h"

#include "docxbuilder.h"
#include "qstringprinter.h"
#include "savedpage.h"
#include "testpaths.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

/** The sample reports, by path. */
QStringList sampleReports()
{
    QStringList paths;
    const QDir dir(ub::test::sampleReportsDir());
    const QStringList names = dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
    for (const QString &name : names)
        paths << dir.filePath(name);
    return paths;
}

QStringList reportLines(const QString &path)
{
    const ub::DecodeResult decoded = ub::decodeText(ub::test::readFile(path), path);
    EXPECT_TRUE(decoded.ok) << decoded.error.toStdString();
    QStringList lines = decoded.decoded.text.split(u'\n');
    for (QString &line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
    }
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

/**
 * Runs of a line as an editor leaves them: split every few characters, mid-word, never inside a
 * surrogate pair, alternately bold.
 */
QStringList splitIntoRuns(const QString &line, int lineNumber)
{
    QStringList runs;
    const int step = 3 + lineNumber % 5;
    qsizetype start = 0;
    while (start < line.size()) {
        qsizetype length = qMin<qsizetype>(step, line.size() - start);
        if (start + length < line.size() && line.at(start + length - 1).isHighSurrogate())
            ++length;
        runs << line.mid(start, length);
        start += length;
    }
    return runs;
}

/**
 * Where the first line stating a figure after its label ("筹集资金2484.4万元") splits into a label
 * cell and a figure cell: the line, and the position of the figure's first digit.
 */
QPair<qsizetype, qsizetype> tableCut(const QStringList &lines)
{
    static const QRegularExpression labelThenFigure(u"\\p{Han} ?(\\d)"_s);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QRegularExpressionMatch match = labelThenFigure.match(lines.at(i));
        if (match.hasMatch())
            return {i, match.capturedStart(1)};
    }
    return {-1, -1};
}

/** The index of the report's first non-empty line, its heading. */
qsizetype headingIndex(const QStringList &lines)
{
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!lines.at(i).trimmed().isEmpty())
            return i;
    }
    return -1;
}

QString firstLine(const QStringList &lines)
{
    return lines.value(headingIndex(lines)).trimmed();
}

/**
 * The report as a .docx: each line a paragraph of split runs, a deleted revision, a field code and a
 * hidden run in the first paragraphs (none of them text), a footer with numbers, and the line picked by
 * tableCut() as a table row with a label cell and a figure cell.
 */
QByteArray reportAsDocx(const QStringList &lines, QPair<qsizetype, qsizetype> cut)
{
    ub::test::DocxBuilder docx;
    docx.title(firstLine(lines)).created(u"2020-01-06T02:00:00Z"_s);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i == cut.first) {
            docx.table({{lines.at(i).left(cut.second), lines.at(i).mid(cut.second)}});
            continue;
        }
        QString paragraph = u"<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"420\"/></w:tabs></w:pPr>"_s;
        const QStringList runs = splitIntoRuns(lines.at(i), int(i));
        for (qsizetype r = 0; r < runs.size(); ++r) {
            paragraph += ub::test::DocxBuilder::runXml(runs.at(r), r % 2 == 1);
            if (i < 10 && r == 0) {
                paragraph += u"<w:del w:id=\"%1\" "
                             u"w:author=\"x\"><w:r><w:delText>删去的9999万元</w:delText></w:r></w:del>"
                             "<w:r><w:instrText> PAGE 123 </w:instrText></w:r>"
                             "<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏的777人</w:t></w:r>"_s.arg(i);
            }
        }
        docx.bodyXml(paragraph + u"</w:p>"_s);
    }
    docx.extraPart(
        u"word/footer1.xml"_s,
        "<?xml version=\"1.0\"?><w:ftr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/"
        "2006/main\"><w:p><w:r><w:t>第 1 页 电话 029-87341234</w:t></w:r></w:p></w:ftr>");
    return docx.build();
}

void expectSameFigures(const ub::ExtractionResult &expected, const ub::ExtractionResult &actual)
{
    ASSERT_EQ(actual.figures.size(), expected.figures.size());
    for (qsizetype i = 0; i < expected.figures.size(); ++i) {
        const ub::Figure &want = expected.figures.at(i);
        const ub::Figure &got = actual.figures.at(i);
        SCOPED_TRACE(u"figure %1: %2 in %3"_s.arg(i).arg(want.quote, want.sentence).toStdString());
        EXPECT_EQ(got.quote, want.quote);
        EXPECT_EQ(got.value, want.value);
        EXPECT_EQ(got.unitText, want.unitText);
        EXPECT_EQ(got.region, want.region);
        EXPECT_EQ(got.year, want.year);
        EXPECT_EQ(got.category, want.category);
        EXPECT_EQ(got.indicator, want.indicator);
    }
}

QStringList trimmed(const QStringList &lines)
{
    QStringList result;
    for (const QString &line : lines)
        result << line.trimmed();
    return result;
}

/** The lines as a web page shows them: whitespace collapsed, one empty line at most in a row, none at the
 * ends. */
QStringList asShownOnAPage(const QStringList &lines)
{
    QStringList result;
    for (const QString &line : lines) {
        const QString shown = line.simplified();
        if (!shown.isEmpty() || (!result.isEmpty() && !result.constLast().isEmpty()))
            result << shown;
    }
    while (!result.isEmpty() && result.constLast().isEmpty())
        result.removeLast();
    return result;
}

class SampleReport : public ::testing::TestWithParam<QString>
{
protected:
    const ub::Extractor extractor;
};

} // namespace

TEST_P(SampleReport, WordFileGivesTheTextAndFiguresOfThePlainText)
{
    const QString path = GetParam();
    const QStringList lines = reportLines(path);
    ASSERT_GT(lines.size(), 10);
    const QPair<qsizetype, qsizetype> cut = tableCut(lines);
    ASSERT_GE(cut.first, 0) << "no line with a label and a figure";

    const ub::FormattedText docx = ub::readDocx(reportAsDocx(lines, cut), path);
    ASSERT_TRUE(docx.ok()) << docx.error.toStdString();
    EXPECT_EQ(docx.title, firstLine(lines));
    EXPECT_EQ(docx.dateline, u"2020-01-06"_s);

    // Line for line the text, but for the table row, whose cells are joined by a tab.
    QStringList expected = trimmed(lines);
    const QString &row = lines.at(cut.first);
    expected[cut.first] = row.left(cut.second).trimmed() + u'\t' + row.mid(cut.second).trimmed();
    EXPECT_EQ(trimmed(docx.text.split(u'\n')), expected);

    const QString name = QFileInfo(path).fileName();
    const ub::ExtractionResult fromText = extractor.extract(lines.join(u'\n'), name);
    EXPECT_GT(fromText.figures.size(), 5);
    expectSameFigures(fromText, extractor.extract(docx.text, name));
}

TEST_P(SampleReport, SavedGbkWebPageGivesTheFiguresOfThePlainTextAndNoneOfTheSite)
{
    const QString path = GetParam();
    const QStringList lines = reportLines(path);
    ASSERT_GT(lines.size(), 10);
    const QString heading = firstLine(lines).simplified();
    const QStringList body = lines.mid(headingIndex(lines) + 1);
    const QString page =
        ub::test::savedPage(heading, body, ub::test::PageLayout::Divs,
                            u"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\">"_s);
    const ub::FormattedText html = ub::readHtml(ub::test::encodedAs(page, "GB18030"), path);
    ASSERT_TRUE(html.ok()) << html.error.toStdString();
    EXPECT_EQ(html.encoding, u"HTML (GB18030)"_s);
    EXPECT_EQ(html.title, heading);
    EXPECT_EQ(html.dateline, u"2020-01-15 09:30"_s);
    // The heading is put in front of the article's container, whose own leading empty lines go.
    EXPECT_EQ(html.text.split(u'\n'), QStringList{heading} + asShownOnAPage(body));

    const QString name = QFileInfo(path).fileName();
    expectSameFigures(extractor.extract(lines.join(u'\n'), name), extractor.extract(html.text, name));
}

INSTANTIATE_TEST_SUITE_P(
    FormatEquivalence, SampleReport, ::testing::ValuesIn(sampleReports()), [](const auto &info) {
        return QFileInfo(info.param).completeBaseName().replace(u'-', u'_').toStdString();
    });
