// Tests of the Shaanxi gazetteer: the data in data/regions, its loader and the mention matcher.
#include "gazetteer.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using ub::Gazetteer;
using ub::RegionEntry;
using ub::RegionMention;

namespace {

QString regionsDir()
{
    return ub::test::sourceDir() + QStringLiteral("/data/regions");
}

const Gazetteer &fromSource()
{
    static const Gazetteer g = [] {
        Gazetteer loaded;
        QString error;
        const bool ok = loaded.load(regionsDir() + QStringLiteral("/shaanxi.tsv"),
                                    regionsDir() + QStringLiteral("/provinces.tsv"), &error);
        EXPECT_TRUE(ok) << error.toStdString();
        return loaded;
    }();
    return g;
}

std::string s(const QString &text)
{
    return text.toStdString();
}

/** "matchedText→prefecture or outside province" per mention, for compact expectations. */
QStringList describe(const QList<RegionMention> &mentions)
{
    QStringList out;
    for (const RegionMention &m : mentions) {
        const QString where = m.entry ? m.entry->prefecture : m.outsideProvince;
        out.append(m.matchedText + QStringLiteral("→") + where);
    }
    return out;
}

QStringList mentions(const QString &text)
{
    return describe(Gazetteer::shaanxi().findMentions(text));
}

/** Writes a file into dir and returns its path. */
QString writeFile(const QTemporaryDir &dir, const QString &name, const QString &content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content.toUtf8());
    return path;
}

const QString kShaanxiHeader = QStringLiteral("code\tname\tlevel\tparent_code\tprefecture\taliases\n");
const QString kProvincesHeader = QStringLiteral("code\tname\tlevel\tprovince\taliases\n");
const QString kMiniShaanxi =
    kShaanxiHeader + QStringLiteral("610000\t陕西省\tprovince\t\t陕西省\t陕西\n"
                                    "610100\t西安市\tprefecture\t610000\t西安市\t西安\n"
                                    "610115\t临潼区\tcounty\t610100\t西安市\t临潼\n");
const QString kMiniProvinces = kProvincesHeader + QStringLiteral("420000\t湖北省\tprovince\t湖北省\t湖北\n");

} // namespace

TEST(Gazetteer, EmbeddedResourceMatchesSourceFiles)
{
    const Gazetteer &embedded = Gazetteer::shaanxi();
    ASSERT_FALSE(embedded.entries().isEmpty()) << "the :/ub/data/regions resources were not linked in";
    ASSERT_EQ(embedded.entries().size(), fromSource().entries().size());
    for (qsizetype i = 0; i < embedded.entries().size(); ++i)
        EXPECT_EQ(s(embedded.entries().at(i).code), s(fromSource().entries().at(i).code));
    EXPECT_EQ(embedded.outsideEntries().size(), fromSource().outsideEntries().size());
    EXPECT_EQ(&Gazetteer::shaanxi(), &embedded); // loaded once
}

TEST(Gazetteer, OneProvinceElevenPrefecturesAndEveryCounty)
{
    const Gazetteer &g = Gazetteer::shaanxi();
    QHash<QString, int> countiesPerPrefecture;
    int provinces = 0, prefectures = 0, officialCounties = 0;
    for (const RegionEntry &e : g.entries()) {
        switch (e.level) {
        case RegionEntry::Level::Province:
            ++provinces;
            break;
        case RegionEntry::Level::Prefecture:
            ++prefectures;
            break;
        case RegionEntry::Level::County:
            // 6199xx are project codes (西咸新区), not county-level divisions.
            if (!e.code.startsWith(u"6199")) {
                ++officialCounties;
                ++countiesPerPrefecture[e.prefecture];
            }
            break;
        }
    }
    EXPECT_EQ(provinces, 1);
    EXPECT_EQ(prefectures, 11);
    EXPECT_EQ(officialCounties, 107); // Shaanxi's county-level divisions in 2023
    const QList<QPair<QString, int>> expected = {
        {QStringLiteral("西安市"), 13}, {QStringLiteral("铜川市"), 4},    {QStringLiteral("宝鸡市"), 12},
        {QStringLiteral("咸阳市"), 13}, {QStringLiteral("渭南市"), 11},   {QStringLiteral("延安市"), 13},
        {QStringLiteral("汉中市"), 11}, {QStringLiteral("榆林市"), 12},   {QStringLiteral("安康市"), 10},
        {QStringLiteral("商洛市"), 7},  {QStringLiteral("杨凌示范区"), 1}};
    for (const auto &[prefecture, count] : expected)
        EXPECT_EQ(countiesPerPrefecture.value(prefecture), count) << s(prefecture);
    EXPECT_EQ(countiesPerPrefecture.size(), expected.size());
}

