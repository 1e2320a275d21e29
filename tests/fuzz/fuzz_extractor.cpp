// libFuzzer target for ub::Extractor::extract, with ExtractOptions::paged on and off (first byte):
// every figure's code-point span lies inside the text, its quote is the text of that span, and its
// sentence starts at or before it.
#include "codepoints.h"
#include "extractor.h"

#include <QString>

#include <cstdint>
#include <cstdlib>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const ub::Extractor extractor; // loads the gazetteer and lexicons once
    if (size == 0)
        return 0;
    ub::ExtractOptions options;
    options.paged = (data[0] & 1) != 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const ub::ExtractionResult result = extractor.extract(text, u"fuzz.txt"_s, options);
    const qint64 length = ub::codePointCount(text);
    for (const ub::Figure &figure : result.figures) {
        if (figure.start < 0 || figure.end < figure.start || figure.end > length)
            std::abort();
        if (figure.sentenceStart < 0 || figure.sentenceStart > figure.start)
            std::abort();
        const qsizetype from = ub::utf16IndexOfCodePoint(text, figure.start);
        const qsizetype to = ub::utf16IndexOfCodePoint(text, figure.end);
        if (QStringView(text).mid(from, to - from) != figure.quote)
            std::abort();
        if (!options.paged && figure.page != 0)
            std::abort();
    }
    return 0;
}
