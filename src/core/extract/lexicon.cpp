#include "lexicon.h"

#include <QFile>

#include <algorithm>

namespace ub {

QList<QStringList> Lexicon::readTable(const QString &resourcePath)
{
    QList<QStringList> rows;
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return rows;
    const QString content = QString::fromUtf8(file.readAll());
    for (QStringView line : QStringView(content).split(u'\n')) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        QStringList fields;
        for (QStringView field : line.split(u'\t'))
            fields.append(field.trimmed().toString());
        rows.append(fields);
    }
    return rows;
}

Lexicon::Lexicon()
{
    for (const QStringList &row : readTable(QStringLiteral(":/ub/data/lexicon/measures.tsv"))) {
        if (row.size() < 2)
            continue;
        MeasureWord word;
        word.text = row.at(0);
        const QString &kind = row.at(1);
        if (kind == u"noun_person") {
            word.kind = MeasureWord::Kind::NounPerson;
            word.unit = Unit::Person;
        } else if (kind == u"ordinal") {
            word.kind = MeasureWord::Kind::Ordinal;
        } else if (const auto unit = unitFromKey(kind)) {
            word.unit = *unit;
        } else {
            continue;
        }
        if (row.size() > 2)
            word.blockedFollowers = row.at(2);
        word.digitsOnly = row.size() > 3 && row.at(3) == u"digits";
        m_longestMeasure = qMax(m_longestMeasure, word.text.size());
        m_measures.insert(word.text, word);
    }
    for (const QStringList &row : readTable(QStringLiteral(":/ub/data/lexicon/qualifiers.tsv"))) {
        if (row.size() < 3)
            continue;
        QualifierWord word;
        word.text = row.at(0);
        word.before = row.at(1) == u"before";
        const auto qualifier = qualifierFromKey(row.at(2));
        if (!qualifier)
            continue;
        word.qualifier = *qualifier;
        m_longestQualifier = qMax(m_longestQualifier, word.text.size());
        (word.before ? m_before : m_after).insert(word.text, word);
    }
    m_measuresByFirst.build(m_measures, false);
    m_beforeByLast.build(m_before, true);
    m_afterByFirst.build(m_after, false);
}

template<typename Word> void Lexicon::EdgeIndex<Word>::build(const QHash<QString, Word> &words, bool byLast)
{
    m_slot.assign(0x10000, 0);
    for (auto it = words.cbegin(); it != words.cend(); ++it) {
        if (it.key().isEmpty())
            continue;
        const char16_t edge = (byLast ? it.key().back() : it.key().front()).unicode();
        if (!m_slot[edge]) {
            m_lists.emplace_back();
            m_slot[edge] = quint16(m_lists.size());
        }
        m_lists[m_slot[edge] - 1].push_back(&it.value());
    }
    // Keys are distinct, so there is one word per length and edge: longest first is a total order.
    for (auto &list : m_lists)
        std::sort(list.begin(), list.end(), [](const Word *a, const Word *b) { return a->text.size() > b->text.size(); });
}

const Lexicon &Lexicon::instance()
{
    static const Lexicon lexicon;
    return lexicon;
}

const MeasureWord *Lexicon::measureAt(QStringView text, qsizetype pos, bool afterDigits) const
{
    if (pos < 0 || pos >= text.size())
        return nullptr;
    const auto *candidates = m_measuresByFirst.candidates(text[pos]);
    if (!candidates)
        return nullptr;
    const qsizetype room = text.size() - pos;
    for (const MeasureWord *word : *candidates) {
        const qsizetype length = word->text.size();
        if (length > room || text.sliced(pos, length) != QStringView(word->text))
            continue;
        if (word->digitsOnly && !afterDigits)
            continue;
        const qsizetype next = pos + length;
        if (next < text.size() && word->blockedFollowers.contains(text[next]))
            continue;
        return word;
    }
    return nullptr;
}

const QualifierWord *Lexicon::qualifierBefore(QStringView text, qsizetype end) const
{
    if (end <= 0 || end > text.size())
        return nullptr;
    const auto *candidates = m_beforeByLast.candidates(text[end - 1]);
    if (!candidates)
        return nullptr;
    for (const QualifierWord *word : *candidates) {
        const qsizetype length = word->text.size();
        if (length <= end && text.sliced(end - length, length) == QStringView(word->text))
            return word;
    }
    return nullptr;
}

const QualifierWord *Lexicon::qualifierAfter(QStringView text, qsizetype pos) const
{
    if (pos < 0 || pos >= text.size())
        return nullptr;
    const auto *candidates = m_afterByFirst.candidates(text[pos]);
    if (!candidates)
        return nullptr;
    const qsizetype room = text.size() - pos;
    for (const QualifierWord *word : *candidates) {
        const qsizetype length = word->text.size();
        if (length <= room && text.sliced(pos, length) == QStringView(word->text))
            return word;
    }
    return nullptr;
}

} // namespace ub
