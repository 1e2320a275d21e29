#include "repeatlinker.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <vector>

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

/** Whether a figure can be a fact stated twice: a distinctive value (≥ 100 or with decimals),
 *  or one with an indicator. */
bool distinctive(const Figure &figure)
{
    return figure.value >= 100 || std::floor(figure.value) != figure.value;
}

FactKey keyOf(const Figure &figure)
{
    const bool byValue = distinctive(figure);
    return FactKey{valueKey(figure.value), figure.unit,     figure.unitText, figure.region,
                   figure.year,            figure.category, byValue ? QString() : figure.indicator};
}

} // namespace

void linkRepeats(QList<Figure> &figures)
{
    // Figures with equal keys are found by sorting (hash, figure) pairs in buffers reused per
    // thread, not with a QHash: its fresh storage per document cost page faults (#7). Keys are
    // rebuilt from the figures when hashes meet rather than stored (a dense line has 500,000).
    // Each figure that may repeat points at the first figure with its key, which gives the fact
    // ids in one pass in text order, as the hash did.
    struct Entry
    {
        size_t hash;
        qsizetype figure;
    };
    thread_local std::vector<Entry> entries;
    thread_local std::vector<qsizetype> first;
    const qsizetype count = figures.size();
    entries.clear();
    first.assign(std::size_t(count), -1);
    entries.reserve(std::size_t(count));
    for (qsizetype i = 0; i < count; ++i) {
        const Figure &figure = figures.at(i);
        if (!distinctive(figure) && figure.indicator.isEmpty())
            continue;
        entries.push_back({qHash(keyOf(figure)), i});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.hash != b.hash ? a.hash < b.hash : a.figure < b.figure;
    });
    for (std::size_t group = 0; group < entries.size();) {
        std::size_t end = group + 1;
        while (end < entries.size() && entries[end].hash == entries[group].hash)
            ++end;
        if (end == group + 1) {
            first[std::size_t(entries[group].figure)] = entries[group].figure;
        } else {
            for (std::size_t e = group; e < end; ++e) {
                const FactKey key = keyOf(figures.at(entries[e].figure));
                std::size_t r = group;
                while (r < e && !(keyOf(figures.at(entries[r].figure)) == key))
                    ++r;
                first[std::size_t(entries[e].figure)] = entries[r].figure;
            }
        }
        group = end;
    }
    int next = 0;
    for (qsizetype i = 0; i < count; ++i) {
        Figure &figure = figures[i];
        const qsizetype earliest = first[std::size_t(i)];
        figure.fact = earliest < 0 || earliest == i ? next++ : figures.at(earliest).fact;
    }
    constexpr std::size_t kKept = 1 << 16; // a huge document's buffers are let go
    if (entries.capacity() > kKept) {
        entries = std::vector<Entry>();
        first = std::vector<qsizetype>();
    }
}

} // namespace ub
