#include "figurejson.h"

#include <QJsonValue>

namespace ub {

QJsonObject figureToJson(const Figure &figure, const QString &documentName)
{
    QJsonObject json;
    json.insert(QStringLiteral("doc"), documentName);
    json.insert(QStringLiteral("start"), figure.start);
    json.insert(QStringLiteral("end"), figure.end);
    json.insert(QStringLiteral("quote"), figure.quote);
    json.insert(QStringLiteral("value"), figure.value);
    json.insert(QStringLiteral("unit"), toKey(figure.unit));
    json.insert(QStringLiteral("unit_text"), figure.unitText);
    json.insert(QStringLiteral("qualifier"), toKey(figure.qualifier));
    json.insert(QStringLiteral("region"), figure.region);
    json.insert(QStringLiteral("subregion"), figure.subregion);
    json.insert(QStringLiteral("year"), figure.year);
    json.insert(QStringLiteral("category"), toKey(figure.category));
    json.insert(QStringLiteral("subject"), figure.subject);
    json.insert(QStringLiteral("indicator"), figure.indicator);
    json.insert(QStringLiteral("kind"), toKey(figure.kind));
    if (figure.asOf > 0)
        json.insert(QStringLiteral("as_of"), figure.asOf);
    json.insert(QStringLiteral("sentence"), figure.sentence);
    json.insert(QStringLiteral("sentence_start"), figure.sentenceStart);
    if (figure.page > 0)
        json.insert(QStringLiteral("page"), figure.page);
    if (figure.highlightItem > 0)
        json.insert(QStringLiteral("highlight_item"), figure.highlightItem);
    json.insert(QStringLiteral("block"), figure.block);
    json.insert(QStringLiteral("fact"), figure.fact);
    return json;
}

} // namespace ub
