// GoogleTest main for tests that need a QCoreApplication (event loop, resources, test-mode paths).
#include <QCoreApplication>
#include <QStandardPaths>
#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("UnionBoardTests"));
    QCoreApplication::setApplicationName(QStringLiteral("unionboard-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