TEST(Gazetteer, PrefecturesInCodeOrderWithYanglingLast)
{
    const QStringList expected = {
        QStringLiteral("西安市"), QStringLiteral("铜川市"),    QStringLiteral("宝鸡市"),
        QStringLiteral("咸阳市"), QStringLiteral("渭南市"),    QStringLiteral("延安市"),
        QStringLiteral("汉中市"), QStringLiteral("榆林市"),    QStringLiteral("安康市"),
        QStringLiteral("商洛市"), QStringLiteral("杨凌示范区")};
    EXPECT_EQ(Gazetteer::shaanxi().prefectures(), expected);
}

TEST(Gazetteer, CodesAreSixDigitsAndUnique)
{
    const QRegularExpression sixDigits(QStringLiteral("^61\\d{4}$"));
    QSet<QString> seen;
    for (const RegionEntry &e : Gazetteer::shaanxi().entries()) {
        EXPECT_TRUE(sixDigits.match(e.code).hasMatch()) << s(e.code);
        EXPECT_FALSE(seen.contains(e.code)) << "duplicate " << s(e.code);
        seen.insert(e.code);
    }
    const QRegularExpression outside(QStringLiteral("^\\d{6}$"));
    for (const RegionEntry &e : Gazetteer::shaanxi().outsideEntries()) {
        EXPECT_TRUE(outside.match(e.code).hasMatch()) << s(e.code);
        EXPECT_FALSE(seen.contains(e.code)) << "duplicate " << s(e.code);
        seen.insert(e.code);
    }
}

TEST(Gazetteer, EveryCountyRollsUpToAnExistingPrefecture)
{
    const Gazetteer &g = Gazetteer::shaanxi();
    const QStringList prefectures = g.prefectures();
    for (const RegionEntry &e : g.entries()) {
        if (e.level == RegionEntry::Level::Province) {
            EXPECT_EQ(s(e.prefecture), "陕西省");
            continue;
        }
        const RegionEntry *parent = g.byCode(e.parentCode);
        ASSERT_NE(parent, nullptr) << s(e.name);
        if (e.level == RegionEntry::Level::County) {
            EXPECT_TRUE(prefectures.contains(e.prefecture)) << s(e.name);
            EXPECT_EQ(s(parent->name), s(e.prefecture)) << s(e.name);
            // Official codes nest: 6103xx under 610300 (杨陵区 and 西咸新区 are the documented exceptions).
            if (e.name != u"杨陵区" && !e.code.startsWith(u"6199")) {
                EXPECT_EQ(s(e.code.left(4)), s(e.parentCode.left(4))) << s(e.name);
            }
        } else {
            EXPECT_EQ(parent->level, RegionEntry::Level::Province);
        }
    }
}

