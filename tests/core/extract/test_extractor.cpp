// The extractor end to end on small hand-made texts (#3): structure, blocks, provenance.
#include "codepoints.h"
#include "extractor.h"
#include "testpaths.h"
#include "textdecoder.h"

#include <QDir>
#include <QElapsedTimer>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

ub::ExtractionResult extractFixture(const QString &name)
{
    const QString path = ub::test::fixturesDir() + u"/extract/"_s + name;
    const ub::DecodeResult decoded = ub::decodeText(ub::test::readFile(path), path);
    EXPECT_TRUE(decoded.ok) << decoded.error.toStdString();
    return ub::Extractor().extract(decoded.decoded.text, name);
}

} // namespace

TEST(Extractor, QuotesPointIntoTheOriginalText)
{
    const QString text = u"𠀀——陕西省总工会2019年十大工作亮点\n\n2019年，共发展会员 8.3\n万名，筹集资金１.９９亿元。"_s;
    const ub::ExtractionResult result = ub::Extractor().extract(text, u"t.txt"_s);
    ASSERT_EQ(result.figures.size(), 2);
    for (const ub::Figure &figure : result.figures) {
        const qsizetype start = ub::utf16IndexOfCodePoint(text, figure.start);
        const qsizetype end = ub::utf16IndexOfCodePoint(text, figure.end);
        EXPECT_EQ(text.sliced(start, end - start), figure.quote);
        EXPECT_TRUE(figure.sentence.contains(figure.quote));
    }
    EXPECT_EQ(result.figures.at(0).quote, u"8.3\n万名"_s);
    EXPECT_EQ(result.figures.at(1).unitText, u"亿元"_s);
    EXPECT_EQ(result.structure.kind, ub::DocumentKind::YearlyHighlights);
    EXPECT_EQ(result.structure.year, 2019);
    EXPECT_EQ(result.structure.region, u"陕西省"_s);
}

TEST(Extractor, TraditionalCharactersWork)
{
    const ub::ExtractionResult result = extractFixture(u"traditional.txt"_s);
    ASSERT_GE(result.figures.size(), 2);
    EXPECT_EQ(result.figures.at(0).value, 83000);
    EXPECT_EQ(result.figures.at(0).category, ub::Category::Members);
    EXPECT_EQ(result.figures.at(0).region, u"陕西省"_s);
    EXPECT_EQ(result.structure.year, 2020);
}

TEST(Extractor, SpeechBlocksByOpenerAndTrailingByline)
{
    const ub::ExtractionResult result = extractFixture(u"speeches.txt"_s);
    EXPECT_EQ(result.structure.kind, ub::DocumentKind::SpeechDigest);
    QStringList regions;
    for (const ub::Figure &figure : result.figures)
        regions.append(figure.region + u':' + QString::number(figure.year));
    EXPECT_EQ(regions, (QStringList{u"西安市:2020"_s, u"汉中市:2020"_s, u"汉中市:2020"_s, u"杨凌示范区:2020"_s}));
    ASSERT_GE(result.structure.blocks.size(), 3);
    EXPECT_EQ(result.structure.blocks.at(0).speaker, u"薛振虎"_s);
}

TEST(Extractor, HighlightItemsAreRecoveredInNumericOrder)
{
    const ub::ExtractionResult result = extractFixture(u"highlights.txt"_s);
    ASSERT_EQ(result.structure.highlights.size(), 4);
    for (int k = 0; k < 4; ++k)
        EXPECT_EQ(result.structure.highlights.at(k).number, k + 1);
    EXPECT_EQ(result.structure.highlights.at(0).title, u"学习贯彻精神"_s);
    EXPECT_EQ(result.structure.highlights.at(2).title, u"第五届陕西职工科技节"_s);
    for (const ub::Figure &figure : result.figures) {
        if (figure.highlightItem == 3)
            EXPECT_EQ(figure.category, ub::Category::Competitions) << figure.quote.toStdString();
    }
}

