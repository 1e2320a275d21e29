#include "regionorder.h"

using namespace Qt::StringLiterals;

namespace ub {

const QStringList &standardRegions()
{
    static const QStringList regions = {u"陕西省"_s, u"西安市"_s, u"铜川市"_s, u"宝鸡市"_s, u"咸阳市"_s,
                                        u"渭南市"_s, u"延安市"_s, u"汉中市"_s, u"榆林市"_s, u"安康市"_s,
                                        u"商洛市"_s, u"杨凌示范区"_s};
    return regions;
}

int regionRank(const QString &region)
{
    const qsizetype index = standardRegions().indexOf(region);
    return index < 0 ? int(standardRegions().size()) : int(index);
}

} // namespace ub