TEST(Gazetteer, FindByNameAndAlias)
{
    const Gazetteer &g = Gazetteer::shaanxi();
    EXPECT_EQ(s(g.prefectureOf(u"陈仓区")), "宝鸡市");
    EXPECT_EQ(s(g.prefectureOf(u"陈仓")), "宝鸡市");
    EXPECT_EQ(s(g.prefectureOf(u"华阴市")), "渭南市");
    EXPECT_EQ(s(g.prefectureOf(u"华阴")), "渭南市");
    EXPECT_EQ(s(g.prefectureOf(u"鄠邑区")), "西安市");
    EXPECT_EQ(s(g.prefectureOf(u"户县")), "西安市");
    EXPECT_EQ(s(g.prefectureOf(u"杨陵区")), "杨凌示范区");
    EXPECT_EQ(s(g.prefectureOf(u"杨凌")), "杨凌示范区");
    EXPECT_EQ(s(g.prefectureOf(u"西咸新区")), "西安市");
    EXPECT_EQ(s(g.prefectureOf(u"西安")), "西安市");
    EXPECT_EQ(s(g.prefectureOf(u"陕西")), "陕西省");
    EXPECT_EQ(s(g.prefectureOf(u"陕西省")), "陕西省");
    // Risky short forms are still exact names for find().
    EXPECT_EQ(s(g.prefectureOf(u"长安")), "西安市");
    EXPECT_EQ(s(g.prefectureOf(u"十堰市")), "");
    EXPECT_EQ(s(g.prefectureOf(u"不存在县")), "");
    EXPECT_EQ(g.find(u"十堰"), nullptr);

    const RegionEntry *chencang = g.find(u"陈仓区");
    ASSERT_NE(chencang, nullptr);
    EXPECT_EQ(s(chencang->code), "610304");
    EXPECT_EQ(chencang->level, RegionEntry::Level::County);
    EXPECT_EQ(g.byCode(u"610304"), chencang);
    EXPECT_EQ(g.byCode(u"420300"), nullptr); // 十堰市 is not a Shaanxi entry
    EXPECT_EQ(s(g.byCode(u"610400")->name), "咸阳市");
    EXPECT_EQ(s(g.outsideProvinceOf(u"十堰")), "湖北省");
    EXPECT_EQ(s(g.outsideProvinceOf(u"湖北")), "湖北省");
    EXPECT_EQ(s(g.outsideProvinceOf(u"西安")), "");
}

TEST(Gazetteer, FormerNamesResolveToTodaysDivision)
{
    const Gazetteer &g = Gazetteer::shaanxi();
    const QList<QPair<QString, QString>> renamed = {{QStringLiteral("户县"), QStringLiteral("鄠邑区")},
                                                    {QStringLiteral("彬县"), QStringLiteral("彬州市")},
                                                    {QStringLiteral("子长县"), QStringLiteral("子长市")},
                                                    {QStringLiteral("南郑县"), QStringLiteral("南郑区")},
                                                    {QStringLiteral("横山县"), QStringLiteral("横山区")},
                                                    {QStringLiteral("安塞县"), QStringLiteral("安塞区")},
                                                    {QStringLiteral("华县"), QStringLiteral("华州区")},
                                                    {QStringLiteral("高陵县"), QStringLiteral("高陵区")},
                                                    {QStringLiteral("神木县"), QStringLiteral("神木市")},
                                                    {QStringLiteral("凤翔县"), QStringLiteral("凤翔区")},
                                                    {QStringLiteral("旬阳县"), QStringLiteral("旬阳市")},
                                                    {QStringLiteral("宝鸡县"), QStringLiteral("陈仓区")},
                                                    {QStringLiteral("耀县"), QStringLiteral("耀州区")}};
    for (const auto &[former, current] : renamed) {
        const RegionEntry *e = g.find(former);
        ASSERT_NE(e, nullptr) << s(former);
        EXPECT_EQ(s(e->name), s(current)) << s(former);
    }
}

