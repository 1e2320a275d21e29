#include "ziparchive.h"

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

using namespace Qt::StringLiterals;

namespace ub {

namespace {

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', bytes >= 10 * 1024 * 1024 ? 0 : 1);
}

} // namespace

ZipArchive::ZipArchive(const QByteArray &bytes)
{
    if (bytes.isEmpty()) {
        m_openError = u"文件为空"_s;
        return;
    }
    // Every zip starts with a local file header (or, for an empty archive, the end record).
    if (!bytes.startsWith("PK\x03\x04") && !bytes.startsWith("PK\x05\x06")) {
        m_openError = u"不是 zip 压缩包"_s;
        return;
    }
    m_buffer.setData(bytes);
    m_zip = std::make_unique<QuaZip>(&m_buffer);
    // The central directory sits at the end: a truncated download or copy loses it first.
    if (!m_zip->open(QuaZip::mdUnzip)) {
        m_openError = u"文件已损坏或不完整"_s;
        m_zip.reset();
        return;
    }
    const int entries = m_zip->getEntriesCount();
    if (entries < 0) {
        m_openError = u"文件已损坏或不完整"_s;
        return;
    }
    if (entries > maxEntries) {
        m_openError = u"压缩包中有 %1 个文件，超过上限 %2"_s.arg(entries).arg(maxEntries);
        return;
    }
    m_names = m_zip->getFileNameList();
    if (m_zip->getZipError() != UNZ_OK) {
        m_openError = u"文件已损坏或不完整"_s;
        m_names.clear();
    }
}

ZipArchive::~ZipArchive()
{
    if (m_zip && m_zip->isOpen())
        m_zip->close();
}

bool ZipArchive::contains(const QString &name) const
{
    return m_names.contains(name, Qt::CaseInsensitive);
}

ZipArchive::Entry ZipArchive::read(const QString &name, qint64 maxBytes) const
{
    Entry entry;
    if (!m_openError.isEmpty() || !m_zip) {
        entry.error = m_openError;
        return entry;
    }
    if (!m_zip->setCurrentFile(name, QuaZip::csInsensitive)) {
        entry.error = u"压缩包中没有 %1"_s.arg(name);
        return entry;
    }
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly)) {
        entry.error = u"%1 无法解压（文件已损坏或使用了不支持的压缩方式）"_s.arg(name);
        return entry;
    }
    // The header's sizes may lie; they only make the limit stricter, never looser. The compressed
    // size can be no more than the archive itself.
    const qint64 compressed = qBound<qint64>(0, file.csize(), m_buffer.size());
    const qint64 ratioLimit = qMax(ratioFloorBytes, compressed * maxCompressionRatio);
    const qint64 limit = qMin(maxBytes, ratioLimit);
    const QString tooLarge =
        limit == maxBytes ? u"%1 解压后超过 %2 MB，可能是压缩炸弹"_s.arg(name, megabytes(maxBytes))
                          : u"%1 的压缩比超过 %2 倍，可能是压缩炸弹"_s.arg(name).arg(maxCompressionRatio);
    if (file.usize() > limit) {
        entry.error = tooLarge;
        return entry;
    }

    constexpr qint64 chunkSize = 256 * 1024;
    QByteArray data;
    data.reserve(qMin<qint64>(qMax<qint64>(file.usize(), 0), limit) + 1);
    QByteArray chunk(chunkSize, Qt::Uninitialized);
    for (;;) {
        const qint64 got = file.read(chunk.data(), chunkSize);
        if (got < 0) {
            entry.error = u"%1 无法解压（数据已损坏）"_s.arg(name);
            return entry;
        }
        if (got == 0)
            break;
        if (data.size() + got > limit) {
            entry.error = tooLarge;
            return entry;
        }
        data.append(chunk.constData(), got);
    }
    file.close();
    if (file.getZipError() != UNZ_OK) {
        entry.error = u"%1 的校验和不符，文件已损坏"_s.arg(name);
        return entry;
    }
    entry.data = data;
    return entry;
}

} // namespace ub
