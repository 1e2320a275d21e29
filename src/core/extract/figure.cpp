#include "figure.h"

namespace ub {

namespace {

template<typename Enum, std::size_t N>
std::optional<Enum> fromKey(QStringView key, const Enum (&values)[N])
{
    for (Enum value : values) {
        if (toKey(value) == key)
            return value;
    }
    return std::nullopt;
}

constexpr Unit kUnits[] = {Unit::Person, Unit::PersonTime, Unit::Cny, Unit::Count,
                           Unit::Session, Unit::Percent, Unit::Other};
constexpr Qualifier kQualifiers[] = {Qualifier::Exact, Qualifier::AtLeast, Qualifier::Nearly, Qualifier::About};
constexpr Category kCategories[] = {Category::Members, Category::Events, Category::Funds,
                                    Category::Competitions, Category::Other};
constexpr DocumentKind kKinds[] = {DocumentKind::YearlyHighlights, DocumentKind::SpeechDigest,
                                   DocumentKind::NewspaperPage, DocumentKind::WorkSummary, DocumentKind::WebPage,
                                   DocumentKind::Other};
constexpr FigureKind kFigureKinds[] = {FigureKind::Flow, FigureKind::Stock, FigureKind::Rate};

} // namespace

QString toKey(Unit unit)
{
    switch (unit) {
    case Unit::Person: return QStringLiteral("person");
    case Unit::PersonTime: return QStringLiteral("person_time");
    case Unit::Cny: return QStringLiteral("cny");
    case Unit::Count: return QStringLiteral("count");
    case Unit::Session: return QStringLiteral("session");
    case Unit::Percent: return QStringLiteral("percent");
    case Unit::Other: return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

QString toKey(Qualifier qualifier)
{
    switch (qualifier) {
    case Qualifier::Exact: return QStringLiteral("exact");
    case Qualifier::AtLeast: return QStringLiteral("at_least");
    case Qualifier::Nearly: return QStringLiteral("nearly");
    case Qualifier::About: return QStringLiteral("about");
    }
    return QStringLiteral("exact");
}

QString toKey(Category category)
{
    switch (category) {
    case Category::Members: return QStringLiteral("members");
    case Category::Events: return QStringLiteral("events");
    case Category::Funds: return QStringLiteral("funds");
    case Category::Competitions: return QStringLiteral("competitions");
    case Category::Other: return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

QString toKey(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::YearlyHighlights: return QStringLiteral("yearly_highlights");
    case DocumentKind::SpeechDigest: return QStringLiteral("speech_digest");
    case DocumentKind::NewspaperPage: return QStringLiteral("newspaper_page");
    case DocumentKind::WorkSummary: return QStringLiteral("work_summary");
    case DocumentKind::WebPage: return QStringLiteral("web_page");
    case DocumentKind::Other: return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

QString toKey(FigureKind kind)
{
    switch (kind) {
    case FigureKind::Flow: return QStringLiteral("flow");
    case FigureKind::Stock: return QStringLiteral("stock");
    case FigureKind::Rate: return QStringLiteral("rate");
    }
    return QStringLiteral("flow");
}

std::optional<Unit> unitFromKey(QStringView key) { return fromKey(key, kUnits); }
std::optional<FigureKind> figureKindFromKey(QStringView key) { return fromKey(key, kFigureKinds); }
std::optional<Qualifier> qualifierFromKey(QStringView key) { return fromKey(key, kQualifiers); }
std::optional<Category> categoryFromKey(QStringView key) { return fromKey(key, kCategories); }
std::optional<DocumentKind> documentKindFromKey(QStringView key) { return fromKey(key, kKinds); }

QList<Category> allCategories()
{
    return {std::begin(kCategories), std::end(kCategories)};
}

} // namespace ub