TEST(Gazetteer, MentionsInUnionSentences)
{
    EXPECT_EQ(mentions(QStringLiteral("宝鸡市陈仓区总工会开展送温暖活动")),
              (QStringList{QStringLiteral("宝鸡市→宝鸡市"), QStringLiteral("陈仓区→宝鸡市")}));
    EXPECT_EQ(mentions(QStringLiteral("西安市未央区总工会联合区人社局举办招聘会")),
              (QStringList{QStringLiteral("西安市→西安市"), QStringLiteral("未央区→西安市")}));
    EXPECT_EQ(mentions(QStringLiteral("2019年陕西省总工会在杨凌示范区召开现场会")),
              (QStringList{QStringLiteral("陕西省→陕西省"), QStringLiteral("杨凌示范区→杨凌示范区")}));
    EXPECT_EQ(mentions(QStringLiteral("通过华阴市总工会")), (QStringList{QStringLiteral("华阴市→渭南市")}));

    // Indices are UTF-16 offsets into the searched text.
    const QString text = QStringLiteral("全省共有 12 个县，其中榆林市神木市最多");
    const QList<RegionMention> found = Gazetteer::shaanxi().findMentions(text);
    ASSERT_EQ(found.size(), 2);
    for (const RegionMention &m : found)
        EXPECT_EQ(s(text.mid(m.start, m.end - m.start)), s(m.matchedText));
    EXPECT_EQ(s(found.at(1).entry->code), "610881");
}

TEST(Gazetteer, MentionsOutsideShaanxi)
{
    const QList<RegionMention> found =
        Gazetteer::shaanxi().findMentions(u"向湖北省十堰市捐助抗疫物资，支援武汉");
    ASSERT_EQ(found.size(), 3);
    for (const RegionMention &m : found) {
        EXPECT_EQ(m.entry, nullptr) << s(m.matchedText);
        EXPECT_EQ(s(m.outsideProvince), "湖北省") << s(m.matchedText);
    }
    EXPECT_EQ(s(found.at(0).matchedText), "湖北省");
    EXPECT_EQ(s(found.at(1).matchedText), "十堰市");
    EXPECT_EQ(s(found.at(2).matchedText), "武汉");

    EXPECT_EQ(mentions(QStringLiteral("捐助十堰市抗疫物资")), (QStringList{QStringLiteral("十堰市→湖北省")}));
    EXPECT_EQ(mentions(QStringLiteral("苏陕协作中南京、无锡与宝鸡结对")),
              (QStringList{QStringLiteral("南京→江苏省"), QStringLiteral("无锡→江苏省"),
                           QStringLiteral("宝鸡→宝鸡市")}));
}

TEST(Gazetteer, LineBreaksInsideNames)
{
    // PDF text breaks lines inside names; matchedText keeps the break, the entry is the whole name.
    const QList<RegionMention> found = Gazetteer::shaanxi().findMentions(u"宝鸡市陈仓 区总工会，千\n阳县");
    ASSERT_EQ(found.size(), 3);
    EXPECT_EQ(s(found.at(1).entry->name), "陈仓区");
    EXPECT_EQ(s(found.at(1).matchedText), "陈仓 区");
    EXPECT_EQ(s(found.at(2).entry->name), "千阳县");
    // A name never starts or ends on whitespace, and a long gap ends it.
    EXPECT_EQ(mentions(QStringLiteral("宝鸡 ")), (QStringList{QStringLiteral("宝鸡→宝鸡市")}));
    EXPECT_EQ(mentions(QStringLiteral("陈仓    区")), (QStringList{QStringLiteral("陈仓→宝鸡市")}));
}

TEST(Gazetteer, LongestMatchWins)
{
    const QList<RegionMention> found = Gazetteer::shaanxi().findMentions(u"西安市长安区");
    ASSERT_EQ(found.size(), 2);
    EXPECT_EQ(s(found.at(0).matchedText), "西安市");
    EXPECT_EQ(found.at(0).entry->level, RegionEntry::Level::Prefecture);
    EXPECT_EQ(s(found.at(1).matchedText), "长安区");
    // 宝鸡县 (the former 陈仓区) beats the prefecture's short form 宝鸡.
    EXPECT_EQ(mentions(QStringLiteral("原宝鸡县")), (QStringList{QStringLiteral("宝鸡县→宝鸡市")}));
    EXPECT_EQ(s(Gazetteer::shaanxi().findMentions(u"原宝鸡县").at(0).entry->name), "陈仓区");
    // A strictly longer name starting inside the first one wins over leftmost.
    EXPECT_EQ(mentions(QStringLiteral("推广西安市经验")), (QStringList{QStringLiteral("西安市→西安市")}));
    // Equal lengths: leftmost wins (陕西 then 安康市, not 西安).
    EXPECT_EQ(mentions(QStringLiteral("陕西安康市")),
              (QStringList{QStringLiteral("陕西→陕西省"), QStringLiteral("安康市→安康市")}));
}

