// File ▸ Recent Stores: the stores opened last, as their display names (never a password).
#pragma once

#include <QString>
#include <QStringList>

namespace ub {

/** The list behind File ▸ Recent Stores, newest first, kept in the settings. */
class RecentStores
{
public:
    static constexpr int kMaximum = 8;

    QStringList entries() const;
    /** Puts a store first (a location's displayName(), which holds no password). */
    void add(const QString &displayName);
    void remove(const QString &displayName);
    void clear();
};

} // namespace ub
