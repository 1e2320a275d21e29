#include "gazetteer.h"

#include <QFile>

#include <algorithm>
#include <utility>

namespace ub {

namespace {

const QString kShaanxiHeader = QStringLiteral("code\tname\tlevel\tparent_code\tprefecture\taliases");
const QString kProvincesHeader = QStringLiteral("code\tname\tlevel\tprovince\taliases");
const QString kUnitsHeader = QStringLiteral("name\tregion\taliases");

/** One data line of a tsv file, with its 1-based line number for messages. */
struct TsvLine
{
    int number = 0;
    QStringList fields;
};

bool readTsv(const QString &path, const QString &header, int columns, QList<TsvLine> *lines, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot open: %2").arg(path, file.errorString());
        return false;
    }
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QStringList rawLines = text.split(u'\n');
    bool sawHeader = false;
    for (int i = 0; i < rawLines.size(); ++i) {
        QString line = rawLines.at(i);
        if (line.endsWith(u'\r'))
            line.chop(1);
        const int number = i + 1;
        if (!sawHeader) {
            if (line != header) {
                *error = QStringLiteral("%1:%2: expected the header line \"%3\"")
                             .arg(path)
                             .arg(number)
                             .arg(header);
                return false;
            }
            sawHeader = true;
            continue;
        }
        // Blank lines and '#' comments let the data be grouped and annotated.
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        TsvLine parsed{number, line.split(u'\t')};
        if (parsed.fields.size() != columns) {
            *error = QStringLiteral("%1:%2: expected %3 tab-separated columns, found %4")
                         .arg(path)
                         .arg(number)
                         .arg(columns)
                         .arg(parsed.fields.size());
            return false;
        }
        for (QString &field : parsed.fields)
            field = field.trimmed();
        lines->append(parsed);
    }
    if (!sawHeader) {
        *error = QStringLiteral("%1:1: empty file, expected the header line").arg(path);
        return false;
    }
    return true;
}

bool isCode(const QString &code)
{
    if (code.size() != 6)
        return false;
    for (const QChar c : code) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

bool parseLevel(const QString &text, RegionEntry::Level *level)
{
    if (text == u"province")
        *level = RegionEntry::Level::Province;
    else if (text == u"prefecture")
        *level = RegionEntry::Level::Prefecture;
    else if (text == u"county")
        *level = RegionEntry::Level::County;
    else
        return false;
    return true;
}

/** Splits the aliases column into plain aliases and risky ('*') ones; an official name listed with
 *  '*' marks the name itself as risky. */
bool parseAliases(const QString &column, const QString &name, RegionEntry *entry, QString *problem)
{
    if (column.isEmpty())
        return true;
    const QStringList parts = column.split(u'|');
    for (QString part : parts) {
        part = part.trimmed();
        bool risky = false;
        if (part.endsWith(u'*')) {
            risky = true;
            part.chop(1);
        }
        if (part.isEmpty() || part.contains(u'*')) {
            *problem = QStringLiteral("bad alias \"%1\" (empty, or '*' not at the end)").arg(column);
            return false;
        }
        if (part == name) {
            if (!risky) {
                *problem = QStringLiteral("alias \"%1\" repeats the name").arg(part);
                return false;
            }
        } else if (entry->aliases.contains(part)) {
            *problem = QStringLiteral("alias \"%1\" listed twice").arg(part);
            return false;
        } else {
            entry->aliases.append(part);
        }
        if (risky)
            entry->riskyAliases.append(part);
    }
    return true;
}

// List separators joining names in an enumeration such as 未央、雁塔、长安等区.
bool isListSeparator(QChar c)
{
    return c == u'、' || c == u'和' || c == u'与' || c == u'及';
}

// Words that, right after a risky short form, show it names a place: 周至总工会, 长安区委.
bool followedByInstitution(QStringView text, qsizetype end)
{
    static const char16_t *const anchors[] = {u"总工会", u"工会", u"人民政府", u"政府", u"党委",
                                              u"县委",   u"区委", u"市委",     u"人大", u"政协"};
    const QStringView rest = text.mid(end);
    for (const char16_t *anchor : anchors) {
        if (rest.startsWith(QStringView(anchor)))
            return true;
    }
    return false;
}

} // namespace

struct Gazetteer::Candidate
{
    Match match;
    bool accepted = false; // false: a risky name kept only because it may sit in an enumeration
};

const Gazetteer &Gazetteer::shaanxi()
{
    // A function-local static is initialised exactly once, even with concurrent callers.
    static const Gazetteer instance = [] {
        Gazetteer g;
        QString error;
        if (!g.load(QStringLiteral(":/ub/data/regions/shaanxi.tsv"),
                    QStringLiteral(":/ub/data/regions/provinces.tsv"), &error,
                    QStringLiteral(":/ub/data/regions/units.tsv")))
            qCritical("Embedded gazetteer failed to load: %s", qUtf8Printable(error));
        return g;
    }();
    return instance;
}

bool Gazetteer::load(const QString &shaanxiTsvPath, const QString &provincesTsvPath, QString *error,
                     const QString &unitsTsvPath)
{
    QString localError;
    QString &err = error ? *error : localError;

    // Everything is built in a fresh object and swapped in only when all of it is valid.
    Gazetteer g;
    QHash<QString, QString> keyWhere; // name/alias -> "file:line" of its first definition

    auto addKey = [&](const QString &key, qint32 target, bool risky, const QString &where) {
        if (keyWhere.contains(key)) {
            err = QStringLiteral("%1: name or alias \"%2\" is already defined at %3")
                      .arg(where, key, keyWhere.value(key));
            return false;
        }
        keyWhere.insert(key, where);
        g.m_keyIndex.insert(key, qint32(g.m_keys.size()));
        g.m_keys.append(Key{target, risky});
        return true;
    };
    auto addCode = [&](const QString &code, qint32 target, const QString &where) {
        if (!isCode(code)) {
            err = QStringLiteral("%1: bad code \"%2\" (expected 6 digits)").arg(where, code);
            return false;
        }
        if (g.m_codeIndex.contains(code)) {
            err = QStringLiteral("%1: duplicate code %2").arg(where, code);
            return false;
        }
        g.m_codeIndex.insert(code, target);
        return true;
    };

    // --- shaanxi.tsv
    QList<TsvLine> lines;
    if (!readTsv(shaanxiTsvPath, kShaanxiHeader, 6, &lines, &err))
        return false;
    QList<QString> shaanxiWhere;
    for (const TsvLine &line : std::as_const(lines)) {
        const QString where = QStringLiteral("%1:%2").arg(shaanxiTsvPath).arg(line.number);
        RegionEntry e;
        e.code = line.fields.at(0);
        e.name = line.fields.at(1);
        e.parentCode = line.fields.at(3);
        e.prefecture = line.fields.at(4);
        if (e.name.isEmpty()) {
            err = QStringLiteral("%1: empty name").arg(where);
            return false;
        }
        if (!parseLevel(line.fields.at(2), &e.level)) {
            err = QStringLiteral("%1: bad level \"%2\" (province, prefecture or county)")
                      .arg(where, line.fields.at(2));
            return false;
        }
        if (!e.code.startsWith(u"61") && isCode(e.code)) {
            err = QStringLiteral("%1: code %2 is not a Shaanxi code (61xxxx)").arg(where, e.code);
            return false;
        }
        QString problem;
        if (!parseAliases(line.fields.at(5), e.name, &e, &problem)) {
            err = QStringLiteral("%1: %2").arg(where, problem);
            return false;
        }
        const qint32 target = qint32(g.m_entries.size());
        if (!addCode(e.code, target, where) ||
            !addKey(e.name, target, e.riskyAliases.contains(e.name), where))
            return false;
        for (const QString &alias : std::as_const(e.aliases)) {
            if (!addKey(alias, target, e.riskyAliases.contains(alias), where))
                return false;
        }
        g.m_entries.append(e);
        shaanxiWhere.append(where);
    }

    // The hierarchy is checked once every row is known, so rows may come in any order.
    int provinces = 0;
    for (qsizetype i = 0; i < g.m_entries.size(); ++i) {
        const RegionEntry &e = g.m_entries.at(i);
        const QString &where = shaanxiWhere.at(i);
        if (e.level == RegionEntry::Level::Province) {
            ++provinces;
            g.m_shaanxiName = e.name;
            if (!e.parentCode.isEmpty() || e.prefecture != e.name) {
                err = QStringLiteral("%1: the province has no parent and is its own prefecture").arg(where);
                return false;
            }
            continue;
        }
        const RegionEntry *parent = g.byCode(e.parentCode);
        if (!parent) {
            err = QStringLiteral("%1: unknown parent_code \"%2\"").arg(where, e.parentCode);
            return false;
        }
        if (e.level == RegionEntry::Level::Prefecture) {
            if (parent->level != RegionEntry::Level::Province || e.prefecture != e.name) {
                err = QStringLiteral("%1: a prefecture's parent is the province and its prefecture is itself")
                          .arg(where);
                return false;
            }
        } else if (parent->level != RegionEntry::Level::Prefecture || parent->name != e.prefecture) {
            err = QStringLiteral("%1: prefecture \"%2\" is not the prefecture-level parent %3")
                      .arg(where, e.prefecture, e.parentCode);
            return false;
        }
    }
    if (provinces != 1) {
        err = QStringLiteral("%1: expected exactly one province row, found %2")
                  .arg(shaanxiTsvPath)
                  .arg(provinces);
        return false;
    }

    // --- units.tsv: named bodies that roll up to the province or a prefecture-level unit
    if (!unitsTsvPath.isEmpty()) {
        lines.clear();
        if (!readTsv(unitsTsvPath, kUnitsHeader, 3, &lines, &err))
            return false;
        for (const TsvLine &line : std::as_const(lines)) {
            const QString where = QStringLiteral("%1:%2").arg(unitsTsvPath).arg(line.number);
            RegionEntry e;
            e.name = line.fields.at(0);
            e.level = RegionEntry::Level::Unit;
            e.prefecture = line.fields.at(1);
            if (e.name.isEmpty()) {
                err = QStringLiteral("%1: empty name").arg(where);
                return false;
            }
            const RegionEntry *region = nullptr;
            for (const RegionEntry &candidate : std::as_const(g.m_entries)) {
                if (candidate.name == e.prefecture && candidate.level != RegionEntry::Level::County
                    && candidate.level != RegionEntry::Level::Unit)
                    region = &candidate;
            }
            if (!region) {
                err = QStringLiteral("%1: region \"%2\" is neither the province nor a prefecture-level unit")
                          .arg(where, e.prefecture);
                return false;
            }
            e.parentCode = region->code;
            QString problem;
            if (!parseAliases(line.fields.at(2), e.name, &e, &problem)) {
                err = QStringLiteral("%1: %2").arg(where, problem);
                return false;
            }
            const qint32 target = kUnitTarget + qint32(g.m_units.size());
            if (!addKey(e.name, target, e.riskyAliases.contains(e.name), where))
                return false;
            for (const QString &alias : std::as_const(e.aliases)) {
                if (!addKey(alias, target, e.riskyAliases.contains(alias), where))
                    return false;
            }
            g.m_units.append(e);
        }
    }

    // --- provinces.tsv
    lines.clear();
    if (!readTsv(provincesTsvPath, kProvincesHeader, 5, &lines, &err))
        return false;
    QHash<QString, QString> provinceCodes; // province name -> code
    QList<QString> outsideWhere;
    for (const TsvLine &line : std::as_const(lines)) {
        const QString where = QStringLiteral("%1:%2").arg(provincesTsvPath).arg(line.number);
        RegionEntry e;
        e.code = line.fields.at(0);
        e.name = line.fields.at(1);
        e.prefecture = line.fields.at(3); // the province
        if (e.name.isEmpty()) {
            err = QStringLiteral("%1: empty name").arg(where);
            return false;
        }
        if (!parseLevel(line.fields.at(2), &e.level)) {
            err = QStringLiteral("%1: bad level \"%2\" (province, prefecture or county)")
                      .arg(where, line.fields.at(2));
            return false;
        }
        if (e.code.startsWith(u"61")) {
            err = QStringLiteral("%1: code %2 is a Shaanxi code; Shaanxi rows belong in shaanxi.tsv")
                      .arg(where, e.code);
            return false;
        }
        QString problem;
        if (!parseAliases(line.fields.at(4), e.name, &e, &problem)) {
            err = QStringLiteral("%1: %2").arg(where, problem);
            return false;
        }
        const qint32 target = -qint32(g.m_outside.size()) - 1;
        if (!addCode(e.code, target, where) ||
            !addKey(e.name, target, e.riskyAliases.contains(e.name), where))
            return false;
        for (const QString &alias : std::as_const(e.aliases)) {
            if (!addKey(alias, target, e.riskyAliases.contains(alias), where))
                return false;
        }
        if (e.level == RegionEntry::Level::Province)
            provinceCodes.insert(e.name, e.code);
        g.m_outside.append(e);
        outsideWhere.append(where);
    }
    for (qsizetype i = 0; i < g.m_outside.size(); ++i) {
        RegionEntry &e = g.m_outside[i];
        const QString &where = outsideWhere.at(i);
        const auto province = provinceCodes.constFind(e.prefecture);
        if (province == provinceCodes.cend()) {
            err = QStringLiteral("%1: unknown province \"%2\"").arg(where, e.prefecture);
            return false;
        }
        if (e.level == RegionEntry::Level::Province ? e.prefecture != e.name
                                                    : !e.code.startsWith(province->left(2))) {
            err =
                QStringLiteral("%1: code %2 does not belong to province %3").arg(where, e.code, e.prefecture);
            return false;
        }
        e.parentCode = e.level == RegionEntry::Level::Province ? QString() : *province;
    }

    // --- the trie over every name and alias
    g.m_nodeKey.append(-1);
    for (auto it = g.m_keyIndex.cbegin(); it != g.m_keyIndex.cend(); ++it) {
        qint32 node = 0;
        for (const QChar c : it.key()) {
            const quint64 edge = (quint64(node) << 16) | c.unicode();
            auto child = g.m_edges.constFind(edge);
            if (child == g.m_edges.cend()) {
                const qint32 created = qint32(g.m_nodeKey.size());
                g.m_nodeKey.append(-1);
                child = g.m_edges.insert(edge, created);
            }
            node = *child;
        }
        g.m_nodeKey[node] = it.value();
    }
    g.m_rootChild.assign(0x10000, 0);
    g.m_isFirst.assign(0x10000 / 64, 0);
    for (auto it = g.m_edges.cbegin(); it != g.m_edges.cend(); ++it) {
        if ((it.key() >> 16) == 0) {
            const quint64 first = it.key() & 0xFFFF;
            g.m_rootChild[first] = it.value();
            g.m_isFirst[first >> 6] |= quint64(1) << (first & 63);
        }
    }

    *this = std::move(g);
    return true;
}

const RegionEntry *Gazetteer::targetEntry(qint32 target) const
{
    if (target >= kUnitTarget)
        return &m_units.at(target - kUnitTarget);
    return target >= 0 ? &m_entries.at(target) : &m_outside.at(-target - 1);
}

QString Gazetteer::provinceOf(qint32 target) const
{
    return target >= 0 ? m_shaanxiName : m_outside.at(-target - 1).prefecture;
}

// The prefecture-level unit a target belongs to; empty for provinces.
QString Gazetteer::prefectureGroupOf(qint32 target) const
{
    const RegionEntry *e = targetEntry(target);
    if (e->level == RegionEntry::Level::Province
        || (e->level == RegionEntry::Level::Unit && e->prefecture == m_shaanxiName))
        return {};
    if (target >= 0)
        return e->prefecture;
    return e->name; // outside cities are listed as prefecture-level or province-administered units
}

// Whether two adjacent names belong together (宝鸡太白, 陕西安康, 河南郑州): the same prefecture-level
// unit, or one is a province and the other lies in it.
bool Gazetteer::sameArea(qint32 a, qint32 b) const
{
    if (a == b)
        return false;
    const QString prefA = prefectureGroupOf(a);
    const QString prefB = prefectureGroupOf(b);
    if (!prefA.isEmpty() && prefA == prefB)
        return true;
    if (prefA.isEmpty() != prefB.isEmpty())
        return provinceOf(a) == provinceOf(b);
    return false;
}

namespace {

// PDF text breaks lines inside names (千 阳县, 延安\n市), so a little whitespace may sit inside one.
constexpr int kMaxInnerWhitespace = 3;

bool isInnerWhitespace(QChar c)
{
    return c == u' ' || c == u'\n' || c == u'\r' || c == u'\t' || c == QChar(0x3000);
}

} // namespace

template<typename OnName> void Gazetteer::walk(QStringView text, qsizetype pos, OnName onName) const
{
    if (m_rootChild.empty())
        return; // never loaded
    qint32 node = 0;
    int whitespace = 0;
    for (qsizetype i = pos; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (node != 0 && isInnerWhitespace(c)) {
            if (++whitespace > kMaxInnerWhitespace)
                return;
            continue;
        }
        whitespace = 0;
        if (node == 0) {
            const char16_t unit = c.unicode();
            if (!((m_isFirst[unit >> 6] >> (unit & 63)) & 1))
                return;
            node = m_rootChild[unit];
        } else {
            const auto child = m_edges.constFind((quint64(node) << 16) | c.unicode());
            if (child == m_edges.cend())
                return;
            node = *child;
        }
        const qint32 key = m_nodeKey.at(node);
        if (key >= 0)
            onName(key, i + 1);
    }
}

void Gazetteer::matchesAt(QStringView text, qsizetype pos, QList<Match> *out) const
{
    out->clear();
    walk(text, pos, [&](qint32 key, qsizetype end) { out->append(Match{key, pos, end}); });
}

// The length of the longest name without the '*' rule starting at pos; 0 when none.
qint32 Gazetteer::longestSafeAt(QStringView text, qsizetype pos) const
{
    qint32 best = 0;
    walk(text, pos, [&](qint32 key, qsizetype end) {
        if (!m_keys.at(key).risky)
            best = qint32(end - pos);
    });
    return best;
}

const RegionEntry *Gazetteer::find(QStringView nameOrAlias) const
{
    const auto it = m_keyIndex.constFind(nameOrAlias.toString());
    if (it == m_keyIndex.cend())
        return nullptr;
    const qint32 target = m_keys.at(*it).target;
    return target >= 0 ? targetEntry(target) : nullptr;
}

QString Gazetteer::prefectureOf(QStringView nameOrAlias) const
{
    const RegionEntry *e = find(nameOrAlias);
    return e ? e->prefecture : QString();
}

QString Gazetteer::outsideProvinceOf(QStringView nameOrAlias) const
{
    const auto it = m_keyIndex.constFind(nameOrAlias.toString());
    if (it == m_keyIndex.cend())
        return {};
    const qint32 target = m_keys.at(*it).target;
    return target < 0 ? m_outside.at(-target - 1).prefecture : QString();
}

const RegionEntry *Gazetteer::byCode(QStringView code) const
{
    const auto it = m_codeIndex.constFind(code.toString());
    if (it == m_codeIndex.cend() || *it < 0)
        return nullptr;
    return &m_entries.at(*it);
}

QStringList Gazetteer::prefectures() const
{
    QList<const RegionEntry *> found;
    for (const RegionEntry &e : m_entries) {
        if (e.level == RegionEntry::Level::Prefecture)
            found.append(&e);
    }
    // Code order puts the project code 619900 (杨凌示范区) after 611000 (商洛市).
    std::sort(found.begin(), found.end(),
              [](const RegionEntry *a, const RegionEntry *b) { return a->code < b->code; });
    QStringList names;
    for (const RegionEntry *e : std::as_const(found))
        names.append(e->name);
    return names;
}

const QList<RegionEntry> &Gazetteer::entries() const
{
    return m_entries;
}

const QList<RegionEntry> &Gazetteer::units() const
{
    return m_units;
}

const QList<RegionEntry> &Gazetteer::outsideEntries() const
{
    return m_outside;
}

QList<RegionMention> Gazetteer::findMentions(QStringView text) const
{
    QList<Candidate> candidates;
    QList<Match> here;
    QList<Match> next;

    // Whether a name starting at pos without the '*' rule lies in the same area as target.
    auto sameAreaNameAt = [&](qsizetype pos, qint32 target) {
        matchesAt(text, pos, &next);
        for (const Match &m : std::as_const(next)) {
            const Key &k = m_keys.at(m.key);
            if (!k.risky && sameArea(k.target, target))
                return true;
        }
        return false;
    };

    // Pass 1: leftmost, longest names; a risky one is taken when its context confirms it, or
    // provisionally when it touches a list separator.
    qsizetype pos = 0;
    const char16_t *data = text.utf16();
    const qsizetype size = text.size();
    const quint64 *isFirst = m_isFirst.empty() ? nullptr : m_isFirst.data();
    while (pos < size) {
        // Where no name starts, what matchesAt() would find, without the call (#7); skipped in a
        // tight loop over the raw text (#19).
        if (!isFirst)
            break;
        while (pos < size && !((isFirst[data[pos] >> 6] >> (data[pos] & 63)) & 1))
            ++pos;
        if (pos == size)
            break;
        matchesAt(text, pos, &here);
        if (here.isEmpty()) {
            ++pos;
            continue;
        }
        const Candidate *previous = candidates.isEmpty() ? nullptr : &candidates.constLast();
        bool picked = false;
        Candidate chosen;
        for (qsizetype i = here.size() - 1; i >= 0 && !picked; --i) {
            const Match &m = here.at(i);
            const Key &k = m_keys.at(m.key);
            chosen = Candidate{m, true};
            if (!k.risky) {
                picked = true;
            } else if (followedByInstitution(text, m.end) ||
                       (previous && previous->accepted && previous->match.end == m.start &&
                        sameArea(m_keys.at(previous->match.key).target, k.target)) ||
                       sameAreaNameAt(m.end, k.target)) {
                picked = true;
            } else if ((m.end < text.size() && isListSeparator(text.at(m.end))) ||
                       (previous && previous->match.end + 1 == m.start &&
                        isListSeparator(text.at(m.start - 1)))) {
                chosen.accepted = false;
                picked = true;
            }
        }
        if (!picked) {
            ++pos;
            continue;
        }
        // A strictly longer name starting inside this one wins: 推广西安市 is 西安市, not 广西.
        const qint32 length = qint32(chosen.match.end - chosen.match.start);
        bool overtaken = false;
        for (qsizetype j = chosen.match.start + 1; j < chosen.match.end && !overtaken; ++j) {
            const qint32 other = longestSafeAt(text, j);
            overtaken = other > length && j + other > chosen.match.end;
        }
        if (overtaken) {
            ++pos;
            continue;
        }
        candidates.append(chosen);
        pos = chosen.match.end;
    }

    // Pass 2: a provisional name counts when a list separator joins it to another name
    // (未央、雁塔、长安等区); alone it is an ordinary word (延长、扩大).
    QList<RegionMention> mentions;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        const Candidate &c = candidates.at(i);
        bool keep = c.accepted;
        if (!keep) {
            const bool joinedBefore = i > 0 && candidates.at(i - 1).match.end + 1 == c.match.start &&
                                      isListSeparator(text.at(c.match.start - 1));
            const bool joinedAfter = i + 1 < candidates.size() &&
                                     c.match.end + 1 == candidates.at(i + 1).match.start &&
                                     isListSeparator(text.at(c.match.end));
            keep = joinedBefore || joinedAfter;
        }
        if (!keep)
            continue;
        const qint32 target = m_keys.at(c.match.key).target;
        RegionMention mention;
        mention.start = c.match.start;
        mention.end = c.match.end;
        mention.matchedText = text.mid(c.match.start, c.match.end - c.match.start).toString();
        if (target >= 0)
            mention.entry = targetEntry(target);
        else
            mention.outsideProvince = m_outside.at(-target - 1).prefecture;
        mentions.append(mention);
    }
    return mentions;
}

} // namespace ub
