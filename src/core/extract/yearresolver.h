// Deciding the year a figure describes: an explicit year before it in its sentence, else its block's.
#pragma once

#include <QStringView>

namespace ub {

/**
 * The last year written as "2019年" (also "2019年底", "2021年7月16日", the second of "2018—2020年")
 * in sentence before position, outside 《》 titles and “” names; 0 when there is none.
 */
int explicitYearBefore(QStringView sentence, qsizetype position);

} // namespace ub
