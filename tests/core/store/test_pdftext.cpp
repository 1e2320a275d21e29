// Tests for extractPdfText: Chinese PDFs written with QPdfWriter, hostile PDFs, and misbehaving helpers.
#include "pdffixture.h"
#include "pdftext.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QFont>
#include <QFontDatabase>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <functional>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

const QStringList kChinesePages = {
    u"2020年，西安市总工会新建工会组织37个，新发展会员1287人。"_s,
    u"全年为困难职工发放救助金356.8万元，覆盖职工4210人次。"_s,
    u"截至年底，全市建会企业达到1.2万家，入会率提高到92.5%。"_s,
};

/** Poppler may break lines or space out glyphs differently from how they were drawn. */
QString withoutSpaces(QString text)
{
    return text.remove(QRegularExpression(u"\\s+"_s));
}

/** Sets an environment variable for the scope of one test. */
class ScopedEnvironment
{
public:
    ScopedEnvironment(const char *name, const QByteArray &value)
        : m_name(name)
    {
        if (qEnvironmentVariableIsSet(name))
            m_old = qgetenv(name);
        qputenv(name, value);
    }
    ~ScopedEnvironment()
    {
        if (m_old)
            qputenv(m_name, *m_old);
        else
            qunsetenv(m_name);
    }
    ScopedEnvironment(const ScopedEnvironment &) = delete;
    ScopedEnvironment &operator=(const ScopedEnvironment &) = delete;

private:
    const char *m_name;
    std::optional<QByteArray> m_old;
};

class PdfTextTest : public ::testing::Test
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

    /** A stand-in for the helper: a shell script, to misbehave in ways a PDF could make it. */
    QString writeHelperScript(const QString &name, const QByteArray &body)
    {
        const QString path = writeFile(name, "#!/bin/sh\n" + body + '\n');
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return path;
    }

    QTemporaryDir m_dir;
};

TEST_F(PdfTextTest, FindsTheBuiltHelper)
{
    const QString helper = ub::pdfTextHelperPath();
    ASSERT_FALSE(helper.isEmpty()) << "unionboard-pdftext was not found; is it built?";
    EXPECT_TRUE(helper.endsWith(u"unionboard-pdftext"_s)) << helper.toStdString();
}

TEST_F(PdfTextTest, ReadsChinesePagesInOrder)
{
    ASSERT_TRUE(QFontDatabase::families().contains(u"Noto Sans CJK SC"_s))
        << "fonts-noto-cjk is needed to write Chinese test PDFs";
    const QString path = writeFile(u"报告.pdf"_s, ub::test::makePdf(kChinesePages));

    const ub::PdfText text = ub::extractPdfText(path);

    ASSERT_TRUE(text.ok()) << text.error.toStdString();
    ASSERT_EQ(text.pages.size(), kChinesePages.size());
    // Text layers, not recognition.
    EXPECT_EQ(text.confidences, QList<QByteArray>(kChinesePages.size()));
    EXPECT_EQ(text.ocrPageCount, 0);
    for (qsizetype index = 0; index < kChinesePages.size(); ++index) {
        EXPECT_TRUE(withoutSpaces(text.pages.at(index)).contains(kChinesePages.at(index)))
            << "page " << index + 1 << ": " << text.pages.at(index).toStdString();
        EXPECT_FALSE(text.pages.at(index).contains(u'\f'));
    }
}

TEST_F(PdfTextTest, KeepsEmptyPagesSoPageNumbersStayRight)
{
    const QString path =
        writeFile(u"gap.pdf"_s, ub::test::makePdf({kChinesePages.at(0), QString(), kChinesePages.at(2)}));

    const ub::PdfText text = ub::extractPdfText(path);

    ASSERT_TRUE(text.ok()) << text.error.toStdString();
    ASSERT_EQ(text.pages.size(), 3);
    EXPECT_TRUE(withoutSpaces(text.pages.at(1)).isEmpty()) << text.pages.at(1).toStdString();
    EXPECT_TRUE(withoutSpaces(text.pages.at(2)).contains(kChinesePages.at(2)));
}