TEST(Gazetteer, RiskyShortFormsInOrdinaryWordsDoNotMatch)
{
    EXPECT_TRUE(mentions(QStringLiteral("每周至少开展一次活动")).isEmpty());
    EXPECT_TRUE(mentions(QStringLiteral("延长工作时间，提高白水平")).isEmpty());
    EXPECT_TRUE(mentions(QStringLiteral("祝广大职工幸福安康")).isEmpty());
    EXPECT_TRUE(mentions(QStringLiteral("三原色与武功秘籍")).isEmpty());
    EXPECT_TRUE(mentions(QStringLiteral("评选十佳县级工会")).isEmpty());
    EXPECT_TRUE(mentions(QStringLiteral("建设新城区")).isEmpty());
    EXPECT_TRUE(mentions(QStringLiteral("推广西部经验")).isEmpty());
    EXPECT_TRUE(mentions(QStringLiteral("黄河南岸")).isEmpty());
    EXPECT_TRUE(mentions(QStringLiteral("乡村振兴平台")).isEmpty());
    EXPECT_TRUE(mentions(QStringLiteral("今天大家把收成都摆在了桌面上")).isEmpty());
    // A separator alone does not make a list: the other side must be a name too.
    EXPECT_TRUE(mentions(QStringLiteral("延长、扩大覆盖面")).isEmpty());
}

TEST(Gazetteer, RiskyShortFormsInRegionContextsMatch)
{
    // Full name; followed by an institution; after a name of its own area; in a list of names.
    EXPECT_EQ(mentions(QStringLiteral("周至县")), (QStringList{QStringLiteral("周至县→西安市")}));
    EXPECT_EQ(mentions(QStringLiteral("周至总工会")), (QStringList{QStringLiteral("周至→西安市")}));
    EXPECT_EQ(mentions(QStringLiteral("西安周至")),
              (QStringList{QStringLiteral("西安→西安市"), QStringLiteral("周至→西安市")}));
    EXPECT_EQ(mentions(QStringLiteral("陕西安康")),
              (QStringList{QStringLiteral("陕西→陕西省"), QStringLiteral("安康→安康市")}));
    EXPECT_EQ(mentions(QStringLiteral("河南郑州")),
              (QStringList{QStringLiteral("河南→河南省"), QStringLiteral("郑州→河南省")}));
    EXPECT_EQ(mentions(QStringLiteral("在未央、雁塔、长安等区试点")),
              (QStringList{QStringLiteral("未央→西安市"), QStringLiteral("雁塔→西安市"),
                           QStringLiteral("长安→西安市")}));
    EXPECT_EQ(mentions(QStringLiteral("蓝田、周至两县")),
              (QStringList{QStringLiteral("蓝田→西安市"), QStringLiteral("周至→西安市")}));
    // A name of another prefecture does not confirm a risky one: 宝鸡 then the word 三原色.
    EXPECT_EQ(mentions(QStringLiteral("宝鸡三原色")), (QStringList{QStringLiteral("宝鸡→宝鸡市")}));

    const RegionEntry *zhouzhi = Gazetteer::shaanxi().find(u"周至县");
    ASSERT_NE(zhouzhi, nullptr);
    EXPECT_TRUE(zhouzhi->riskyAliases.contains(QStringLiteral("周至")));
    EXPECT_FALSE(zhouzhi->aliases.contains(QStringLiteral("周至*")));
}

