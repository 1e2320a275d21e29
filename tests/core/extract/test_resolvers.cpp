// Region resolver, year resolver, the figure model's engine and the indicator catalogue (#3, #15).
#include "extractor.h"
#include "figureclassifier.h"
#include "figurefeatures.h"
#include "indicatorcatalogue.h"
#include "linearmodel.h"
#include "termlexicon.h"
#include "gazetteer.h"
#include "regionresolver.h"
#include "yearresolver.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

TEST(YearResolver, ExplicitYearBeforeTheFigure)
{
    EXPECT_EQ(ub::explicitYearBefore(u"截至2023年底,全省新建企业达287家"_s, 18), 2023);
    EXPECT_EQ(ub::explicitYearBefore(u"2021年7月16日,规划占地79.1亩"_s, 17), 2021);
    EXPECT_EQ(ub::explicitYearBefore(u"市总表彰为2018—2020年省模范单位9家"_s, 18), 2020);
    EXPECT_EQ(ub::explicitYearBefore(u"被授予“2019年陕西省创新奖”,发放5万元"_s, 20), 0);
    EXPECT_EQ(ub::explicitYearBefore(u"以《2019年工作》为题,发放5万元"_s, 15), 0);
    EXPECT_EQ(ub::explicitYearBefore(u"建成25家,2020年"_s, 3), 0);
    EXPECT_EQ(ub::explicitYearBefore(u"电话12345年"_s, 8), 0);
    EXPECT_EQ(ub::explicitYearBefore(u"2019 年"_s, 7), 0);
}

TEST(RegionResolver, ClauseSubjectMovesTheFigure)
{
    const ub::Gazetteer &g = ub::Gazetteer::shaanxi();
    auto subjectOf = [&](const QString &text) {
        const qsizetype figure = text.indexOf(u'新');
        return ub::clauseSubject(text, g.findMentions(text), 0, figure);
    };
    ub::ClauseSubject s = subjectOf(u"甘泉县总工会新建工会组织12家"_s);
    EXPECT_EQ(s.region, u"延安市"_s);
    EXPECT_EQ(s.subregion, u"甘泉县"_s);
    s = subjectOf(u"宝鸡市陈仓区总工会新发展会员1287人"_s);
    EXPECT_EQ(s.region, u"宝鸡市"_s);
    EXPECT_EQ(s.subregion, u"陈仓区"_s);
    s = subjectOf(u"全国工会新发展会员300万人"_s);
    EXPECT_EQ(s.region, u"全国"_s);
    s = subjectOf(u"湖北省总工会新建工会组织12家"_s);
    EXPECT_EQ(s.region, u"外省"_s);
    s = subjectOf(u"向湖北省十堰市捐助新物资43.6万元"_s);
    EXPECT_TRUE(s.region.isEmpty()); // an object, not the subject
    s = subjectOf(u"陕西省总工会新建12家"_s);
    EXPECT_EQ(s.region, u"陕西省"_s);
}

namespace {

/** The figure of text at its first digit, classified with classifier over the whole text. */
ub::Classification classifyFirstFigure(const ub::FigureClassifier &classifier, const QString &text, ub::Unit unit)
{
    const ub::TermIndex index(ub::TermLexicon::instance(), text);
    ub::FigureWindow window;
    window.text = text;
    qsizetype digit = 0;
    while (digit < text.size() && !text[digit].isDigit())
        ++digit;
    qsizetype end = digit;
    while (end < text.size() && (text[end].isDigit() || text[end] == u'.'))
        ++end;
    window.start = window.numberStart = digit;
    window.measureStart = end;
    window.measureEnd = window.end = qMin(end + 1, text.size());
    window.clauseStart = window.partStart = window.sentenceStart = 0;
    window.clauseEnd = window.partEnd = window.sentenceEnd = text.size();
    window.unit = unit;
    window.value = 1;
    ub::ModelScorer scorer(classifier.model());
    return classifier.classify(window, index, scorer);
}

ub::LinearModel handMadeModel(const QString &text)
{
    ub::LinearModel model;
    QString error;
    EXPECT_TRUE(model.loadText(text, u"hand-made"_s, &error)) << error.toStdString();
    return model;
}

} // namespace

