// JSON form of a figure: the gold fields (doc, start, end, quote, value, unit, …) plus provenance.
#pragma once

#include "figure.h"

#include <QJsonObject>

namespace ub {

/** One JSON Lines record, with the field names of shared/gold/README.md. */
QJsonObject figureToJson(const Figure &figure, const QString &documentName);

} // namespace ub
