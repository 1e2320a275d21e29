// Runs unionboard-pdftext under limits and turns its output and exit status into a PdfText.
#include "pdftext.h"
#include "pdftextexit.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>

#include <algorithm>
#include <limits>
#include <utility>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

using namespace Qt::StringLiterals;

namespace ub {

namespace {

const QString kHelperName = u"unionboard-pdftext"_s;

/** The last line the child wrote to stderr (besides progress) is shown; only this much of the
 *  end of what it wrote is kept. */
constexpr qsizetype kMaxErrorBytes = 4096;
constexpr qsizetype kMaxErrorLine = 300;
/** How long one wait for the child lasts before the deadline and cancellation are checked again. */
constexpr int kPollMs = 50;
/** Time the killed child gets to be reaped. SIGKILL cannot be ignored, so this is a safety net. */
constexpr int kReapMs = 5000;

/** What the dynamic loader exits with when it cannot load a program's libraries. */
constexpr int kCannotExecute = 127;

using HelperExit = PdfTextExit;

/** What to say when the helper exited with a known code but said nothing. */
QString reasonForExitCode(int code)
{
    switch (HelperExit(code)) {
    case HelperExit::Internal:
        return u"解析 PDF 时出现内部错误"_s;
    case HelperExit::Usage:
        return u"PDF 解析程序的参数有误"_s;
    case HelperExit::CannotOpen:
        return u"无法打开 PDF"_s;
    case HelperExit::Empty:
        return u"文件为空，不是 PDF"_s;
    case HelperExit::NotPdf:
        return u"不是 PDF 文件"_s;
    case HelperExit::Damaged:
        return u"PDF 已损坏，无法解析"_s;
    case HelperExit::Encrypted:
        return u"PDF 已加密，无法读取"_s;
    case HelperExit::TooManyPages:
        return u"PDF 页数过多"_s;
    case HelperExit::NoPages:
        return u"PDF 没有页面"_s;
    case HelperExit::TextTooLarge:
        return u"PDF 文本过大"_s;
    case HelperExit::OutOfMemory:
        return u"解析 PDF 时内存超限"_s;
    case HelperExit::WriteFailed:
        return u"无法写出 PDF 文本"_s;
    case HelperExit::NoText:
        return u"PDF 中没有可识别的文字"_s;
    case HelperExit::OcrUnavailable:
        return u"无法识别扫描页：找不到 Tesseract 中文识别模型"_s;
    case HelperExit::TooManyOcrPages:
        return u"扫描页过多，无法全部识别"_s;
    case HelperExit::OcrFailed:
        return u"扫描页文字识别失败"_s;
    case HelperExit::Ok:
        break;
    }
    return {};
}

QString sizeText(qint64 bytes)
{
    if (bytes >= 1024 * 1024)
        return u"%1 MB"_s.arg(bytes / (1024 * 1024));
    if (bytes >= 1024)
        return u"%1 KB"_s.arg(bytes / 1024);
    return u"%1 字节"_s.arg(bytes);
}

QString outOfMemory(qint64 memoryBytes)
{
    if (memoryBytes <= 0)
        return u"解析 PDF 时内存超限"_s;
    return u"解析 PDF 时内存超限（上限 %1）"_s.arg(sizeText(memoryBytes));
}

QString seconds(int milliseconds)
{
    if (milliseconds % 1000 == 0)
        return QString::number(milliseconds / 1000);
    return QString::number(milliseconds / 1000.0, 'g', 3);
}

/** CPU seconds for a wall-clock allowance: rounded up to whole seconds. */
int cpuLimitSeconds(qint64 timeoutMs)
{
    return int((timeoutMs + 999) / 1000);
}

/** The last non-empty line of what the child wrote to stderr, trimmed and shortened. */
QString lastLine(const QByteArray &errors)
{
    const QList<QByteArray> lines = errors.split('\n');
    for (auto line = lines.crbegin(); line != lines.crend(); ++line) {
        QString text = QString::fromUtf8(*line).trimmed();
        if (text.isEmpty())
            continue;
        if (text.size() > kMaxErrorLine)
            text = text.left(kMaxErrorLine) + u'…';
        return text;
    }
    return {};
}

/** True when a crashed child left the traces of a failed allocation (poppler's gmem aborts). */
bool looksLikeOutOfMemory(const QByteArray &errors)
{
    return errors.contains("Out of memory") || errors.contains("bad_alloc") || errors.contains("内存不足");
}

bool isExecutableFile(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && info.isExecutable();
}

} // namespace

QString pdfTextHelperPath()
{
    const QString fromEnvironment = qEnvironmentVariable("UB_PDFTEXT");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    if (QCoreApplication::instance()) {
        const QString besideApp = QCoreApplication::applicationDirPath() + u'/' + kHelperName;
        if (isExecutableFile(besideApp))
            return besideApp;
    }
#ifdef UB_BUILD_BIN_DIR
    const QString inBuildTree = QStringLiteral(UB_BUILD_BIN_DIR) + u'/' + kHelperName;
    if (isExecutableFile(inBuildTree))
        return inBuildTree;
#endif
    return {};
}

namespace {

/** Time and CPU allowances of one run, grown page by page as the helper starts recognising. */
class RunBudget
{
public:
    explicit RunBudget(const PdfLimits &limits)
        : m_limits(limits)
    {
    }

