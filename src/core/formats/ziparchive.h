// Reading entries of a zip archive held in memory, with limits that stop zip bombs while they inflate.
#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

class QuaZip;

namespace ub {

/**
 * A zip archive in memory (the whole .docx), opened read-only through QuaZip. Every entry is read
 * in chunks and abandoned as soon as it inflates past its limit, so a hostile archive can cost at
 * most that limit in memory, whatever its headers claim. Messages say what went wrong without the
 * file name; the caller puts the name in front.
 */
class ZipArchive
{
public:
    /** Most entries an archive may list; a .docx has a few dozen, a zip of a million tiny files is hostile.
     */
    static constexpr int maxEntries = 10000;
    /** Most an entry may inflate to per compressed byte; document XML compresses 5–30 times, zeros 1000
     * times. */
    static constexpr qint64 maxCompressionRatio = 200;
    /** Entries below this size are never refused for their ratio (tiny, very regular XML compresses well). */
    static constexpr qint64 ratioFloorBytes = 8 * 1024 * 1024;

    explicit ZipArchive(const QByteArray &bytes);
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    /** Empty when the archive opened; otherwise why not ("文件已损坏或不完整"). */
    QString openError() const { return m_openError; }
    /** Whether the archive holds @p name; part names are compared case-insensitively, as OPC says. */
    bool contains(const QString &name) const;

    /** An entry's bytes, or why it could not be read. */
    struct Entry
    {
        QByteArray data;
        QString error;
    };
    /** Inflates @p name, stopping with an error past @p maxBytes or past the compression-ratio limit. */
    Entry read(const QString &name, qint64 maxBytes) const;

private:
    QString m_openError;
    QStringList m_names;
    mutable QBuffer m_buffer;
    std::unique_ptr<QuaZip> m_zip;
};

} // namespace ub
