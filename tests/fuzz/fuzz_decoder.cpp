// libFuzzer target for ub::decodeText: any bytes decode or are rejected with a message naming the
// file, never crash; decoded text is valid UTF-16 and the invalid-sequence count is sane.
#include "textdecoder.h"

#include <QString>

#include <cstdint>
#include <cstdlib>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString fileName = u"fuzz.txt"_s;
    const ub::DecodeResult result = ub::decodeText(bytes, fileName);
    if (!result.ok) {
        // A rejection must say which file it was.
        if (!result.error.contains(fileName))
            std::abort();
        return 0;
    }
    const ub::DecodedText &decoded = result.decoded;
    if (decoded.encoding.isEmpty() || decoded.invalidSequences < 0 || decoded.invalidSequences > qint64(size))
        std::abort();
    // No lone surrogates: every offset the app stores counts code points of well-formed text.
    const QString &text = decoded.text;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate()) {
            if (i + 1 >= text.size() || !text.at(i + 1).isLowSurrogate())
                std::abort();
            ++i;
        } else if (c.isLowSurrogate()) {
            std::abort();
        }
    }
    return 0;
}