    bool isLimited() const { return m_limits.timeoutMs > 0; }
    /** What the run may take now: the base allowance plus one page's for every page the helper
     *  has begun to recognise, within the total cap. */
    qint64 allowedMs() const { return withinTotal(m_limits.timeoutMs + m_recognitionPages * perPageMs()); }
    /** The most any run under these limits can be allowed, or -1 for no ceiling. */
    qint64 ceilingMs() const
    {
        if (!m_limits.ocr || perPageMs() == 0)
            return m_limits.timeoutMs;
        if (m_limits.maxOcrPages > 0)
            return withinTotal(m_limits.timeoutMs + m_limits.maxOcrPages * perPageMs());
        return m_limits.maxTotalTimeoutMs > 0 ? withinTotal(m_limits.maxTotalTimeoutMs) : -1;
    }
    void recognitionStarted() { ++m_recognitionPages; }

private:
    qint64 perPageMs() const { return std::max(0, m_limits.ocrPageTimeoutMs); }
    qint64 withinTotal(qint64 milliseconds) const
    {
        if (m_limits.maxTotalTimeoutMs <= 0)
            return milliseconds;
        const qint64 capped = std::min<qint64>(milliseconds, m_limits.maxTotalTimeoutMs);
        return std::max<qint64>(m_limits.timeoutMs, capped);
    }

    const PdfLimits &m_limits;
    qint64 m_recognitionPages = 0;
};

/**
 * One run of the helper: starts it under limits, reads its stdout (capped) and stderr (progress
 * lines and the final message), extends the deadlines as it starts recognising pages, and honours
 * cancellation. QProcess emits its signals from inside waitForFinished(), on this thread, one pipe
 * read at a time, so output never grows much past the cap before the child is killed.
 */
class HelperRun
{
public:
    enum class Ending { Finished, Crashed, TimedOut, OutputTooLarge, Cancelled, FailedToStart };

    HelperRun(const QString &helper, const QString &path, const PdfLimits &limits,
              const PdfProgress *progress)
        : m_limits(limits)
        , m_progress(progress)
        , m_budget(limits)
    {
        m_process.setProgram(helper);
        m_process.setArguments(arguments(path));
        m_process.setStandardInputFile(QProcess::nullDevice());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        // Tesseract parallelises with OpenMP; on one thread its CPU time stays close to the
        // wall-clock time we allow, and it leaves the other cores to the app.
        environment.insert(u"OMP_THREAD_LIMIT"_s, u"1"_s);
        m_process.setProcessEnvironment(environment);
        setChildLimits();
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process,
                         [this] { readOutput(); });
        QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process,
                         [this] { readErrors(); });
    }

