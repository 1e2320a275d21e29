// Runs unionboard-pdftext under limits and turns its output and exit status into a PdfText.
#include "pdftext.h"
#include "pdftextexit.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QProcess>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

using namespace Qt::StringLiterals;

namespace ub {

namespace {

const QString kHelperName = u"unionboard-pdftext"_s;

/** Only the first line of the child's stderr is shown; more is never kept. */
constexpr qsizetype kMaxErrorBytes = 4096;
constexpr qsizetype kMaxErrorLine = 300;
/** How long one wait for the child lasts before the deadline is checked again. */
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

/** The child's CPU time limit: the wall-clock timeout rounded up to whole seconds. */
int cpuLimitSeconds(int timeoutMs)
{
    return (timeoutMs + 999) / 1000;
}

/** The first line the child wrote to stderr, trimmed and shortened. */
QString firstLine(const QByteArray &errors)
{
    const qsizetype end = errors.indexOf('\n');
    QString line = QString::fromUtf8(end < 0 ? errors : errors.left(end)).trimmed();
    if (line.size() > kMaxErrorLine)
        line = line.left(kMaxErrorLine) + u'…';
    return line;
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

PdfText extractPdfText(const QString &path, const PdfLimits &limits)
{
    PdfText result;
    const auto failed = [&result, &path](const QString &reason) {
        result.pages.clear();
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

    QProcess process;
    process.setProgram(helper);
    QStringList arguments;
    if (limits.maxOutputBytes > 0)
        arguments << u"--max-text-bytes"_s << QString::number(limits.maxOutputBytes);
    arguments << u"--"_s << path;
    process.setArguments(arguments);
    process.setStandardInputFile(QProcess::nullDevice());

#ifdef Q_OS_UNIX
    // Runs in the forked child before exec: only async-signal-safe calls, values captured by copy.
    const rlim_t addressSpace = limits.memoryBytes > 0 ? rlim_t(limits.memoryBytes) : RLIM_INFINITY;
    const rlim_t cpuSeconds =
        limits.timeoutMs > 0 ? rlim_t(cpuLimitSeconds(limits.timeoutMs)) : RLIM_INFINITY;
    process.setChildProcessModifier([addressSpace, cpuSeconds] {
        struct rlimit limit;
        limit.rlim_cur = limit.rlim_max = addressSpace;
        ::setrlimit(RLIMIT_AS, &limit);
        // SIGXCPU at the soft limit; the kernel sends SIGKILL at the hard one.
        limit.rlim_cur = cpuSeconds;
        limit.rlim_max = cpuSeconds == RLIM_INFINITY ? RLIM_INFINITY : cpuSeconds + 1;
        ::setrlimit(RLIMIT_CPU, &limit);
        // A crash on a hostile PDF is expected; it must not leave a core file behind.
        limit.rlim_cur = limit.rlim_max = 0;
        ::setrlimit(RLIMIT_CORE, &limit);
    });
#endif

    QByteArray output;
    QByteArray errors;
    bool outputTooLarge = false;
    // QProcess emits these from inside waitForFinished(), one pipe read at a time, so output
    // never grows much past the cap before the child is killed.
    QObject::connect(&process, &QProcess::readyReadStandardOutput, &process, [&] {
        const QByteArray chunk = process.readAllStandardOutput();
        if (outputTooLarge)
            return;
        if (limits.maxOutputBytes > 0 && output.size() + chunk.size() > limits.maxOutputBytes) {
            outputTooLarge = true;
            output.clear();
            process.kill();
            return;
        }
        output += chunk;
    });
    QObject::connect(&process, &QProcess::readyReadStandardError, &process, [&] {
        const QByteArray chunk = process.readAllStandardError();
        const qsizetype room = kMaxErrorBytes - errors.size();
        if (room > 0)
            errors += chunk.left(room);
    });

    const QDeadlineTimer deadline =
        limits.timeoutMs > 0 ? QDeadlineTimer(limits.timeoutMs) : QDeadlineTimer(QDeadlineTimer::Forever);
    process.start(QIODevice::ReadOnly);
    // exec() either succeeds or fails at once, so waiting for the start cannot hang.
    if (!process.waitForStarted(deadline.isForever() ? -1
                                                     : int(std::max<qint64>(1, deadline.remainingTime())))) {
        if (process.error() == QProcess::FailedToStart)
            return failed(u"无法启动 PDF 解析程序 %1：%2"_s.arg(helper, process.errorString()));
        process.kill();
        process.waitForFinished(kReapMs);
        return failed(u"解析 PDF 超时（%1 秒）"_s.arg(seconds(limits.timeoutMs)));
    }

    bool timedOut = false;
    while (process.state() != QProcess::NotRunning) {
        if (deadline.hasExpired()) {
            timedOut = true;
            process.kill();
            process.waitForFinished(kReapMs);
            break;
        }
        const qint64 remaining = deadline.isForever() ? kPollMs : deadline.remainingTime();
        process.waitForFinished(int(std::clamp<qint64>(remaining, 1, kPollMs)));
    }

    if (!outputTooLarge) {
        // Whatever the last wait read but did not announce.
        const QByteArray rest = process.readAllStandardOutput();
        if (limits.maxOutputBytes > 0 && output.size() + rest.size() > limits.maxOutputBytes)
            outputTooLarge = true;
        else
            output += rest;
    }
    if (outputTooLarge)
        return failed(u"PDF 文本过大（超过 %1），已停止解析"_s.arg(sizeText(limits.maxOutputBytes)));
    if (timedOut)
        return failed(u"解析 PDF 超时（%1 秒）"_s.arg(seconds(limits.timeoutMs)));

    const QString childSays = firstLine(errors);
    if (process.exitStatus() == QProcess::CrashExit) {
        // On Unix, Qt reports the terminating signal as the exit code of a crashed child.
        const int signal = process.exitCode();
#ifdef Q_OS_UNIX
        if (signal == SIGXCPU)
            return failed(u"解析 PDF 超时（CPU 时间超过 %1 秒）"_s.arg(cpuLimitSeconds(limits.timeoutMs)));
#endif
        if (looksLikeOutOfMemory(errors))
            return failed(outOfMemory(limits.memoryBytes));
        return failed(u"解析 PDF 时程序崩溃（信号 %1），文件可能已损坏或是恶意构造的"_s.arg(signal));
    }

    const int code = process.exitCode();
    if (code == int(HelperExit::Ok)) {
        result.pages = QString::fromUtf8(output).split(u'\f');
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
