// Injection (#8): SQL payloads in every filter of FigureQueries, AggregateQueries and
// `unionboard-cli figures` match nothing and leave the schema intact; CSV exports defang
// formula-like text while numbers stay numbers.
#include "aggregatequeries.h"
#include "csvwriter.h"
#include "extractor.h"
#include "figurequeries.h"
#include "importer.h"
#include "storefixture.h"
#include "testpaths.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace ub;

namespace {

const QStringList kPayloads = {
    u"' OR 1=1 --"_s,
    u"'; DROP TABLE figures; --"_s,
    u"\" OR \"\"=\""_s,
    u"%' OR '%'='"_s,
    u"西安市' OR region IS NOT NULL --"_s,
};

class InjectionTest : public test::StoreTest
{
protected:
    void SetUp() override
    {
        test::StoreTest::SetUp();
        if (!m_store)
            return;
        const Extractor extractor;
        Importer importer(*m_store, extractor);
        QStringList problems;
        const ImportSummary summary =
            importer.importFiles(Importer::collectReportFiles({test::sampleReportsDir()}, &problems));
        ASSERT_FALSE(summary.hasRejections()) << summary.toText().toStdString();
        m_figures = FigureQueries(*m_store).countFigures({});
        ASSERT_GT(m_figures, 0);
        m_tables = tables();
    }

    QStringList tables()
    {
        QStringList names = m_store->database().tables();
        names.sort();
        return names;
    }

    /** The schema and the data are as the sample import left them. */
    void expectIntact()
    {
        EXPECT_EQ(tables(), m_tables);
        EXPECT_EQ(FigureQueries(*m_store).countFigures({}), m_figures);
        QSqlQuery query(m_store->database());
        ASSERT_TRUE(query.exec(u"SELECT count(*) FROM figures"_s));
        ASSERT_TRUE(query.next());
        EXPECT_EQ(query.value(0).toInt(), m_figures);
    }

    int m_figures = 0;
    QStringList m_tables;
};

} // namespace

TEST_F(InjectionTest, FigureQueriesBindEveryFilter)
{
    FigureQueries queries(*m_store);
    for (const QString &payload : kPayloads) {
        SCOPED_TRACE(payload.toStdString());
        for (int member = 0; member < 3; ++member) {
            FigureFilter filter;
            filter.includeRejected = true;
            (member == 0 ? filter.region : member == 1 ? filter.indicator : filter.text) = payload;
            QString error;
            EXPECT_TRUE(queries.figures(filter, 0, 1000, &error).isEmpty()) << member;
            EXPECT_TRUE(error.isEmpty()) << error.toStdString();
            EXPECT_EQ(queries.countFigures(filter, &error), 0) << member;
            EXPECT_TRUE(queries.countsByRegion(filter, &error).isEmpty() ||
                        queries.countsByRegion(filter, &error).constFirst().figures == 0)
                << member;
            int visited = 0;
            EXPECT_TRUE(queries.forEachFigure(filter, [&](const FigureRecord &) { ++visited; }, &error));
            EXPECT_EQ(visited, 0) << member;
        }
        EXPECT_FALSE(queries.document(payload).has_value());
        expectIntact();
    }
}

TEST_F(InjectionTest, AggregateQueriesBindEveryFilter)
{
    AggregateQueries queries(*m_store);
    const QList<QList<GroupField>> groupings = {{GroupField::Region},
                                                {GroupField::Year},
                                                {GroupField::Category},
                                                {GroupField::Indicator},
                                                {GroupField::Unit},
                                                {GroupField::Region, GroupField::Year, GroupField::Indicator}};
    for (const QString &payload : kPayloads) {
        SCOPED_TRACE(payload.toStdString());
        for (const QList<GroupField> &groupBy : groupings) {
            for (int member = 0; member < 3; ++member) {
                AggregateFilter filter;
                if (member == 0)
                    filter.regions = {payload};
                else if (member == 1)
                    filter.indicator = payload;
                else
                    filter.regions = {u"西安市"_s, payload};
                QString error;
                const QList<AggregateRow> rows = queries.aggregate(filter, groupBy, &error);
                EXPECT_TRUE(error.isEmpty()) << error.toStdString();
                int figures = 0;
                for (const AggregateRow &row : rows) {
                    figures += row.figures;
                    EXPECT_NE(row.region, payload);
                }
                if (member < 2) {
                    EXPECT_EQ(figures, 0) << member;
                }
            }
        }
        QString error;
        EXPECT_TRUE(queries.documentsFor(payload, &error).isEmpty());
        EXPECT_FALSE(queries.regions(&error).contains(payload));
        expectIntact();
    }
}

