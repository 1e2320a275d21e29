#include "pagetext.h"

namespace ub::pdftext {

void foldRadicals(QString &text)
{
    for (QChar &character : text) {
        const char16_t unit = character.unicode();
        if (unit < 0x2E80 || unit > 0x2FDF)
            continue;
        const QString folded = QString(character).normalized(QString::NormalizationForm_KC);
        if (folded.size() == 1)
            character = folded.front();
    }
}

static bool isSeparator(QChar character)
{
    return character == u'\f' || character == QChar(0x1E);
}

void removeSeparators(PageText &page)
{
    const bool aligned = page.confidences.size() == page.text.size();
    qsizetype kept = 0;
    for (qsizetype index = 0; index < page.text.size(); ++index) {
        if (isSeparator(page.text.at(index)))
            continue;
        page.text[kept] = page.text.at(index);
        if (aligned)
            page.confidences[kept] = page.confidences.at(index);
        ++kept;
    }
    page.text.truncate(kept);
    if (aligned)
        page.confidences.truncate(kept);
}

qsizetype visibleCharacterCount(QStringView text)
{
    qsizetype count = 0;
    for (const QChar character : text) {
        if (!character.isSpace())
            ++count;
    }
    return count;
}

} // namespace ub::pdftext
