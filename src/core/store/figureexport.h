// Writing stored figures out as JSON Lines or CSV, streamed from the store.
#pragma once

#include "figurequeries.h"

#include <QJsonObject>
#include <QVariantList>

class QIODevice;

namespace ub {

enum class FigureFormat { JsonLines, Csv };

/** The JSON Lines record of a stored figure: the extract fields plus id, edited and primary (and the
 *  confidence of a recognised one). exportFigures streams the same bytes without building it. */
QJsonObject storedFigureToJson(const FigureRecord &record);

/**
 * Streams every figure matching filter to device. CSV gets a BOM, a header row and defanged text
 * cells; numbers stay numbers; CSV rows of `preamble` (what the figures were filtered by) come
 * before the header. Returns false with *error on a query or write failure.
 */
bool exportFigures(Store &store, const FigureFilter &filter, FigureFormat format, QIODevice &device, QString *error,
                   const QList<QVariantList> &preamble = {});

} // namespace ub
