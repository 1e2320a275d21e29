#include "documentprofile.h"

#include "figure.h"
#include "gazetteer.h"

#include <QHash>

#include <vector>

namespace ub {

namespace {

constexpr qsizetype kHeaderChars = 300;  ///< a dateline stands this near the top of the compact text
constexpr qsizetype kFooterChars = 200;  ///< or this near its end
constexpr qsizetype kOpeningChars = 160; ///< the title and opening sentence, for the document's unit
constexpr qsizetype kTargetReach = 8;    ///< a plan word this far before a year makes it a target
constexpr int kMinYear = 1949;
constexpr int kMaxYear = 2100;

bool isDigit(QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; }

/** The number of 1–max digits at pos, or -1; *length gets how many digits it has. */
int numberAt(QStringView text, qsizetype pos, int maxDigits, qsizetype *length)
{
    qsizetype k = pos;
    while (k < text.size() && k - pos < maxDigits && isDigit(text[k]))
        ++k;
    if (k == pos || (k < text.size() && isDigit(text[k])))
        return -1;
    *length = k - pos;
    return text.sliced(pos, k - pos).toInt();
}

/** A date starting at pos: 2018-03-30, 2018/3/30, 2018.03.30, 2018年3月30日; with yearMonthOnly,
 *  also 2018年3月. */
TextDate dateAt(QStringView text, qsizetype pos, bool yearMonthOnly)
{
    TextDate date;
    if (pos > 0 && isDigit(text[pos - 1]))
        return date;
    qsizetype length = 0;
    const int year = numberAt(text, pos, 4, &length);
    if (length != 4 || year < kMinYear || year > kMaxYear)
        return date;
    qsizetype k = pos + 4;
    if (k >= text.size())
        return date;
    const QChar separator = text[k];
    const bool chinese = separator == u'年';
    if (!chinese && separator != u'-' && separator != u'/' && separator != u'.')
        return date;
    const int month = numberAt(text, k + 1, 2, &length);
    if (month < 1 || month > 12)
        return date;
    k += 1 + length;
    if (k >= text.size())
        return date;
    if (chinese) {
        if (text[k] != u'月')
            return date;
        qsizetype dayLength = 0;
        const int day = numberAt(text, k + 1, 2, &dayLength);
        if (day >= 1 && day <= 31 && k + 1 + dayLength < text.size()
            && (text[k + 1 + dayLength] == u'日' || text[k + 1 + dayLength] == u'号')) {
            date = {year, month, day, pos};
        } else if (yearMonthOnly) {
            date = {year, month, 0, pos};
        }
        return date;
    }
    if (text[k] != separator)
        return date;
    const int day = numberAt(text, k + 1, 2, &length);
    if (day >= 1 && day <= 31)
        date = {year, month, day, pos};
    return date;
}

/** Positions inside 《》 or “” (titles and names), as a running state. */
class QuoteState
{
public:
    void step(QChar c)
    {
        if (c == u'《')
            ++m_book;
        else if (c == u'》')
            m_book = qMax(0, m_book - 1);
        else if (c == u'“')
            m_quote = true;
        else if (c == u'”')
            m_quote = false;
    }
    bool inside() const { return m_book > 0 || m_quote; }

private:
    int m_book = 0;
    bool m_quote = false;
};

TextDate firstDate(QStringView text, qsizetype from, qsizetype to, bool yearMonthOnly)
{
    QuoteState quotes;
    for (qsizetype k = from; k < to; ++k) {
        quotes.step(text[k]);
        if (quotes.inside() || !isDigit(text[k]))
            continue;
        const TextDate date = dateAt(text, k, yearMonthOnly);
        if (date.isValid())
            return date;
    }
    return {};
}

/** Whether [start, end) stands in a page's navigation: a breadcrumb or menu ("陕西 > 宝鸡市 > 今日凤县",
 *  "首页 | 西安 | 宝鸡") names places the article is not about. */
bool inNavigation(QStringView text, qsizetype start, qsizetype end)
{
    constexpr qsizetype kNavigationReach = 6;
    for (qsizetype k = qMax<qsizetype>(0, start - kNavigationReach); k < qMin(text.size(), end + kNavigationReach); ++k) {
        if (text[k] == u'>' || text[k] == u'|' || text[k] == u'›' || text[k] == u'»')
            return true;
    }
    return false;
}

bool isClauseMark(QChar c)
{
    return c == u',' || c == u';' || c == u'。' || c == u'!' || c == u'?' || c == u':';
}

} // namespace

bool isTargetYear(QStringView text, qsizetype yearStart)
{
    qsizetype from = yearStart;
    while (from > 0 && yearStart - from < kTargetReach && !isClauseMark(text[from - 1]))
        --from;
    const QStringView before = text.sliced(from, yearStart - from);
    static const char16_t *plans[] = {u"力争", u"预计", u"计划", u"目标", u"争取", u"规划", u"预期", u"有望"};
    for (const char16_t *plan : plans) {
        if (before.contains(QStringView(plan)))
            return true;
    }
    // 到2025年 / 至2025年 is a deadline; 截至2023年底 and 2019年至2021年 are facts.
    if (!before.isEmpty() && (before.back() == u'到' || before.back() == u'至')) {
        if (before.size() >= 2 && (before[before.size() - 2] == u'截' || before[before.size() - 2] == u'止'))
            return false;
        if (before.size() >= 2 && before[before.size() - 2] == u'年')
            return false;
        return true;
    }
    return false;
}

TextDate documentDate(QStringView compact)
{
    const qsizetype header = qMin(compact.size(), kHeaderChars);
    TextDate date = firstDate(compact, 0, header, false);
    if (!date.isValid())
        date = firstDate(compact, qMax<qsizetype>(0, compact.size() - kFooterChars), compact.size(), false);
    if (!date.isValid())
        date = firstDate(compact, 0, header, true);
    return date;
}

int reportedYear(QStringView compact, const TextDate &date)
{
    const QStringView opening = compact.first(qMin(compact.size(), kHeaderChars + kOpeningChars));
    if (date.isValid()) {
        // Written early in a year about the year gone by (一年来, 去年, 全年 in a January item).
        const bool lookingBack = opening.contains(u"去年") || opening.contains(u"一年来") || opening.contains(u"过去一年")
                                 || (date.month >= 1 && date.month <= 2 && opening.contains(u"全年"));
        return lookingBack && !opening.contains(u"今年") ? date.year - 1 : date.year;
    }
    QHash<int, int> counts;
    QuoteState quotes;
    for (qsizetype k = 0; k + 5 <= compact.size(); ++k) {
        quotes.step(compact[k]);
        if (quotes.inside() || !isDigit(compact[k]) || (k > 0 && isDigit(compact[k - 1])))
            continue;
        qsizetype length = 0;
        const int year = numberAt(compact, k, 4, &length);
        if (length != 4 || year < kMinYear || year > kMaxYear || compact[k + 4] != u'年' || isTargetYear(compact, k))
            continue;
        ++counts[year];
    }
    int best = 0;
    int bestCount = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > bestCount || (it.value() == bestCount && it.key() > best)) {
            bestCount = it.value();
            best = it.key();
        }
    }
    return best;
}

