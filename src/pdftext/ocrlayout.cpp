#include "ocrlayout.h"

#include <utility>

namespace ub::pdftext {

namespace {

bool inRange(char32_t character, char32_t first, char32_t last)
{
    return character >= first && character <= last;
}

/** Unicode general punctuation that Chinese text sets without spaces: quotes, dashes, ellipsis. */
bool isChinesePunctuation(char32_t character)
{
    return character == 0x00B7 // middle dot, as in 弘扬梦桃精神·助推班组建设
           || inRange(character, 0x2013, 0x2014) || inRange(character, 0x2018, 0x201D) || character == 0x2026;
}

char32_t firstCodePoint(const QString &text)
{
    return text.isEmpty() ? 0 : text.toUcs4().constFirst();
}

char32_t lastCodePoint(const QString &text)
{
    return text.isEmpty() ? 0 : text.toUcs4().constLast();
}

bool isAsciiDigit(char32_t character)
{
    return inRange(character, u'0', u'9');
}

bool isAsciiLetter(char32_t character)
{
    return inRange(character, u'a', u'z') || inRange(character, u'A', u'Z');
}

/** Signs that hug the number before them: "92.5 %" and "3 ," are split marks, not two words. */
bool attachesToPrevious(char32_t character)
{
    return character == u'%' || character == u',' || character == u'.' || character == u')' ||
           character == u':' || character == u';';
}

/** Whether the gap between two recognised words stands for a space of the original. */
bool gapIsSpace(const QString &before, const QString &after)
{
    const char32_t left = lastCodePoint(before);
    const char32_t right = firstCodePoint(after);
    if (isChineseCharacter(left) || isChineseCharacter(right))
        return false;
    if (attachesToPrevious(right) || left == u'(')
        return false;
    // A decimal point split from its decimals: "2484. 4".
    if (left == u'.' && isAsciiDigit(right) && before.size() >= 2 &&
        isAsciiDigit(before.at(before.size() - 2).unicode()))
        return false;
    return true;
}

/** The full-width form of an ASCII sign that Chinese text sets full-width, or 0. */
char16_t fullWidthForm(char16_t character)
{
    switch (character) {
    case u',':
    case u';':
    case u':':
    case u'!':
    case u'?':
    case u'(':
    case u')':
        return char16_t(character - 0x20 + 0xFF00);
    default:
        return 0;
    }
}

/**
 * Both Chinese models write the full-width signs of the print as ASCII ones ("2200多场(次),累计"
 * for 2200多场（次），累计), and a figure's measure word keeps them: 场(次) is not the 场（次） of a
 * text layer. Next to a Chinese character (a full-width sign counts, so "）," folds too) they are
 * put back; between digits or Latin letters (1,287; COVID-19 (delta)) they stay. A closing
 * parenthesis follows its opening one.
 */
void foldFullWidthPunctuation(QString &text)
{
    bool openingFolded = false;
    for (qsizetype index = 0; index < text.size(); ++index) {
        const char16_t character = text.at(index).unicode();
        const char16_t fullWidth = fullWidthForm(character);
        if (!fullWidth)
            continue;
        const bool afterChinese = index > 0 && isChineseCharacter(text.at(index - 1).unicode());
        const bool beforeChinese =
            index + 1 < text.size() && isChineseCharacter(text.at(index + 1).unicode());
        bool fold = afterChinese || beforeChinese;
        if (character == u'(')
            openingFolded = fold;
        else if (character == u')')
            fold = std::exchange(openingFolded, false) || fold;
        if (fold)
            text[index] = QChar(fullWidth);
    }
}

/** Builds the text and its confidences side by side. */
class PageBuilder
{
public:
    void appendLayout(QStringView text)
    {
        m_page.text += text;
        m_page.confidences.append(text.size(), kLayoutConfidence);
    }
    void appendWord(const OcrWord &word)
    {
        for (const OcrSymbol &symbol : word.symbols) {
            m_page.text += symbol.text;
            m_page.confidences.append(symbol.text.size(), char(qMin<quint8>(symbol.confidence, 100)));
        }
    }
    /** Removes a trailing hyphen, to join a word broken across lines. */
    void dropLastCharacter()
    {
        m_page.text.chop(1);
        m_page.confidences.chop(1);
    }
    PageText take()
    {
        m_page.recognised = true;
        foldRadicals(m_page.text);
        foldFullWidthPunctuation(m_page.text);
        removeSeparators(m_page);
        return std::move(m_page);
    }

private:
    PageText m_page;
};

QString wordText(const OcrWord &word)
{
    QString text;
    for (const OcrSymbol &symbol : word.symbols)
        text += symbol.text;
    return text;
}

/** "inter-" at a line end followed by "national": one word broken by the layout. */
bool isHyphenatedBreak(const QString &lineEnd, const QString &nextLineStart)
{
    return lineEnd.size() >= 2 && lineEnd.endsWith(u'-') &&
           isAsciiLetter(lineEnd.at(lineEnd.size() - 2).unicode()) &&
           isAsciiLetter(firstCodePoint(nextLineStart));
}

} // namespace

bool isChineseCharacter(char32_t character)
{
    return inRange(character, 0x2E80, 0x2FDF)      // CJK radicals, Kangxi radicals
           || inRange(character, 0x3000, 0x30FF)   // CJK symbols and punctuation, kana
           || inRange(character, 0x3100, 0x31BF)   // bopomofo
           || inRange(character, 0x3200, 0x4DBF)   // enclosed CJK, compatibility, extension A
           || inRange(character, 0x4E00, 0x9FFF)   // unified ideographs
           || inRange(character, 0xF900, 0xFAFF)   // compatibility ideographs
           || inRange(character, 0xFE30, 0xFE4F)   // CJK compatibility forms
           || inRange(character, 0xFF00, 0xFFEF)   // full-width forms: （），％ and full-width digits
           || inRange(character, 0x20000, 0x3FFFF) // extensions B and later
           || isChinesePunctuation(character);
}

PageText layOutOcrPage(const OcrPage &page)
{
    PageBuilder builder;
    bool pageStarted = false;
    for (const OcrParagraph &paragraph : page.paragraphs) {
        bool paragraphStarted = false;
        QString previousWord;
        for (const OcrLine &line : paragraph.lines) {
            bool lineStarted = false;
            for (const OcrWord &word : line.words) {
                const QString text = wordText(word);
                if (text.isEmpty())
                    continue;
                if (!pageStarted) {
                    pageStarted = paragraphStarted = lineStarted = true;
                } else if (!paragraphStarted) {
                    builder.appendLayout(u"\n");
                    paragraphStarted = lineStarted = true;
                } else if (!lineStarted) {
                    if (isHyphenatedBreak(previousWord, text))
                        builder.dropLastCharacter();
                    else
                        builder.appendLayout(u"\n");
                    lineStarted = true;
                } else if (gapIsSpace(previousWord, text)) {
                    builder.appendLayout(u" ");
                }
                builder.appendWord(word);
                previousWord = text;
            }
        }
    }
    return builder.take();
}

} // namespace ub::pdftext