TEST(Extractor, NewsItemsTakeTheirSubjectOrByline)
{
    const ub::ExtractionResult result = extractFixture(u"newspaper.txt"_s);
    EXPECT_EQ(result.structure.kind, ub::DocumentKind::NewspaperPage);
    ASSERT_EQ(result.figures.size(), 3);
    EXPECT_EQ(result.figures.at(0).region, u"宝鸡市"_s);
    EXPECT_EQ(result.figures.at(0).subregion, u"陈仓区"_s);
    EXPECT_EQ(result.figures.at(1).region, u"陕西省"_s);
    EXPECT_EQ(result.figures.at(2).region, u"渭南市"_s);
}

TEST(Extractor, SampleReportsGiveSaneFigures)
{
    const QDir dir(ub::test::sampleReportsDir());
    const QStringList regions = {u"陕西省"_s, u"西安市"_s, u"铜川市"_s, u"宝鸡市"_s, u"咸阳市"_s, u"渭南市"_s, u"延安市"_s,
                                 u"汉中市"_s, u"榆林市"_s, u"安康市"_s, u"商洛市"_s, u"杨凌示范区"_s, u"全国"_s, u"外省"_s};
    for (const QString &file : dir.entryList({u"*.txt"_s}, QDir::Files)) {
        const ub::DecodeResult decoded = ub::decodeText(ub::test::readFile(dir.filePath(file)), file);
        const ub::ExtractionResult result = ub::Extractor().extract(decoded.decoded.text, file);
        EXPECT_GT(result.figures.size(), 5) << file.toStdString();
        for (const ub::Figure &figure : result.figures) {
            EXPECT_TRUE(regions.contains(figure.region)) << figure.region.toStdString();
            EXPECT_GE(figure.year, 2000);
            EXPECT_GT(figure.value, 0);
            EXPECT_LT(figure.start, figure.end);
            EXPECT_GE(figure.fact, 0);
        }
    }
}

