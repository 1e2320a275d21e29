#include "regionresolver.h"

#include "figure.h"
#include "gazetteer.h"

#include <algorithm>

namespace ub {

namespace {

bool startsWithUnionWord(QStringView rest)
{
    static const char16_t *words[] = {u"总工会", u"工会", u"市总", u"县总", u"区总", u"各级工会", u"市委", u"县委"};
    for (const char16_t *word : words) {
        if (rest.startsWith(QStringView(word)))
            return true;
    }
    return false;
}

/** Words naming the whole of the place just named: 西安全市已建成…, 宝鸡各级工会…. */
QStringView withoutScopeWord(QStringView rest)
{
    static const char16_t *words[] = {u"全市", u"全县", u"全区", u"全省", u"各县区", u"各县", u"各区"};
    for (const char16_t *word : words) {
        if (rest.startsWith(QStringView(word)))
            return rest.sliced(QStringView(word).size());
    }
    return rest;
}

/** A place directly followed by one of these acts as the clause's agent: 渭南市建成职工书屋26家. */
bool startsWithAgentVerb(QStringView rest)
{
    static const char16_t *verbs[] = {u"建成", u"新建", u"建立", u"组建", u"发展", u"新增", u"累计", u"共", u"全年",
                                      u"已", u"先后", u"开展", u"举办", u"组织", u"完成", u"筹集", u"发放",
                                      u"投入", u"慰问", u"救助", u"帮扶", u"培训", u"评选", u"表彰", u"实现"};
    for (const char16_t *verb : verbs) {
        if (rest.startsWith(QStringView(verb)))
            return true;
    }
    return false;
}

/** 西安市10个站点, 延安南泥湾劳模工匠学院…: a place that opens its clause with a count or an
 *  institution of its own is the clause's subject too. */
bool startsWithCountOrInstitution(QStringView rest)
{
    if (!rest.isEmpty() && rest.front().isDigit())
        return true;
    static const char16_t *suffixes[] = {u"学院", u"大学", u"学校", u"公司", u"集团", u"医院", u"中心", u"基地",
                                         u"工厂", u"煤矿", u"电厂", u"车站", u"机场", u"园区", u"开发区"};
    constexpr qsizetype kInstitutionReach = 14;
    for (qsizetype k = 0; k < rest.size() && k < kInstitutionReach; ++k) {
        const char16_t c = rest[k].unicode();
        if (c < 0x3400 || c > 0x9FFF)
            return false;
        for (const char16_t *suffix : suffixes) {
            if (rest.sliced(k).startsWith(QStringView(suffix)))
                return true;
        }
    }
    return false;
}

constexpr qsizetype kClauseUnitNameReach = 12; ///< 国防工会, 某某镇工会 in a clause's subject

} // namespace

bool startsWithUnitUnion(QStringView rest, qsizetype unitNameReach)
{
    for (qsizetype k = 0; k + 1 < rest.size() && k <= unitNameReach; ++k) {
        const char16_t c = rest[k].unicode();
        if (c < 0x3400 || c > 0x9FFF)
            return false;
        if (c == u'工' && rest[k + 1] == u'会')
            return true;
    }
    return false;
}

ClauseSubject clauseSubject(QStringView text, const QList<RegionMention> &mentions, qsizetype clauseStart,
                            qsizetype figureStart)
{
    ClauseSubject subject;
    if (clauseStart >= figureStart)
        return subject;
    // 全国: the whole country as the subject of its clause.
    const QStringView clause = text.sliced(clauseStart, figureStart - clauseStart);
    if (clause.startsWith(u"全国") && startsWithUnionWord(clause.sliced(2))) {
        subject.region = QString::fromUtf16(kNationalRegion);
        subject.unionActs = true;
        return subject;
    }
    // 省总工会…, 省财贸金融轻工工会…: the provincial federation or one of its industry unions
    // acting, even in a city's document.
    if (clause.startsWith(u"省总")
        || (clause.startsWith(u"省") && startsWithUnitUnion(clause.sliced(1), kClauseUnitNameReach))) {
        subject.region = QString::fromUtf16(kProvinceRegion);
        subject.unionActs = true;
        return subject;
    }
    auto it = std::lower_bound(mentions.cbegin(), mentions.cend(), clauseStart,
                               [](const RegionMention &m, qsizetype pos) { return m.start < pos; });
    if (it == mentions.cend() || it->start != clauseStart || it->end > figureStart)
        return subject;
    // 宝鸡市陈仓区总工会: walk over adjacent names to the union word.
    auto last = it;
    while (last + 1 != mentions.cend() && (last + 1)->start == last->end && (last + 1)->end <= figureStart)
        ++last;
    const QStringView rest = withoutScopeWord(text.sliced(last->end));
    subject.unionActs = startsWithUnionWord(rest) || startsWithUnitUnion(rest, kClauseUnitNameReach);
    if (!subject.unionActs && !startsWithAgentVerb(rest) && !startsWithCountOrInstitution(rest))
        return subject;
    for (auto m = it; m <= last; ++m) {
        if (!m->entry) {
            subject.region = QString::fromUtf16(kOtherProvinceRegion);
            subject.subregion.clear();
            return subject;
        }
        if (m->entry->level == RegionEntry::Level::Province) {
            subject.region = QString::fromUtf16(kProvinceRegion);
        } else {
            subject.region = m->entry->prefecture;
            if (m->entry->level == RegionEntry::Level::County || m->entry->level == RegionEntry::Level::Unit)
                subject.subregion = m->entry->name;
        }
    }
    return subject;
}

} // namespace ub