    Ending run()
    {
        m_elapsed.start();
        m_process.start(QIODevice::ReadOnly);
        // exec() either succeeds or fails at once, so waiting for the start cannot hang.
        if (!m_process.waitForStarted(m_budget.isLimited() ? int(std::max<qint64>(1, remainingMs())) : -1)) {
            if (m_process.error() == QProcess::FailedToStart)
                return Ending::FailedToStart;
            stop();
            return Ending::TimedOut;
        }
        while (m_process.state() != QProcess::NotRunning) {
            if (m_outputTooLarge)
                break;
            if (m_budget.isLimited() && remainingMs() <= 0) {
                stop();
                return Ending::TimedOut;
            }
            if (cancelRequested()) {
                stop();
                return Ending::Cancelled;
            }
            const qint64 wait =
                m_budget.isLimited() ? std::clamp<qint64>(remainingMs(), 1, kPollMs) : kPollMs;
            m_process.waitForFinished(int(wait));
        }
        if (m_outputTooLarge) {
            stop();
            return Ending::OutputTooLarge;
        }
        // Whatever the last wait read but did not announce.
        readOutput();
        readErrors();
        keepError(std::exchange(m_pendingLine, QByteArray()));
        if (m_outputTooLarge)
            return Ending::OutputTooLarge;
        return m_process.exitStatus() == QProcess::CrashExit ? Ending::Crashed : Ending::Finished;
    }

    const QByteArray &output() const { return m_output; }
    const QByteArray &errors() const { return m_errors; }
    int exitCode() const { return m_process.exitCode(); }
    QString errorString() const { return m_process.errorString(); }
    int allowedSeconds() const { return cpuLimitSeconds(m_budget.allowedMs()); }
    qint64 allowedMs() const { return m_budget.allowedMs(); }

private:
    QStringList arguments(const QString &path) const
    {
        QStringList arguments;
        if (m_limits.maxOutputBytes > 0)
            arguments << u"--max-text-bytes"_s << QString::number(m_limits.maxOutputBytes);
        if (!m_limits.ocr)
            arguments << u"--no-ocr"_s;
        else
            arguments << u"--max-ocr-pages"_s << QString::number(maxOcrPages());
        arguments << u"--confidences"_s << u"--"_s << path;
        return arguments;
    }

    int maxOcrPages() const
    {
        return m_limits.maxOcrPages > 0 ? m_limits.maxOcrPages : std::numeric_limits<int>::max();
    }

    qint64 remainingMs() const { return m_budget.allowedMs() - m_elapsed.elapsed(); }

    bool cancelRequested() const
    {
        return m_progress && m_progress->cancelRequested && m_progress->cancelRequested();
    }

    void setChildLimits()
    {
#ifdef Q_OS_UNIX
        // Runs in the forked child before exec: only async-signal-safe calls, values captured by copy.
        const rlim_t addressSpace = m_limits.memoryBytes > 0 ? rlim_t(m_limits.memoryBytes) : RLIM_INFINITY;
        rlim_t cpuSoft = RLIM_INFINITY;
        rlim_t cpuHard = RLIM_INFINITY;
        if (m_budget.isLimited()) {
            // SIGXCPU at the soft limit, which grows with the pages recognised (raiseCpuLimit); the
            // kernel sends SIGKILL at the hard one, the most any run under these limits may use.
            const qint64 ceiling = m_budget.ceilingMs();
            if (ceiling >= 0)
                cpuHard = rlim_t(cpuLimitSeconds(ceiling)) + 1;
#ifdef Q_OS_LINUX
            cpuSoft = rlim_t(cpuLimitSeconds(m_budget.allowedMs()));
#else
            // No prlimit() to raise the soft limit later: the wall-clock deadline decides.
            cpuSoft = cpuHard == RLIM_INFINITY ? RLIM_INFINITY : cpuHard - 1;
#endif
        }
        m_process.setChildProcessModifier([addressSpace, cpuSoft, cpuHard] {
            struct rlimit limit;
            limit.rlim_cur = limit.rlim_max = addressSpace;
            ::setrlimit(RLIMIT_AS, &limit);
            limit.rlim_cur = cpuSoft;
            limit.rlim_max = cpuHard;
            ::setrlimit(RLIMIT_CPU, &limit);
            // A crash on a hostile PDF is expected; it must not leave a core file behind.
            limit.rlim_cur = limit.rlim_max = 0;
            ::setrlimit(RLIMIT_CORE, &limit);
        });
#endif
    }

