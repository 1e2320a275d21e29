// Corrections: recorded with old and new values, revertible, and kept across re-imports.
#include "correctionstore.h"
#include "extractor.h"
#include "importer.h"
#include "storefixture.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;
using namespace ub;

namespace {

const QByteArray kReport = QStringLiteral("2020年，咸阳市总工会临时救助困难职工164名，发放临时救助金205万元。\n").toUtf8();

class CorrectionTest : public test::StoreTest
{
protected:
    void SetUp() override
    {
        test::StoreTest::SetUp();
        m_path = writeFile(u"r.txt"_s, kReport);
        Importer importer(*m_store, m_extractor);
        ASSERT_EQ(importer.importFile(m_path).outcome, ImportOutcome::Imported);
    }
    qint64 figureIdWithValue(double value)
    {
        QSqlQuery query(m_store->database());
        query.prepare(u"SELECT id FROM figures WHERE value = ?"_s);
        query.addBindValue(value);
        return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
    }
    QVariant column(qint64 id, const QString &name)
    {
        QSqlQuery query(m_store->database());
        query.prepare(u"SELECT "_s + name + u" FROM figures WHERE id = ?"_s);
        query.addBindValue(id);
        return query.exec() && query.next() ? query.value(0) : QVariant();
    }
    Extractor m_extractor;
    QString m_path;
};

} // namespace

TEST_F(CorrectionTest, CorrectionChangesFigureAndRecordsOldAndNew)
{
    const qint64 id = figureIdWithValue(2050000);
    ASSERT_GT(id, 0);
    CorrectionStore corrections(*m_store);
    QString error;
    const qint64 correction = corrections.correct(id, CorrectableField::Region, u"宝鸡市"_s, u"王芳"_s, &error);
    ASSERT_GT(correction, 0) << error.toStdString();
    EXPECT_EQ(column(id, u"region"_s).toString(), u"宝鸡市"_s);
    EXPECT_EQ(column(id, u"edited"_s).toInt(), 1);
    const QList<Correction> history = corrections.correctionsOf(id, &error);
    ASSERT_EQ(history.size(), 1);
    EXPECT_EQ(history.first().oldValue, u"咸阳市"_s);
    EXPECT_EQ(history.first().newValue, u"宝鸡市"_s);
    EXPECT_EQ(history.first().author, u"王芳"_s);
}

TEST_F(CorrectionTest, RevertRestoresOldValue)
{
    const qint64 id = figureIdWithValue(164);
    ASSERT_GT(id, 0);
    CorrectionStore corrections(*m_store);
    QString error;
    const qint64 correction = corrections.correct(id, CorrectableField::Value, 165.0, u"staff"_s, &error);
    ASSERT_GT(correction, 0) << error.toStdString();
    EXPECT_DOUBLE_EQ(column(id, u"value"_s).toDouble(), 165.0);
    ASSERT_TRUE(corrections.revert(correction, &error)) << error.toStdString();
    EXPECT_DOUBLE_EQ(column(id, u"value"_s).toDouble(), 164.0);
    EXPECT_EQ(column(id, u"edited"_s).toInt(), 0);
    EXPECT_FALSE(corrections.revert(correction, &error)); // already reverted
}

TEST_F(CorrectionTest, CorrectionSurvivesReimportOfChangedFile)
{
    const qint64 id = figureIdWithValue(164);
    CorrectionStore corrections(*m_store);
    QString error;
    ASSERT_GT(corrections.correct(id, CorrectableField::Rejected, 1, u"staff"_s, &error), 0) << error.toStdString();

    // A new paragraph above the figure moves its offsets; the correction must still find it.
    writeFile(u"r.txt"_s, QStringLiteral("咸阳市总工会2020年工作总结\n\n").toUtf8() + kReport);
    Importer importer(*m_store, m_extractor);
    ASSERT_EQ(importer.importFile(m_path).outcome, ImportOutcome::Replaced);
    const qint64 newId = figureIdWithValue(164);
    ASSERT_GT(newId, 0);
    EXPECT_EQ(column(newId, u"rejected"_s).toInt(), 1);
    EXPECT_EQ(column(newId, u"edited"_s).toInt(), 1);
}

TEST(CorrectableFieldKeys, RoundTrip)
{
    for (auto field : {CorrectableField::Value, CorrectableField::Region, CorrectableField::Year,
                       CorrectableField::Category, CorrectableField::Indicator, CorrectableField::Rejected})
        EXPECT_EQ(correctableFieldFromKey(toKey(field)), field);
    EXPECT_FALSE(correctableFieldFromKey(u"sentence; DROP TABLE figures"_s).has_value());
}
