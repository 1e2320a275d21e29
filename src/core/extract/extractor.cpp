#include "extractor.h"

#include "categoryclassifier.h"
#include "codepoints.h"
#include "figurescanner.h"
#include "gazetteer.h"
#include "normalizer.h"
#include "regionresolver.h"
#include "repeatlinker.h"
#include "sentencesegmenter.h"
#include "structurerecognizer.h"
#include "yearresolver.h"

namespace ub {

namespace {

constexpr qsizetype kMaxClause = 200; ///< clause boundaries are looked for this far, keeping it linear
constexpr qsizetype kSubjectLength = 10;
/** A sentence longer than this (an 8 MB line without a full stop) is cut to a window around the
 *  figure, so that provenance and year lookup stay linear in the input. */
constexpr qsizetype kSentenceReach = 300;

bool isClauseMark(QChar c)
{
    return c == u',' || c == u';' || c == u':' || c == u'。' || c == u'!' || c == u'?';
}

bool isPartMark(QChar c) { return c == u';' || c == u'。' || c == u'!' || c == u'?'; }

bool isHan(QChar c) { return c.unicode() >= 0x3400 && c.unicode() <= 0x9FFF; }

/** What is counted, as a short label: the noun after the measure word, else the words before the number. */
QString subjectOf(QStringView text, const FigureCandidate &figure, qsizetype clauseStart, const Indicator *indicator)
{
    QString after;
    for (qsizetype k = figure.end; k < text.size() && after.size() < kSubjectLength; ++k) {
        const QChar c = text[k];
        if (c == u'“' || c == u'”')
            continue;
        if (!isHan(c) || c == u'的' || c == u'参' || c == u'和')
            break;
        after.append(c);
    }
    if (after.size() >= 2 && figure.measureEnd > figure.measureStart)
        return after;
    if (indicator)
        return indicator->zhName;
    QString before;
    for (qsizetype k = figure.start - 1; k >= clauseStart && before.size() < kSubjectLength; --k) {
        const QChar c = text[k];
        if (c == u'“' || c == u'”')
            continue;
        if (!isHan(c))
            break;
        before.prepend(c);
    }
    return before;
}

/** The original text of [start, end), without the layout whitespace of hard wraps. */
QString withoutLayout(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (!c.isSpace())
            out.append(c);
    }
    return out;
}

/** The normalised and compact texts of the document being extracted, its sentences and its
 *  candidate figures, kept per thread. */
struct MatchingBuffers
{
    MappedText normalized;
    MappedText compact;
    QList<TextSpan> sentences;
    QList<FigureCandidate> candidates;
};

constexpr qsizetype kKeptBufferChars = 1 << 20; ///< larger buffers are released after use

/** Lets go of the buffers after an extract() call that grew them past kKeptBufferChars.
 *  (extract() never calls itself, so one set per thread is enough.) */
class BuffersInUse
{
public:
    explicit BuffersInUse(MatchingBuffers &buffers) : m_buffers(buffers) { }
    ~BuffersInUse()
    {
        if (m_buffers.normalized.text.capacity() > kKeptBufferChars
            || m_buffers.compact.text.capacity() > kKeptBufferChars
            || m_buffers.sentences.capacity() > kKeptBufferChars / 16
            || m_buffers.candidates.capacity() > kKeptBufferChars / 16) {
            m_buffers = MatchingBuffers();
        }
    }
    BuffersInUse(const BuffersInUse &) = delete;
    BuffersInUse &operator=(const BuffersInUse &) = delete;

private:
    MatchingBuffers &m_buffers;
};

} // namespace

struct Extractor::Private
{
};

Extractor::Extractor()
    : d(new Private)
{
}

Extractor::~Extractor() { delete d; }

