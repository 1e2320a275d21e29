// A small engine for linear models over named features: weights read from a data file, scores summed.
#pragma once

#include "figurefeatures.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace ub {

/**
 * Multiclass linear models ("heads") sharing one feature space, as scripts/train_figure_model.py
 * writes them (data/model/figure_model.tsv):
 *
 *     head   <name>  <class> <class> …          ("-" is the empty class)
 *     bias   <name>  <weight> <weight> …
 *     w      <feature>  <head name>  <class index>:<weight> …
 *
 * A head's score for a class is its bias plus the weights of the features present, each counted
 * once; the best class is the one with the highest score. Features are looked up by their 64-bit
 * featureHash, so scoring builds no strings.
 */
class LinearModel
{
public:
    struct Head
    {
        QString name;
        QStringList classes; ///< "" for the empty class
        std::vector<float> bias;
    };

    /** Reads a model; on failure returns false and says why, naming the file and the line. */
    bool load(const QString &path, QString *error);
    /** The same from text (tests give small hand-made weights). */
    bool loadText(const QString &text, const QString &source, QString *error);

    const QList<Head> &heads() const { return m_heads; }
    int headIndex(QStringView name) const;
    qsizetype featureCount() const { return m_features; }

    /** Adds the feature's weights to scores, every head's classes in one array (head h's class c at
     *  headOffset(h) + c; scoreCount() floats). */
    void addFeature(quint64 hash, float *scores) const
    {
        const Weights *row = find(hash);
        if (!row)
            return;
        if (row->dense) {
            addDense(m_dense.data() + row->offset, scores);
            return;
        }
        const Entry *entry = m_entries.data() + row->offset;
        for (const Entry *end = entry + row->count; entry != end; ++entry)
            scores[entry->slot] += entry->weight;
    }
    /** Where head's class scores start in the one array of all scores. */
    qsizetype headOffset(int head) const { return m_headOffsets.at(head); }
    /** Every head's bias, in that array's layout, padded with zeros to scoreCount(). */
    const std::vector<float> &biases() const { return m_biases; }
    std::size_t scoreCount() const { return m_biases.size(); }

private:
    struct Entry
    {
        quint32 slot; ///< headOffset(head) + class
        float weight;
    };
    /** Where a feature's weights are. */
    struct Weights
    {
        quint32 offset = 0; ///< into m_entries, or into m_dense for a dense row
        quint32 count : 31; ///< 0: an empty slot
        quint32 dense : 1;
        Weights() : count(0), dense(0) { }
    };
    /** A slot of the table the file is read into. */
    struct Row
    {
        quint64 hash = 0;
        Weights weights;
    };
    /** A feature with weights for most classes (the unit, the magnitude, a common word) is kept as
     *  a row of every score, added four at a time: one add per entry was most of the scoring's
     *  time (#19). Each score still receives the same weights in the same order. */
    static constexpr quint32 kDenseEntries = 8;
    static constexpr std::size_t kLanes = 8; ///< scores and dense rows are padded to a multiple
    void addDense(const float *weights, float *scores) const { addDenseRow(weights, scores, m_biases.size()); }
    static void addDenseRow(const float *weights, float *scores, std::size_t count);
    /** Once everything is read: turns the rows with kDenseEntries or more weights dense, and
     *  builds the table features are looked up in. */
    void finishLoading();
    /** The feature's weights, or nullptr. An open-addressing table of the features' hashes alone,
     *  half full, 8 bytes a slot: a feature that is not in the model (most of a figure's pairs)
     *  is turned away without touching its weights' slot, and the table stays in the caches that
     *  an import between two documents leaves (#15, #19). Hash 0 marks an empty slot; a feature
     *  hashing to 0 has a slot of its own. */
    const Weights *find(quint64 hash) const
    {
        if (hash == 0)
            return m_zeroHashWeights.count ? &m_zeroHashWeights : nullptr;
        if (m_keys.empty())
            return nullptr;
        for (std::size_t slot = hash & m_mask;; slot = (slot + 1) & m_mask) {
            const quint64 key = m_keys[slot];
            if (key == hash)
                return &m_weights[slot];
            if (key == 0)
                return nullptr;
        }
    }
    Row *findOrInsert(quint64 hash);

    QList<Head> m_heads;
    QList<qsizetype> m_headOffsets;
    std::vector<float> m_biases;
    std::vector<Row> m_rows; ///< while reading: a power of two in size, at most half full
    std::size_t m_rowMask = 0;
    std::vector<quint64> m_keys;       ///< the look-up table: features' hashes, 0 for none
    std::vector<Weights> m_weights;    ///< beside m_keys, slot for slot
    std::size_t m_mask = 0;
    Weights m_zeroHashWeights;
    qsizetype m_features = 0;
    std::vector<Entry> m_entries;
    std::vector<float> m_dense; ///< scoreCount() floats per dense row
};

/**
 * A FeatureSink that scores what it receives with a model, as it arrives: every arrival of a
 * feature adds its weights (the model was trained on feature counts, scripts/train_figure_model.py).
 */
class ModelScorer final : public FeatureSink
{
public:
    explicit ModelScorer(const LinearModel &model) : m_model(model) { clear(); }
    void add(QLatin1StringView prefix, QStringView payload, QLatin1StringView tag = {}) override
    {
        m_model.addFeature(featureHash(prefix, payload, tag), m_scores.data());
    }
    void addHashed(quint64 hash, QLatin1StringView prefix, QStringView payload, QLatin1StringView tag) override
    {
        m_model.addFeature(hash, m_scores.data());
        if (prefix.size() == 2 && prefix[0] == 't' && prefix[1] == 'i' && isNearTag(tag))
            m_nearTriggers.push_back(payload);
    }
    /** Starts a new figure: scores back to the biases. */
    void clear()
    {
        m_scores = m_model.biases();
        m_nearTriggers.clear();
    }
    /** The indicators ("ti:" features) whose triggers stood in the figure's clause or sentence
     *  part, since clear(): the payloads point into the term lexicon, which outlives the scorer. */
    const std::vector<QStringView> &nearTriggers() const { return m_nearTriggers; }
    /** Score of head's class for the features added since clear(). */
    float score(int head, qsizetype label) const { return m_scores[std::size_t(m_model.headOffset(head) + label)]; }

private:
    /** b0 b1 b2 a0 a1 p: the clause before and after the number, and its sentence part. */
    static bool isNearTag(QLatin1StringView tag)
    {
        return (tag.size() == 2 && (tag[0] == 'b' || tag[0] == 'a')) || tag == QLatin1StringView("p");
    }
    const LinearModel &m_model;
    std::vector<float> m_scores;
    std::vector<QStringView> m_nearTriggers;
};

} // namespace ub
