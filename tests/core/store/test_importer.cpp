// Importing files: one transaction per file, idempotent re-import, replacement, rejection by name.
#include "documentrows.h"
#include "extractor.h"
#include "figurequeries.h"
#include "importer.h"
#include "storefixture.h"
#include "testpaths.h"

#include <QDir>
#include <QThread>

#include <thread>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;
using namespace ub;

namespace {

const QByteArray kReport = QStringLiteral(
    "西安市总工会2020年工作总结\n\n"
    "2020年，西安市总工会新建工会组织37个，新发展会员1287人，筹集资金2484.4万元。\n"
    "全年举办职工技能大赛20余场次，参与职工达8.4万余人次。\n").toUtf8();

class ImporterTest : public test::StoreTest
{
protected:
    int count(const QString &table)
    {
        QSqlQuery query(m_store->database());
        EXPECT_TRUE(query.exec(u"SELECT count(*) FROM "_s + table) && query.next());
        return query.value(0).toInt();
    }
    Extractor m_extractor;
};

} // namespace

TEST_F(ImporterTest, ImportsSampleReports)
{
    Importer importer(*m_store, m_extractor);
    QStringList problems;
    const QStringList files = Importer::collectReportFiles({test::sampleReportsDir()}, &problems);
    EXPECT_TRUE(problems.isEmpty());
    ASSERT_EQ(files.size(), 5);
    const ImportSummary summary = importer.importFiles(files);
    EXPECT_EQ(summary.count(ImportOutcome::Imported), 5) << summary.toText().toStdString();
    EXPECT_EQ(count(u"documents"_s), 5);
    EXPECT_GT(count(u"figures"_s), 100);
    EXPECT_EQ(count(u"import_log WHERE outcome = 'imported'"_s), 5) << "every clean import is logged";
}

TEST_F(ImporterTest, ReimportingUnchangedFileChangesNothing)
{
    const QString path = writeFile(u"report.txt"_s, kReport);
    Importer importer(*m_store, m_extractor);
    const ImportFileResult first = importer.importFile(path);
    ASSERT_EQ(first.outcome, ImportOutcome::Imported) << first.message.toStdString();
    const int figures = count(u"figures"_s);
    EXPECT_GE(figures, 4);

    const ImportFileResult second = importer.importFile(path);
    EXPECT_EQ(second.outcome, ImportOutcome::Unchanged);
    EXPECT_EQ(count(u"figures"_s), figures);
    EXPECT_EQ(count(u"documents"_s), 1);
}

TEST_F(ImporterTest, ChangedFileReplacesItsPreviousVersion)
{
    const QString path = writeFile(u"report.txt"_s, kReport);
    Importer importer(*m_store, m_extractor);
    ASSERT_EQ(importer.importFile(path).outcome, ImportOutcome::Imported);

    writeFile(u"report.txt"_s, kReport + QStringLiteral("另外，建成职工书屋26家。\n").toUtf8());
    const ImportFileResult replaced = importer.importFile(path);
    EXPECT_EQ(replaced.outcome, ImportOutcome::Replaced) << replaced.message.toStdString();
    EXPECT_EQ(count(u"documents"_s), 1);
    QSqlQuery query(m_store->database());
    ASSERT_TRUE(query.exec(u"SELECT count(*) FROM figures WHERE value = 26"_s) && query.next());
    EXPECT_EQ(query.value(0).toInt(), 1);
    // Figures and figure_sources have no foreign key since schema 5: the old version's rows must
    // go by their id range, none left behind.
    for (const QString &table : {u"figures"_s, u"figure_sources"_s})
        EXPECT_EQ(count(table + u" WHERE document_id NOT IN (SELECT id FROM documents)"_s), 0) << table.toStdString();
}

TEST_F(ImporterTest, EachDocumentsRowsLieInItsOwnIdRangeInDocumentOrder)
{
    Importer importer(*m_store, m_extractor);
    QStringList problems;
    const ImportSummary summary =
        importer.importFiles(Importer::collectReportFiles({test::sampleReportsDir()}, &problems));
    ASSERT_EQ(summary.count(ImportOutcome::Imported), 5) << summary.toText().toStdString();
    EXPECT_EQ(count(u"figures WHERE id <> document_id * %1 + ordinal"_s.arg(kRowsPerDocument)), 0);
    EXPECT_EQ(count(u"figure_sources WHERE id NOT BETWEEN document_id * %1 AND document_id * %1 + %2"_s.arg(
                  kRowsPerDocument).arg(kRowsPerDocument - 1)),
              0);
    EXPECT_GT(count(u"figure_sources"_s), 5);
    // Each document's rows are its range of the primary key, so the range finds all of them.
    QSqlQuery query(m_store->database());
    ASSERT_TRUE(query.exec(u"SELECT d.figure_count, (SELECT count(*) FROM figures f WHERE "_s +
                           inDocumentRows(u"f.id"_s, u"d.id"_s) + u") FROM documents d"_s));
    int documents = 0;
    while (query.next()) {
        EXPECT_EQ(query.value(0).toInt(), query.value(1).toInt());
        ++documents;
    }
    EXPECT_EQ(documents, 5);
}