TEST_F(PdfTextTest, SurvivesATruncatedPdf)
{
    const QByteArray whole = ub::test::makePdf(kChinesePages);
    const QString path = writeFile(u"truncated.pdf"_s, whole.left(whole.size() / 2));

    const ub::PdfText text = ub::extractPdfText(path);

    // Poppler may rebuild the cross-reference table and read what is left; either outcome is
    // fine as long as a failure says which file and why.
    if (!text.ok()) {
        EXPECT_TRUE(text.error.startsWith(path + u": "_s)) << text.error.toStdString();
        EXPECT_TRUE(text.pages.isEmpty());
    }
}

TEST_F(PdfTextTest, RefusesAnEncryptedPdf)
{
    const QString qpdf = QStandardPaths::findExecutable(u"qpdf"_s);
    if (qpdf.isEmpty())
        GTEST_SKIP() << "qpdf is not installed (scripts/deps.sh installs it); cannot make an encrypted PDF";
    const QString plain = writeFile(u"plain.pdf"_s, ub::test::makePdf(kChinesePages));
    const QString encrypted = m_dir.filePath(u"加密.pdf"_s);
    QProcess process;
    process.start(qpdf,
                  {u"--encrypt"_s, u"user-secret"_s, u"owner-secret"_s, u"256"_s, u"--"_s, plain, encrypted});
    ASSERT_TRUE(process.waitForFinished(30000));
    ASSERT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();

    const ub::PdfText text = ub::extractPdfText(encrypted);

    EXPECT_FALSE(text.ok());
    EXPECT_TRUE(text.pages.isEmpty());
    EXPECT_EQ(text.error, encrypted + u": PDF 已加密，无法读取"_s);
}

TEST_F(PdfTextTest, ReadsBlankPagesAsEmptyPagesWithoutOcr)
{
    const QString path = writeFile(u"blank.pdf"_s, ub::test::makeBlankPdf(3));
    ub::PdfLimits limits;
    limits.ocr = false;

    const ub::PdfText text = ub::extractPdfText(path, limits);

    ASSERT_TRUE(text.ok()) << text.error.toStdString();
    EXPECT_EQ(text.pages, QStringList(3, QString()));
    EXPECT_EQ(text.confidences, QList<QByteArray>(3));
}

TEST_F(PdfTextTest, RefusesAPdfWithoutAnyText)
{
    // With recognition on, blank pages are looked at, found empty and skipped; a PDF of nothing
    // else is not a report.
    const QString path = writeFile(u"blank.pdf"_s, ub::test::makeBlankPdf(3));

    const ub::PdfText text = ub::extractPdfText(path);

    EXPECT_FALSE(text.ok());
    EXPECT_TRUE(text.pages.isEmpty());
    EXPECT_EQ(text.error, path + u": PDF 中没有可识别的文字"_s);
}

TEST_F(PdfTextTest, AcceptsExactlyThePageLimit)
{
    const QString path = writeFile(u"limit.pdf"_s, ub::test::makeBlankPdf(2000));
    // Blank pages are what makes the file quick to write; recognition would refuse it as textless.
    ub::PdfLimits limits;
    limits.ocr = false;

    const ub::PdfText text = ub::extractPdfText(path, limits);

    ASSERT_TRUE(text.ok()) << text.error.toStdString();
    EXPECT_EQ(text.pages.size(), 2000);
}

TEST_F(PdfTextTest, RefusesTooManyPages)
{
    const QString path = writeFile(u"many.pdf"_s, ub::test::makeBlankPdf(2001));

    const ub::PdfText text = ub::extractPdfText(path);

    EXPECT_FALSE(text.ok());
    EXPECT_EQ(text.error, path + u": 页数过多（2001 页，上限 2000 页）"_s);
}

