// Where tests find the source tree, fixtures and sample reports.
#pragma once

#include <QString>

namespace ub::test {

/** The repository root (for data/ and the sample reports). */
QString sourceDir();
/** tests/fixtures/ in the source tree. */
QString fixturesDir();
/** data/reports/ in the source tree: the sample reports. */
QString sampleReportsDir();
/** Reads a file completely; fails the current test when it cannot. */
QByteArray readFile(const QString &path);

} // namespace ub::test