TEST(LinearModel, SumsTheWeightsOfEveryFeatureArrival)
{
    const ub::LinearModel model = handMadeModel(u"head\tkind\tflow\tstock\n"
                                                "bias\tkind\t0.5\t0\n"
                                                "w\tcb:累计\tkind\t1:2.0\n"
                                                "w\tu:count\tkind\t0:0.25 1:0.25\n"_s);
    ub::ModelScorer scorer(model);
    scorer.add(QLatin1StringView("cb"), u"累计");
    scorer.add(QLatin1StringView("cb"), u"累计"); // twice: counted twice, as in training
    scorer.add(QLatin1StringView("u"), u"count");
    scorer.add(QLatin1StringView("cb"), u"未知"); // not in the model
    EXPECT_FLOAT_EQ(scorer.score(0, 0), 0.75f);
    EXPECT_FLOAT_EQ(scorer.score(0, 1), 4.25f);
    scorer.clear();
    EXPECT_FLOAT_EQ(scorer.score(0, 0), 0.5f) << "a new figure starts from the bias";
}

TEST(LinearModel, AFeatureWithWeightsForMostClassesScoresAsOneWithFew)
{
    // 12 classes: cb:累计 has a weight for ten of them (kept as a dense row), cb:新增 for two
    // (kept sparse); both arrive twice, with the scores of other heads beside them.
    QString text = u"head\tindicator"_s;
    for (int c = 0; c < 12; ++c)
        text += u"\tc%1"_s.arg(c);
    text += u"\nhead\tkind\tflow\tstock\nbias\tkind\t0.5\t0\nw\tcb:累计\tindicator\t"_s;
    for (int c = 0; c < 10; ++c)
        text += u"%1%2:%3"_s.arg(c ? u" "_s : QString()).arg(c).arg(0.25 * (c + 1));
    text += u"\nw\tcb:累计\tkind\t1:1.5\nw\tcb:新增\tindicator\t3:2.0 11:-1.0\n"_s;
    const ub::LinearModel model = handMadeModel(text);
    ub::ModelScorer scorer(model);
    for (int round = 0; round < 2; ++round) {
        scorer.add(QLatin1StringView("cb"), u"累计");
        scorer.add(QLatin1StringView("cb"), u"新增");
    }
    for (int c = 0; c < 12; ++c) {
        const float dense = c < 10 ? 2 * 0.25f * float(c + 1) : 0.0f;
        const float sparse = c == 3 ? 4.0f : c == 11 ? -2.0f : 0.0f;
        EXPECT_FLOAT_EQ(scorer.score(0, c), dense + sparse) << "class " << c;
    }
    EXPECT_FLOAT_EQ(scorer.score(1, 0), 0.5f);
    EXPECT_FLOAT_EQ(scorer.score(1, 1), 3.0f);
    scorer.clear();
    EXPECT_FLOAT_EQ(scorer.score(0, 5), 0.0f);
    EXPECT_FLOAT_EQ(scorer.score(1, 0), 0.5f);
}

TEST(LinearModel, ABrokenFileNamesItsLine)
{
    ub::LinearModel model;
    QString error;
    EXPECT_FALSE(model.loadText(u"head\tkind\tflow\nw\tcb:累计\tkind\t7:1.0\n"_s, u"model.tsv"_s, &error));
    EXPECT_TRUE(error.startsWith(u"model.tsv:2:"_s)) << error.toStdString();
    EXPECT_FALSE(model.loadText(u"w\tcb:累计\tnohead\t0:1.0\n"_s, u"model.tsv"_s, &error));
    EXPECT_FALSE(model.loadText(QString(), u"model.tsv"_s, &error)) << "a model needs a head";
}

