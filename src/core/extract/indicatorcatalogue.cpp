#include "indicatorcatalogue.h"

#include "lexicon.h"

namespace ub {

IndicatorCatalogue::IndicatorCatalogue()
{
    for (const QStringList &row : Lexicon::readTable(QStringLiteral(":/ub/data/indicators/indicators.tsv"))) {
        if (row.size() < 8)
            continue;
        Indicator indicator;
        indicator.key = row.at(0);
        indicator.zhName = row.at(1);
        indicator.enName = row.at(2);
        indicator.category = categoryFromKey(row.at(3)).value_or(Category::Other);
        for (const QString &key : row.at(4).split(u'|', Qt::SkipEmptyParts)) {
            if (const auto category = categoryFromKey(key))
                indicator.categories.append(*category);
        }
        if (!indicator.categories.contains(indicator.category))
            indicator.categories.prepend(indicator.category);
        for (const QString &key : row.at(5).split(u',', Qt::SkipEmptyParts)) {
            if (const auto unit = unitFromKey(key))
                indicator.units.append(*unit);
        }
        indicator.kind = figureKindFromKey(row.at(6)).value_or(FigureKind::Flow);
        indicator.triggers = row.at(7).split(u'|', Qt::SkipEmptyParts);
        indicator.residual = row.size() > 8 && row.at(8) == u"residual";
        indicator.categoryKey = toKey(indicator.category);
        indicator.kindKey = toKey(indicator.kind);
        m_indicators.append(indicator);
    }
}

const IndicatorCatalogue &IndicatorCatalogue::instance()
{
    static const IndicatorCatalogue catalogue;
    return catalogue;
}

int IndicatorCatalogue::indexOf(QStringView key) const
{
    for (qsizetype i = 0; i < m_indicators.size(); ++i) {
        if (m_indicators.at(i).key == key)
            return int(i);
    }
    return -1;
}

const Indicator *IndicatorCatalogue::find(QStringView key) const
{
    const int index = indexOf(key);
    return index >= 0 ? &m_indicators.at(index) : nullptr;
}

} // namespace ub
