// The store's schema as a list of migrations; version N is reached by running steps 1..N in order.
#pragma once

#include <QStringList>

namespace ub {

/** One migration: the statements that take a store from version-1 to version. */
struct Migration
{
    int version;
    QStringList statements; ///< portable SQL with SqlDialect placeholders
};

/** Every migration, oldest first. The last one's version is the version this build writes. */
const QList<Migration> &migrations();
int currentSchemaVersion();

} // namespace ub