TEST(FigureClassifier, KeepsTheDecisionsConsistentWithTheCatalogue)
{
    // Weights that, left alone, would give a person count the indicator of a money amount and a
    // percentage the kind flow: the classifier must not follow them there.
    const ub::FigureClassifier classifier(handMadeModel(u"head\tindicator\t-\trelief_funds\tnew_members\n"
                                                        "bias\tindicator\t0\t5\t1\n"
                                                        "head\tcategory\tmembers\tfunds\tother\n"
                                                        "bias\tcategory\t0\t9\t1\n"
                                                        "head\tkind\tflow\tstock\trate\n"
                                                        "bias\tkind\t3\t0\t0\n"_s));
    const ub::Classification people = classifyFirstFigure(classifier, u"新增会员120人"_s, ub::Unit::Person);
    ASSERT_NE(people.indicator, nullptr);
    EXPECT_EQ(people.indicator->key, u"new_members"_s) << "relief_funds is counted in yuan only";
    EXPECT_EQ(people.category, ub::Category::Members) << "new_members allows members only, never funds";
    EXPECT_EQ(people.kind, ub::FigureKind::Flow);
    const ub::Classification money = classifyFirstFigure(classifier, u"发放慰问金30万元"_s, ub::Unit::Cny);
    EXPECT_EQ(money.indicator->key, u"relief_funds"_s);
    EXPECT_EQ(money.category, ub::Category::Funds);
    const ub::Classification rate = classifyFirstFigure(classifier, u"入会率85%"_s, ub::Unit::Percent);
    EXPECT_EQ(rate.indicator, nullptr) << "no indicator of this model is counted in percent";
    EXPECT_EQ(rate.kind, ub::FigureKind::Rate) << "a percentage is a rate whatever the weights say";
}

TEST(FigureClassifier, MoneyNotOneOfTheAboveIsTheOneWhoseWordingStandsNear) // #15
{
    // funds_raised is the catalogue's residual money indicator: weights that prefer it give way
    // to a specific one whose trigger stands in the figure's clause or part, and only then.
    const ub::FigureClassifier classifier(handMadeModel(u"head\tindicator\t-\tfunds_raised\trelief_funds\tdonations\n"
                                                        "bias\tindicator\t0\t5\t1\t2\n"
                                                        "head\tcategory\tfunds\tother\n"
                                                        "bias\tcategory\t1\t0\n"
                                                        "head\tkind\tflow\tstock\trate\n"
                                                        "bias\tkind\t3\t0\t0\n"_s));
    const ub::Classification relief =
        classifyFirstFigure(classifier, u"省总工会下拨150.7万元开展农民工专项帮扶"_s, ub::Unit::Cny);
    ASSERT_NE(relief.indicator, nullptr);
    EXPECT_EQ(relief.indicator->key, u"relief_funds"_s) << "帮扶 names the money's purpose";
    const ub::Classification plain = classifyFirstFigure(classifier, u"省总工会下拨150.7万元"_s, ub::Unit::Cny);
    ASSERT_NE(plain.indicator, nullptr);
    EXPECT_EQ(plain.indicator->key, u"funds_raised"_s) << "no other purpose named: the residual stays";
    const ub::Classification people = classifyFirstFigure(classifier, u"帮扶困难职工120人"_s, ub::Unit::Person);
    EXPECT_EQ(people.indicator, nullptr) << "money indicators are never a person count's";

    // And the other way: weights that prefer a specific one whose wording stands nowhere near
    // give way to the residual one whose wording does.
    const ub::FigureClassifier reliefMinded(handMadeModel(u"head\tindicator\t-\tfunds_raised\trelief_funds\n"
                                                          "bias\tindicator\t0\t5\t6\n"
                                                          "head\tcategory\tfunds\tother\n"
                                                          "bias\tcategory\t1\t0\n"
                                                          "head\tkind\tflow\tstock\trate\n"
                                                          "bias\tkind\t3\t0\t0\n"_s));
    const ub::Classification raised = classifyFirstFigure(reliefMinded, u"西安市筹集资金1234567元"_s, ub::Unit::Cny);
    ASSERT_NE(raised.indicator, nullptr);
    EXPECT_EQ(raised.indicator->key, u"funds_raised"_s);
    const ub::Classification visits = classifyFirstFigure(reliefMinded, u"发放慰问金30万元"_s, ub::Unit::Cny);
    ASSERT_NE(visits.indicator, nullptr);
    EXPECT_EQ(visits.indicator->key, u"relief_funds"_s) << "its own wording stands near";
}

