// What the figure model sees of a figure: named features of its measure word and its context.
#pragma once

#include "figure.h"

#include <QLatin1StringView>
#include <QStringView>

namespace ub {

class TermIndex;

/** A figure and the spans of text around it, all indexes into the compact matching text. */
struct FigureWindow
{
    QStringView text; ///< the document's compact matching text (the TermIndex's text)
    qsizetype start = 0; ///< the quote: qualifier, number, measure word
    qsizetype end = 0;
    qsizetype numberStart = 0;
    qsizetype measureStart = 0; ///< == measureEnd when the unit was inferred
    qsizetype measureEnd = 0;
    qsizetype clauseStart = 0; ///< between , ; 。 :
    qsizetype clauseEnd = 0;
    qsizetype partStart = 0; ///< up to ; or 。
    qsizetype partEnd = 0;
    qsizetype sentenceStart = 0;
    qsizetype sentenceEnd = 0;
    QStringView itemTitle; ///< normalised title of the 十大亮点 item holding the figure, or empty
    Unit unit = Unit::Other;
    Qualifier qualifier = Qualifier::Exact;
    double value = 0;
};

/** Receives features as a prefix naming what is measured, a payload and an optional tag saying
 *  where it stands: ("a2", "会员"), ("ti", "new_members", "b0"). */
class FeatureSink
{
public:
    virtual ~FeatureSink() = default;
    virtual void add(QLatin1StringView prefix, QStringView payload, QLatin1StringView tag = {}) = 0;
    /** The same feature with its featureHash() known already: a sink that wants only the hash
     *  (the model's scorer) takes it instead of hashing again. */
    virtual void addHashed(quint64 hash, QLatin1StringView prefix, QStringView payload, QLatin1StringView tag)
    {
        Q_UNUSED(hash);
        add(prefix, payload, tag);
    }
};

/**
 * Sends the features of one figure to sink: its unit, qualifier, measure word and magnitude; the
 * characters right after it (what is counted: 名新会员 → a2=新会) and right before it (the verb:
 * 新增, 累计, 共有); the character pairs of its clause before and after it, of the rest of its
 * sentence part, of the rest of its sentence and of its 十大亮点 item title; and every lexicon term
 * and indicator trigger in those scopes, tagged with how near the number it stands, each lexicon
 * feature once however many overlapping words give it. Other features may repeat (a pair seen
 * twice); the model adds the weights of every arrival, as it was trained. The training script
 * (scripts/train_figure_model.py) reads the same features through `unionboard-cli extract
 * --features`, so there is one definition of them.
 */
void collectFigureFeatures(const FigureWindow &window, const TermIndex &index, FeatureSink &sink);

/** The feature's name as the model file writes it: prefix ':' payload, then '@' tag if there is one. */
QString featureName(QLatin1StringView prefix, QStringView payload, QLatin1StringView tag = {});

namespace featureHashing {
constexpr quint64 kOffset = 14695981039346656037ull;
constexpr quint64 kPrime = 1099511628211ull;
inline void mix(quint64 &hash, char16_t unit)
{
    hash ^= unit;
    hash *= kPrime;
}
} // namespace featureHashing

/** A 64-bit FNV-1a hash of featureName(prefix, payload, tag), computed without building it.
 *  Inline: it runs for every feature of every figure (#19). */
inline quint64 featureHash(QLatin1StringView prefix, QStringView payload, QLatin1StringView tag = {})
{
    using featureHashing::mix;
    quint64 hash = featureHashing::kOffset;
    for (char c : prefix)
        mix(hash, char16_t(static_cast<unsigned char>(c)));
    mix(hash, u':');
    for (QChar c : payload)
        mix(hash, c.unicode());
    if (!tag.isEmpty()) {
        mix(hash, u'@');
        for (char c : tag)
            mix(hash, char16_t(static_cast<unsigned char>(c)));
    }
    return hash;
}
/** The same hash of a name as written ("ti:new_members@b0"). */
quint64 featureHash(QStringView name);

} // namespace ub