TEST_F(InjectionTest, CliFiguresBindsRegionAndIndicator)
{
    if (isPostgres())
        GTEST_SKIP() << "the CLI part runs on SQLite only";
    for (const QString &payload : kPayloads) {
        for (const QString &option : {u"--region"_s, u"--indicator"_s}) {
            for (const QString &format : {u"jsonl"_s, u"csv"_s}) {
                SCOPED_TRACE(QString(option + u' ' + payload + u' ' + format).toStdString());
                QProcess process;
                process.start(QStringLiteral(UB_CLI_PATH),
                              {u"figures"_s, u"--db"_s, m_location, option, payload, u"--format"_s, format});
                ASSERT_TRUE(process.waitForFinished(120000));
                ASSERT_EQ(process.exitStatus(), QProcess::NormalExit);
                EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
                const QString out = QString::fromUtf8(process.readAllStandardOutput());
                // CSV prints only its header line; JSON Lines nothing.
                EXPECT_LE(out.count(u'\n'), format == u"csv"_s ? 1 : 0) << out.toStdString();
            }
        }
    }
    expectIntact();
}

TEST_F(InjectionTest, CsvExportDefangsFormulaTextFromAReport)
{
    if (isPostgres())
        GTEST_SKIP() << "the CLI part runs on SQLite only";
    // Sentences that start with formula characters, as a hostile report could write them.
    const QString path = writeFile(u"formula.txt"_s,
                                   u"=HYPERLINK(\"http://x\")西安市新建工会组织37个。\n"
                                   "+SUM(A1)西安市新发展会员1287人。\n"
                                   "-2+3西安市筹集资金356.8万元。\n"
                                   "@cmd西安市举办培训班12期。\n"_s.toUtf8());
    const Extractor extractor;
    Importer importer(*m_store, extractor);
    ASSERT_EQ(importer.importFile(path).outcome, ImportOutcome::Imported);
    const QString csvPath = m_dir.filePath(u"out.csv"_s);
    QProcess process;
    process.start(QStringLiteral(UB_CLI_PATH),
                  {u"figures"_s, u"--db"_s, m_location, u"--format"_s, u"csv"_s, u"--out"_s, csvPath});
    ASSERT_TRUE(process.waitForFinished(120000));
    ASSERT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    QFile file(csvPath);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    // No cell, quoted or not, starts with a formula character.
    for (const QChar danger : {u'=', u'+', u'@', u'\t'}) {
        EXPECT_FALSE(csv.contains(u',' + danger)) << danger.unicode();
        EXPECT_FALSE(csv.contains(u",\""_s + danger)) << danger.unicode();
        EXPECT_FALSE(csv.contains(u'\n' + danger)) << danger.unicode();
    }
    EXPECT_TRUE(csv.contains(u"'=HYPERLINK"_s)) << csv.toStdString();
    EXPECT_TRUE(csv.contains(u"'+SUM(A1)"_s)) << csv.toStdString();
    // Values stay bare numbers.
    EXPECT_TRUE(csv.contains(u",37,"_s) || csv.contains(u",37\r"_s)) << csv.toStdString();
    EXPECT_TRUE(csv.contains(u",3568000,"_s) || csv.contains(u",3568000\r"_s)) << csv.toStdString();
}

TEST(CsvInjection, EveryDangerousFirstCharacterIsDefangedAndNumbersAreNot)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    ASSERT_TRUE(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(buffer);
    writer.writeRow({u"=1+1"_s, u"+1"_s, u"-1"_s, u"@A1"_s, u"\tx"_s, u"\rx"_s, -1, -2.5, qint64(-7), u"1"_s});
    ASSERT_FALSE(writer.hasError());
    EXPECT_EQ(QString::fromUtf8(bytes), u"'=1+1,'+1,'-1,'@A1,'\tx,\"'\rx\",-1,-2.5,-7,1\r\n"_s);
}