TEST(RegionResolver, AClauseWithoutSubjectContinuesTheUnionActingBeforeIt) // #15
{
    auto regions = [](const QString &text) {
        QStringList out;
        for (const ub::Figure &figure : ub::Extractor().extract(u"陕西工会要闻\n\n"_s + text, u"t.txt"_s).figures)
            out << figure.region;
        return out;
    };
    EXPECT_EQ(regions(u"今年8月以来,面对突发疫情,商洛市总工会紧急筹措20万元,动员劳模及企业捐款捐物680余万元。"_s),
              (QStringList{u"商洛市"_s, u"商洛市"_s}));
    EXPECT_EQ(regions(u"西安市总工会投入100万元,全省各级工会共投入5000万元。"_s),
              (QStringList{u"西安市"_s, u"陕西省"_s}))
        << "the province's whole is the province's";
    EXPECT_EQ(regions(u"宝鸡市建成驿站20个,全年接待职工3万人次。"_s), (QStringList{u"宝鸡市"_s, u"陕西省"_s}))
        << "a place acting, not its union, does not carry on";
}

TEST(FigureClassifier, TheShippedModelReadsTypicalWording)
{
    const ub::FigureClassifier &classifier = ub::FigureClassifier::instance();
    ASSERT_TRUE(classifier.loadError().isEmpty()) << classifier.loadError().toStdString();
    struct Case
    {
        QString text;
        ub::Unit unit;
        QString indicator;
        ub::FigureKind kind;
    };
    const QList<Case> cases = {
        {u"全市新建母婴关爱室12家"_s, ub::Unit::Count, u"mother_baby_rooms"_s, ub::FigureKind::Flow},
        {u"筹集送温暖资金860万元"_s, ub::Unit::Cny, u"relief_funds"_s, ub::FigureKind::Flow},
        {u"截至年底累计建成职工书屋415个"_s, ub::Unit::Count, u"worker_libraries"_s, ub::FigureKind::Stock},
    };
    for (const Case &c : cases) {
        const ub::Classification result = classifyFirstFigure(classifier, c.text, c.unit);
        ASSERT_NE(result.indicator, nullptr) << c.text.toStdString();
        EXPECT_EQ(result.indicator->key, c.indicator) << c.text.toStdString();
        EXPECT_EQ(result.kind, c.kind) << c.text.toStdString();
    }
}

TEST(TermIndex, JoinsGappedTriggersWithinAClause)
{
    const ub::TermLexicon &lexicon = ub::TermLexicon::instance();
    auto found = [&](const QString &text, const QString &pattern) {
        const ub::TermIndex index(lexicon, text);
        bool hit = false;
        index.forEachIn(0, text.size(), [&](const ub::TermIndex::Occurrence &o) {
            hit = hit || lexicon.patterns()[std::size_t(o.pattern)].text == pattern;
        });
        return hit;
    };
    EXPECT_TRUE(found(u"新增农民工工会会员21.47万名"_s, u"新增*会员"_s));
    EXPECT_FALSE(found(u"新增岗位,会员12人"_s, u"新增*会员"_s)) << "not across a clause mark";
    EXPECT_FALSE(found(u"新增了很多很多很多企业的会员"_s, u"新增*会员"_s)) << "not further than the gap";
}