TEST(Extractor, HostileInputsDoNotCrashAndStayFast)
{
    QElapsedTimer timer;
    timer.start();
    const ub::Extractor extractor;
    QString line;
    line.reserve(8'000'000);
    while (line.size() < 400'000)
        line += u"建成爱心驿站12家，参与职工2000余人次，"_s;
    EXPECT_GT(extractor.extract(line, u"line.txt"_s).figures.size(), 10'000);
    EXPECT_TRUE(extractor.extract(QString(100'000, u'9'), u"digits.txt"_s).figures.isEmpty());
    EXPECT_TRUE(extractor.extract(QString(50'000, u'万'), u"wan.txt"_s).figures.isEmpty());
    EXPECT_TRUE(extractor.extract(QString(1000, QChar(0)), u"nul.txt"_s).figures.isEmpty());
    EXPECT_TRUE(extractor.extract(QString(), u"empty.txt"_s).figures.isEmpty());
    EXPECT_LT(timer.elapsed(), 30'000);
}

TEST(Extractor, APlaceActingInItsClauseOwnsTheFigure)
{
    const ub::Extractor extractor;
    const auto acting = extractor.extract(u"2020年，渭南市建成职工书屋26家。"_s, u"a.txt"_s);
    ASSERT_EQ(acting.figures.size(), 1);
    EXPECT_EQ(acting.figures.first().region, u"渭南市"_s);
    // A place named as an object does not move the figure to it.
    const auto object = extractor.extract(u"陕西省总工会2020年工作总结\n\n2020年，捐助湖北十堰市抗疫物资价值43.6万元。"_s,
                                          u"b.txt"_s);
    ASSERT_EQ(object.figures.size(), 1);
    EXPECT_EQ(object.figures.first().region, u"陕西省"_s);
}

TEST(Extractor, IndicatorTriggerEndingAtTheNumberWinsByDictionaryOrder)
{
    // 新增会员 and the 会员 it ends with both touch the number: the more specific, earlier
    // indicator wins, and so does a facility named right before its count.
    const ub::ExtractionResult result = ub::Extractor().extract(
        u"2023年，全省新增会员8.3万人，新建工会组织280余家，建成母婴关爱室25家、爱心驿站40个。"_s, u"t.txt"_s);
    ASSERT_EQ(result.figures.size(), 4);
    EXPECT_EQ(result.figures.at(0).indicator, u"new_members"_s);
    EXPECT_EQ(result.figures.at(1).indicator, u"new_union_organisations"_s);
    EXPECT_EQ(result.figures.at(2).indicator, u"mother_baby_rooms"_s);
    EXPECT_EQ(result.figures.at(3).indicator, u"love_stations"_s);
}

TEST(Extractor, ATellingIndicatorBesideTheNumberGivesItsCategory)
{
    const ub::ExtractionResult result =
        ub::Extractor().extract(u"全年8.3万名职工加入工会。全年实施15个创新项目。"_s, u"t.txt"_s);
    ASSERT_EQ(result.figures.size(), 2);
    EXPECT_EQ(result.figures.at(0).indicator, u"new_members"_s);
    EXPECT_EQ(result.figures.at(0).category, ub::Category::Members) << "加入工会 says members without 会员";
    EXPECT_EQ(result.figures.at(1).category, ub::Category::Other) << "项目 alone is too common to say competitions";
}

namespace {

ub::Figure onlyFigure(const QString &text)
{
    const ub::ExtractionResult result = ub::Extractor().extract(text, u"t.txt"_s);
    EXPECT_EQ(result.figures.size(), 1) << text.toStdString();
    return result.figures.value(0);
}

} // namespace

TEST(Extractor, ADocumentByOneCityGivesItsFiguresThatCity) // #15
{
    // No title names the city; its union acts in the text, the opening names it, a county of it.
    const QString text = u"宝鸡市总工会持续推进职工书屋建设。\n近日，宝鸡市总工会召开推进会。"
                         "全市新建职工书屋12家，覆盖职工3000余人。\n"_s;
    const ub::ExtractionResult result = ub::Extractor().extract(text, u"t.txt"_s);
    ASSERT_EQ(result.figures.size(), 2);
    EXPECT_EQ(result.structure.region, u"宝鸡市"_s);
    for (const ub::Figure &figure : result.figures)
        EXPECT_EQ(figure.region, u"宝鸡市"_s) << figure.quote.toStdString();
    EXPECT_EQ(onlyFigure(u"12月13日，榆林市清涧县总工会举办集中入会仪式，110名农民工加入工会。"_s).region, u"榆林市"_s)
        << "a county's union stands for its prefecture";
}

TEST(Extractor, AProvincialRoundUpStaysTheProvincesWhileACityActsInItsClause) // #15
{
    const QString text = u"陕西日报讯 记者从省总工会获悉，全省各级工会共筹集送清凉资金1.36亿元。"
                         "西安市总工会慰问职工6.07万人次；咸阳市总工会投入慰问资金387万元。\n"_s;
    const ub::ExtractionResult result = ub::Extractor().extract(text, u"t.txt"_s);
    ASSERT_EQ(result.figures.size(), 3);
    EXPECT_EQ(result.structure.region, u"陕西省"_s);
    EXPECT_EQ(result.figures.at(0).region, u"陕西省"_s);
    EXPECT_EQ(result.figures.at(1).region, u"西安市"_s);
    EXPECT_EQ(result.figures.at(2).region, u"咸阳市"_s);
}

TEST(Extractor, YearsComeFromTheDocumentsDateWhenTheTextNamesNone) // #15
{
    const QString text = u"全省新增农民工会员21.47万名\n来源：陕西日报 2018-02-02 07:13\n"
                         "记者获悉，去年全省新建工会组织7030个。今年将继续推进。\n"_s;
    const ub::ExtractionResult result = ub::Extractor().extract(text, u"t.txt"_s);
    EXPECT_EQ(result.structure.date, 20180202);
    ASSERT_EQ(result.figures.size(), 2);
    EXPECT_EQ(result.figures.at(1).year, 2017) << "去年, counted from the dateline";
    EXPECT_EQ(onlyFigure(u"2023年10月05日\n今年以来，全市建成母婴关爱室25家。"_s).year, 2023);
    // A target is not the figure's year, and a figure under a target is no figure.
    EXPECT_EQ(onlyFigure(u"2021年，全市新建职工书屋12家，力争到2025年实现全覆盖。"_s).year, 2021);
    EXPECT_TRUE(ub::Extractor().extract(u"力争到2025年新建职工书屋100家。"_s, u"t.txt"_s).figures.isEmpty());
}

TEST(Extractor, SubjectsNameWhatIsCountedNotAClauseFragment) // #15
{
    EXPECT_EQ(onlyFigure(u"截至目前，全市共有工会组织3383个。"_s).subject, u"工会组织"_s);
    EXPECT_EQ(onlyFigure(u"向困难学生发放助学金11.8万元。"_s).subject, u"助学金"_s);
    EXPECT_EQ(onlyFigure(u"建成25家母婴关爱室。"_s).subject, u"母婴关爱室"_s);
    const QString subject = onlyFigure(u"在省委的坚强领导下，主动作为，新增会员1.3万人。"_s).subject;
    EXPECT_FALSE(subject.startsWith(u"在"_s) || subject.startsWith(u"主动"_s)) << subject.toStdString();
}

TEST(Extractor, EveryFigureHasAKindThatFitsItsWording) // #15
{
    EXPECT_EQ(onlyFigure(u"集体合同签订率达95%。"_s).kind, ub::FigureKind::Rate);
    EXPECT_EQ(onlyFigure(u"截至年底，全市累计建成职工书屋338个。"_s).kind, ub::FigureKind::Stock);
    EXPECT_EQ(onlyFigure(u"全年新建职工书屋12个。"_s).kind, ub::FigureKind::Flow);
}

TEST(Extractor, AnEnterpriseOrAnIndustryUnionGivesItsFiguresItsRegion) // #15
{
    // In a city's item: a province-owned group acting is the province's, a group based in a
    // city that city's, each its figures' subregion; a provincial industry union acting is the
    // province's; the city's whole (西安全市) acts as the city.
    const QString text =
        u"西安市总工会工作简报\n\n"
        "今年,陕煤集团工会慰问困难职工1200人。西北工业集团投入47万元支持职工创新工作室建设。"
        "省财贸金融轻工工会送去400个移动体检名额。截至目前,西安全市已建成工会爱心驿站105个。"_s;
    QStringList got;
    for (const ub::Figure &figure : ub::Extractor().extract(text, u"units.txt"_s).figures)
        got << figure.quote + u' ' + figure.region + u' ' + figure.subregion;
    EXPECT_EQ(got, (QStringList{u"1200人 陕西省 陕西煤业化工集团有限责任公司"_s,
                                u"47万元 西安市 西北工业集团有限公司"_s, u"400个 陕西省 "_s,
                                u"105个 西安市 "_s}));

    // A group's body in a place belongs to the place: the item about it is that city's.
    const QString branch = u"陕建集团延安工会联合会成立\n\n联合会覆盖职工和农民工8000多人。"_s;
    const ub::ExtractionResult result = ub::Extractor().extract(branch, u"branch.txt"_s);
    ASSERT_EQ(result.figures.size(), 1);
    EXPECT_EQ(result.figures.at(0).region, u"延安市"_s);
}

TEST(Extractor, BriefsInOneColumnEachTakeTheirOwnSubject) // #15
{
    // A newspaper's brief column: items after △ bullets, each closed by its reporter's name.
    const QString text = u"陕西工人报 征订简讯\n\n"
                         "△铜川市铝厂工会积极做好征订工作,目前已订阅报纸159份。(王震) "
                         "△城固县邮电局工会给35个工会小组订了报纸。(黄建生)\n"
                         "(孙书权)\n"
                         "宁强县总工会多方筹措资金,为55家企业的困难职工送去慰问。"_s;
    QStringList got;
    for (const ub::Figure &figure : ub::Extractor().extract(text, u"briefs.txt"_s).figures)
        got << figure.quote + u' ' + figure.region;
    EXPECT_EQ(got, (QStringList{u"159份 铜川市"_s, u"35个 汉中市"_s, u"55家 汉中市"_s}));
}
