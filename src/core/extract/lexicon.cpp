#include "lexicon.h"

#include <QFile>

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
}

const Lexicon &Lexicon::instance()
{
    static const Lexicon lexicon;
    return lexicon;
}

const MeasureWord *Lexicon::measureAt(QStringView text, qsizetype pos, bool afterDigits) const
{
    for (qsizetype length = qMin(m_longestMeasure, text.size() - pos); length > 0; --length) {
        const auto it = m_measures.constFind(text.sliced(pos, length).toString());
        if (it == m_measures.constEnd())
            continue;
        const MeasureWord &word = it.value();
        if (word.digitsOnly && !afterDigits)
            continue;
        const qsizetype next = pos + length;
        if (next < text.size() && word.blockedFollowers.contains(text[next]))
            continue;
        return &word;
    }
    return nullptr;
}

const QualifierWord *Lexicon::qualifierBefore(QStringView text, qsizetype end) const
{
    for (qsizetype length = qMin(m_longestQualifier, end); length > 0; --length) {
        const auto it = m_before.constFind(text.sliced(end - length, length).toString());
        if (it != m_before.constEnd())
            return &it.value();
    }
    return nullptr;
}

const QualifierWord *Lexicon::qualifierAfter(QStringView text, qsizetype pos) const
{
    for (qsizetype length = qMin(m_longestQualifier, text.size() - pos); length > 0; --length) {
        const auto it = m_after.constFind(text.sliced(pos, length).toString());
        if (it != m_after.constEnd())
            return &it.value();
    }
    return nullptr;
}

} // namespace ub