TEST(IndicatorCatalogue, IsLoadedAndConsistent)
{
    const auto &indicators = ub::IndicatorCatalogue::instance().indicators();
    ASSERT_GE(indicators.size(), 35);
    QStringList keys;
    for (const ub::Indicator &indicator : indicators) {
        EXPECT_FALSE(indicator.zhName.isEmpty());
        EXPECT_FALSE(indicator.enName.isEmpty());
        EXPECT_FALSE(indicator.triggers.isEmpty()) << indicator.key.toStdString();
        EXPECT_FALSE(indicator.units.isEmpty()) << indicator.key.toStdString();
        EXPECT_TRUE(indicator.categories.contains(indicator.category)) << indicator.key.toStdString();
        EXPECT_FALSE(keys.contains(indicator.key)) << indicator.key.toStdString();
        keys.append(indicator.key);
    }
    // The contract keys of shared/docs/indicators.md.
    for (const QString &key : {u"new_members"_s, u"members_total"_s, u"relief_funds"_s, u"love_stations"_s,
                               u"competition_units"_s, u"labour_disputes"_s, u"membership_rate"_s})
        EXPECT_TRUE(keys.contains(key)) << key.toStdString();
    EXPECT_EQ(ub::IndicatorCatalogue::instance().find(u"membership_rate")->kind, ub::FigureKind::Rate);
}

TEST(YearResolver, AsOfDatesOfLevels) // #15
{
    EXPECT_EQ(ub::asOfDateBefore(u"截至2020年12月底,全市共有工会组织3383个"_s, 19, 2020, 0), 20201231);
    EXPECT_EQ(ub::asOfDateBefore(u"截至2020年6月底,会员386057人"_s, 15, 2020, 0), 20200630);
    EXPECT_EQ(ub::asOfDateBefore(u"截至6月底,会员386057人"_s, 10, 2021, 0), 20210630);
    EXPECT_EQ(ub::asOfDateBefore(u"截至12月13日,全市已建成站点合计1029家"_s, 20, 2022, 0), 20221213);
    EXPECT_EQ(ub::asOfDateBefore(u"截至2023年底,全省新建企业达287家"_s, 18, 2023, 0), 20231231);
    EXPECT_EQ(ub::asOfDateBefore(u"截至目前,全市共有工会组织3383个"_s, 14, 2020, 20201105), 20201105);
    EXPECT_EQ(ub::asOfDateBefore(u"全市共有工会组织3383个"_s, 8, 2020, 20201105), 20201105) << "the document's date";
    EXPECT_EQ(ub::asOfDateBefore(u"全市共有工会组织3383个"_s, 8, 2019, 20201105), 20191231) << "another year: its end";
    EXPECT_EQ(ub::asOfDateBefore(u"截至2024年2月底"_s, 11, 2024, 0), 20240229);
}

TEST(YearResolver, RelativeYearsCountFromTheDocumentsDate) // #15
{
    EXPECT_EQ(ub::relativeYearBefore(u"去年全省新增会员21.47万名"_s, 8, 2018), 2017);
    EXPECT_EQ(ub::relativeYearBefore(u"去年…今年以来新建12家"_s, 10, 2018), 2018) << "the last word counts";
    EXPECT_EQ(ub::relativeYearBefore(u"前年建成12家"_s, 4, 2018), 2016);
    EXPECT_EQ(ub::relativeYearBefore(u"上半年建成12家"_s, 5, 2018), 0) << "上半年 is no year";
    EXPECT_EQ(ub::relativeYearBefore(u"去年建成12家"_s, 4, 0), 0) << "no date, no year";
    EXPECT_EQ(ub::explicitYearBefore(u"力争到2025年新建职工书屋100家"_s, 13), 0) << "a target is no year";
}
