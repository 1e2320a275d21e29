#include "extractcommand.h"

#include "extractor.h"
#include "figurejsonwriter.h"
#include "reportfile.h"

#include <QIODevice>
#include <QTextStream>
#include <QThread>

#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace ub {

namespace {

/** One file's output, made on a worker and written by the caller in file order. */
struct FileOutput
{
    QByteArray lines;
    QStringList messages;
    bool failed = false;
};

FileOutput extractFile(const Extractor &extractor, const QString &path, const ExtractCommandOptions &commandOptions)
{
    FileOutput output;
    // Every kind an import reads: text, PDF (scans recognised), Word, web pages.
    const ReportFile report = readReportText(path);
    if (!report.ok()) {
        output.messages << report.error;
        output.failed = true;
        return output;
    }
    if (report.invalidSequences > 0)
        output.messages << QStringLiteral("%1: %2 invalid byte sequences (%3)")
                               .arg(path)
                               .arg(report.invalidSequences)
                               .arg(report.encoding);
    ExtractOptions options;
    options.paged = report.isPaged() || report.text.contains(u'\f');
    options.features = commandOptions.features;
    options.document.declaredTitle = report.declaredTitle;
    const ExtractionResult result = extractor.extract(report.text, report.name, options);
    for (const QString &warning : result.warnings)
        output.messages << report.name + QStringLiteral(": ") + warning;
    const QList<int> confidences = report.confidenceOf(result.figures);
    // About 500 bytes a figure, most of it the sentence.
    output.lines.reserve(result.figures.size() * 512);
    FigureJsonWriter writer(output.lines);
    for (qsizetype k = 0; k < result.figures.size(); ++k) {
        FigureJsonExtras extras;
        // Only recognised figures carry one: a text's output stays as it always was.
        extras.confidence = confidences.at(k);
        if (options.features)
            extras.features = &result.features.at(k);
        writer.write(result.figures.at(k), report.name, extras);
    }
    return output;
}

} // namespace

int runExtractCommand(const QStringList &files, QIODevice &out, QTextStream &err,
                      const ExtractCommandOptions &commandOptions)
{
    if (files.isEmpty())
        return 0;
    const Extractor extractor;
    const qsizetype wanted = commandOptions.threads > 0 ? commandOptions.threads : QThread::idealThreadCount();
    const int threads = int(qBound<qsizetype>(1, wanted, files.size()));
    // Workers take files in order and may run ahead of the writer by this many: memory stays
    // bounded by a few files' output however many files there are.
    const qsizetype window = qsizetype(threads) * 4;
    std::vector<std::optional<FileOutput>> outputs(size_t(files.size()));
    std::mutex mutex;
    std::condition_variable changed;
    qsizetype next = 0;
    qsizetype written = 0;
    bool stop = false;

    auto work = [&] {
        for (;;) {
            qsizetype index;
            {
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] { return stop || next >= files.size() || next < written + window; });
                if (stop || next >= files.size())
                    return;
                index = next++;
            }
            FileOutput output = extractFile(extractor, files.at(index), commandOptions);
            {
                const std::lock_guard lock(mutex);
                outputs[size_t(index)] = std::move(output);
            }
            changed.notify_all();
        }
    };
    std::vector<std::thread> workers;
    for (int t = 1; t < threads; ++t)
        workers.emplace_back(work);

    int exitCode = 0;
    QByteArray pending;
    auto flush = [&] {
        if (!pending.isEmpty() && out.write(pending) != pending.size())
            exitCode = 3;
        pending.clear();
    };
    for (qsizetype index = 0; index < files.size(); ++index) {
        std::optional<FileOutput> output;
        if (threads == 1) {
            output = extractFile(extractor, files.at(index), commandOptions);
        } else {
            std::unique_lock lock(mutex);
            // The writer extracts too while its file is not done, rather than wait idle.
            while (!outputs[size_t(index)]) {
                if (next < files.size() && next < written + window) {
                    const qsizetype mine = next++;
                    lock.unlock();
                    FileOutput made = extractFile(extractor, files.at(mine), commandOptions);
                    lock.lock();
                    outputs[size_t(mine)] = std::move(made);
                    changed.notify_all();
                } else {
                    changed.wait(lock);
                }
            }
            output = std::move(outputs[size_t(index)]);
            outputs[size_t(index)].reset();
            written = index + 1;
            changed.notify_all();
        }
        for (const QString &message : std::as_const(output->messages))
            err << message << Qt::endl;
        if (output->failed)
            exitCode = qMax(exitCode, 2);
        pending += output->lines;
        if (pending.size() >= (1 << 20))
            flush();
        if (exitCode == 3)
            break;
    }
    flush();
    {
        const std::lock_guard lock(mutex);
        stop = true;
    }
    changed.notify_all();
    for (std::thread &worker : workers)
        worker.join();
    return exitCode;
}

} // namespace ub
