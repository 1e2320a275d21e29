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

} // namespace

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
    if (!startsWithUnionWord(text.sliced(last->end)))
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
            if (m->entry->level == RegionEntry::Level::County)
                subject.subregion = m->entry->name;
        }
    }
    return subject;
}

} // namespace ub