TEST(Gazetteer, SampleReportsNameTheirCities)
{
    // Every sample report names at least one Shaanxi place, and no report text yields a name in the
    // middle of a longer one (start/end agree with matchedText).
    const QDir dir(ub::test::sampleReportsDir());
    const QStringList files = dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name);
    ASSERT_FALSE(files.isEmpty());
    for (const QString &file : files) {
        const QString text = QString::fromUtf8(ub::test::readFile(dir.filePath(file)));
        const QList<RegionMention> found = Gazetteer::shaanxi().findMentions(text);
        int inShaanxi = 0;
        qsizetype lastEnd = 0;
        for (const RegionMention &m : found) {
            EXPECT_GE(m.start, lastEnd) << s(file);
            EXPECT_EQ(s(text.mid(m.start, m.end - m.start)), s(m.matchedText));
            lastEnd = m.end;
            if (m.entry)
                ++inShaanxi;
        }
        EXPECT_GT(inShaanxi, 0) << s(file);
    }
}

TEST(Gazetteer, MalformedFilesFailNamingFileAndLine)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString provinces = writeFile(dir, QStringLiteral("provinces.tsv"), kMiniProvinces);
    Gazetteer g;
    QString error;

    const QString good = writeFile(dir, QStringLiteral("good.tsv"), kMiniShaanxi);
    ASSERT_TRUE(g.load(good, provinces, &error)) << s(error);
    EXPECT_EQ(g.entries().size(), 3);

    const QString columns = writeFile(dir, QStringLiteral("columns.tsv"),
                                      kMiniShaanxi + QStringLiteral("610116\t长安区\tcounty\t610100\n"));
    EXPECT_FALSE(g.load(columns, provinces, &error));
    EXPECT_TRUE(error.contains(columns + QStringLiteral(":5:"))) << s(error);
    EXPECT_TRUE(error.contains(QStringLiteral("columns"))) << s(error);

    const QString code =
        writeFile(dir, QStringLiteral("code.tsv"),
                  kMiniShaanxi + QStringLiteral("61011X\t长安区\tcounty\t610100\t西安市\t\n"));
    EXPECT_FALSE(g.load(code, provinces, &error));
    EXPECT_TRUE(error.contains(code + QStringLiteral(":5:"))) << s(error);
    EXPECT_TRUE(error.contains(QStringLiteral("61011X"))) << s(error);

    const QString duplicate =
        writeFile(dir, QStringLiteral("dup.tsv"),
                  kMiniShaanxi + QStringLiteral("610116\t长安区\tcounty\t610100\t西安市\t临潼\n"));
    EXPECT_FALSE(g.load(duplicate, provinces, &error));
    EXPECT_TRUE(error.contains(duplicate + QStringLiteral(":5:"))) << s(error);
    EXPECT_TRUE(error.contains(duplicate + QStringLiteral(":4"))) << s(error); // where 临潼 was defined

    const QString parent =
        writeFile(dir, QStringLiteral("parent.tsv"),
                  kMiniShaanxi + QStringLiteral("610116\t长安区\tcounty\t610900\t西安市\t\n"));
    EXPECT_FALSE(g.load(parent, provinces, &error));
    EXPECT_TRUE(error.contains(parent + QStringLiteral(":5:"))) << s(error);

    const QString badProvinces =
        writeFile(dir, QStringLiteral("badprov.tsv"),
                  kMiniProvinces + QStringLiteral("420300\t十堰市\tcity\t湖北省\t十堰\n"));
    EXPECT_FALSE(g.load(good, badProvinces, &error));
    EXPECT_TRUE(error.contains(badProvinces + QStringLiteral(":3:"))) << s(error);

    const QString header = writeFile(dir, QStringLiteral("header.tsv"), QStringLiteral("code\tname\n"));
    EXPECT_FALSE(g.load(header, provinces, &error));
    EXPECT_TRUE(error.contains(header + QStringLiteral(":1:"))) << s(error);

    EXPECT_FALSE(g.load(dir.filePath(QStringLiteral("missing.tsv")), provinces, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("missing.tsv"))) << s(error);

    // Failed loads leave the last good contents in place.
    EXPECT_EQ(g.entries().size(), 3);
    EXPECT_EQ(s(g.prefectureOf(u"临潼")), "西安市");
}

