#include "figureclassifier.h"

#include "figurefeatures.h"
#include "indicatorcatalogue.h"

#include <algorithm>
#include <limits>
#include <optional>

namespace ub {

FigureClassifier::FigureClassifier()
{
    QString error;
    if (!m_model.load(QStringLiteral(":/ub/data/model/figure_model.tsv"), &error))
        m_loadError = error;
    resolveHeads();
}

FigureClassifier::FigureClassifier(LinearModel model) : m_model(std::move(model)) { resolveHeads(); }

const FigureClassifier &FigureClassifier::instance()
{
    static const FigureClassifier classifier;
    return classifier;
}

void FigureClassifier::resolveHeads()
{
    m_indicatorHead = m_model.headIndex(u"indicator");
    m_categoryHead = m_model.headIndex(u"category");
    m_kindHead = m_model.headIndex(u"kind");
    const IndicatorCatalogue &catalogue = IndicatorCatalogue::instance();
    if (m_indicatorHead >= 0) {
        for (const QString &key : m_model.heads().at(m_indicatorHead).classes) {
            const Indicator *indicator = key.isEmpty() ? nullptr : catalogue.find(key);
            m_indicatorOfClass.push_back(indicator);
            quint32 units = 0;
            for (int unit = 0; unit <= int(Unit::Other); ++unit) {
                if (key.isEmpty() || (indicator && indicator->countsIn(Unit(unit))))
                    units |= quint32(1) << unit;
            }
            m_indicatorUnits.push_back(units);
        }
    }
    if (m_categoryHead >= 0) {
        for (const QString &key : m_model.heads().at(m_categoryHead).classes)
            m_categoryOfClass.push_back(categoryFromKey(key));
    }
    if (m_kindHead >= 0) {
        for (const QString &key : m_model.heads().at(m_kindHead).classes)
            m_kindOfClass.push_back(figureKindFromKey(key));
    }
}

void FigureClassifier::addIndicatorFeatures(const Indicator *indicator, FeatureSink &sink)
{
    sink.add(QLatin1StringView("ind"), indicator ? QStringView(indicator->key) : QStringView(u"-"));
    if (indicator) {
        sink.add(QLatin1StringView("ik"), indicator->kindKey);
        sink.add(QLatin1StringView("ic"), indicator->categoryKey);
    }
}

void FigureClassifier::addPreviousFeature(const Indicator *previous, FeatureSink &sink)
{
    sink.add(QLatin1StringView("prev"), previous ? QStringView(previous->key) : QStringView(u"-"));
}

Classification FigureClassifier::classify(const FigureWindow &window, const TermIndex &index, ModelScorer &scorer,
                                          const Indicator *previous, bool hasPrevious) const
{
    Classification result;
    scorer.clear();
    collectFigureFeatures(window, index, scorer);
    if (hasPrevious)
        addPreviousFeature(previous, scorer);

    // The indicator: the best one counted in this unit, or none.
    const quint32 unitBit = quint32(1) << int(window.unit);
    // The best-scoring class counted in the figure's unit that accept() takes, if any.
    const auto bestIndicatorWhere = [&](auto accept) -> std::optional<const Indicator *> {
        std::optional<const Indicator *> found;
        float best = -std::numeric_limits<float>::infinity();
        for (std::size_t c = 0; c < m_indicatorOfClass.size(); ++c) {
            if (!(m_indicatorUnits[c] & unitBit) || !accept(m_indicatorOfClass[c]))
                continue;
            if (scorer.score(m_indicatorHead, qsizetype(c)) > best) {
                best = scorer.score(m_indicatorHead, qsizetype(c));
                found = m_indicatorOfClass[c];
            }
        }
        return found;
    };
    if (m_indicatorHead >= 0)
        result.indicator = bestIndicatorWhere([](const Indicator *) { return true; }).value_or(nullptr);

    // Money "not one of the above" is one of the above when that one's wording stands near:
    // 下拨150.7万元开展农民工专项帮扶 is relief; and a specific indicator whose wording stands nowhere
    // near gives way to the residual one whose wording does: 筹集资金120万元 raises funds.
    // (scripts/train_figure_model.py decodes alike.)
    if (result.indicator) {
        const auto &near = scorer.nearTriggers();
        const auto isNear = [&near](const Indicator *indicator) {
            return std::find(near.begin(), near.end(), QStringView(indicator->key)) != near.end();
        };
        const bool residual = result.indicator->residual;
        if (residual || !isNear(result.indicator)) {
            const auto replacement = bestIndicatorWhere([&](const Indicator *candidate) {
                return candidate && candidate->residual != residual && isNear(candidate);
            });
            if (replacement)
                result.indicator = *replacement;
        }
    }

    // With the indicator known: its category and the figure's kind.
    // Its features join the scores already summed.
    addIndicatorFeatures(result.indicator, scorer);
    if (window.unit == Unit::Cny) {
        result.category = Category::Funds;
    } else if (m_categoryHead >= 0) {
        float best = -std::numeric_limits<float>::infinity();
        bool found = false;
        for (std::size_t c = 0; c < m_categoryOfClass.size(); ++c) {
            const std::optional<Category> category = m_categoryOfClass[c];
            if (!category || *category == Category::Funds
                || (result.indicator && !result.indicator->categories.contains(*category)))
                continue;
            if (scorer.score(m_categoryHead, qsizetype(c)) > best) {
                best = scorer.score(m_categoryHead, qsizetype(c));
                result.category = *category;
                found = true;
            }
        }
        if (!found && result.indicator)
            result.category = result.indicator->category;
    } else if (result.indicator) {
        result.category = result.indicator->category;
    }
    if (window.unit == Unit::Percent) {
        result.kind = FigureKind::Rate;
    } else if (m_kindHead >= 0) {
        float best = -std::numeric_limits<float>::infinity();
        for (std::size_t c = 0; c < m_kindOfClass.size(); ++c) {
            if (m_kindOfClass[c] && scorer.score(m_kindHead, qsizetype(c)) > best) {
                best = scorer.score(m_kindHead, qsizetype(c));
                result.kind = *m_kindOfClass[c];
            }
        }
    } else if (result.indicator) {
        result.kind = result.indicator->kind;
    }
    return result;
}

} // namespace ub