QString documentUnit(QStringView compact, const QList<RegionMention> &mentions, const QString &titleUnit)
{
    const QString province = QString::fromUtf16(kProvinceRegion);
    if (!titleUnit.isEmpty())
        return titleUnit;
    QHash<QString, double> votes;
    double provinceVotes = 0;
    // Three or more places in a row with almost nothing between them are a list or a menu
    // (今日宝鸡 今日凤县 今日麟游…, 西安市 铜川市 宝鸡市…), not what the text is about.
    constexpr qsizetype kListGap = 3;
    std::vector<bool> listed(std::size_t(mentions.size()), false);
    for (qsizetype first = 0; first < mentions.size();) {
        qsizetype last = first;
        while (last + 1 < mentions.size() && mentions.at(last + 1).start - mentions.at(last).end <= kListGap)
            ++last;
        if (last - first >= 2) {
            for (qsizetype k = first; k <= last; ++k)
                listed[std::size_t(k)] = true;
        }
        first = last + 1;
    }
    for (qsizetype m = 0; m < mentions.size(); ++m) {
        const RegionMention &mention = mentions.at(m);
        if (!mention.entry || listed[std::size_t(m)] || inNavigation(compact, mention.start, mention.end))
            continue;
        double weight = 1;
        if (mention.start < kOpeningChars)
            weight += 1;
        const QStringView after = compact.sliced(mention.end);
        if (after.startsWith(u"总工会") || after.startsWith(u"工会") || after.startsWith(u"市总") || after.startsWith(u"县总")
            || after.startsWith(u"区总"))
            weight += 1;
        if (mention.entry->level == RegionEntry::Level::Province || mention.entry->prefecture == province)
            provinceVotes += weight; // the province, or a province-level unit (陕煤集团)
        else
            votes[mention.entry->prefecture] += weight;
    }
    // The province's own words (全省, 我省, 省总 not after 陕西, which was counted) and a city's or
    // county's own (全市, 我市, 市总工会, 全县, 我县, 县总工会, 全区, 我区), in one pass.
    double localWords = 0;
    for (qsizetype k = 0; k + 1 < compact.size(); ++k) {
        const QChar c = compact[k];
        const QChar next = compact[k + 1];
        if (c == u'全' || c == u'我') {
            if (next == u'省')
                provinceVotes += k < kOpeningChars ? 2 : 1;
            else if (next == u'市' || next == u'县' || next == u'区')
                localWords += 1;
        } else if (c == u'省' && next == u'总' && (k == 0 || compact[k - 1] != u'西')) {
            provinceVotes += k < kOpeningChars ? 2 : 1;
        } else if ((c == u'市' || c == u'县') && next == u'总' && compact.sliced(k + 1).startsWith(u"总工会")) {
            localWords += 1;
        }
    }
    QString best;
    double bestVotes = 0;
    double second = 0;
    for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
        if (it.value() > bestVotes) {
            second = bestVotes;
            bestVotes = it.value();
            best = it.key();
        } else if (it.value() > second) {
            second = it.value();
        }
    }
    // A city's own words add to the leading city.
    if (!best.isEmpty())
        bestVotes += 0.5 * localWords;
    if (!best.isEmpty() && bestVotes >= 2 && bestVotes > provinceVotes && bestVotes >= 2 * second)
        return best;
    return province;
}

} // namespace ub
