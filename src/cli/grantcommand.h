// `unionboard-cli grant --db URL --user NAME --role viewer|editor|admin | --revoke` and `grant --db URL
// --list`.
#pragma once

#include <QStringList>

class QTextStream;

namespace ub {

/** 0 when granted, revoked or listed; 1 when the store refused (not an admin, no such login,
 *  SQLite); 2 on usage errors. */
int runGrantCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace ub