    /** Lets the child use as much CPU time as the wall-clock budget now allows. */
    void raiseCpuLimit()
    {
#ifdef Q_OS_LINUX
        const qint64 pid = m_process.processId();
        if (pid <= 0)
            return;
        // Same user, soft limit below the hard one: allowed without privileges. Should it fail all the
        // same, the child stops at SIGXCPU with a CPU timeout, a clear message rather than a hang.
        struct rlimit limit;
        if (::prlimit(pid_t(pid), RLIMIT_CPU, nullptr, &limit) != 0)
            return;
        limit.rlim_cur = std::min<rlim_t>(rlim_t(cpuLimitSeconds(m_budget.allowedMs())), limit.rlim_max);
        ::prlimit(pid_t(pid), RLIMIT_CPU, &limit, nullptr);
#endif
    }

    void stop()
    {
        // The reaping wait below still delivers output; nothing of it may reach the caller now.
        m_stopped = true;
        m_process.kill();
        m_process.waitForFinished(kReapMs);
    }

    void readOutput()
    {
        const QByteArray chunk = m_process.readAllStandardOutput();
        if (m_outputTooLarge)
            return;
        if (m_limits.maxOutputBytes > 0 && m_output.size() + chunk.size() > m_limits.maxOutputBytes) {
            m_outputTooLarge = true;
            m_output.clear();
            m_process.kill();
            return;
        }
        m_output += chunk;
    }

    void readErrors()
    {
        m_pendingLine += m_process.readAllStandardError();
        qsizetype newline;
        while ((newline = m_pendingLine.indexOf('\n')) >= 0) {
            const QByteArray line = m_pendingLine.left(newline);
            m_pendingLine.remove(0, newline + 1);
            handleLine(line);
        }
        // A line without end (not ours): keep its tail as an error, not all of it.
        if (m_pendingLine.size() > kMaxErrorBytes)
            keepError(std::exchange(m_pendingLine, QByteArray()));
    }

    void handleLine(const QByteArray &line)
    {
        if (m_stopped)
            return;
        const QList<QByteArray> words = line.split(' ');
        if (words.size() == 4 && words.at(0) == "progress") {
            bool pageOk = false;
            bool countOk = false;
            const int page = words.at(1).toInt(&pageOk);
            const int count = words.at(2).toInt(&countOk);
            if (pageOk && countOk) {
                if (m_progress && m_progress->pageDone)
                    m_progress->pageDone(page, count, words.at(3) == "ocr");
                return;
            }
        } else if (words.size() == 2 && words.at(0) == "ocr") {
            bool pageOk = false;
            words.at(1).toInt(&pageOk);
            if (pageOk) {
                m_budget.recognitionStarted();
                raiseCpuLimit();
                return;
            }
        }
        keepError(line + '\n');
    }

    void keepError(const QByteArray &bytes)
    {
        m_errors += bytes;
        if (m_errors.size() > kMaxErrorBytes)
            m_errors = m_errors.right(kMaxErrorBytes);
    }

    const PdfLimits &m_limits;
    const PdfProgress *m_progress;
    RunBudget m_budget;
    QProcess m_process;
    QElapsedTimer m_elapsed;
    QByteArray m_output;
    QByteArray m_errors;
    QByteArray m_pendingLine;
    bool m_outputTooLarge = false;
    bool m_stopped = false;
};

/** Splits the helper's stdout into pages and confidences (protocol in src/pdftext/main.cpp);
 *  returns an empty string, or what is wrong with the output. */
