// Finding the figures of a text: a number, its measure word and qualifiers, minus what is not a figure.
#pragma once

#include "figure.h"

#include <QList>
#include <QStringView>

namespace ub {

/** One figure found in the compact matching text, before attribution (region, year, category). */
struct FigureCandidate
{
    qsizetype start = 0;        ///< quote start: the adjacent qualifier (近, 超过) or the number
    qsizetype end = 0;          ///< quote end: after the measure word and 以上/左右
    qsizetype numberStart = 0;
    qsizetype numberEnd = 0;
    qsizetype measureStart = 0; ///< == measureEnd when the unit was inferred (人数达到875万)
    qsizetype measureEnd = 0;
    qsizetype scalePos = -1;    ///< the 万/亿 of money amounts, part of unit_text (万元)
    double value = 0;
    Unit unit = Unit::Other;
    Qualifier qualifier = Qualifier::Exact;
    bool chinese = false;
};

/**
 * Scans the compact matching text once, left to right, and returns the figures in order.
 * Rejects what the annotation guide says is not a figure, by grammar and lexicon: dates (no
 * measure word), ordinals (第, 届), names and slogans (inside “” or 《》, 十大, numerals right after a
 * quote, …之一), ranks (前100名), thresholds written into a rule (至少, 不低于, 应达到), durations,
 * demonstratives (这四个方面), attributive thresholds (百人以上企业). Linear in the text.
 */
QList<FigureCandidate> scanFigures(QStringView text);
/** The same into figures (cleared first), reusing its storage (#7). */
void scanFigures(QStringView text, QList<FigureCandidate> &figures);

} // namespace ub