TEST_F(ImporterTest, BinaryFileIsRejectedByNameAndStoreIsUntouched)
{
    Importer importer(*m_store, m_extractor);
    ASSERT_EQ(importer.importFile(writeFile(u"good.txt"_s, kReport)).outcome, ImportOutcome::Imported);
    const int figures = count(u"figures"_s);

    QByteArray binary;
    for (int i = 0; i < 4096; ++i)
        binary.append(char((i * 7919 + 13) % 256));
    const QString bad = writeFile(u"scan.txt"_s, binary);
    const ImportFileResult result = importer.importFile(bad);
    EXPECT_EQ(result.outcome, ImportOutcome::Rejected);
    EXPECT_TRUE(result.message.contains(u"scan.txt"_s)) << result.message.toStdString();
    EXPECT_EQ(count(u"documents"_s), 1);
    EXPECT_EQ(count(u"figures"_s), figures);
}

TEST_F(ImporterTest, OneBadFileDoesNotStopTheOthers)
{
    writeFile(u"in/a.txt"_s, kReport);
    writeFile(u"in/sub/b.txt"_s, kReport + "\n"_ba);
    QByteArray binary;
    for (int i = 0; i < 4096; ++i)
        binary.append(char((i * 7919 + 13) % 256));
    writeFile(u"in/sub/scan.txt"_s, binary);
    writeFile(u"in/notes.md"_s, "ignored"_ba);
    QStringList problems;
    const QStringList files = Importer::collectReportFiles({m_dir.filePath(u"in"_s), m_dir.filePath(u"missing"_s)},
                                                           &problems);
    ASSERT_EQ(files.size(), 3);
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems.first().contains(u"missing"_s));

    Importer importer(*m_store, m_extractor);
    const ImportSummary summary = importer.importFiles(files);
    EXPECT_EQ(summary.count(ImportOutcome::Imported), 2) << summary.toText().toStdString();
    EXPECT_EQ(summary.count(ImportOutcome::Rejected), 1);
    EXPECT_TRUE(summary.toText().contains(u"scan.txt"_s));
}

TEST_F(ImporterTest, CancelStopsBeforeTheNextFile)
{
    const QString a = writeFile(u"a.txt"_s, kReport);
    const QString b = writeFile(u"b.txt"_s, kReport + "\n"_ba);
    std::atomic_bool cancel = false;
    Importer importer(*m_store, m_extractor);
    const ImportSummary summary = importer.importFiles(
        {a, b}, [&cancel](int done, int, const QString &) { cancel = done >= 1; }, &cancel);
    EXPECT_TRUE(summary.cancelled);
    EXPECT_EQ(summary.files.size(), 1);
    EXPECT_EQ(count(u"documents"_s), 1);
}

TEST_F(ImporterTest, RepeatedFactIsStoredTwiceButPrimaryOnce)
{
    const QByteArray text = QStringLiteral("2020年铜川市总工会工作总结\n\n"
                                           "全市建成爱心驿站100家。\n\n"
                                           "一年来，全市建成爱心驿站100家，服务职工。\n").toUtf8();
    Importer importer(*m_store, m_extractor);
    ASSERT_EQ(importer.importFile(writeFile(u"repeat.txt"_s, text)).outcome, ImportOutcome::Imported);
    QSqlQuery query(m_store->database());
    ASSERT_TRUE(query.exec(u"SELECT count(*), sum(is_primary) FROM figures WHERE value = 100"_s) && query.next());
    EXPECT_EQ(query.value(0).toInt(), 2);
    EXPECT_EQ(query.value(1).toInt(), 1);
}