TEST(Gazetteer, UnitsRollUpToTheirRegionAndAreRefusedWithoutOne) // #15
{
    const Gazetteer &g = Gazetteer::shaanxi();
    EXPECT_EQ(mentions(QStringLiteral("陕煤集团工会和西北工业集团、渭化集团公司")),
              (QStringList{QStringLiteral("陕煤集团→陕西省"), QStringLiteral("西北工业集团→西安市"),
                           QStringLiteral("渭化集团→渭南市")}));
    const RegionEntry *unit = g.find(u"延长石油");
    ASSERT_NE(unit, nullptr);
    EXPECT_EQ(unit->level, RegionEntry::Level::Unit);
    EXPECT_EQ(s(unit->prefecture), "陕西省");
    EXPECT_EQ(s(g.prefectureOf(u"延长油田")), "延安市");
    EXPECT_EQ(s(g.prefectureOf(u"延长")), "延安市") << "the county's short form stays the county's";
    EXPECT_GE(g.units().size(), 20);
    for (const RegionEntry &u : g.units()) {
        EXPECT_TRUE(u.prefecture == u"陕西省" || g.prefectures().contains(u.prefecture)) << s(u.name);
        EXPECT_TRUE(u.code.isEmpty()) << s(u.name);
    }
    EXPECT_EQ(g.entries().size(), fromSource().entries().size()) << "units are not divisions";

    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString shaanxi = writeFile(dir, QStringLiteral("shaanxi.tsv"), kMiniShaanxi);
    const QString provinces = writeFile(dir, QStringLiteral("provinces.tsv"), kMiniProvinces);
    const QString header = QStringLiteral("name\tregion\taliases\n");
    Gazetteer mini;
    QString error;
    const QString good = writeFile(dir, QStringLiteral("units.tsv"), header + QStringLiteral("某某集团\t西安市\t某某\n"));
    ASSERT_TRUE(mini.load(shaanxi, provinces, &error, good)) << s(error);
    EXPECT_EQ(s(mini.prefectureOf(u"某某")), "西安市");
    const QString county =
        writeFile(dir, QStringLiteral("county.tsv"), header + QStringLiteral("某某集团\t临潼区\t\n"));
    EXPECT_FALSE(mini.load(shaanxi, provinces, &error, county));
    EXPECT_TRUE(error.contains(county + QStringLiteral(":2:"))) << s(error);
    EXPECT_TRUE(error.contains(QStringLiteral("临潼区"))) << s(error);
    const QString clash =
        writeFile(dir, QStringLiteral("clash.tsv"), header + QStringLiteral("临潼集团\t西安市\t临潼\n"));
    EXPECT_FALSE(mini.load(shaanxi, provinces, &error, clash)) << "an alias that is already a place";
    EXPECT_TRUE(error.contains(clash + QStringLiteral(":2:"))) << s(error);
}

TEST(Gazetteer, MegabyteOfTextInOnePass)
{
    // 8 mentions per sentence: 西安市 未央区 宝鸡市 陈仓区 十堰市 湖北 延安 子长县(→子长市).
    const QString sentence =
        QStringLiteral("西安市未央区总工会与宝鸡市陈仓区工会共同向十堰市捐款，湖北职工感谢延安和子长县职工。"
                       "全年开展活动若干次，惠及职工群众。");
    // Every character of the sentence is 3 bytes in UTF-8, so this is just over 1 MiB of text.
    const int repeats = int(1024 * 1024 / (sentence.size() * 3)) + 1;
    const QString text = sentence.repeated(repeats);
    ASSERT_GE(text.toUtf8().size(), 1024 * 1024);
    const QList<RegionMention> found = Gazetteer::shaanxi().findMentions(text);
    EXPECT_EQ(found.size(), qsizetype(repeats) * 8);
}
