#include "structurerecognizer.h"

#include "documentprofile.h"
#include "gazetteer.h"
#include "normalizer.h"
#include "regionresolver.h"

#include <QHash>

#include <algorithm>

namespace ub {

namespace {

/** The line without the text inside “…” (an unclosed quote runs to the end of the line). */
QString withoutQuotedText(QStringView line)
{
    QString out;
    int depth = 0;
    for (const QChar c : line) {
        if (c == u'“' || (c == u'"' && depth == 0)) {
            ++depth;
            continue;
        }
        if ((c == u'”' || c == u'"') && depth > 0) {
            --depth;
            continue;
        }
        if (depth == 0)
            out += c;
    }
    return out;
}


constexpr qsizetype kOpenerReach = 60;   ///< how far into a paragraph its subject may be named
constexpr qsizetype kLeadingBylineGap = 120; ///< a byline this close before its block's opener leads it
constexpr qsizetype kUnitNameReach = 16; ///< 陕西省水利电力勘测设计研究院工会
constexpr int kMinYear = 1949;
constexpr int kMaxYear = 2100;

struct Line
{
    qsizetype start = 0; ///< in the normalised text
    qsizetype end = 0;
    QStringView text; ///< trimmed, normalised: a view into the normalised text, or into owned
    QString owned;    ///< the line without its markdown '*', for the few lines that have one
};

bool isHan(QChar c) { return c.unicode() >= 0x3400 && c.unicode() <= 0x9FFF; }

bool allHan(QStringView text)
{
    for (QChar c : text) {
        if (!isHan(c))
            return false;
    }
    return !text.isEmpty();
}

bool isSentenceEnd(QChar c) { return c == u'。' || c == u'!' || c == u'?' || c == u'；' || c == u';'; }

bool isDigit(QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; }

/** QChar::isSpace without its out-of-line look-up for Han characters, which are never spaces. */
bool isSpaceFast(QChar c) { return !isHan(c) && c.isSpace(); }

/** Text without layout whitespace, for matching across hard wraps. */
QString compactOf(QStringView text, qsizetype maxChars)
{
    // Written in place: it runs at the start of every paragraph (#7).
    const qsizetype limit = qMax<qsizetype>(maxChars, 1);
    QString out(qMin(text.size(), limit), Qt::Uninitialized);
    QChar *data = out.data();
    qsizetype written = 0;
    for (QChar c : text) {
        if (isSpaceFast(c) || c == u'*')
            continue;
        data[written++] = c;
        if (written >= limit)
            break;
    }
    out.truncate(written);
    return out;
}

/** Whether text names an office: 主席, 主任, 书记, 市长, 县长, 局长, 会长, 部长, 区长. Read as
 *  character pairs in one pass: it is asked of every short line (#7). */
bool hasRoleWord(QStringView text)
{
    for (qsizetype k = 0; k + 1 < text.size(); ++k) {
        const char16_t c = text[k].unicode();
        const char16_t next = text[k + 1].unicode();
        switch (c) {
        case u'主':
            if (next == u'席' || next == u'任')
                return true;
            break;
        case u'书':
            if (next == u'记')
                return true;
            break;
        case u'市': case u'县': case u'局': case u'会': case u'部': case u'区':
            if (next == u'长')
                return true;
            break;
        default:
            break;
        }
    }
    return false;
}

/** "(孙书权)", "…的报纸。 (王震)": a reporter's name in brackets ending the line, which closes a brief. */
bool isReporterLine(QStringView line)
{
    constexpr qsizetype kName = 12;
    if (line.size() < 3 || (line.back() != u')' && line.back() != u'）'))
        return false;
    for (qsizetype k = line.size() - 2; k >= 0 && line.size() - 1 - k <= kName; --k) {
        if (line[k] == u'(' || line[k] == u'（')
            return k == 0 || line[k - 1].isSpace() || isSentenceEnd(line[k - 1]);
    }
    return false;
}

/** A brief column's item bullet. */
bool isItemBullet(QChar c) { return c == u'△' || c == u'▲'; }

/** The Shaanxi region (prefecture-level, or 陕西省) and county named first in text, if any. */
struct Named
{
    QString region;
    QString subregion;
    qsizetype start = -1;
    qsizetype end = -1;
};

Named firstShaanxiMention(QStringView text, const Gazetteer &gazetteer, bool requireUnionAfter = false)
{
    Named named;
    const QList<RegionMention> mentions = gazetteer.findMentions(text);
    for (qsizetype k = 0; k < mentions.size(); ++k) {
        const RegionMention &m = mentions.at(k);
        if (!m.entry)
            continue;
        if (requireUnionAfter) {
            // 宝鸡市陈仓区总工会, 安康水电厂工会, 陕西省水利电力勘测设计研究院工会: the place's own union
            // (or party committee) follows, after adjacent place names and at most a short unit name.
            qsizetype last = k;
            while (last + 1 < mentions.size() && mentions.at(last + 1).start == mentions.at(last).end)
                ++last;
            const QStringView rest = text.sliced(mentions.at(last).end);
            bool union_ = rest.startsWith(u"委") || rest.startsWith(u"市委") || rest.startsWith(u"县委")
                          || rest.startsWith(u"区委") || rest.startsWith(u"总") || rest.startsWith(u"市总")
                          || rest.startsWith(u"县总") || rest.startsWith(u"区总")
                          || startsWithUnitUnion(rest, kUnitNameReach);
            if (!union_)
                continue;
        }
        named.start = m.start;
        named.end = m.end;
        if (m.entry->level == RegionEntry::Level::Province) {
            named.region = QString::fromUtf16(kProvinceRegion);
        } else {
            named.region = m.entry->prefecture;
            if (m.entry->level == RegionEntry::Level::County || m.entry->level == RegionEntry::Level::Unit)
                named.subregion = m.entry->name;
            // 陕建集团延安工会联合会: a group's body in a place belongs to the place.
            if (m.entry->level == RegionEntry::Level::Unit && k + 1 < mentions.size()
                && mentions.at(k + 1).start == m.end && mentions.at(k + 1).entry
                && mentions.at(k + 1).entry->level != RegionEntry::Level::Unit
                && mentions.at(k + 1).entry->level != RegionEntry::Level::Province) {
                named.region = mentions.at(k + 1).entry->prefecture;
                named.end = mentions.at(k + 1).end;
                return named;
            }
            // 宝鸡市陈仓区: the county right after its prefecture is the subregion.
            if (k + 1 < mentions.size() && mentions.at(k + 1).start == m.end && mentions.at(k + 1).entry
                && mentions.at(k + 1).entry->level == RegionEntry::Level::County
                && mentions.at(k + 1).entry->prefecture == named.region) {
                named.subregion = mentions.at(k + 1).entry->name;
                named.end = mentions.at(k + 1).end;
            }
        }
        return named;
    }
    return named;
}

/** 宝鸡市总工会、省能源化学地质工会、…等7个集体作交流: the union named first opens a list of
 *  participants, not the paragraph's own subject. */
bool opensAList(QStringView head, const Named &named)
{
    if (named.end < 0)
        return false;
    QStringView rest = head.sliced(named.end);
    for (const QStringView word : {QStringView(u"总工会"), QStringView(u"工会")}) {
        if (rest.startsWith(word)) {
            rest = rest.sliced(word.size());
            break;
        }
    }
    return rest.startsWith(u'、') || rest.startsWith(u"和") || rest.startsWith(u"及") || rest.startsWith(u"与");
}

int yearAt(QStringView text, qsizetype pos)
{
    if (pos + 4 > text.size())
        return 0;
    for (qsizetype k = pos; k < pos + 4; ++k) {
        if (!isDigit(text[k]))
            return 0;
    }
    if (pos > 0 && isDigit(text[pos - 1]))
        return 0;
    if (pos + 4 < text.size() && isDigit(text[pos + 4]))
        return 0;
    const int year = text.sliced(pos, 4).toInt();
    return (year >= kMinYear && year <= kMaxYear) ? year : 0;
}

struct Event
{
    enum class Kind { Opener, Byline, Heading };
    Kind kind = Kind::Opener;
    qsizetype start = 0; ///< original UTF-16
    qsizetype end = 0;
    QString region;
    QString subregion;
    int year = 0;
    QString heading;
    QString speaker;
    bool unclaimed = false; ///< an opener without named subject (a news item): a trailing byline claims it
};

} // namespace

int leadingYear(QStringView text)
{
    const int year = yearAt(text, 0);
    if (!year || text.size() < 5)
        return 0;
    return (text[4] == u'年' || text[4].isSpace()) ? year : 0;
}

StructureAnalysis recognizeStructure(QStringView original, const MappedText &normalized, QStringView compact,
                                     const QList<RegionMention> &compactMentions, const Gazetteer &gazetteer,
                                     const DocumentHints &hints)
{
    StructureAnalysis analysis;
    DocumentStructure &doc = analysis.structure;
    const QString &text = normalized.text;
    auto toOriginal = [&](qsizetype normalizedIndex) { return normalized.originalStart(normalizedIndex); };
    auto toOriginalEnd = [&](qsizetype normalizedIndex) { return normalized.originalEnd(normalizedIndex, original); };

    // Lines of the normalised text, in a list reused per thread: its fresh storage per document
    // cost page faults (#7). Emptied again on the way out, so no view outlives the text.
    thread_local QList<Line> lineBuffer;
    QList<Line> &lines = lineBuffer;
    lines.clear();
    struct ReleaseLines
    {
        QList<Line> &lines;
        ~ReleaseLines()
        {
            if (lines.capacity() > (1 << 16))
                lines = QList<Line>(); // a huge document's list is let go
            else
                lines.clear();
        }
    } releaseLines{lines};
    for (qsizetype start = 0; start <= text.size();) {
        // A line ends at a line break, or where a brief column's bullet (△, ▲) opens the next item.
        qsizetype end = start;
        while (end < text.size() && text[end] != u'\n' && !(end > start && isItemBullet(text[end])))
            ++end;
        Line line;
        line.start = start;
        line.end = end;
        // A view, not a copy: every line of the document is read here (#7). The owned string's
        // buffer does not move when the list grows, so the view stays valid.
        const QStringView trimmed = QStringView(text).sliced(start, end - start).trimmed();
        if (trimmed.contains(u'*')) {
            line.owned = trimmed.toString();
            line.owned.remove(u'*');
            line.text = line.owned;
        } else {
            line.text = trimmed;
        }
        lines.append(std::move(line));
        if (end == text.size())
            break;
        start = text[end] == u'\n' ? end + 1 : end; // the bullet stays with its item
    }

    // Title: the subtitle line "——…总工会2019年…" or the first line that names a report.
    static const QStringList reportWords = {QStringLiteral("亮点"), QStringLiteral("总结"), QStringLiteral("摘编"),
                                            QStringLiteral("报告"), QStringLiteral("讲话"), QStringLiteral("发言"),
                                            QStringLiteral("工作")};
    auto namesReport = [&](QStringView line) {
        for (const QString &word : reportWords) {
            if (line.contains(word))
                return true;
        }
        return false;
    };
    int titleLine = -1;
    int nonEmptySeen = 0;
    for (int k = 0; k < lines.size() && nonEmptySeen < 20; ++k) {
        const QStringView line = lines.at(k).text;
        if (line.isEmpty())
            continue;
        ++nonEmptySeen;
        if ((line.startsWith(u'—') || line.startsWith(u'-')) && line.contains(u"工会") && namesReport(line)
            && line.size() < 60) {
            titleLine = k;
            break;
        }
    }
    if (titleLine < 0) {
        nonEmptySeen = 0;
        for (int k = 0; k < lines.size() && nonEmptySeen < 8; ++k) {
            const QStringView line = lines.at(k).text;
            if (line.isEmpty())
                continue;
            ++nonEmptySeen;
            if (line.contains(u"工会") && namesReport(line) && line.size() < 40 && !line.contains(u'。')) {
                titleLine = k;
                break;
            }
        }
    }
    if (titleLine >= 0) {
        QString title = lines.at(titleLine).text.toString();
        while (title.startsWith(u'—') || title.startsWith(u'-'))
            title.remove(0, 1);
        doc.title = title.trimmed();
    }
    if (!hints.title.isEmpty())
        doc.title = hints.title;
    else if (doc.title.isEmpty())
        doc.title = hints.declaredTitle;
    const QString compactTitle = compactOf(doc.title, 200);

    // Kind.
    if (compactTitle.contains(u"亮点"))
        doc.kind = DocumentKind::YearlyHighlights;
    else if (compactTitle.contains(u"摘编") || compactTitle.contains(u"发言") || compactTitle.contains(u"讲话"))
        doc.kind = DocumentKind::SpeechDigest;
    else if (compactTitle.contains(u"总结") || compactTitle.contains(u"报告"))
        doc.kind = DocumentKind::WorkSummary;
    else if (QStringView(text).contains(u"本报讯") || QStringView(text).contains(u"本报记者"))
        doc.kind = DocumentKind::NewspaperPage;

    // Period and year: the title's, else the year the text names most (ties: the later one).
    for (qsizetype k = 0; k + 4 <= compactTitle.size(); ++k) {
        if (const int year = yearAt(compactTitle, k)) {
            doc.year = year;
            qsizetype end = k + 4;
            if (end < compactTitle.size() && compactTitle[end] == u'年')
                ++end;
            static const QStringList periods = {QStringLiteral("前三季度"), QStringLiteral("第一季度"),
                                                QStringLiteral("第二季度"), QStringLiteral("第三季度"),
                                                QStringLiteral("第四季度"), QStringLiteral("上半年"),
                                                QStringLiteral("下半年"), QStringLiteral("全年"), QStringLiteral("年度")};
            for (const QString &period : periods) {
                if (QStringView(compactTitle).sliced(end).startsWith(period)) {
                    end += period.size();
                    break;
                }
            }
            doc.period = compactTitle.sliced(k, end - k);
            break;
        }
    }
    const TextDate date = documentDate(compact);
    doc.date = date.toInt();
    if (!doc.year) {
        doc.year = reportedYear(compact, date);
        if (doc.year)
            doc.period = QString::number(doc.year) + u'年';
    }

    // Subject region: the title's, else the unit the text is by or about.
    doc.region = documentUnit(compact, compactMentions, firstShaanxiMention(compactTitle, gazetteer).region);
    // What staff said of the document outranks what its text suggests.
    if (hints.year > 0 && hints.year != doc.year) {
        doc.year = hints.year;
        doc.period = QString::number(doc.year) + u'年';
    }
    if (!hints.region.isEmpty())
        doc.region = hints.region;

    // 十大亮点 items: "4 庆祝…", a number alone on its line, or "…精神 2 “不忘初心…" in two columns.
    if (doc.kind == DocumentKind::YearlyHighlights) {
        QList<int> seen;
        for (int k = 0; k < lines.size(); ++k) {
            const QStringView line = lines.at(k).text;
            // A title may quote a slogan with commas in it (7 “学党史、感党恩，我与祖国…”): only
            // punctuation outside quotes says the line is prose.
            if (line.isEmpty() || line.size() > 60)
                continue;
            const QString unquoted = withoutQuotedText(line);
            if (unquoted.contains(u'。') || unquoted.contains(u','))
                continue;
            // Find " N " (or a leading "N ") with 1 <= N <= 20 followed by a title or the line end.
            qsizetype numberPos = -1;
            qsizetype numberEnd = -1;
            for (qsizetype p = 0; p < line.size(); ++p) {
                if (!isDigit(line[p]) || (p > 0 && !line[p - 1].isSpace()))
                    continue;
                qsizetype q = p;
                while (q < line.size() && isDigit(line[q]))
                    ++q;
                if (q - p > 2 || (q < line.size() && !line[q].isSpace()))
                    continue;
                numberPos = p;
                numberEnd = q;
                break;
            }
            if (numberPos < 0)
                continue;
            const int number = line.sliced(numberPos, numberEnd - numberPos).toInt();
            if (number < 1 || number > 20 || seen.contains(number))
                continue;
            seen.append(number);
            ItemSpan item;
            item.number = number;
            item.title = compactOf(line.sliced(numberEnd), 60);
            item.start = toOriginal(lines.at(k).start);
            // The title may go on over the next short lines.
            for (int n = k + 1; n < lines.size() && item.title.size() < 40; ++n) {
                const QStringView next = lines.at(n).text;
                if (next.isEmpty() || next.size() > 24 || next.contains(u'，') || next.contains(u',')
                    || next.contains(u'。'))
                    break;
                item.title += compactOf(next, 40);
            }
            // Text before the number is the end of the previous item's title (two-column layouts).
            const QString before = compactOf(line.first(numberPos), 40);
            if (!before.isEmpty() && !analysis.items.isEmpty()) {
                QString prefix;
                if (k > 0 && !lines.at(k - 1).text.isEmpty() && lines.at(k - 1).text.size() <= 24
                    && !lines.at(k - 1).text.contains(u'。') && !lines.at(k - 1).text.contains(u','))
                    prefix = compactOf(lines.at(k - 1).text, 40);
                if (analysis.items.last().title.isEmpty())
                    analysis.items.last().title = prefix + before;
            }
            analysis.items.append(item);
        }
        for (qsizetype k = 0; k < analysis.items.size(); ++k)
            analysis.items[k].end = k + 1 < analysis.items.size() ? analysis.items.at(k + 1).start : original.size();
        QList<ItemSpan> ordered = analysis.items;
        std::sort(ordered.begin(), ordered.end(), [](const ItemSpan &a, const ItemSpan &b) { return a.number < b.number; });
        for (const ItemSpan &item : ordered)
            doc.highlights.append({item.number, item.title, item.start, item.end});
    }

    // Openers and bylines, in text order.
    QList<Event> events;
    QString lastHeading;
    for (int k = 0; k < lines.size(); ++k) {
        const Line &line = lines.at(k);
        if (line.text.isEmpty())
            continue;
        const bool previousBlank = k == 0 || lines.at(k - 1).text.isEmpty();
        const bool previousEnded = k > 0 && !lines.at(k - 1).text.isEmpty()
                                   && (isSentenceEnd(lines.at(k - 1).text.back()) || isReporterLine(lines.at(k - 1).text));
        const bool nextBlank = k + 1 >= lines.size() || lines.at(k + 1).text.isEmpty();

        // Person byline: a name alone on its line, then one or two lines of offices.
        if (allHan(line.text) && line.text.size() >= 2 && line.text.size() <= 4 && k + 1 < lines.size()) {
            int last = -1;
            Named named;
            for (int n = k + 1; n < lines.size() && n <= k + 3; ++n) {
                const QStringView office = lines.at(n).text;
                if (office.isEmpty() || office.size() > 30 || !hasRoleWord(office) || office.contains(u'。'))
                    break;
                if (named.region.isEmpty())
                    named = firstShaanxiMention(office, gazetteer);
                last = n;
            }
            if (last > 0 && !named.region.isEmpty()) {
                Event event;
                event.kind = Event::Kind::Byline;
                event.start = toOriginal(line.start);
                event.end = toOriginalEnd(lines.at(last).end);
                event.region = named.region;
                event.subregion = named.subregion;
                event.speaker = line.text.toString();
                events.append(event);
                k = last;
                continue;
            }
        }
        // Office and name on one line: "榆林市人大常委会副主任、市总工会主席 马治东".
        if (line.text.size() <= 40 && previousBlank && nextBlank && hasRoleWord(line.text)
            && !line.text.contains(u'。') && !line.text.contains(u'，')) {
            const Named named = firstShaanxiMention(line.text, gazetteer);
            const qsizetype space = line.text.lastIndexOf(u' ');
            if (!named.region.isEmpty() && space > 0 && allHan(QStringView(line.text).sliced(space + 1))) {
                Event event;
                event.kind = Event::Kind::Byline;
                event.start = toOriginal(line.start);
                event.end = toOriginalEnd(line.end);
                event.region = named.region;
                event.subregion = named.subregion;
                event.speaker = line.text.sliced(space + 1).toString();
                events.append(event);
                continue;
            }
        }
        // Organisation byline: "杨凌示范区总工会" alone between blank lines.
        if (previousBlank && nextBlank && line.text.size() <= 16 && allHan(line.text) && line.text.endsWith(u"工会")) {
            const Named named = firstShaanxiMention(line.text, gazetteer);
            if (!named.region.isEmpty()) {
                Event event;
                event.kind = Event::Kind::Byline;
                event.start = toOriginal(line.start);
                event.end = toOriginalEnd(line.end);
                event.region = named.region;
                event.subregion = named.subregion;
                events.append(event);
                continue;
            }
        }
        if (!previousBlank && !previousEnded && !line.text.startsWith(u"本报讯")) {
            continue;
        }
        // Short lines without a full stop are headings: remembered for the block that follows.
        if (line.text.size() <= 30 && !line.text.contains(u'。') && !line.text.contains(u',') && nextBlank
            && !line.text.startsWith(u"本报讯")) {
            lastHeading = line.text.toString();
            Event event;
            event.kind = Event::Kind::Heading;
            event.start = toOriginal(line.start);
            event.end = toOriginalEnd(line.end);
            event.heading = lastHeading;
            events.append(event);
            continue;
        }
        // Opener: the paragraph names its subject first ("2020年，西安市总工会…", "本报讯（李欣）今年以来，
        // 宝鸡市陈仓区总工会…"): at its start or right after a short lead-in (a date, 近日), followed by
        // its union or government. A place named later in the clause is an object or a venue.
        QString head = compactOf(QStringView(text).sliced(line.start), kOpenerReach);
        if (!head.isEmpty() && isItemBullet(head.front()))
            head.remove(0, 1);
        const qsizetype stop = head.indexOf(u'。');
        if (stop >= 0)
            head.truncate(stop);
        const bool newsItem = head.startsWith(u"本报讯");
        const qsizetype comma = head.indexOf(u',');
        Named named = firstShaanxiMention(head, gazetteer, true);
        const bool subjectFirst = named.start == 0 || (comma >= 0 && comma <= 20 && named.start == comma + 1);
        if (!subjectFirst || opensAList(head, named))
            named = Named();
        if (named.region.isEmpty() && !newsItem)
            continue;
        if (named.region.isEmpty()) {
            named.region = doc.region; // a news item without named subject: its byline may claim it
        }
        Event event;
        event.kind = Event::Kind::Opener;
        event.start = toOriginal(line.start);
        event.end = event.start;
        event.region = named.region;
        event.subregion = named.subregion;
        if (const int year = leadingYear(head); year && comma >= 0 && comma <= 12)
            event.year = year;
        event.heading = lastHeading;
        event.unclaimed = named.start < 0;
        lastHeading.clear();
        events.append(event);
    }

    // Walk the events: openers set the region; a byline after a block closes it, one before a block
    // without subject claims that block (a news item whose byline comes at its end).
    enum class State { Document, Open, Unclaimed, Closed };
    State state = State::Document;
    QString region = doc.region;
    QString subregion;
    int year = doc.year;
    int block = -1;
    qsizetype pendingStart = 0;
    auto emitSpan = [&](qsizetype end, const QString &r, const QString &sub, int y, int b) {
        if (end <= pendingStart)
            return;
        analysis.spans.append({pendingStart, end, r, sub, y, b});
        pendingStart = end;
    };
    auto addBlock = [&](const Event &event, qsizetype start) {
        Block b;
        b.heading = event.heading;
        b.region = event.region;
        b.subregion = event.subregion;
        b.speaker = event.speaker;
        b.start = start;
        b.end = start;
        doc.blocks.append(b);
        return static_cast<int>(doc.blocks.size() - 1);
    };
    for (qsizetype e = 0; e < events.size(); ++e) {
        const Event &event = events.at(e);
        if (event.kind == Event::Kind::Opener) {
            emitSpan(event.start, region, subregion, year, block);
            region = event.region;
            subregion = event.subregion;
            if (event.year)
                year = event.year;
            state = event.unclaimed ? State::Unclaimed : State::Open;
            block = addBlock(event, event.start);
            // A leading byline (just before) names the speaker of this block.
            qsizetype preceding = e - 1;
            while (preceding >= 0 && events.at(preceding).kind == Event::Kind::Heading)
                --preceding;
            if (preceding >= 0 && events.at(preceding).kind == Event::Kind::Byline
                && events.at(preceding).region == event.region
                && event.start - events.at(preceding).end <= kLeadingBylineGap)
                doc.blocks[block].speaker = events.at(preceding).speaker;
            continue;
        }
        if (event.kind == Event::Kind::Heading) {
            // After a closed block, a heading ends the block's continuation (text that a layout put
            // after its byline); what follows may be claimed by the next byline.
            if (state == State::Closed)
                emitSpan(event.start, region, subregion, year, block);
            continue;
        }
        // Byline.
        qsizetype following = e + 1;
        while (following < events.size() && events.at(following).kind == Event::Kind::Heading)
            ++following;
        const bool leading = following < events.size() && events.at(following).kind == Event::Kind::Opener
                             && events.at(following).region == event.region
                             && events.at(following).start - event.end <= kLeadingBylineGap;
        if (leading) {
            emitSpan(event.start, region, subregion, year, block);
            continue;
        }
        if (state == State::Open) {
            emitSpan(event.end, region, subregion, year, block);
            if (block >= 0 && doc.blocks[block].speaker.isEmpty() && event.region == region)
                doc.blocks[block].speaker = event.speaker;
            state = State::Closed;
            continue;
        }
        // Unclaimed text before a trailing byline belongs to it.
        Event claim = event;
        claim.heading = lastHeading;
        const int claimed = addBlock(claim, pendingStart);
        emitSpan(event.end, event.region, event.subregion, year, claimed);
        region = event.region;
        subregion = event.subregion;
        block = claimed;
        state = State::Closed;
    }
    emitSpan(original.size(), region, subregion, year, block);
    for (const AttributionSpan &span : analysis.spans) {
        if (span.block >= 0)
            doc.blocks[span.block].end = qMax(doc.blocks[span.block].end, span.end);
    }
    return analysis;
}

} // namespace ub
