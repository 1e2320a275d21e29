#include "labels.h"

#include "indicatorcatalogue.h"
#include "numberformat.h"

#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ub {

QString Labels::unit(Unit unit)
{
    switch (unit) {
    case Unit::Person: return tr("people");
    case Unit::PersonTime: return tr("person-times");
    case Unit::Cny: return tr("yuan");
    case Unit::Count: return tr("items");
    case Unit::Session: return tr("sessions");
    case Unit::Percent: return tr("percent");
    case Unit::Other: return tr("other");
    }
    return {};
}

QString Labels::qualifier(Qualifier qualifier)
{
    switch (qualifier) {
    case Qualifier::Exact: return tr("exact");
    case Qualifier::AtLeast: return tr("at least");
    case Qualifier::Nearly: return tr("nearly");
    case Qualifier::About: return tr("about");
    }
    return {};
}

QString Labels::qualifierSymbol(Qualifier qualifier)
{
    switch (qualifier) {
    case Qualifier::Exact: return {};
    case Qualifier::AtLeast: return u"≥"_s;
    case Qualifier::Nearly: return u"<"_s;
    case Qualifier::About: return u"≈"_s;
    }
    return {};
}

QString Labels::category(Category category)
{
    switch (category) {
    case Category::Members: return tr("Members");
    case Category::Events: return tr("Events");
    case Category::Funds: return tr("Funds");
    case Category::Competitions: return tr("Competitions");
    case Category::Other: return tr("Other");
    }
    return {};
}

QString Labels::kind(FigureKind kind)
{
    switch (kind) {
    case FigureKind::Flow: return tr("flow");
    case FigureKind::Stock: return tr("stock");
    case FigureKind::Rate: return tr("rate");
    }
    return {};
}

QString Labels::documentKind(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::YearlyHighlights: return tr("Yearly highlights");
    case DocumentKind::SpeechDigest: return tr("Speech digest");
    case DocumentKind::NewspaperPage: return tr("Newspaper page");
    case DocumentKind::WorkSummary: return tr("Work summary");
    case DocumentKind::WebPage: return tr("Web page");
    case DocumentKind::Other: return tr("Other", "document kind");
    }
    return {};
}

QString Labels::documentKind(const QString &key)
{
    return documentKind(documentKindFromKey(key).value_or(DocumentKind::Other));
}

QString Labels::readMethod(const QString &key, int ocrPages)
{
    const QString ocr = tr("OCR (%n page(s))", nullptr, ocrPages);
    if (key == u"ocr")
        return ocr;
    if (key == u"pdf+ocr")
        return tr("PDF + %1").arg(ocr);
    if (key == u"pdf")
        return tr("PDF");
    if (key == u"docx")
        return tr("Word");
    if (key == u"html")
        return tr("Web page");
    return tr("Text");
}

QString Labels::number(double value) { return formatFullNumber(value, QLocale().name()); }

QString Labels::compactNumber(double value) { return formatCompactNumber(value, QLocale().name()); }

} // namespace ub

namespace ub {

QString Labels::compactAmount(double value, Unit unit)
{
    const QString number = compactNumber(value);
    switch (unit) {
    case Unit::Cny: return tr("%1 yuan").arg(number);
    case Unit::Person: return tr("%1 people").arg(number);
    case Unit::PersonTime: return tr("%1 person-times").arg(number);
    case Unit::Session: return tr("%1 sessions").arg(number);
    case Unit::Count: return tr("%1 items").arg(number);
    case Unit::Percent: return number + u"%"_s;
    case Unit::Other: return number;
    }
    return number;
}

QString Labels::indicator(const QString &key)
{
    if (key.isEmpty())
        return {};
    for (const Indicator &indicator : IndicatorCatalogue::instance().indicators()) {
        if (indicator.key == key)
            return QLocale().language() == QLocale::Chinese ? indicator.zhName : indicator.enName;
    }
    return key;
}

QString Labels::unitWord(Unit unit)
{
    switch (unit) {
    case Unit::Percent: return u"%"_s;
    case Unit::Other: return {};
    default: return Labels::unit(unit);
    }
}

ValueScale Labels::valueScale(double largest, const QString &unitWord)
{
    largest = std::abs(largest);
    if (unitWord == u"%"_s)
        return {1, unitWord};
    // Chinese reports count in 万 and 亿, so their slides do too ("单位：万元"); 亿 only from 10亿,
    // so that a chart of cities keeps whole numbers of 万 rather than hundredths of 亿.
    if (QLocale().language() == QLocale::Chinese) {
        if (largest >= 1e9)
            return {1e8, u"亿"_s + unitWord};
        if (largest >= 1e4)
            return {1e4, u"万"_s + unitWord};
        return {1, unitWord};
    }
    const auto scaled = [&unitWord](const QString &word) { return unitWord.isEmpty() ? word : word + u' ' + unitWord; };
    if (largest >= 1e9)
        return {1e9, scaled(tr("billion"))};
    if (largest >= 1e6)
        return {1e6, scaled(tr("million"))};
    if (largest >= 1e4)
        return {1e3, scaled(tr("thousand"))};
    return {1, unitWord};
}

} // namespace ub
