#include "reportgenerator.h"

#include <QFile>
#include <QHash>
#include <QTextStream>

#include <array>
#include <functional>

using namespace Qt::StringLiterals;

namespace ub {

namespace {

/** splitmix64: tiny, fast, and the same on every platform and standard library. */
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    /** Uniform in [low, high]. */
    int between(int low, int high) { return low + int(next() % quint64(high - low + 1)); }
    bool chance(int percent) { return between(1, 100) <= percent; }
    template<typename List> const auto &pick(const List &list) { return list[between(0, int(std::size(list)) - 1)]; }

private:
    quint64 m_state;
};

QString chineseNumeral(int value) // 2..99
{
    static const char16_t digits[] = u"零一二三四五六七八九";
    QString out;
    const int tens = value / 10;
    const int ones = value % 10;
    if (tens > 1)
        out += QChar(digits[tens]);
    if (tens > 0)
        out += u'十';
    if (ones > 0 || tens == 0)
        out += QChar(digits[ones]);
    return out;
}

const std::array<const char16_t *, 14> kFiller = {
    u"坚持以职工为中心的工作导向，推动工会工作高质量发展。",
    u"深入学习贯彻党的会议精神，切实把思想和行动统一到决策部署上来。",
    u"围绕中心、服务大局，团结动员广大职工建功新时代。",
    u"聚焦主责主业，以实际行动对接职工利益需求，增强工会组织的吸引力、凝聚力和战斗力。",
    u"持续深化产业工人队伍建设改革，弘扬劳模精神、劳动精神、工匠精神。",
    u"把维护职工合法权益、竭诚服务职工群众作为工作的出发点和落脚点。",
    u"推进工会组织和工作有效覆盖，使更多的基层工会组织真正建起来、转起来、活起来。",
    u"各级工会干部往职工中走、往心里做、往实处落，当好职工群众的娘家人。",
    u"健全完善协调劳动关系机制，推动构建和谐劳动关系。",
    u"加强网上工会建设，让职工少跑腿、数据多跑路。",
    u"强化政治引领，推动党的创新理论进基层、进企业、进班组。",
    u"认真总结经验，查找差距不足，谋划好下一阶段重点任务。",
    u"坚持问题导向，做到逐一整改绝不放过。",
    u"不断提升服务职工的精准度和满意度。",
};

const std::array<const char16_t *, 10> kTitles = {
    u"政治引领更加有力", u"建功立业更加凸显", u"维权服务更加优化", u"基层建设更加扎实", u"帮扶救助更加精准",
    u"劳模工匠引领作用更加彰显", u"网上工会建设提速", u"产业工人队伍建设改革深化", u"疫情防控有力有效",
    u"自身建设全面加强",
};

const std::array<const char16_t *, 12> kSurnames = {u"王", u"李", u"张", u"刘", u"陈", u"杨",
                                                    u"赵", u"黄", u"周", u"吴", u"徐", u"孙"};
const std::array<const char16_t *, 12> kGiven = {u"振虎", u"欣", u"建华", u"晓明", u"丽娟", u"卫东",
                                                 u"国强", u"海燕", u"志刚", u"秀英", u"红梅", u"文博"};

/** Writes one report's prose, counting every figure it plants. */
class Writer
{
public:
    Writer(Random &random, SyntheticReport &report) : m_random(random), m_report(report) {}

    QString text;

