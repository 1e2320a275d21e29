// Which unit a total is given in when the figures of a measure come in several units.
#pragma once

#include "aggregatequeries.h"

namespace ub {

/** The unit readers expect for a category: people for members, sessions for events, yuan for funds. */
Unit naturalUnit(Category category);

/**
 * Only figures in one unit can be added up. Of the units in `rows`, the preferred one wins when
 * present; otherwise the unit most figures use. Nothing when rows is empty.
 */
std::optional<Unit> dominantUnit(const QList<AggregateRow> &rows, Unit preferred);

} // namespace ub
