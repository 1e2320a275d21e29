#include "repeatlinker.h"

#include <QHash>

#include <cmath>

namespace ub {

namespace {

/** The value as QString::number(value, 'g', 15) writes it, held as that integer when it is one
 *  (no allocation; integers below 10^15 are written without exponent or fraction), else as the
 *  string. Two values have equal keys exactly when they have equal strings (#7). */
struct ValueKey
{
    qint64 integer = 0;
    QString text; ///< empty when the string is the digits of integer

    bool operator==(const ValueKey &other) const { return integer == other.integer && text == other.text; }
};

ValueKey valueKey(double value)
{
    if (value >= 0 && value < 1e15 && std::floor(value) == value && !std::signbit(value))
        return {static_cast<qint64>(value), QString()};
    QString text = QString::number(value, 'g', 15);
    bool plainDigits = !text.isEmpty() && text.size() <= 15;
    for (const QChar c : std::as_const(text))
        plainDigits = plainDigits && c >= u'0' && c <= u'9';
    if (plainDigits && (text.size() == 1 || text.front() != u'0'))
        return {text.toLongLong(), QString()};
    return {0, text};
}

/** What makes two statements one fact. Compared field by field, as the '|'-joined string of
 *  the fields was before (#7): no field can hold a '|' (measure words, region names, keys). */
struct FactKey
{
    ValueKey value;
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
    return qHashMulti(seed, key.value.integer, key.value.text, int(key.unit), key.unitText, key.region, key.year, int(key.category),
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
