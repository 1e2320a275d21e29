#include "figurescanner.h"

#include "documentprofile.h"

#include "lexicon.h"
#include "numeralparser.h"

namespace ub {

namespace {

constexpr qsizetype kQuoteReach = 20; ///< a number this far after an unclosed “ is outside it
constexpr qsizetype kBookReach = 80;
constexpr qsizetype kClauseLookBack = 24;

const QList<QStringView> kSpeechMarks = {u",", u"。", u";", u"?", u"!"};
const QList<QStringView> kRuleWords = {u"至少", u"不少于", u"不低于", u"不超过", u"不高于", u"应达到", u"应当",
                                       u"须达到", u"必须", u"为期", u"排名"};
const QList<QStringView> kBeforeNowWords = {u"目前", u"此前", u"之前", u"日前", u"以前", u"年前", u"提前", u"当前"};
const QList<QStringView> kPlanWords = {u"力争", u"预计", u"将要", u"还要", u"有望", u"计划到", u"计划在",
                                       u"目标是", u"预期"};

bool isSentenceEnd(QChar c)
{
    return c == u'。' || c == u'!' || c == u'?' || c == u';' || c == u'！' || c == u'？' || c == u'；';
}

bool isClauseMark(QChar c)
{
    return isSentenceEnd(c) || c == u',' || c == u'、' || c == u':' || c == u'，' || c == u'：';
}

bool isPunctuation(QChar c)
{
    return isClauseMark(c) || c == u'(' || c == u')' || c == u'“' || c == u'”' || c == u'《' || c == u'》'
           || c == u'"' || c == u'\'' || c == u'.' || c == u'-' || c == u'—' || c == u'…' || c == u'·'
           || c == u'[' || c == u']' || c == u'/';
}

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

/** After a bare noun used as the unit (120万职工参加), a verb or a pause must follow. */
bool isVerbAfterNoun(QChar c)
{
    static const QString verbs = QStringLiteral("参在观受感加走获签入热收共踊投报到实都从被为将已得纷齐");
    return verbs.contains(c);
}

/** Words that make a bare round numeral (百万, 千万, 万) a quantity: 达百万人, 共万人. */
bool licensesBareNumeral(QChar c)
{
    // 达百万人, 共计千余家; 为万名农民工免费体检, 向百名劳模: a count, not a name.
    static const QString words = QStringLiteral("达到共计有了逾近约超为向对给");
    return words.contains(c);
}

/** Whether window names a year as a deadline (到2025年). */
bool holdsTargetYear(QStringView window)
{
    for (qsizetype k = 0; k + 5 <= window.size(); ++k) {
        if (window[k + 4] == u'年' && window[k].isDigit() && window[k + 1].isDigit() && window[k + 2].isDigit()
            && window[k + 3].isDigit() && (k == 0 || !window[k - 1].isDigit()) && isTargetYear(window, k))
            return true;
    }
    return false;
}

bool containsAny(QStringView window, const QList<QStringView> &words)
{
    for (const QStringView word : words) {
        if (window.contains(word))
            return true;
    }
    return false;
}

/** Whether window holds one of the first characters of the plan words (a cheap test first). */
bool mayHoldPlanWord(QStringView window)
{
    for (const QChar c : window) {
        switch (c.unicode()) {
        case u'力': case u'预': case u'将': case u'还': case u'有': case u'计': case u'目': case u'年':
            return true;
        default:
            break;
        }
    }
    return false;
}

/** Whether clause holds a first character of the rule words below (至少, 不低于, 应达到, 须达到,
 *  必须, 为期, 排名): one pass over the clause that rules most figures out before eleven searches. */
bool mayHoldRuleWord(QStringView clause)
{
    for (const QChar c : clause) {
        switch (c.unicode()) {
        case u'至': case u'不': case u'应': case u'须': case u'必': case u'为': case u'排':
            return true;
        default:
            break;
        }
    }
    return false;
}

/** The unit of a number written without a measure word, from the noun it measures. */
std::optional<Unit> unitFromPrecedingNoun(QStringView clause)
{
    if (clause.contains(u"人次"))
        return Unit::PersonTime;
    if (clause.contains(u"人数"))
        return Unit::Person;
    static const QList<QStringView> moneyWords = {u"金额", u"资金", u"价值", u"经费", u"投入", u"额度", u"总额", u"款"};
    if (containsAny(clause, moneyWords))
        return Unit::Cny;
    return std::nullopt;
}

} // namespace

QList<FigureCandidate> scanFigures(QStringView text)
{
    QList<FigureCandidate> figures;
    scanFigures(text, figures);
    return figures;
}

void scanFigures(QStringView text, QList<FigureCandidate> &figures)
{
    figures.clear();
    const Lexicon &lexicon = Lexicon::instance();
    const qsizetype size = text.size();
    qsizetype quoteOpen = -1;
    qsizetype bookOpen = -1;
    qsizetype clauseStart = 0;

    qsizetype i = 0;
    const char16_t *data = text.utf16();
    while (i < size) {
        // Most characters are ideographs that are neither numerals nor marks: skip them first (#7),
        // in a tight loop over the raw text (#19).
        while (i < size && char16_t(data[i] - 0x3400) <= char16_t(0x9FFF - 0x3400) && !isChineseNumeral(data[i]))
            ++i;
        if (i == size)
            break;
        const QChar c = text[i];
        if (!isNumberStart(c)) {
            if (c == u'“')
                quoteOpen = i;
            else if (c == u'”')
                quoteOpen = -1;
            else if (c == u'《')
                bookOpen = i;
            else if (c == u'》')
                bookOpen = -1;
            if (isSentenceEnd(c)) {
                quoteOpen = bookOpen = -1;
            }
            if (isClauseMark(c))
                clauseStart = i + 1;
            ++i;
            continue;
        }
        const NumberToken token = parseNumberAt(text, i);
        const qsizetype next = qMax(token.end, i + 1);
        if (!token.valid) {
            i = next;
            continue;
        }

        FigureCandidate figure;
        figure.numberStart = token.start;
        figure.numberEnd = token.end;
        figure.value = token.value;
        figure.chinese = token.chinese;
        figure.qualifier = token.atLeast ? Qualifier::AtLeast : Qualifier::Exact;
        figure.scalePos = token.lastScalePos;

        qsizetype p = token.end;
        // 500多家, 50余次: 余/多 between the number and its measure word.
        if (p + 1 < size && (text[p] == u'余' || text[p] == u'多') && lexicon.measureAt(text, p + 1, !token.chinese)) {
            figure.qualifier = Qualifier::AtLeast;
            ++p;
        }
        const MeasureWord *measure = lexicon.measureAt(text, p, !token.chinese);
        bool accepted = true;
        if (!measure) {
            // 人数达到875万: a scaled number without measure word takes its unit from the noun before it.
            const bool pause = p >= size || isClauseMark(text[p]);
            const qsizetype from = qMax(clauseStart, token.start - kClauseLookBack);
            const auto unit = (token.hasScale && !token.chinese && pause)
                                  ? unitFromPrecedingNoun(text.sliced(from, token.start - from))
                                  : std::nullopt;
            if (!unit) {
                i = next;
                continue;
            }
            figure.unit = *unit;
            figure.measureStart = figure.measureEnd = p;
        } else {
            if (measure->kind == MeasureWord::Kind::Ordinal) {
                i = next;
                continue;
            }
            figure.unit = measure->unit;
            figure.measureStart = p;
            figure.measureEnd = p + measure->text.size();
            if (measure->kind == MeasureWord::Kind::NounPerson) {
                const qsizetype after = figure.measureEnd;
                // 20多万农民工参加, 10万职工会员: the noun counted, then a verb or its members.
                accepted = after >= size || isPunctuation(text[after]) || isVerbAfterNoun(text[after])
                           || text.sliced(after).startsWith(u"会员");
            }
        }
        figure.end = figure.measureEnd;
        // 85%以上, 100人左右.
        if (const QualifierWord *post = lexicon.qualifierAfter(text, figure.end)) {
            if (post->text != u"余" && post->text != u"多") {
                const qsizetype after = figure.end + post->text.size();
                // 百人以上企业: a threshold describing the noun after it, not a quantity.
                if (post->text == u"以上" && after < size && !isPunctuation(text[after]))
                    accepted = false;
                figure.end = after;
                figure.qualifier = post->qualifier;
            }
        }
        figure.start = token.start;
        if (const QualifierWord *pre = lexicon.qualifierBefore(text, token.start)) {
            const bool bareOnly = pre->text == u"上";
            if (!bareOnly || token.bare) {
                figure.start = token.start - pre->text.size();
                figure.qualifier = pre->qualifier;
            }
        }

        const QChar before = figure.start > 0 ? text[figure.start - 1] : QChar();
        const QChar beforeNumber = token.start > 0 ? text[token.start - 1] : QChar();
        const QChar twoBefore = figure.start > 1 ? text[figure.start - 2] : QChar();
        const QChar after = figure.end < size ? text[figure.end] : QChar();
        if (before == u'第' || beforeNumber == u'第' || before == u'届' || beforeNumber == u'届')
            accepted = false; // ordinals: 第35个, 五届三次全会
        if (before == u'前' && !QStringLiteral("目此日以之年提当").contains(twoBefore))
            accepted = false; // ranks: 前100名
        if (QStringLiteral("这那此该其每哪").contains(before))
            accepted = false; // 这四个方面 (各10万元 is one amount to each: a figure)
        if (token.chinese && (beforeNumber == u'数' || beforeNumber == u'几'))
            accepted = false; // 数十名, 几百人: no number is stated
        if (token.chinese && !token.hasScale && token.value == 1)
            accepted = false; // 一批, 一名, 一项: an article, not a count
        if (token.chinese && (before == u'”' || before == u'“' || beforeNumber == u'”'))
            accepted = false; // “百企进咸”八项工作措施: the numeral is part of a name
        // A number shortly after an opening “ is part of a name or slogan, unless the quotation has
        // gone on past a clause mark: then it is someone's words (“我们…收回590份”).
        if (quoteOpen >= 0 && token.start - quoteOpen <= kQuoteReach
            && !containsAny(text.sliced(quoteOpen, token.start - quoteOpen), kSpeechMarks))
            accepted = false;
        if (bookOpen >= 0 && token.start - bookOpen <= kBookReach)
            accepted = false;
        // 百万职工大合唱, 千户企业: a name, not a count; but money is an amount (筹资百万元).
        if (token.bare && figure.qualifier == Qualifier::Exact && !licensesBareNumeral(before)
            && !(measure && measure->kind == MeasureWord::Kind::NounPerson) && figure.unit != Unit::Cny)
            accepted = false;
        if (isAsciiLetter(before) || isAsciiLetter(after) || before == u'.' || before == u'-')
            accepted = false; // APP2, 5G, v1.2
        if (after == u'之' && figure.end + 1 < size && text[figure.end + 1] == u'一')
            accepted = false;
        else if (figure.end + 3 < size && text.sliced(figure.end, qMin<qsizetype>(6, size - figure.end)).contains(u"之一"))
            accepted = false; // 十件实事之一
        if (accepted) {
            const qsizetype from = qMax(clauseStart, figure.start - kClauseLookBack);
            const QStringView clause = text.sliced(from, figure.start - from);
            if (mayHoldRuleWord(clause) && containsAny(clause, kRuleWords) && !containsAny(clause, kBeforeNowWords))
                accepted = false; // thresholds, durations and ranks written into a rule
            if (accepted && mayHoldPlanWord(clause) && (containsAny(clause, kPlanWords) || holdsTargetYear(clause)))
                accepted = false; // a target or plan (力争到2025年…), not a fact
        }
        if (accepted)
            figures.append(figure);
        i = accepted ? qMax(figure.end, next) : next;
    }
}

} // namespace ub