ExtractionResult Extractor::extract(const QString &text, const QString &documentName,
                                    const ExtractOptions &options) const
{
    ExtractionResult result;
    result.documentName = documentName;
    const Gazetteer &gazetteer = Gazetteer::shaanxi();
    const CategoryClassifier &classifier = CategoryClassifier::instance();

    // The two matching texts live in per-thread buffers reused from document to document: fresh
    // ones cost 12 bytes per character of allocation and page faults, which after an import has
    // given its memory back dominated the extraction of the next document (#7). A buffer grown
    // by a huge document is let go afterwards rather than kept.
    thread_local MatchingBuffers buffers;
    const BuffersInUse inUse(buffers);
    normalizeForMatching(text, buffers.normalized);
    compactForMatching(buffers.normalized, buffers.compact);
    const MappedText &normalized = buffers.normalized;
    const MappedText &compact = buffers.compact;
    const QStringView match(compact.text);
    const StructureAnalysis analysis = recognizeStructure(text, normalized, gazetteer);
    sentenceSpans(match, buffers.sentences);
    const QList<TextSpan> &sentences = buffers.sentences;
    const QList<RegionMention> mentions = gazetteer.findMentions(match);
    scanFigures(match, buffers.candidates);
    const QList<FigureCandidate> &candidates = buffers.candidates;
    const CodePointIndex codePoints(text);
    const CategoryTermIndex termIndex(classifier, match);

    QList<qsizetype> pageBreaks;
    if (options.paged) {
        for (qsizetype k = 0; k < text.size(); ++k) {
            if (text[k] == u'\f')
                pageBreaks.append(k);
        }
    }

    // Every candidate becomes a figure: built in place, not moved in.
    result.figures.resize(candidates.size());
    // Neighbouring figures usually share their sentence: share its string too instead of copying it.
    qsizetype lastSentenceStart = -1;
    qsizetype lastSentenceEnd = -1;
    QString lastSentence;
    qsizetype sentenceIndex = 0;
    qsizetype spanIndex = 0;
    qsizetype pageIndex = 0;
    for (qsizetype k = 0; k < candidates.size(); ++k) {
        const FigureCandidate &candidate = candidates.at(k);
        Figure &figure = result.figures[k];
        const qsizetype originalStart = compact.originalStart(candidate.start);
        const qsizetype originalEnd = compact.originalEnd(candidate.end, text);
        figure.start = codePoints.codePointOffset(originalStart);
        figure.end = codePoints.codePointOffset(originalEnd);
        figure.quote = text.sliced(originalStart, originalEnd - originalStart);
        figure.value = candidate.value;
        figure.unit = candidate.unit;
        figure.qualifier = candidate.qualifier;
        if (candidate.measureEnd > candidate.measureStart) {
            const qsizetype measureStart = compact.originalStart(candidate.measureStart);
            const qsizetype measureEnd = compact.originalEnd(candidate.measureEnd, text);
            figure.unitText = withoutLayout(QStringView(text).sliced(measureStart, measureEnd - measureStart));
            if (candidate.unit == Unit::Cny && candidate.scalePos >= 0) {
                const qsizetype scale = compact.originalStart(candidate.scalePos);
                figure.unitText.prepend(text[scale]);
            }
        }

        // Sentence (monotone cursor: candidates come in text order).
        while (sentenceIndex + 1 < sentences.size() && sentences.at(sentenceIndex).end <= candidate.numberStart)
            ++sentenceIndex;
        TextSpan sentence = sentences.isEmpty() ? TextSpan{0, match.size()} : sentences.at(sentenceIndex);
        sentence.start = qMax(sentence.start, candidate.start - kSentenceReach);
        sentence.end = qMin(sentence.end, candidate.end + kSentenceReach);
        const qsizetype sentenceOriginalStart = compact.originalStart(sentence.start);
        const qsizetype sentenceOriginalEnd = compact.originalEnd(sentence.end, text);
        if (sentenceOriginalStart != lastSentenceStart || sentenceOriginalEnd != lastSentenceEnd) {
            lastSentence = text.sliced(sentenceOriginalStart, sentenceOriginalEnd - sentenceOriginalStart).trimmed();
            lastSentenceStart = sentenceOriginalStart;
            lastSentenceEnd = sentenceOriginalEnd;
        }
        figure.sentence = lastSentence;
        figure.sentenceStart = codePoints.codePointOffset(sentenceOriginalStart);

        // Clause and sentence part around the figure.
        qsizetype clauseStart = candidate.start;
        while (clauseStart > sentence.start && candidate.start - clauseStart < kMaxClause
               && !isClauseMark(match[clauseStart - 1]))
            --clauseStart;
        qsizetype clauseEnd = candidate.end;
        while (clauseEnd < sentence.end && clauseEnd - candidate.end < kMaxClause && !isClauseMark(match[clauseEnd]))
            ++clauseEnd;
        qsizetype partStart = clauseStart;
        while (partStart > sentence.start && candidate.start - partStart < kMaxClause * 2
               && !isPartMark(match[partStart - 1]))
            --partStart;
        qsizetype partEnd = clauseEnd;
        while (partEnd < sentence.end && partEnd - candidate.end < kMaxClause * 2 && !isPartMark(match[partEnd]))
            ++partEnd;

        // Region and year by document structure, then the clause's own subject and year.
        while (spanIndex + 1 < analysis.spans.size() && analysis.spans.at(spanIndex).end <= originalStart)
            ++spanIndex;
        if (!analysis.spans.isEmpty()) {
            const AttributionSpan &span = analysis.spans.at(spanIndex);
            figure.region = span.region;
            figure.subregion = span.subregion;
            figure.year = span.year;
            figure.block = span.block;
        } else {
            figure.region = analysis.structure.region;
            figure.year = analysis.structure.year;
        }
        ClauseSubject subject = clauseSubject(match, mentions, clauseStart, candidate.start);
        if (subject.region.isEmpty())
            subject = clauseSubject(match, mentions, partStart, candidate.start);
        if (!subject.region.isEmpty()) {
            figure.region = subject.region;
            figure.subregion = subject.subregion;
        }
        if (const int year = explicitYearBefore(match.sliced(sentence.start, sentence.end - sentence.start),
                                                candidate.start - sentence.start))
            figure.year = year;

        // 十大亮点 item.
        QStringView itemTitle;
        for (const ItemSpan &item : analysis.items) {
            if (originalStart >= item.start && originalStart < item.end) {
                figure.highlightItem = item.number;
                itemTitle = item.title;
                break;
            }
        }

        CategoryContext context;
        context.segment = match.sliced(clauseStart, clauseEnd - clauseStart);
        context.positionInSegment = candidate.start - clauseStart;
        context.part = match.sliced(partStart, partEnd - partStart);
        context.sentence = match.sliced(sentence.start, sentence.end - sentence.start);
        context.itemTitle = itemTitle;
        context.unit = figure.unit;
        const Classification classification = classifier.classify(context, termIndex);
        figure.category = classification.category;
        if (classification.indicator)
            figure.indicator = classification.indicator->key;
        figure.subject = subjectOf(match, candidate, clauseStart, classification.indicator);

        if (options.paged) {
            while (pageIndex < pageBreaks.size() && pageBreaks.at(pageIndex) < originalStart)
                ++pageIndex;
            figure.page = static_cast<int>(pageIndex) + 1;
        }
    }
    linkRepeats(result.figures);

    // The structure, with code-point offsets like every other span.
    result.structure = analysis.structure;
    for (HighlightItem &item : result.structure.highlights) {
        item.start = codePoints.codePointOffset(item.start);
        item.end = codePoints.codePointOffset(item.end);
    }
    for (Block &block : result.structure.blocks) {
        block.start = codePoints.codePointOffset(block.start);
        block.end = codePoints.codePointOffset(block.end);
    }
    return result;
}

} // namespace ub
