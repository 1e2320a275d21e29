// Table CSV export: BOM, filter rows above the header, numbers as numbers, formulas defanged.
#include "comparemodel.h"
#include "modelfixture.h"
#include "tablecsv.h"

#include <QBuffer>

using namespace Qt::StringLiterals;
using namespace ub;

class TableCsvTest : public test::SampleStoreTest
{
protected:
    /** The two cities compared on funds raised in 2020. */
    void compare(CompareModel &model)
    {
        Comparison comparison;
        comparison.regions = {u"西安市"_s, u"宝鸡市"_s};
        comparison.indicator = u"funds_raised"_s;
        comparison.yearFrom = comparison.yearTo = 2020;
        model.setComparison(comparison);
    }

    void SetUp() override
    {
        SampleStoreTest::SetUp();
        importPaths({writeFile(u"a.txt"_s, QStringLiteral("2020年，西安市筹集资金1234567元。\n"
                                                          "2020年，宝鸡市筹集资金500万元。\n")
                                               .toUtf8())});
    }
};

TEST_F(TableCsvTest, FiltersThenHeaderThenRowsWithNumbersKept)
{
    CompareModel model(*m_store);
    compare(model);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    ASSERT_TRUE(writeTableCsv(model, {{u"年份"_s, u"2020"_s}, {u"备注"_s, u"=HYPERLINK(1)"_s}},
                              CompareModel::ValueRole, buffer));
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(u"\r\n"_s);
    ASSERT_GE(lines.size(), 6);
    EXPECT_EQ(lines.at(0), u"年份,2020"_s);
    EXPECT_EQ(lines.at(1), u"备注,'=HYPERLINK(1)"_s) << "a formula in a filter value is defanged";
    EXPECT_EQ(lines.at(2), QString());
    EXPECT_TRUE(lines.at(3).startsWith(model.headerData(0, Qt::Horizontal).toString()));
    EXPECT_TRUE(lines.join(u'\n').contains(u",1234567,"_s)) << "a value is a number, not \"1,234,567\"";
}

TEST_F(TableCsvTest, ExportNamesTheFileItCannotWrite)
{
    CompareModel model(*m_store);
    compare(model);
    const QString path = m_dir.filePath(u"no/such/folder/t.csv"_s);
    QString error;
    EXPECT_FALSE(exportTableCsv(model, {}, CompareModel::ValueRole, path, &error));
    EXPECT_TRUE(error.contains(path)) << error.toStdString();
    const QString good = m_dir.filePath(u"t.csv"_s);
    EXPECT_TRUE(exportTableCsv(model, {}, CompareModel::ValueRole, good, &error)) << error.toStdString();
    EXPECT_TRUE(QFile::exists(good));
}