    /** An integer count: Arabic, sometimes a Chinese numeral, sometimes with 近/超过/约 or 余. */
    QString count(int low, int high, bool allowRest = true)
    {
        const int value = m_random.between(low, high);
        ++m_report.plantedFigures;
        if (value >= 2 && value <= 99 && m_random.chance(12))
            return chineseNumeral(value);
        QString number = QString::number(value);
        const int roll = m_random.between(1, 100);
        if (roll <= 6)
            return u"近"_s + number;
        if (roll <= 10)
            return u"超过"_s + number;
        if (roll <= 13)
            return u"约"_s + number;
        if (allowRest && roll <= 20 && value >= 10)
            return number + u'余';
        return number;
    }
    /** A number of people, often in 万 (8.4万). */
    QString people(int high = 200000)
    {
        const int value = m_random.between(50, high);
        ++m_report.plantedFigures;
        if (value >= 10000 && m_random.chance(70))
            return (m_random.chance(10) ? u"近"_s : QString()) + QString::number(value / 10000.0, 'f', 1) + u'万';
        return QString::number(value);
    }
    /** An amount in 万 (2484.4万) or 亿, remembered for a later restatement. */
    QString money()
    {
        ++m_report.plantedFigures;
        QString amount;
        if (m_random.chance(8))
            amount = QString::number(m_random.between(11, 99) / 10.0, 'f', 1) + u'亿';
        else
            amount = QString::number(m_random.between(100, 99999) / 10.0, 'f', 1) + u'万';
        return amount;
    }
    QString percent()
    {
        ++m_report.plantedFigures;
        return QString::number(m_random.between(500, 999) / 10.0, 'f', 1);
    }
    QString filler() { return QString::fromUtf16(m_random.pick(kFiller)); }

    /** One sentence with figures about subject (a union: 西安市总工会, 宝鸡市陈仓区总工会, or empty). */
    QString sentence(const QString &subject)
    {
        const QString s = subject;
        switch (m_random.between(0, 13)) {
        case 0: return s + u"全年新发展会员"_s + count(100, 20000) + u"人，新建工会组织"_s + count(5, 900) + u"个。"_s;
        case 1: {
            const QString amount = money();
            m_restatable << s + u"筹集资金"_s + amount + u"元"_s;
            return s + u"筹集资金"_s + amount + u"元，慰问困难职工"_s + people(50000) + u"人次。"_s;
        }
        case 2: return u"举办各类培训班"_s + count(3, 400) + u"期，培训职工"_s + people(90000) + u"人次。"_s;
        case 3: return s + u"建成职工书屋示范点"_s + count(5, 600) + u"家，获全国职工主题阅读活动优秀组织单位。"_s;
        case 4:
            return u"组织开展劳动和技能竞赛"_s + count(3, 300) + u"场次，参赛职工达"_s + people() + u"人，产生创新成果"_s
                   + count(5, 900) + u"项。"_s;
        case 5: {
            const QString amount = money();
            m_restatable << s + u"发放慰问金"_s + amount + u"元"_s;
            return s + u"发放慰问金"_s + amount + u"元，救助困难职工"_s + count(20, 9000) + u"户。"_s;
        }
        case 6: return u"举办大型网络视频招聘会，提供就业岗位"_s + people(150000) + u"个，应聘求职者"_s + people(90000) + u"人次。"_s;
        case 7: return s + u"新建爱心驿站"_s + count(3, 400) + u"个、母婴关爱室"_s + count(3, 300) + u"个。"_s;
        case 8: return u"职工书屋覆盖率达到"_s + percent() + u"%，较上年提高"_s + count(2, 9, false) + u"个百分点。"_s;
        case 9: return u"工会工作被中省主流媒体报道"_s + count(10, 300) + u"次。"_s;
        case 10: return u"开展送温暖活动"_s + count(3, 99, false) + u"场，参与职工"_s + people(60000) + u"人以上。"_s;
        case 11: return s + u"表彰劳动模范"_s + count(5, 500) + u"名，命名"_s + count(5, 300) + u"个工人先锋号。"_s;
        case 12: return u"全年共组织职工疗休养"_s + people(30000) + u"人次，投入资金"_s + money() + u"元。"_s;
        default: return u"完成实名制入库会员"_s + people(900000) + u"人，累计采集职工信息"_s + people(900000) + u"条。"_s;
        }
    }

