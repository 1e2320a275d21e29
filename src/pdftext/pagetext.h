// One page's text as the helper writes it, and the clean-ups every page gets, whatever read it.
#pragma once

#include <QByteArray>
#include <QString>

namespace ub::pdftext {

/**
 * A page's text and, when the recogniser read it, one confidence (0–100) per UTF-16 code unit of
 * text. The clean-ups below change text and confidences together, so the two stay aligned.
 */
struct PageText
{
    QString text;
    QByteArray confidences;
    bool recognised = false;
};

/** The confidence given to what the layout, not the recogniser, put there: spaces and line breaks. */
inline constexpr char kLayoutConfidence = 100;

/**
 * Turns Kangxi radicals (U+2F00–U+2FD5) and the CJK radical supplements that have a compatibility
 * decomposition back into the unified ideographs they stand for (⼯ → 工, ⼈ → 人). CJK fonts such as
 * Noto Sans CJK draw both with one glyph, and PDF writers that build the ToUnicode map by walking
 * the code points upwards (Qt's QFontSubset::getReverseMap, many Office exports) record the radical.
 * A report never means the radical itself, and the store and search want 工会, not ⼯会.
 * Replaces unit for unit, so confidences stay aligned.
 */
void foldRadicals(QString &text);

/** Drops the characters the output protocol uses as separators ('\f' between pages, U+001E before
 *  a page's confidences), with their confidences. */
void removeSeparators(PageText &page);

/** Characters other than whitespace: what tells a page with a text layer from a scan that carries
 *  only a page number or a stray mark in its text layer. */
qsizetype visibleCharacterCount(QStringView text);

} // namespace ub::pdftext
