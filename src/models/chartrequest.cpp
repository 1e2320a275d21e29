#include "chartrequest.h"

#include "indicatorcatalogue.h"

using namespace Qt::StringLiterals;

namespace ub {

QString toKey(ChartView view)
{
    switch (view) {
    case ChartView::Year: return u"year"_s;
    case ChartView::Categories: return u"categories"_s;
    case ChartView::City: return u"city"_s;
    case ChartView::Compare: return u"compare"_s;
    }
    return u"year"_s;
}

std::optional<ChartView> chartViewFromKey(QStringView key)
{
    for (ChartView view : {ChartView::Year, ChartView::Categories, ChartView::City, ChartView::Compare}) {
        if (toKey(view) == key)
            return view;
    }
    return std::nullopt;
}

QString ChartMeasure::key() const
{
    if (!indicator.isEmpty())
        return indicator;
    if (category)
        return toKey(*category);
    return u"figures"_s;
}

std::optional<ChartMeasure> ChartMeasure::fromKey(const QString &key)
{
    if (key == u"figures"_s)
        return ChartMeasure{};
    if (const std::optional<Category> category = categoryFromKey(key))
        return ChartMeasure{category, {}};
    for (const Indicator &indicator : IndicatorCatalogue::instance().indicators()) {
        if (indicator.key == key)
            return ChartMeasure{std::nullopt, key};
    }
    return std::nullopt;
}

} // namespace ub
