#include "repeatlinker.h"

#include <QHash>

#include <cmath>

namespace ub {

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
        const QString key = QString::number(figure.value, 'g', 15) + u'|' + toKey(figure.unit) + u'|'
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
