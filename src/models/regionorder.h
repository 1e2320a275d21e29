// The order regions are listed in: the province, then the 11 prefecture-level units as the federation lists them.
#pragma once

#include <QStringList>

namespace ub {

/** 陕西省 first, then 西安市 … 商洛市 and 杨凌示范区 in administrative-code order. */
const QStringList &standardRegions();
/** Position in standardRegions(); unknown regions sort after all of them. */
int regionRank(const QString &region);

} // namespace ub