    /** Restates up to `count` figures stated earlier (the closing summary of a report). */
    QString restatements(int count)
    {
        QString out;
        for (int i = 0; i < count && !m_restatable.isEmpty(); ++i) {
            const QString statement = m_restatable.takeAt(m_random.between(0, int(m_restatable.size()) - 1));
            out += statement + u"。"_s;
            ++m_report.plantedFigures;
            ++m_report.plantedRepeats;
        }
        return out;
    }

private:
    Random &m_random;
    SyntheticReport &m_report;
    QStringList m_restatable;
};

/** Hard wraps every ~24 characters, as newspaper columns do, never between two digits. */
QString hardWrapped(const QString &paragraph, Random &random)
{
    QString out;
    int column = 0;
    const int width = random.between(18, 26);
    for (qsizetype i = 0; i < paragraph.size(); ++i) {
        out += paragraph[i];
        const bool digitHere = paragraph[i].isDigit() || paragraph[i] == u'.';
        const bool digitNext = i + 1 < paragraph.size() && (paragraph[i + 1].isDigit() || paragraph[i + 1] == u'.');
        if (++column >= width && !(digitHere && digitNext)) {
            out += u'\n';
            column = 0;
        }
    }
    return out;
}

} // namespace

ReportGenerator::ReportGenerator(quint64 seed) : m_seed(seed)
{
    QFile file(u":/ub/corpus/regions/shaanxi.tsv"_s);
    if (!file.open(QIODevice::ReadOnly))
        return;
    QTextStream in(&file);
    QHash<QString, int> prefectureIndex;
    QList<QPair<QString, QString>> counties; // name, prefecture
    while (!in.atEnd()) {
        const QStringList row = in.readLine().split(u'\t');
        if (row.size() < 5 || row.at(0).startsWith(u'#'))
            continue;
        if (row.at(2) == u"prefecture") {
            prefectureIndex.insert(row.at(1), int(m_prefectures.size()));
            m_prefectures << row.at(1);
        } else if (row.at(2) == u"county") {
            counties.append({row.at(1), row.at(4)});
        }
    }
    m_countiesByPrefecture.resize(m_prefectures.size());
    for (const auto &[name, prefecture] : std::as_const(counties)) {
        const int index = prefectureIndex.value(prefecture, -1);
        if (index < 0)
            continue;
        m_countiesByPrefecture[index].append(int(m_counties.size()));
        m_counties.append({name, index});
    }
}

qint64 ReportGenerator::reportCountFor(qint64 figures) { return qMax<qint64>(1, (figures + 99) / 100); }

QStringList ReportGenerator::countiesOf(const QString &prefecture) const
{
    QStringList names;
    const int index = int(m_prefectures.indexOf(prefecture));
    if (index < 0)
        return names;
    for (int county : m_countiesByPrefecture.at(index))
        names << m_counties.at(county).name;
    return names;
}

