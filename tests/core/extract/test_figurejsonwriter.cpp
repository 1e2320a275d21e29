// FigureJsonWriter (#19): byte for byte what QJsonDocument writes for figureToJson(), on every
// figure of the sample reports and of a synthetic corpus, with the stored figures' fields, the
// model features, and strings and numbers at the edges of Qt's writer.
#include "extractor.h"
#include "figurejson.h"
#include "figurejsonwriter.h"
#include "reportgenerator.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using namespace ub;

namespace {

/** What the writer must match: the DOM path the commands used before. */
QByteArray viaDom(const Figure &figure, const QString &doc, const FigureJsonExtras &extras = {})
{
    QJsonObject json = figureToJson(figure, doc);
    if (extras.id >= 0)
        json.insert(u"id"_s, extras.id);
    if (extras.edited >= 0)
        json.insert(u"edited"_s, extras.edited != 0);
    if (extras.primary >= 0)
        json.insert(u"primary"_s, extras.primary != 0);
    if (extras.confidence >= 0)
        json.insert(u"confidence"_s, extras.confidence);
    if (extras.features)
        json.insert(u"features"_s, QJsonArray::fromStringList(*extras.features));
    return QJsonDocument(json).toJson(QJsonDocument::Compact) + '\n';
}

QByteArray viaWriter(const Figure &figure, const QString &doc, const FigureJsonExtras &extras = {})
{
    QByteArray out;
    FigureJsonWriter(out).write(figure, doc, extras);
    return out;
}

} // namespace

TEST(FigureJsonWriter, WritesWhatTheJsonDocumentWroteForEveryFigureOfTheSampleReports)
{
    const Extractor extractor;
    const QDir reports(test::sampleReportsDir());
    int figures = 0;
    for (const QString &name : reports.entryList({u"*.txt"_s}, QDir::Files)) {
        QFile file(reports.filePath(name));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        ExtractOptions options;
        options.features = true;
        const ExtractionResult result = extractor.extract(QString::fromUtf8(file.readAll()), name, options);
        QByteArray dom;
        QByteArray streamed;
        FigureJsonWriter writer(streamed); // one writer per document: sentences are shared across lines
        for (qsizetype i = 0; i < result.figures.size(); ++i) {
            FigureJsonExtras extras;
            extras.features = &result.features.at(i);
            extras.confidence = int(i % 3 == 0 ? i % 101 : -1);
            dom += viaDom(result.figures.at(i), name, extras);
            writer.write(result.figures.at(i), name, extras);
            ++figures;
        }
        EXPECT_EQ(streamed, dom) << name.toStdString();
    }
    EXPECT_GT(figures, 200);
}

TEST(FigureJsonWriter, WritesWhatTheJsonDocumentWroteOnASyntheticCorpus)
{
    const Extractor extractor;
    const ReportGenerator generator(11);
    for (int i = 0; i < 40; ++i) {
        const SyntheticReport report = generator.report(i);
        const ExtractionResult result = extractor.extract(report.text, report.name);
        QByteArray dom;
        QByteArray streamed;
        FigureJsonWriter writer(streamed);
        for (const Figure &figure : result.figures) {
            FigureJsonExtras stored;
            stored.id = 16777216 + figure.start;
            stored.edited = int(figure.start % 2);
            stored.primary = 1;
            dom += viaDom(figure, report.name, stored);
            writer.write(figure, report.name, stored);
        }
        ASSERT_EQ(streamed, dom) << report.name.toStdString();
    }
}

TEST(FigureJsonWriter, EscapesAndEncodesStringsAsQtsWriterDoes)
{
    Figure figure;
    QString awkward = u"引号\"反斜杠\\换行\n回车\r制表\t退格\b换页\f"_s;
    for (char16_t c = 0; c < 0x20; ++c)
        awkward += QChar(c);
    awkward += QChar(0x7f);
    awkward += u"é€😀"_s;            // two, three and four UTF-8 bytes
    awkward += QChar(char16_t(0xd800)); // a lone high surrogate
    awkward += u"x"_s;
    awkward += QChar(char16_t(0xdc00)); // a lone low surrogate
    figure.quote = awkward;
    figure.sentence = awkward + awkward;
    figure.subject = QString();
    figure.region = u"陕西省"_s;
    EXPECT_EQ(viaWriter(figure, u"名字 \"带\" 引号.txt"_s), viaDom(figure, u"名字 \"带\" 引号.txt"_s));
}

TEST(FigureJsonWriter, WritesNumbersAsQtsWriterDoes)
{
    QRandomGenerator random(5);
    QList<double> values = {0,      1,       -1,      83000,  199000000, 1e15,   9007199254740992.0,
                            9007199254740994.0, 1e20, 0.5,    92.5,      0.1,    2484.4,  1.0 / 3,
                            -2.75, 1e-7,    123456789.125, std::numeric_limits<double>::infinity(),
                            std::numeric_limits<double>::quiet_NaN()};
    for (int i = 0; i < 2000; ++i)
        values << random.generateDouble() * std::pow(10.0, random.bounded(-3, 12));
    for (double value : values) {
        Figure figure;
        figure.value = value;
        figure.start = -5;
        figure.asOf = 20201231;
        figure.page = 3;
        figure.highlightItem = 2;
        figure.year = 2020;
        ASSERT_EQ(viaWriter(figure, u"a.txt"_s).toStdString(), viaDom(figure, u"a.txt"_s).toStdString()) << value;
    }
}
