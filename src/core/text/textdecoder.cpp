#include "textdecoder.h"

#include <QFileInfo>

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

#include <memory>

namespace ub {

namespace {

/** Counts invalid or unmappable byte sequences and substitutes U+FFFD, so nothing goes unnoticed. */
void countingToUnicodeCallback(const void *context, UConverterToUnicodeArgs *args, const char *codeUnits,
                               int32_t length, UConverterCallbackReason reason, UErrorCode *err)
{
    if (reason == UCNV_ILLEGAL || reason == UCNV_IRREGULAR || reason == UCNV_UNASSIGNED) {
        auto *counter = static_cast<qint64 *>(const_cast<void *>(context));
        ++*counter;
    }
    UCNV_TO_U_CALLBACK_SUBSTITUTE(nullptr, args, codeUnits, length, reason, err);
}

struct ConverterCloser
{
    void operator()(UConverter *converter) const { ucnv_close(converter); }
};

/** Decodes bytes with the named ICU converter; invalid sequences are counted, never hidden. */
bool decodeWith(const char *converterName, const QByteArray &bytes, QString &text, qint64 &invalid)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open(converterName, &status));
    if (U_FAILURE(status))
        return false;
    invalid = 0;
    ucnv_setToUCallBack(converter.get(), countingToUnicodeCallback, &invalid, nullptr, nullptr, &status);
    if (U_FAILURE(status))
        return false;
    // A UTF-16 unit per byte is always enough for these encodings (+1 for the flush).
    text.resize(bytes.size() + 1);
    auto *target = reinterpret_cast<UChar *>(text.data());
    const UChar *targetLimit = target + text.size();
    UChar *out = target;
    const char *source = bytes.constData();
    ucnv_toUnicode(converter.get(), &out, targetLimit, &source, source + bytes.size(), nullptr, true,
                   &status);
    if (U_FAILURE(status))
        return false;
    text.resize(out - target);
    return true;
}

/** Control characters other than whitespace are a sign of binary data. */
qint64 binaryControlCount(QStringView text)
{
    qint64 count = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 && u != u'\n' && u != u'\r' && u != u'\t' && u != u'\f')
            ++count;
    }
    return count;
}

QString percentText(qint64 part, qint64 whole)
{
    return QString::number(whole > 0 ? (part * 100 + whole / 2) / whole : 0);
}

} // namespace

DecodeResult decodeText(const QByteArray &bytes, const QString &fileName)
{
    DecodeResult result;
    const QString name = QFileInfo(fileName).fileName().isEmpty() ? fileName : QFileInfo(fileName).fileName();
    if (bytes.isEmpty()) {
        result.ok = true;
        result.decoded.encoding = QStringLiteral("UTF-8");
        result.decoded.text = QStringLiteral(""); // empty, not null: an empty report is still a report
        return result;
    }

    const char *converterName = nullptr;
    qsizetype skip = 0;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        converterName = "UTF-8";
        skip = 3;
        result.decoded.encoding = QStringLiteral("UTF-8");
    } else if (bytes.startsWith("\xFF\xFE")) {
        converterName = "UTF-16LE";
        skip = 2;
        result.decoded.encoding = QStringLiteral("UTF-16LE");
    } else if (bytes.startsWith("\xFE\xFF")) {
        converterName = "UTF-16BE";
        skip = 2;
        result.decoded.encoding = QStringLiteral("UTF-16BE");
    }

    QString text;
    qint64 invalid = 0;
    if (converterName) {
        if (!decodeWith(converterName, bytes.mid(skip), text, invalid)) {
            result.error = name + QStringLiteral(": 无法解码（") + result.decoded.encoding + QStringLiteral("）");
            return result;
        }
    } else {
        QString utf8;
        qint64 utf8Invalid = 0;
        const bool utf8Ok = decodeWith("UTF-8", bytes, utf8, utf8Invalid);
        if (utf8Ok && utf8Invalid == 0) {
            text = utf8;
            result.decoded.encoding = QStringLiteral("UTF-8");
        } else {
            QString gb;
            qint64 gbInvalid = 0;
            const bool gbOk = decodeWith("GB18030", bytes, gb, gbInvalid);
            if (gbOk && (!utf8Ok || gbInvalid < utf8Invalid)) {
                text = gb;
                invalid = gbInvalid;
                result.decoded.encoding = QStringLiteral("GB18030");
            } else {
                text = utf8;
                invalid = utf8Invalid;
                result.decoded.encoding = QStringLiteral("UTF-8");
            }
        }
    }

    const qint64 byteCount = bytes.size() - skip;
    const qint64 controls = binaryControlCount(text);
    // Each invalid sequence stands for at least one byte; a file is text only when nearly all of it decodes.
    if (invalid * 10 > byteCount || controls * 10 > qMax<qint64>(1, text.size())) {
        const qint64 bad = qMax(invalid, controls);
        result.error = name + QStringLiteral(": 不是文本文件（") + percentText(qMin(bad, byteCount), byteCount)
                       + QStringLiteral("% 的字节无法解码）");
        return result;
    }
    // A NUL is never text: it becomes U+FFFD and counts as invalid, so every store (PostgreSQL
    // cannot hold NUL in text) keeps the same text, and offsets stay one code point each.
    qint64 nuls = 0;
    for (QChar &c : text) {
        if (c.unicode() == 0) {
            c = QChar::ReplacementCharacter;
            ++nuls;
        }
    }
    result.ok = true;
    result.decoded.text = text;
    result.decoded.invalidSequences = invalid + nuls;
    return result;
}

} // namespace ub
