#include "sentencesegmenter.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

#include <limits>
#include <memory>

namespace ub {

namespace {

/** ICU break iterators are expensive to create but not thread-safe: clone one prototype per call. */
const icu::BreakIterator *prototype()
{
    static const std::unique_ptr<icu::BreakIterator> instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::BreakIterator> it(
            icu::BreakIterator::createSentenceInstance(icu::Locale::getChinese(), status));
        if (U_FAILURE(status))
            it.reset();
        return it;
    }();
    return instance.get();
}

} // namespace

QList<TextSpan> sentenceSpans(QStringView text)
{
    QList<TextSpan> spans;
    sentenceSpans(text, spans);
    return spans;
}

void sentenceSpans(QStringView text, QList<TextSpan> &spans)
{
    spans.clear();
    if (text.isEmpty())
        return;
    const icu::BreakIterator *proto = prototype();
    if (!proto || text.size() > std::numeric_limits<int32_t>::max()) {
        spans.append({0, text.size()});
        return;
    }
    std::unique_ptr<icu::BreakIterator> it(proto->clone());
    // Through a UText over the caller's buffer: setText(UnicodeString) copies the whole text into
    // a StringCharacterIterator first (#7).
    UErrorCode status = U_ZERO_ERROR;
    UText *source = utext_openUChars(nullptr, reinterpret_cast<const UChar *>(text.utf16()),
                                     static_cast<int64_t>(text.size()), &status);
    if (U_FAILURE(status)) {
        spans.append({0, text.size()});
        return;
    }
    it->setText(source, status);
    if (U_FAILURE(status)) {
        utext_close(source);
        spans.append({0, text.size()});
        return;
    }
    int32_t start = it->first();
    for (int32_t end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next())
        spans.append({start, end});
    it.reset(); // it holds a shallow clone of source
    utext_close(source);
    if (spans.isEmpty())
        spans.append({0, text.size()});
    return;
}

} // namespace ub
