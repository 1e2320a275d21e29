#include "linearmodel.h"

#include <QFile>


namespace ub {

bool LinearModel::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return loadText(QString::fromUtf8(file.readAll()), path, error);
}

LinearModel::Row *LinearModel::findOrInsert(quint64 hash)
{
    for (std::size_t slot = hash & m_rowMask;; slot = (slot + 1) & m_rowMask) {
        Row &row = m_rows[slot];
        if (row.weights.count == 0 || row.hash == hash) {
            row.hash = hash;
            return &row;
        }
    }
}

bool LinearModel::loadText(const QString &text, const QString &source, QString *error)
{
    m_heads.clear();
    m_headOffsets.clear();
    m_biases.clear();
    m_rows.clear();
    m_keys.clear();
    m_weights.clear();
    m_entries.clear();
    m_dense.clear();
    m_features = 0;
    int lineNumber = 0;
    auto fail = [&](const QString &why) {
        if (error)
            *error = QStringLiteral("%1:%2: %3").arg(source).arg(lineNumber).arg(why);
        m_heads.clear();
        m_headOffsets.clear();
        m_biases.clear();
        m_rows.clear();
        m_keys.clear();
        m_weights.clear();
        m_entries.clear();
        m_dense.clear();
        m_features = 0;
        return false;
    };
    const qsizetype weightLines = QStringView(text).count(QStringLiteral("\nw\t"));
    std::size_t capacity = 16;
    while (capacity < std::size_t(weightLines) * 2 + 16)
        capacity *= 2;
    m_rows.assign(capacity, Row());
    m_rowMask = capacity - 1;
    quint64 lastHash = 0;
    bool haveLast = false;
    for (QStringView line : QStringView(text).split(u'\n')) {
        ++lineNumber;
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QList<QStringView> fields = line.split(u'\t');
        if (fields.first() == u"head") {
            if (fields.size() < 3)
                return fail(QStringLiteral("a head needs a name and classes"));
            Head head;
            head.name = fields.at(1).toString();
            for (qsizetype k = 2; k < fields.size(); ++k)
                head.classes << (fields.at(k) == u"-" ? QString() : fields.at(k).toString());
            head.bias.assign(std::size_t(head.classes.size()), 0.0f);
            m_headOffsets.append(qsizetype(m_biases.size()));
            m_biases.resize(m_biases.size() + std::size_t(head.classes.size()), 0.0f);
            m_heads.append(head);
        } else if (fields.first() == u"bias") {
            const int head = fields.size() > 1 ? headIndex(fields.at(1)) : -1;
            if (head < 0 || fields.size() != m_heads.at(head).classes.size() + 2)
                return fail(QStringLiteral("a bias line needs a known head and one weight per class"));
            for (qsizetype k = 2; k < fields.size(); ++k) {
                m_heads[head].bias[std::size_t(k - 2)] = fields.at(k).toFloat();
                m_biases[std::size_t(m_headOffsets.at(head) + k - 2)] = fields.at(k).toFloat();
            }
        } else if (fields.first() == u"w") {
            if (fields.size() < 4)
                return fail(QStringLiteral("a weight line needs a feature, a head and weights"));
            const int head = headIndex(fields.at(2));
            if (head < 0)
                return fail(QStringLiteral("unknown head %1").arg(fields.at(2)));
            const QStringView feature = fields.at(1);
            if (feature.indexOf(u':') <= 0)
                return fail(QStringLiteral("a feature is prefix:payload"));
            const quint64 hash = featureHash(feature);
            Weights *row = &findOrInsert(hash)->weights;
            if (row->count == 0) {
                row->offset = quint32(m_entries.size());
                ++m_features;
            } else if (!haveLast || lastHash != hash) {
                return fail(QStringLiteral("the lines of feature %1 are not together").arg(feature));
            }
            lastHash = hash;
            haveLast = true;
            for (const QStringView weight : fields.at(3).split(u' ', Qt::SkipEmptyParts)) {
                const qsizetype at = weight.indexOf(u':');
                bool ok = at > 0;
                const int label = ok ? weight.first(at).toInt(&ok) : -1;
                if (!ok || label < 0 || label >= m_heads.at(head).classes.size())
                    return fail(QStringLiteral("bad weight %1").arg(weight));
                m_entries.push_back({quint32(m_headOffsets.at(head) + label), weight.sliced(at + 1).toFloat()});
                ++row->count;
            }
            if (row->count == 0)
                return fail(QStringLiteral("feature %1 has no weight").arg(feature));
        } else {
            return fail(QStringLiteral("unknown line kind %1").arg(fields.first()));
        }
    }
    if (m_heads.isEmpty())
        return fail(QStringLiteral("no head"));
    finishLoading();
    return true;
}

// With GCC on x86-64, a version for AVX2 is chosen at load time where the CPU has it: eight
// scores per add instead of four.
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__)
__attribute__((target_clones("avx2", "default")))
#endif
void LinearModel::addDenseRow(const float *weights, float *scores, std::size_t count)
{
#if defined(__GNUC__)
    using Lanes = float __attribute__((vector_size(kLanes * sizeof(float))));
    for (std::size_t i = 0; i < count; i += kLanes) {
        Lanes sum, weight;
        __builtin_memcpy(&sum, scores + i, sizeof sum);
        __builtin_memcpy(&weight, weights + i, sizeof weight);
        sum += weight;
        __builtin_memcpy(scores + i, &sum, sizeof sum);
    }
#else
    for (std::size_t i = 0; i < count; ++i)
        scores[i] += weights[i];
#endif
}

void LinearModel::finishLoading()
{
    m_biases.resize((m_biases.size() + kLanes - 1) / kLanes * kLanes, 0.0f);
    std::vector<Entry> sparse;
    sparse.reserve(m_entries.size());
    std::size_t capacity = 16;
    while (capacity < std::size_t(m_features) * 2)
        capacity *= 2;
    m_keys.assign(capacity, 0);
    m_weights.assign(capacity, Weights());
    m_mask = capacity - 1;
    m_zeroHashWeights = Weights();
    for (const Row &row : m_rows) {
        if (row.weights.count == 0)
            continue;
        Weights weights = row.weights;
        const Entry *entry = m_entries.data() + weights.offset;
        if (weights.count < kDenseEntries) {
            weights.offset = quint32(sparse.size());
            sparse.insert(sparse.end(), entry, entry + weights.count);
        } else {
            weights.offset = quint32(m_dense.size());
            m_dense.resize(m_dense.size() + m_biases.size(), 0.0f);
            float *dense = m_dense.data() + weights.offset;
            for (const Entry *end = entry + weights.count; entry != end; ++entry)
                dense[entry->slot] += entry->weight;
            weights.dense = 1;
        }
        if (row.hash == 0) {
            m_zeroHashWeights = weights;
            continue;
        }
        std::size_t slot = row.hash & m_mask;
        while (m_keys[slot] != 0)
            slot = (slot + 1) & m_mask;
        m_keys[slot] = row.hash;
        m_weights[slot] = weights;
    }
    m_entries.swap(sparse);
    m_rows = std::vector<Row>();
}

int LinearModel::headIndex(QStringView name) const
{
    for (qsizetype i = 0; i < m_heads.size(); ++i) {
        if (m_heads.at(i).name == name)
            return int(i);
    }
    return -1;
}

} // namespace ub