TEST_F(PdfTextTest, StopsAtTheTextLimitOfAHugePage)
{
    const QString path = writeFile(u"huge.pdf"_s, ub::test::makePdf({kChinesePages.at(0)}, 200));
    ub::PdfLimits limits;
    limits.maxOutputBytes = 4096;

    const ub::PdfText text = ub::extractPdfText(path, limits);

    EXPECT_FALSE(text.ok());
    EXPECT_TRUE(text.error.startsWith(path + u": PDF 文本过大"_s)) << text.error.toStdString();
}

TEST_F(PdfTextTest, FailsCleanlyUnderATinyMemoryLimit)
{
    const QString path = writeFile(u"small-memory.pdf"_s, ub::test::makePdf(kChinesePages));
    ub::PdfLimits limits;
    limits.memoryBytes = 8 * 1024 * 1024; // too little for Qt and poppler to even load

    const ub::PdfText text = ub::extractPdfText(path, limits);

    EXPECT_FALSE(text.ok());
    EXPECT_TRUE(text.error.startsWith(path + u": "_s)) << text.error.toStdString();
}

/** A broken file, and the words its error must contain after "<path>: ". */
struct HostileCase
{
    const char *name;
    std::function<QByteArray()> bytes;
    QString expected;
};

void PrintTo(const HostileCase &hostile, std::ostream *out)
{
    *out << hostile.name;
}

