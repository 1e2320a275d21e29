// Deciding a figure's indicator, category and kind with the trained figure model.
#pragma once

#include "figure.h"
#include "linearmodel.h"

namespace ub {

struct Indicator;
struct FigureWindow;
class TermIndex;

struct Classification
{
    Category category = Category::Other;
    const Indicator *indicator = nullptr;
    FigureKind kind = FigureKind::Flow;
};

/**
 * Applies the figure model (data/model/figure_model.tsv, trained from the annotated figures by
 * scripts/train_figure_model.py) under the catalogue's rules: the indicator is the best one counted
 * in the figure's unit (or none); then, with that indicator known, the category is the best one the
 * indicator allows (money is always funds) and the kind the best one (a percentage is a rate). The
 * decisions are data; this class only enforces that they agree with each other.
 */
class FigureClassifier
{
public:
    /** The classifier over the embedded model. */
    static const FigureClassifier &instance();
    /** A classifier over another model (tests use small hand-made weights). */
    explicit FigureClassifier(LinearModel model);

    /** Why the embedded model could not be read, or empty. */
    QString loadError() const { return m_loadError; }
    const LinearModel &model() const { return m_model; }

    /** Classifies one figure; scorer is a ModelScorer over model(), reused from figure to figure.
     *  previous is the indicator of the figure before it in the same sentence, if any (in a list
     *  such as 其中工会自建57家、政府兴建164家 the items share what the sentence counts). */
    Classification classify(const FigureWindow &window, const TermIndex &index, ModelScorer &scorer,
                            const Indicator *previous = nullptr, bool hasPrevious = false) const;

    /** The feature naming the previous figure's indicator, for the training script. */
    static void addPreviousFeature(const Indicator *previous, FeatureSink &sink);

    /** The features the classifier adds once the indicator is known, for the training script. */
    static void addIndicatorFeatures(const Indicator *indicator, FeatureSink &sink);

private:
    FigureClassifier();
    void resolveHeads();

    LinearModel m_model;
    QString m_loadError;
    int m_indicatorHead = -1;
    int m_categoryHead = -1;
    int m_kindHead = -1;
    std::vector<const Indicator *> m_indicatorOfClass; ///< per class of the indicator head
    /** Per class of the indicator head: bit u set when the class may be chosen for a figure in
     *  Unit u (a known indicator counted in u, or the empty class). */
    std::vector<quint32> m_indicatorUnits;
    std::vector<std::optional<Category>> m_categoryOfClass;
    std::vector<std::optional<FigureKind>> m_kindOfClass;
};

} // namespace ub
