// Linking a figure repeated in one report (a summary box and the body) as one fact.
#pragma once

#include "figure.h"

#include <QList>

namespace ub {

/**
 * Gives every figure a fact id: figures of one document with the same value, unit, measure word,
 * region, year and category, whose value is distinctive (≥ 100 or with decimals) or that share
 * their indicator, are the same fact stated twice and share an id; every other figure gets its own.
 * Totals and charts count a fact once. Linear (hashing).
 */
void linkRepeats(QList<Figure> &figures);

} // namespace ub
