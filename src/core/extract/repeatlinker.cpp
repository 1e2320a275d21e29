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

/** What makes two statements one fact. Compared field by field, as the '|'-joined string of
 *  the fields was before (#7): no field can hold a '|' (measure words, region names, keys). */
struct FactKey
{
    QString value;
    Unit unit;
    QString unitText;
    QString region;
    int year;
    Category category;
    QString indicator;

    bool operator==(const FactKey &other) const
    {
        return unit == other.unit && year == other.year && category == other.category && value == other.value
               && unitText == other.unitText && region == other.region && indicator == other.indicator;
    }
};

size_t qHash(const FactKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.value, int(key.unit), key.unitText, key.region, key.year, int(key.category),
                      key.indicator);
}

} // namespace

void linkRepeats(QList<Figure> &figures)
{
    QHash<FactKey, int> facts;
    facts.reserve(figures.size());
    int next = 0;
    for (Figure &figure : figures) {
        const bool distinctive = figure.value >= 100 || std::floor(figure.value) != figure.value;
        if (!distinctive && figure.indicator.isEmpty()) {
            figure.fact = next++;
            continue;
        }
        const FactKey key{valueKey(figure.value), figure.unit,     figure.unitText,
                          figure.region,          figure.year,     figure.category,
                          distinctive ? QString() : figure.indicator};
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
