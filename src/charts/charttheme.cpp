#include "charttheme.h"

using namespace Qt::StringLiterals;

namespace ub {

QString toKey(ChartTheme theme)
{
    switch (theme) {
    case ChartTheme::Light: return u"light"_s;
    case ChartTheme::Dark: return u"dark"_s;
    case ChartTheme::HighContrast: return u"high_contrast"_s;
    }
    return u"light"_s;
}

ChartTheme chartThemeFromKey(const QString &key)
{
    for (ChartTheme theme : {ChartTheme::Light, ChartTheme::Dark, ChartTheme::HighContrast}) {
        if (toKey(theme) == key)
            return theme;
    }
    return ChartTheme::Light;
}

} // namespace ub
