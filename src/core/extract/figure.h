// Value types for extracted figures and the structure of the document they came from.
#pragma once

#include <QList>
#include <QStringList>
#include <QString>
#include <QStringView>

#include <optional>

namespace ub {

/** How a figure is counted, decided by its measure word (see shared/gold/README.md). */
enum class Unit { Person, PersonTime, Cny, Count, Session, Percent, Other };

/** How exact the figure's value is as written: 余/多/以上 → AtLeast, 近 → Nearly, 约 → About. */
enum class Qualifier { Exact, AtLeast, Nearly, About };

/** The four kinds of record our users name, plus everything else. */
enum class Category { Members, Events, Funds, Competitions, Other };

/** How figures of one indicator combine (shared/docs/indicators.md): a flow happened during the
 *  period and adds up over distinct facts, a stock is a level at a date (the latest stands), a
 *  rate is a percentage or ratio and is never added. */
enum class FigureKind { Flow, Stock, Rate };

/** The kind of report a document is; it decides how blocks and regions are read. */
enum class DocumentKind { YearlyHighlights, SpeechDigest, NewspaperPage, WorkSummary, WebPage, Other };

/** Stable lowercase keys used in JSON, CSV, the database and the CLI ("person_time", "at_least"). */
QString toKey(Unit unit);
QString toKey(Qualifier qualifier);
QString toKey(Category category);
QString toKey(DocumentKind kind);
QString toKey(FigureKind kind);
std::optional<Unit> unitFromKey(QStringView key);
std::optional<FigureKind> figureKindFromKey(QStringView key);
std::optional<Qualifier> qualifierFromKey(QStringView key);
std::optional<Category> categoryFromKey(QStringView key);
std::optional<DocumentKind> documentKindFromKey(QStringView key);
QList<Category> allCategories();

/** Region values that are not a Shaanxi prefecture: the province itself, the whole country,
 *  and another province. A figure is never pinned on a Shaanxi city unless the text says so. */
inline constexpr char16_t kProvinceRegion[] = u"陕西省";
inline constexpr char16_t kNationalRegion[] = u"全国";
inline constexpr char16_t kOtherProvinceRegion[] = u"外省";

/**
 * One figure stated by a report, with everything needed to trace it back.
 * Offsets are code points into the decoded original text (what a Python str index would be),
 * so they stay valid whatever normalisation the extractor applied for matching.
 */
struct Figure
{
    qint64 start = 0; ///< first code point of the number with its measure word
    qint64 end = 0;   ///< one past the last code point
    QString quote;    ///< the original text in [start, end)
    double value = 0; ///< normalised: 8.3万 → 83000, 1.99亿元 → 199000000
    Unit unit = Unit::Other;
    QString unitText; ///< the measure word as written: 名, 万元, 场（次）
    Qualifier qualifier = Qualifier::Exact;
    QString region;    ///< prefecture-level unit (西安市 … 杨凌示范区), 陕西省, 全国 or 外省
    QString subregion; ///< county, district or enterprise named for the figure, or empty
    int year = 0;      ///< the year the figure describes; 0 when unknown
    Category category = Category::Other;
    QString indicator; ///< key into the indicator dictionary, or empty
    FigureKind kind = FigureKind::Flow;
    /** The date a stock or rate stands at, as yyyymmdd (截至2020年12月底 → 20201231; a month or year
     *  alone → its last day); for flows the end of the period they happened in; 0 when unknown. */
    int asOf = 0;
    QString subject;   ///< short Chinese label of what is counted: 新会员, 母婴关爱室
    QString sentence;  ///< the sentence holding the figure, as in the original
    qint64 sentenceStart = 0; ///< code-point offset of the sentence in the original text
    int page = 0;             ///< 1-based PDF page, 0 for plain text
    int highlightItem = 0;    ///< number of the 十大亮点 item holding the figure, 0 if none
    int block = -1;           ///< index into DocumentStructure::blocks, -1 if none
    int fact = -1;            ///< figures of one document with the same fact are the same fact stated twice
};

/** One numbered item of a yearly highlights report (十大亮点), in its proper order. */
struct HighlightItem
{
    int number = 0;
    QString title;
    qint64 start = 0; ///< code-point span of the item's text in the original
    qint64 end = 0;
};

/** A stretch of a document that speaks about one region: a chair's speech, a news item. */
struct Block
{
    QString heading;
    QString region;    ///< prefecture-level unit the block speaks for, or empty
    QString subregion; ///< county or enterprise, or empty
    QString speaker;   ///< for speech digests, the person speaking
    qint64 start = 0;
    qint64 end = 0;
};

/** What the extractor learned about the document as a whole. */
struct DocumentStructure
{
    DocumentKind kind = DocumentKind::Other;
    QString title;
    int year = 0;     ///< the period the document reports on; 0 when unknown
    int date = 0;     ///< when it was written or published (a dateline, yyyymmdd; day or month may be 0)
    QString period;   ///< as written: 2019年, 2020年前三季度, 2021年第一季度
    QString region;   ///< the document's subject region (陕西省 for the provincial federation)
    QList<HighlightItem> highlights;
    QList<Block> blocks;
};

/** What is known of a document besides its text: given by staff (or at import), or declared by
 *  its file (a web page's <title>). Empty fields say nothing. */
struct DocumentHints
{
    int year = 0;          ///< the document's year; figures without a year of their own take it
    QString region;        ///< the document's unit (a canonical region name)
    QString title;         ///< replaces the title found in the text
    QString declaredTitle; ///< used when the text names no title of its own
};

/** The result of extracting one document. */
struct ExtractionResult
{
    QString documentName;
    DocumentStructure structure;
    QList<Figure> figures;
    QStringList warnings; ///< things a user should know (unreadable bytes, unknown regions)
    /** With ExtractOptions::features: per figure, the names of its model features. */
    QList<QStringList> features;
};

} // namespace ub
