#include "chartdata.h"

using namespace Qt::StringLiterals;

namespace ub {

bool ChartData::hasValues() const
{
    for (const ChartSeries &set : series) {
        for (const std::optional<double> &value : set.values) {
            if (value)
                return true;
        }
    }
    return false;
}

bool ChartData::rowIsApproximate(int row) const
{
    for (const ChartSeries &set : series) {
        if (row < set.approximate.size() && set.approximate.at(row))
            return true;
    }
    return false;
}

QString ChartData::yearKey() const
{
    if (request.yearFrom <= 0)
        return u"all"_s;
    if (request.yearFrom == request.yearTo)
        return QString::number(request.yearFrom);
    return u"%1-%2"_s.arg(request.yearFrom).arg(request.yearTo);
}

QString ChartData::regionKey() const
{
    if (request.view == ChartView::City && !request.regions.isEmpty())
        return request.regions.first();
    return request.regions.size() == 1 ? request.regions.first() : u"all"_s;
}

} // namespace ub
