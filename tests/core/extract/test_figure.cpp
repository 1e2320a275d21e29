// Stable keys and the JSON form of figures (#3).
#include "figure.h"
#include "figurejson.h"
#include "repeatlinker.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

TEST(FigureKeys, RoundTrip)
{
    const QStringList units = {u"person"_s, u"person_time"_s, u"cny"_s, u"count"_s, u"session"_s, u"percent"_s, u"other"_s};
    for (const QString &key : units)
        EXPECT_EQ(ub::toKey(*ub::unitFromKey(key)), key);
    for (const QString &key : {u"exact"_s, u"at_least"_s, u"nearly"_s, u"about"_s})
        EXPECT_EQ(ub::toKey(*ub::qualifierFromKey(key)), key);
    for (const QString &key : {u"members"_s, u"events"_s, u"funds"_s, u"competitions"_s, u"other"_s})
        EXPECT_EQ(ub::toKey(*ub::categoryFromKey(key)), key);
    for (const QString &key : {u"yearly_highlights"_s, u"speech_digest"_s, u"newspaper_page"_s, u"work_summary"_s, u"other"_s})
        EXPECT_EQ(ub::toKey(*ub::documentKindFromKey(key)), key);
    EXPECT_FALSE(ub::unitFromKey(u"people").has_value());
    EXPECT_EQ(ub::allCategories().size(), 5);
}

TEST(FigureJson, HasTheGoldFields)
{
    ub::Figure figure;
    figure.start = 3;
    figure.end = 8;
    figure.quote = u"8.3万名"_s;
    figure.value = 83000;
    figure.unit = ub::Unit::Person;
    figure.unitText = u"名"_s;
    figure.region = u"陕西省"_s;
    figure.year = 2019;
    figure.category = ub::Category::Members;
    figure.subject = u"新会员"_s;
    const QJsonObject json = ub::figureToJson(figure, u"a.txt"_s);
    for (const QString &field : {u"doc"_s, u"start"_s, u"end"_s, u"quote"_s, u"value"_s, u"unit"_s, u"unit_text"_s,
                                 u"qualifier"_s, u"region"_s, u"subregion"_s, u"year"_s, u"category"_s, u"subject"_s})
        EXPECT_TRUE(json.contains(field)) << field.toStdString();
    EXPECT_EQ(json.value(u"unit"_s).toString(), u"person"_s);
    EXPECT_EQ(json.value(u"start"_s).toInteger(), 3);
    EXPECT_DOUBLE_EQ(json.value(u"value"_s).toDouble(), 83000);
}

TEST(RepeatLinker, SameFactTwiceSharesAnId)
{
    ub::Figure a;
    a.value = 1.67e8;
    a.unit = ub::Unit::Cny;
    a.unitText = u"亿元"_s;
    a.region = u"陕西省"_s;
    a.year = 2023;
    a.category = ub::Category::Funds;
    ub::Figure b = a;
    ub::Figure c = a;
    c.value = 1.7e8;
    ub::Figure small;
    small.value = 5;
    small.unit = ub::Unit::Person;
    ub::Figure small2 = small;
    QList<ub::Figure> figures = {a, small, c, b, small2};
    ub::linkRepeats(figures);
    EXPECT_EQ(figures.at(0).fact, figures.at(3).fact);
    EXPECT_NE(figures.at(0).fact, figures.at(2).fact);
    EXPECT_NE(figures.at(1).fact, figures.at(4).fact); // 5名 twice is not the same fact
}

TEST(RepeatLinker, ValuesEqualAsWrittenWithFifteenDigitsAreOneFact)
{
    // 1.1 × 10^5 computes to 110000.00000000001: written with 15 significant digits it is 110000,
    // the same fact as 110000 read from digits (the key keeps integers as integers since #7).
    ub::Figure digits;
    digits.value = 110000;
    digits.unit = ub::Unit::Person;
    digits.unitText = u"名"_s;
    digits.region = u"西安市"_s;
    digits.year = 2020;
    ub::Figure scaled = digits;
    volatile double mantissa = 1.1; // volatile: computed at run time, as the parser does
    scaled.value = mantissa * 1e5;
    ASSERT_NE(scaled.value, digits.value);
    ub::Figure decimal = digits;
    decimal.value = 110000.5;
    ub::Figure otherRegion = digits;
    otherRegion.region = u"宝鸡市"_s;
    QList<ub::Figure> figures = {digits, decimal, scaled, otherRegion, decimal};
    ub::linkRepeats(figures);
    EXPECT_EQ(figures.at(0).fact, 0);
    EXPECT_EQ(figures.at(1).fact, 1);
    EXPECT_EQ(figures.at(2).fact, 0);
    EXPECT_EQ(figures.at(3).fact, 2);
    EXPECT_EQ(figures.at(4).fact, 1);
}
