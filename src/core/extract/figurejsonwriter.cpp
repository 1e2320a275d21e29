#include "figurejsonwriter.h"

#include <QLocale>

#include <cmath>

namespace ub {

namespace {

constexpr char kHex[] = "0123456789abcdef";

void appendInteger(QByteArray &out, qint64 value)
{
    char digits[24];
    char *end = digits + sizeof digits;
    char *p = end;
    quint64 magnitude = value < 0 ? quint64(0) - quint64(value) : quint64(value);
    do {
        *--p = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude);
    if (value < 0)
        *--p = '-';
    out.append(p, end - p);
}

} // namespace

void FigureJsonWriter::appendString(QByteArray &out, QStringView text)
{
    // Written through a pointer into room made for the worst case (6 bytes a unit, an escape),
    // then cut to size: appending byte by byte cost a capacity check per byte.
    const qsizetype start = out.size();
    out.resize(start + text.size() * 6 + 2);
    char *p = out.data() + start;
    *p++ = '"';
    const char16_t *src = text.utf16();
    const char16_t *const end = src + text.size();
    while (src != end) {
        const char16_t u = *src++;
        if (u < 0x80) {
            if (u >= 0x20 && u != '"' && u != '\\') {
                *p++ = char(u);
                continue;
            }
            *p++ = '\\';
            switch (u) {
            case '"': *p++ = '"'; break;
            case '\\': *p++ = '\\'; break;
            case 0x8: *p++ = 'b'; break;
            case 0xc: *p++ = 'f'; break;
            case 0xa: *p++ = 'n'; break;
            case 0xd: *p++ = 'r'; break;
            case 0x9: *p++ = 't'; break;
            default:
                *p++ = 'u';
                *p++ = '0';
                *p++ = '0';
                *p++ = kHex[u >> 4];
                *p++ = kHex[u & 0xf];
            }
        } else if (u < 0x800) {
            *p++ = char(0xc0 | (u >> 6));
            *p++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && src != end && QChar::isLowSurrogate(*src)) {
            const char32_t c = QChar::surrogateToUcs4(u, *src++);
            *p++ = char(0xf0 | (c >> 18));
            *p++ = char(0x80 | ((c >> 12) & 0x3f));
            *p++ = char(0x80 | ((c >> 6) & 0x3f));
            *p++ = char(0x80 | (c & 0x3f));
        } else if (QChar::isSurrogate(u)) {
            // A lone surrogate has no UTF-8: Qt escapes it.
            *p++ = '\\';
            *p++ = 'u';
            *p++ = kHex[(u >> 12) & 0xf];
            *p++ = kHex[(u >> 8) & 0xf];
            *p++ = kHex[(u >> 4) & 0xf];
            *p++ = kHex[u & 0xf];
        } else {
            *p++ = char(0xe0 | (u >> 12));
            *p++ = char(0x80 | ((u >> 6) & 0x3f));
            *p++ = char(0x80 | (u & 0x3f));
        }
    }
    *p++ = '"';
    out.resize(p - out.constData());
}

void FigureJsonWriter::appendNumber(QByteArray &out, double value)
{
    // QJsonValue(double) keeps an integral value within 2^53 as an integer (no digits the double
    // does not hold); QJsonDocument writes other finite values in their shortest form, the rest as null.
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) <= 9007199254740992.0) {
        appendInteger(out, qint64(value));
        return;
    }
    if (!std::isfinite(value)) {
        out.append("null");
        return;
    }
    out.append(QByteArray::number(value, 'g', QLocale::FloatingPointShortest));
}

void FigureJsonWriter::key(QByteArrayView name)
{
    m_out.append(m_first ? '{' : ',');
    m_first = false;
    m_out.append('"');
    m_out.append(name);
    m_out.append("\":", 2);
}

void FigureJsonWriter::sentence(const QString &text)
{
    // Neighbouring figures share their sentence, often the very same string: encoded once.
    const bool same = text.size() == m_lastSentence.size() &&
                      (text.constData() == m_lastSentence.constData() || text == m_lastSentence);
    if (!same) {
        m_lastSentence = text;
        m_lastSentenceJson.clear();
        appendString(m_lastSentenceJson, text);
    }
    m_out.append(m_lastSentenceJson);
}

void FigureJsonWriter::write(const Figure &f, QStringView documentName, const FigureJsonExtras &extras)
{
    m_first = true;
    // The keys in QJsonObject's order: sorted.
    if (f.asOf > 0) {
        key("as_of");
        appendInteger(m_out, f.asOf);
    }
    key("block");
    appendInteger(m_out, f.block);
    key("category");
    appendString(m_out, toKey(f.category));
    if (extras.confidence >= 0) {
        key("confidence");
        appendInteger(m_out, extras.confidence);
    }
    key("doc");
    appendString(m_out, documentName);
    if (extras.edited >= 0) {
        key("edited");
        m_out.append(extras.edited ? "true" : "false");
    }
    key("end");
    appendInteger(m_out, f.end);
    key("fact");
    appendInteger(m_out, f.fact);
    if (extras.features) {
        key("features");
        m_out.append('[');
        for (qsizetype i = 0; i < extras.features->size(); ++i) {
            if (i > 0)
                m_out.append(',');
            appendString(m_out, extras.features->at(i));
        }
        m_out.append(']');
    }
    if (f.highlightItem > 0) {
        key("highlight_item");
        appendInteger(m_out, f.highlightItem);
    }
    if (extras.id >= 0) {
        key("id");
        appendInteger(m_out, extras.id);
    }
    key("indicator");
    appendString(m_out, f.indicator);
    key("kind");
    appendString(m_out, toKey(f.kind));
    if (f.page > 0) {
        key("page");
        appendInteger(m_out, f.page);
    }
    if (extras.primary >= 0) {
        key("primary");
        m_out.append(extras.primary ? "true" : "false");
    }
    key("qualifier");
    appendString(m_out, toKey(f.qualifier));
    key("quote");
    appendString(m_out, f.quote);
    key("region");
    appendString(m_out, f.region);
    key("sentence");
    sentence(f.sentence);
    key("sentence_start");
    appendInteger(m_out, f.sentenceStart);
    key("start");
    appendInteger(m_out, f.start);
    key("subject");
    appendString(m_out, f.subject);
    key("subregion");
    appendString(m_out, f.subregion);
    key("unit");
    appendString(m_out, toKey(f.unit));
    key("unit_text");
    appendString(m_out, f.unitText);
    key("value");
    appendNumber(m_out, f.value);
    key("year");
    appendInteger(m_out, f.year);
    m_out.append("}\n");
}

} // namespace ub
