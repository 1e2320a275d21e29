#include "benchcommand.h"

#include <QTextStream>

namespace ub {

int runBenchCommand(const QStringList &, QTextStream &, QTextStream &err)
{
    err << QStringLiteral("bench: 尚未实现\n");
    return 2;
}

} // namespace ub