TEST_F(ImporterTest, ClientsImportingAtOnceDoNotDuplicateADocument)
{
    QStringList problems;
    const QStringList files = Importer::collectReportFiles({test::sampleReportsDir()}, &problems);
    std::vector<std::thread> clients;
    std::atomic_int rejected = 0;
    for (int client = 0; client < 3; ++client) {
        clients.emplace_back([this, &files, &rejected] {
            const std::unique_ptr<Store> store = openAgain();
            if (!store) {
                ++rejected;
                return;
            }
            Extractor extractor;
            Importer importer(*store, extractor);
            rejected += importer.importFiles(files).count(ImportOutcome::Rejected);
        });
    }
    for (std::thread &client : clients)
        client.join();
    EXPECT_EQ(rejected, 0);
    EXPECT_EQ(count(u"documents"_s), files.size());
    QSqlQuery query(m_store->database());
    ASSERT_TRUE(query.exec(u"SELECT count(*) FROM (SELECT name FROM documents GROUP BY name HAVING count(*) > 1) d"_s) &&
                query.next());
    EXPECT_EQ(query.value(0).toInt(), 0);
    ASSERT_TRUE(query.exec(u"SELECT sum(figure_count) FROM documents"_s) && query.next());
    EXPECT_EQ(query.value(0).toInt(), count(u"figures"_s));
}

TEST_F(ImporterTest, Gb18030CopyOfASampleImportsToTheSameFigures)
{
    auto figuresOf = [](Store &store) {
        QStringList rows;
        FigureQueries(store).forEachFigure({}, [&rows](const FigureRecord &r) {
            const Figure &f = r.figure;
            rows << u"%1|%2|%3|%4|%5|%6|%7"_s.arg(f.start).arg(f.end).arg(f.quote).arg(f.value).arg(toKey(f.unit), f.region)
                        .arg(f.year);
        });
        return rows;
    };
    Importer importer(*m_store, m_extractor);
    const ImportFileResult utf8 = importer.importFile(test::sampleReportsDir() + u"/004_e28d0ab1245c1101.txt"_s);
    ASSERT_EQ(utf8.outcome, ImportOutcome::Imported);

    QTemporaryDir otherDir;
    QString error;
    auto other = Store::open(otherDir.filePath(u"gb.sqlite"_s), &error);
    ASSERT_TRUE(other) << error.toStdString();
    Importer gbImporter(*other, m_extractor);
    const ImportFileResult gb =
        gbImporter.importFile(test::fixturesDir() + u"/store/gb18030/004_e28d0ab1245c1101.txt"_s);
    ASSERT_EQ(gb.outcome, ImportOutcome::Imported) << gb.message.toStdString();
    const QStringList expected = figuresOf(*m_store);
    ASSERT_GT(expected.size(), 10);
    EXPECT_EQ(figuresOf(*other), expected);
    QSqlQuery query(other->database());
    ASSERT_TRUE(query.exec(u"SELECT encoding FROM documents"_s) && query.next());
    EXPECT_EQ(query.value(0).toString(), u"GB18030"_s);
}

TEST_F(ImporterTest, LongSentenceIsStoredOnceAndReadBackForEachFigure) // #8
{
    // One line without a full stop: every figure's sentence is the same long window of it.
    const QString line = u"职工之家建设持续推进，服务阵地不断完善，新建工会组织37个，"_s.repeated(12);
    const QString path = writeFile(u"one-line.txt"_s, line.toUtf8());
    Importer importer(*m_store, m_extractor);
    const ImportFileResult first = importer.importFile(path);
    ASSERT_EQ(first.outcome, ImportOutcome::Imported) << first.message.toStdString();
    ASSERT_GT(first.figureCount, 1);
    EXPECT_LT(count(u"sentences"_s), first.figureCount);

    FigureQueries queries(*m_store);
    const QList<FigureRecord> records = queries.figures({}, 0, 1000);
    ASSERT_EQ(records.size(), first.figureCount);
    for (const FigureRecord &record : records) {
        EXPECT_GE(record.figure.sentence.size(), 100);
        EXPECT_TRUE(line.contains(record.figure.sentence));
    }
    // The text filter searches shared sentences as it searches inline ones.
    FigureFilter filter;
    filter.text = u"服务阵地"_s;
    EXPECT_EQ(queries.countFigures(filter), first.figureCount);
    EXPECT_EQ(queries.figures(filter, 0, 1000).size(), first.figureCount);

    // A replacement takes the old version's sentences with it.
    writeFile(u"one-line.txt"_s, (line + u"另外，建成职工书屋26家。"_s).toUtf8());
    ASSERT_EQ(importer.importFile(path).outcome, ImportOutcome::Replaced);
    QSqlQuery query(m_store->database());
    ASSERT_TRUE(query.exec(u"SELECT count(*) FROM sentences WHERE document_id NOT IN (SELECT id FROM documents)"_s) &&
                query.next());
    EXPECT_EQ(query.value(0).toInt(), 0);
}