QByteArray randomBytes(int size, quint32 seed)
{
    QRandomGenerator generator(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(generator.bounded(256));
    return bytes;
}

class HostilePdfTest : public PdfTextTest, public ::testing::WithParamInterface<HostileCase>
{
};

TEST_P(HostilePdfTest, EndsInAClearMessage)
{
    const HostileCase &hostile = GetParam();
    const QString path = writeFile(QString::fromLatin1(hostile.name) + u".pdf"_s, hostile.bytes());

    const ub::PdfText text = ub::extractPdfText(path);

    EXPECT_FALSE(text.ok());
    EXPECT_TRUE(text.pages.isEmpty());
    EXPECT_TRUE(text.error.startsWith(path + u": "_s)) << text.error.toStdString();
    EXPECT_TRUE(text.error.contains(hostile.expected)) << text.error.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    BrokenFiles, HostilePdfTest,
    ::testing::Values(HostileCase{"empty", [] { return QByteArray(); }, u"文件为空"_s},
                      HostileCase{"random", [] { return randomBytes(64 * 1024, 1); }, u"不是 PDF 文件"_s},
                      HostileCase{"random_with_header",
                                  []() -> QByteArray { return "%PDF-1.7\n" + randomBytes(64 * 1024, 2); },
                                  u"PDF "_s},
                      HostileCase{"header_only", [] { return QByteArray("%PDF-1.4\n%%EOF\n"); }, u"PDF "_s},
                      HostileCase{"text_file",
                                  [] { return QByteArray("2020年，西安市总工会新建工会组织37个。"); },
                                  u"不是 PDF 文件"_s}),
    [](const ::testing::TestParamInfo<HostileCase> &info) { return std::string(info.param.name); });

TEST_F(PdfTextTest, ReportsAMissingFile)
{
    const QString path = m_dir.filePath(u"不存在.pdf"_s);

    const ub::PdfText text = ub::extractPdfText(path);

    EXPECT_FALSE(text.ok());
    EXPECT_TRUE(text.error.startsWith(path + u": 无法打开 PDF"_s)) << text.error.toStdString();
}

TEST_F(PdfTextTest, ReportsAMissingHelper)
{
    const QString path = writeFile(u"report.pdf"_s, ub::test::makePdf(kChinesePages));
    const ScopedEnvironment helper("UB_PDFTEXT", m_dir.filePath(u"no-such-helper"_s).toUtf8());

    const ub::PdfText text = ub::extractPdfText(path);

    EXPECT_FALSE(text.ok());
    EXPECT_TRUE(text.error.startsWith(path + u": 找不到 PDF 解析程序 unionboard-pdftext"_s))
        << text.error.toStdString();
}

TEST_F(PdfTextTest, KillsAHelperThatTakesTooLong)
{
    const QString path = writeFile(u"slow.pdf"_s, ub::test::makePdf(kChinesePages));
    const ScopedEnvironment helper("UB_PDFTEXT",
                                   writeHelperScript(u"slow-helper"_s, "exec sleep 30").toUtf8());
    ub::PdfLimits limits;
    limits.timeoutMs = 300;

    QElapsedTimer elapsed;
    elapsed.start();
    const ub::PdfText text = ub::extractPdfText(path, limits);

    EXPECT_LT(elapsed.elapsed(), 5000);
    EXPECT_FALSE(text.ok());
    EXPECT_TRUE(text.error.startsWith(path + u": 解析 PDF 超时"_s)) << text.error.toStdString();
}

TEST_F(PdfTextTest, KillsAHelperThatWritesEndlessly)
{
    const QString path = writeFile(u"endless.pdf"_s, ub::test::makePdf(kChinesePages));
    const ScopedEnvironment helper("UB_PDFTEXT",
                                   writeHelperScript(u"endless-helper"_s, "exec yes 西安市总工会").toUtf8());
    ub::PdfLimits limits;
    limits.maxOutputBytes = 1024 * 1024;

    QElapsedTimer elapsed;
    elapsed.start();
    const ub::PdfText text = ub::extractPdfText(path, limits);

    EXPECT_LT(elapsed.elapsed(), 10000);
    EXPECT_FALSE(text.ok());
    EXPECT_TRUE(text.pages.isEmpty());
    EXPECT_TRUE(text.error.startsWith(path + u": PDF 文本过大"_s)) << text.error.toStdString();
}

/** How a helper ended (a shell script standing in for it), and how the error must begin after "<path>: ". */
struct HelperEnding
{
    const char *name;
    QByteArray script;
    QString expected;
};

void PrintTo(const HelperEnding &ending, std::ostream *out)
{
    *out << ending.name;
}

class HelperEndingTest : public PdfTextTest, public ::testing::WithParamInterface<HelperEnding>
{
};

TEST_P(HelperEndingTest, IsReportedWithTheFileName)
{
    const HelperEnding &ending = GetParam();
    const QString path = writeFile(u"report.pdf"_s, ub::test::makePdf(kChinesePages));
    const ScopedEnvironment helper("UB_PDFTEXT", writeHelperScript(u"helper"_s, ending.script).toUtf8());

    const ub::PdfText text = ub::extractPdfText(path);

    EXPECT_FALSE(text.ok());
    EXPECT_TRUE(text.pages.isEmpty());
    EXPECT_TRUE(text.error.startsWith(path + u": "_s + ending.expected)) << text.error.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Helpers, HelperEndingTest,
    ::testing::Values(
        HelperEnding{"segfault", "kill -SEGV $$", u"解析 PDF 时程序崩溃（信号 11）"_s},
        HelperEnding{"poppler_out_of_memory", "echo 'Out of memory' >&2; kill -ABRT $$",
                     u"解析 PDF 时内存超限"_s},
        HelperEnding{"bad_alloc", "echo '解析 PDF 时内存不足' >&2; exit 11",
                     u"解析 PDF 时内存超限（上限 1024 MB）"_s},
        HelperEnding{"cpu_limit", "kill -XCPU $$", u"解析 PDF 超时（CPU 时间超过 60 秒）"_s},
        HelperEnding{"loader_failure", "echo 'error while loading shared libraries' >&2; exit 127",
                     u"PDF 解析程序无法运行"_s},
        HelperEnding{"says_why", "echo 'PDF 已损坏，第 2 页无法读取' >&2; exit 6",
                     u"PDF 已损坏，第 2 页无法读取"_s},
        HelperEnding{"silent_known_code", "exit 7", u"PDF 已加密，无法读取"_s},
        HelperEnding{"unknown_code", "echo oops >&2; exit 42", u"PDF 解析程序异常退出（退出码 42）：oops"_s}),
    [](const ::testing::TestParamInfo<HelperEnding> &info) { return std::string(info.param.name); });

} // namespace
