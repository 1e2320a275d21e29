#include "testpaths.h"

#include <QFile>
#include <gtest/gtest.h>

namespace ub::test {

QString sourceDir() { return QStringLiteral(UB_TEST_SOURCE_DIR); }
QString fixturesDir() { return QStringLiteral(UB_TEST_FIXTURES_DIR); }
QString sampleReportsDir() { return sourceDir() + QStringLiteral("/data/reports"); }

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot read " << path.toStdString() << ": " << file.errorString().toStdString();
        return {};
    }
    return file.readAll();
}

} // namespace ub::test
