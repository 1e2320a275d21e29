#include "textdecoder.h"

#include "testpaths.h"

#include <QDir>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

struct DecoderCase
{
    const char *fixture;
    const char *encoding;
    bool ok;
};

class DecoderFixtures : public ::testing::TestWithParam<DecoderCase>
{
};

} // namespace

TEST_P(DecoderFixtures, DecodesOrRejectsNamingTheFile)
{
    const DecoderCase &c = GetParam();
    const QString path = ub::test::fixturesDir() + u"/text/"_s + QString::fromLatin1(c.fixture);
    const QByteArray bytes = ub::test::readFile(path);
    const ub::DecodeResult result = ub::decodeText(bytes, path);
    EXPECT_EQ(result.ok, c.ok) << result.error.toStdString();
    if (c.ok) {
        EXPECT_EQ(result.decoded.encoding, QString::fromLatin1(c.encoding));
        EXPECT_TRUE(result.decoded.text.contains(u"陕西省总工会"_s) || result.decoded.text.contains(u"陝西省總工會"_s));
        EXPECT_EQ(result.decoded.invalidSequences, 0);
    } else {
        EXPECT_TRUE(result.error.startsWith(QString::fromLatin1(c.fixture))) << result.error.toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(Text, DecoderFixtures,
                         ::testing::Values(DecoderCase{"utf8.txt", "UTF-8", true},
                                           DecoderCase{"utf8-bom.txt", "UTF-8", true},
                                           DecoderCase{"utf16le-bom.txt", "UTF-16LE", true},
                                           DecoderCase{"utf16be-bom.txt", "UTF-16BE", true},
                                           DecoderCase{"gb18030.txt", "GB18030", true},
                                           DecoderCase{"traditional-utf8.txt", "UTF-8", true},
                                           DecoderCase{"binary.bin", "", false}));

TEST(TextDecoder, BomIsNotPartOfTheText)
{
    const ub::DecodeResult result = ub::decodeText(QByteArray("\xEF\xBB\xBF") + "abc", u"x.txt"_s);
    ASSERT_TRUE(result.ok);
    EXPECT_EQ(result.decoded.text, u"abc"_s);
}

TEST(TextDecoder, InvalidSequencesAreCountedNotHidden)
{
    QByteArray bytes = u"陕西省总工会发展会员8.3万人，"_s.repeated(20).toUtf8();
    bytes.insert(10, "\xFF");
    const ub::DecodeResult result = ub::decodeText(bytes, u"some.txt"_s);
    ASSERT_TRUE(result.ok);
    EXPECT_GE(result.decoded.invalidSequences, 1);
}

TEST(TextDecoder, MostlyInvalidIsRejectedWithTheFileName)
{
    QByteArray bytes(4000, '\0');
    for (int i = 0; i < bytes.size(); ++i)
        bytes[i] = static_cast<char>((i * 37) % 256);
    const ub::DecodeResult result = ub::decodeText(bytes, u"/tmp/报告.txt"_s);
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.error.startsWith(u"报告.txt: "_s)) << result.error.toStdString();
    EXPECT_TRUE(result.error.contains(u'%'));
}

TEST(TextDecoder, EmptyFileIsEmptyText)
{
    const ub::DecodeResult result = ub::decodeText(QByteArray(), u"empty.txt"_s);
    EXPECT_TRUE(result.ok);
    EXPECT_TRUE(result.decoded.text.isEmpty());
}

TEST(TextDecoder, SampleReportsAreUtf8)
{
    const QDir dir(ub::test::sampleReportsDir());
    const QStringList files = dir.entryList({u"*.txt"_s}, QDir::Files);
    ASSERT_FALSE(files.isEmpty());
    for (const QString &file : files) {
        const ub::DecodeResult result = ub::decodeText(ub::test::readFile(dir.filePath(file)), file);
        EXPECT_TRUE(result.ok) << file.toStdString();
        EXPECT_EQ(result.decoded.encoding, u"UTF-8"_s);
    }
}
