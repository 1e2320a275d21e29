// CSV for spreadsheets: BOM, quoting, formula defanging; numbers stay numbers.
#include "csvwriter.h"
#include "extractor.h"
#include "figureexport.h"
#include "importer.h"
#include "storefixture.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using ub::CsvWriter;

struct DefangCase
{
    const char16_t *input;
    const char16_t *expected;
};

class CsvDefang : public ::testing::TestWithParam<DefangCase> {};

TEST_P(CsvDefang, TextCellsThatLookLikeFormulasGetAnApostrophe)
{
    EXPECT_EQ(CsvWriter::cellText(QString::fromUtf16(GetParam().input)), QString::fromUtf16(GetParam().expected));
}

INSTANTIATE_TEST_SUITE_P(Cells, CsvDefang,
                         ::testing::Values(DefangCase{u"=1+1", u"'=1+1"}, DefangCase{u"+86", u"'+86"},
                                           DefangCase{u"-2", u"'-2"}, DefangCase{u"@SUM(A1)", u"'@SUM(A1)"},
                                           DefangCase{u"\tx", u"'\tx"}, DefangCase{u"\rx", u"\"'\rx\""},
                                           DefangCase{u"＝HYPERLINK()", u"'＝HYPERLINK()"},
                                           DefangCase{u"8.3万名", u"8.3万名"}, DefangCase{u"a,b", u"\"a,b\""},
                                           DefangCase{u"说\"好\"", u"\"说\"\"好\"\"\""}, DefangCase{u"", u""}));

TEST(CsvWriter, NumbersStayNumbersEvenWhenNegative)
{
    EXPECT_EQ(CsvWriter::cellText(-5), u"-5"_s);
    EXPECT_EQ(CsvWriter::cellText(24844000.0), u"24844000"_s);
    EXPECT_EQ(CsvWriter::cellText(0.85), u"0.85"_s);
    EXPECT_EQ(CsvWriter::cellText(QVariant()), QString());
}

TEST(CsvWriter, StartsWithByteOrderMarkAndEndsRowsWithCrLf)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter csv(buffer);
    csv.writeByteOrderMark();
    csv.writeRow({u"地区"_s, u"数值"_s});
    csv.writeRow({u"西安市"_s, 12});
    EXPECT_FALSE(csv.hasError());
    EXPECT_EQ(buffer.data(), QByteArray("\xEF\xBB\xBF") + QStringLiteral("地区,数值\r\n西安市,12\r\n").toUtf8());
}

class FigureExportTest : public ub::test::StoreTest {};

TEST_F(FigureExportTest, CsvAndJsonLinesCarryEveryFigure)
{
    const QString path = writeFile(u"r.txt"_s, QStringLiteral("2020年，安康市总工会新建职工书屋12家，"
                                                              "慰问困难职工300余名，发放慰问金45.6万元。\n").toUtf8());
    ub::Extractor extractor;
    ub::Importer importer(*m_store, extractor);
    ASSERT_EQ(importer.importFile(path).outcome, ub::ImportOutcome::Imported);

    QBuffer csv;
    csv.open(QIODevice::WriteOnly);
    QString error;
    ASSERT_TRUE(ub::exportFigures(*m_store, {}, ub::FigureFormat::Csv, csv, &error)) << error.toStdString();
    const QStringList lines = QString::fromUtf8(csv.data().mid(3)).split(u"\r\n"_s, Qt::SkipEmptyParts);
    ASSERT_GE(lines.size(), 4); // header + 3 figures
    EXPECT_TRUE(lines.first().startsWith(u"id,doc,start,end,quote,value,unit"_s));
    EXPECT_TRUE(csv.data().contains(",456000,cny,"));

    QBuffer jsonl;
    jsonl.open(QIODevice::WriteOnly);
    ASSERT_TRUE(ub::exportFigures(*m_store, {}, ub::FigureFormat::JsonLines, jsonl, &error));
    const QList<QByteArray> records = jsonl.data().split('\n');
    int figures = 0;
    for (const QByteArray &record : records) {
        if (record.isEmpty())
            continue;
        const QJsonObject object = QJsonDocument::fromJson(record).object();
        EXPECT_EQ(object.value(u"doc"_s).toString(), u"r.txt"_s);
        EXPECT_EQ(object.value(u"region"_s).toString(), u"安康市"_s);
        ++figures;
    }
    EXPECT_EQ(figures, lines.size() - 1);
}
