#include "repeatlinker.h"

#include <QHash>

#include <cmath>

namespace ub {

namespace {

/** The value as QString::number(value, 'g', 15) writes it. Integers below 10^15 are written
 *  without exponent or fraction, so they skip the costly shortest-digits conversion (#7). */
QString valueKey(double value)
{
    if (value >= 0 && value < 1e15 && std::floor(value) == value && !std::signbit(value))
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'g', 15);
}

} // namespace

void linkRepeats(QList<Figure> &figures)
{
    QHash<QString, int> facts;
    int next = 0;
    for (Figure &figure : figures) {
        const bool distinctive = figure.value >= 100 || std::floor(figure.value) != figure.value;
        if (!distinctive && figure.indicator.isEmpty()) {
            figure.fact = next++;
            continue;
        }
        const QString key = valueKey(figure.value) + u'|' + toKey(figure.unit) + u'|'
                            + figure.unitText + u'|' + figure.region + u'|' + QString::number(figure.year)
                            + u'|' + toKey(figure.category) + u'|'
                            + (distinctive ? QString() : figure.indicator);
        const auto it = facts.constFind(key);
        if (it != facts.constEnd()) {
            figure.fact = it.value();
        } else {
            figure.fact = next;
            facts.insert(key, next++);
        }
    }
}

} // namespace ub
