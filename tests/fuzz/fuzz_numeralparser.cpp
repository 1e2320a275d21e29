// libFuzzer target for ub::parseNumberAt: tokens stay inside the text, never go backwards, and a
// scanner that resumes at each token's end reads any text in linear time.
#include "numeralparser.h"

#include <QString>

#include <cmath>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    qsizetype pos = 0;
    while (pos < text.size()) {
        const ub::NumberToken token = ub::parseNumberAt(text, pos);
        if (token.start != pos || token.end < token.start || token.end > text.size())
            std::abort();
        if (token.valid && (std::isnan(token.value) || token.value < 0))
            std::abort();
        if (token.lastScalePos >= 0 && (token.lastScalePos < token.start || token.lastScalePos >= token.end))
            std::abort();
        pos = token.end > pos ? token.end : pos + 1;
    }
    return 0;
}
