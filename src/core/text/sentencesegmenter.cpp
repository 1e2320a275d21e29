#include "sentencesegmenter.h"

namespace ub {

namespace {

bool isTerminator(char16_t c)
{
    return c == u'。' || c == u'！' || c == u'？' || c == u'!' || c == u'?' || c == u'．';
}

/** Closing marks that stay with the sentence they end: 。” ！） ？」. */
bool isCloser(char16_t c)
{
    switch (c) {
    case u'”': case u'’': case u'"': case u'\'': case u')': case u'）': case u'】': case u'」': case u'』':
    case u'》': case u'〕':
        return true;
    default:
        return false;
    }
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
    const qsizetype size = text.size();
    const char16_t *data = text.utf16();
    qsizetype start = 0;
    for (qsizetype i = 0; i < size; ++i) {
        // Most units are ideographs, which end nothing: one range test passes them (#19).
        if (char16_t(data[i] - 0x3400) <= char16_t(0x9FFF - 0x3400))
            continue;
        if (!isTerminator(data[i]) && data[i] != u'\n' && data[i] != u'\u2029')
            continue;
        // A run of terminators (？！, 。。), then the closing quotes and brackets after it, end it.
        qsizetype end = i + 1;
        while (end < size && isTerminator(data[end]))
            ++end;
        while (end < size && isCloser(data[end]))
            ++end;
        spans.append({start, end});
        start = end;
        i = end - 1;
    }
    if (start < size)
        spans.append({start, size});
}

} // namespace ub