QString decodePages(const QByteArray &output, PdfText &result)
{
    const QList<QByteArray> frames = output.split('\f');
    for (qsizetype index = 0; index < frames.size(); ++index) {
        const QByteArray &frame = frames.at(index);
        const qsizetype marker = frame.indexOf('\x1e');
        if (marker < 0) {
            result.pages.append(QString::fromUtf8(frame));
            result.confidences.append(QByteArray());
            continue;
        }
        QString text = QString::fromUtf8(frame.left(marker));
        const auto decoded = QByteArray::fromBase64Encoding(frame.mid(marker + 1),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        const bool valid = decoded && decoded.decoded.size() == text.size()
            && std::all_of(decoded.decoded.cbegin(), decoded.decoded.cend(),
                           [](char confidence) { return quint8(confidence) <= 100; });
        if (!valid)
            return u"PDF 解析程序的输出有误（第 %1 页的识别置信度）"_s.arg(index + 1);
        result.pages.append(std::move(text));
        result.confidences.append(decoded.decoded);
        ++result.ocrPageCount;
    }
    return {};
}

} // namespace

PdfText extractPdfText(const QString &path, const PdfLimits &limits, const PdfProgress *progress)
{
    PdfText result;
    const auto failed = [&result, &path](const QString &reason) {
        result.pages.clear();
        result.confidences.clear();
        result.ocrPageCount = 0;
        result.error = path + u": "_s + reason;
        return result;
    };

    const QString helper = pdfTextHelperPath();
    if (!isExecutableFile(helper)) {
        QString reason = u"找不到 PDF 解析程序 "_s + kHelperName;
        if (!helper.isEmpty())
            reason += u"（%1）"_s.arg(helper);
        return failed(reason);
    }

    HelperRun run(helper, path, limits, progress);
    const HelperRun::Ending ending = run.run();
    const QByteArray &errors = run.errors();
    const QString childSays = lastLine(errors);
    switch (ending) {
    case HelperRun::Ending::FailedToStart:
        return failed(u"无法启动 PDF 解析程序 %1：%2"_s.arg(helper, run.errorString()));
    case HelperRun::Ending::TimedOut:
        return failed(u"解析 PDF 超时（%1 秒）"_s.arg(seconds(int(run.allowedMs()))));
    case HelperRun::Ending::OutputTooLarge:
        return failed(u"PDF 文本过大（超过 %1），已停止解析"_s.arg(sizeText(limits.maxOutputBytes)));
    case HelperRun::Ending::Cancelled:
        failed(u"已取消"_s);
        result.cancelled = true;
        return result;
    case HelperRun::Ending::Crashed: {
        // On Unix, Qt reports the terminating signal as the exit code of a crashed child.
        const int signal = run.exitCode();
#ifdef Q_OS_UNIX
        if (signal == SIGXCPU)
            return failed(u"解析 PDF 超时（CPU 时间超过 %1 秒）"_s.arg(run.allowedSeconds()));
#endif
        if (looksLikeOutOfMemory(errors))
            return failed(outOfMemory(limits.memoryBytes));
        return failed(u"解析 PDF 时程序崩溃（信号 %1），文件可能已损坏或是恶意构造的"_s.arg(signal));
    }
    case HelperRun::Ending::Finished:
        break;
    }

    const int code = run.exitCode();
    if (code == int(HelperExit::Ok)) {
        const QString malformed = decodePages(run.output(), result);
        if (!malformed.isEmpty())
            return failed(malformed);
        return result;
    }
    if (code == int(HelperExit::OutOfMemory))
        return failed(outOfMemory(limits.memoryBytes));
    if (code == kCannotExecute) {
        // The dynamic loader could not map the helper's libraries: the memory cap is below what
        // the helper needs to start at all.
        const QString reason =
            limits.memoryBytes > 0
                ? u"PDF 解析程序无法运行（内存上限 %1 可能过低）"_s.arg(sizeText(limits.memoryBytes))
                : u"PDF 解析程序无法运行"_s;
        return failed(childSays.isEmpty() ? reason : reason + u"："_s + childSays);
    }
    const QString known = reasonForExitCode(code);
    if (!known.isEmpty())
        return failed(childSays.isEmpty() ? known : childSays);
    return failed(childSays.isEmpty() ? u"PDF 解析程序异常退出（退出码 %1）"_s.arg(code)
                                      : u"PDF 解析程序异常退出（退出码 %1）：%2"_s.arg(code).arg(childSays));
}

} // namespace ub