SyntheticReport ReportGenerator::report(qint64 index) const
{
    SyntheticReport report;
    Random random(m_seed * 0x100000001B3ULL ^ (quint64(index) + 1) * 0x9E3779B97F4A7C15ULL);
    report.name = u"syn_%1_%2.txt"_s.arg(m_seed, 4, 10, QLatin1Char('0')).arg(index, 6, 10, QLatin1Char('0'));
    report.year = 2000 + int(index % 31);
    const int prefecture = m_prefectures.isEmpty() ? -1 : int((index / 31) % m_prefectures.size());
    report.region = prefecture >= 0 ? m_prefectures.at(prefecture) : u"陕西省"_s;
    static const std::array<const char16_t *, 4> kinds = {u"highlights", u"speech", u"news", u"summary"};
    report.kind = QString::fromUtf16(kinds[std::size_t(random.between(0, 3))]);

    Writer writer(random, report);
    QString &text = writer.text;
    const QString region = report.region;
    const QString union_ = region + u"总工会"_s;
    const QString year = QString::number(report.year);
    const int target = random.between(40, 160); // figures in this report; ~100 on average
    auto pickCounty = [&]() -> QString {
        if (prefecture < 0 || m_countiesByPrefecture.at(prefecture).isEmpty())
            return QString();
        const QList<int> &list = m_countiesByPrefecture.at(prefecture);
        const QString name = m_counties.at(list.at(random.between(0, int(list.size()) - 1))).name;
        if (!report.counties.contains(name))
            report.counties << name;
        return name;
    };
    // Paragraphs: two to four sentences with figures, one or two without.
    auto paragraph = [&](const QString &subject) {
        QString p;
        const int sentences = random.between(2, 4);
        for (int i = 0; i < sentences; ++i) {
            // Real reports carry about 250 bytes of prose per figure; keep the density near that.
            for (int f = random.between(1, 4); f > 0; --f)
                p += writer.filler();
            p += writer.sentence(i == 0 || random.chance(30) ? subject : QString());
        }
        return p;
    };

    if (report.kind == u"highlights") {
        text += u" ——"_s + union_ + year + u"年十大工作亮点\n\n"_s;
        text += year + u"年，"_s + union_ + u"在省总工会的正确领导下，"_s + writer.filler() + u"呈现出十大亮点。\n\n"_s;
        int item = 1;
        while (report.plantedFigures < target) {
            text += QString::number(item) + u"\n"_s + QString::fromUtf16(kTitles[std::size_t((item - 1) % 10)]) + u"\n\n"_s;
            text += paragraph(union_) + u"\n\n"_s;
            item = item % 10 + 1;
        }
    } else if (report.kind == u"speech") {
        text += u"\n力争"_s + region + u"工会多项工作走在全省前列\n\n——"_s + year + u"年工会主席工作例会发言摘编\n\n"_s;
        text += QString::fromUtf16(random.pick(kSurnames)) + QString::fromUtf16(random.pick(kGiven)) + u"\n"_s + union_
                + u"主席\n\n"_s;
        text += year + u"年，"_s + union_ + u"贯彻落实“五个扎实”“五项要求”，"_s + writer.filler() + u"\n\n"_s;
        while (report.plantedFigures < target)
            text += QString::fromUtf16(random.pick(kTitles)) + u"。"_s + paragraph(union_) + u"\n\n"_s;
    } else if (report.kind == u"news") {
        text += u" 工运纵横\n\n"_s;
        while (report.plantedFigures < target) {
            const QString county = pickCounty();
            const QString subject = region + county + u"总工会"_s;
            QString item = u"本报讯（"_s + QString::fromUtf16(random.pick(kSurnames)) + QString::fromUtf16(random.pick(kGiven))
                           + u"）"_s + year + u"年以来，"_s + subject + u"紧紧围绕区域经济社会发展，"_s + writer.filler()
                           + paragraph(subject);
            text += hardWrapped(item, random) + u"\n\n"_s;
        }
    } else {
        text += union_ + year + u"年工作总结\n\n"_s;
        static const std::array<const char16_t *, 6> sections = {u"一、", u"二、", u"三、", u"四、", u"五、", u"六、"};
        int section = 0;
        while (report.plantedFigures < target) {
            text += QString::fromUtf16(sections[std::size_t(section++ % 6)]) + QString::fromUtf16(random.pick(kTitles))
                    + u"\n\n"_s;
            const bool county = random.chance(30);
            text += paragraph(county ? region + pickCounty() + u"总工会"_s : union_) + u"\n\n"_s;
        }
    }
    // The closing summary restates a few figures, as real reports do.
    const QString closing = writer.restatements(random.between(1, 3));
    if (!closing.isEmpty())
        text += u"综上，"_s + year + u"年全年工作成效明显。"_s + closing + u"\n"_s;
    report.text = std::move(text);
    return report;
}

} // namespace ub
