#include "recentstores.h"

#include "appsettings.h"

namespace ub {

QStringList RecentStores::entries() const
{
    return AppSettings().recentStores().mid(0, kMaximum);
}

void RecentStores::add(const QString &displayName)
{
    if (displayName.isEmpty())
        return;
    QStringList list = entries();
    list.removeAll(displayName);
    list.prepend(displayName);
    AppSettings().setRecentStores(list.mid(0, kMaximum));
}

void RecentStores::remove(const QString &displayName)
{
    QStringList list = entries();
    list.removeAll(displayName);
    AppSettings().setRecentStores(list);
}

void RecentStores::clear()
{
    AppSettings().setRecentStores({});
}

} // namespace ub
