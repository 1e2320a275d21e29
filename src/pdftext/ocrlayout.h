// How recognised characters become a page's text: the spacing and line rules for Chinese OCR output.
#pragma once

#include "pagetext.h"

#include <QList>
#include <QString>

namespace ub::pdftext {

/** One recognised character (a Tesseract "symbol") with the recogniser's confidence, 0–100. */
struct OcrSymbol
{
    QString text;
    quint8 confidence = 0;
};

/** A run of symbols the recogniser saw as one word. In Chinese a "word" is often a single
 *  character, so the gaps between words are mostly artefacts, not spaces of the original. */
struct OcrWord
{
    QList<OcrSymbol> symbols;
};

struct OcrLine
{
    QList<OcrWord> words;
};

struct OcrParagraph
{
    QList<OcrLine> lines;
};

/** What the recogniser read on one page, in reading order. */
struct OcrPage
{
    QList<OcrParagraph> paragraphs;
};

/**
 * Lays a recognised page out as text with one confidence per UTF-16 code unit:
 * - one recognised line per output line, as poppler lays out text layers (Tesseract makes nearly
 *   every line of Chinese text a paragraph of its own, so paragraphs get no blank line between);
 * - no space between two words where either side is Chinese (an ideograph, CJK or full-width
 *   punctuation, Chinese quotes) or where the gap splits a number from its sign or decimals
 *   ("92.5 %", "2484. 4"); a space between two Latin or digit words;
 * - a Latin word hyphenated at a line end is joined with its rest on the next line;
 * - the ASCII signs , ; : ! ? ( ) next to a Chinese character become the full-width ones of the
 *   print (场(次),累计 → 场（次），累计), as the models write them ASCII;
 * - spaces and line breaks get confidence 100; the result is radical-folded and has no separators.
 */
PageText layOutOcrPage(const OcrPage &page);

/** True for characters of Chinese running text, between which a space is never meant. */
bool isChineseCharacter(char32_t character);

} // namespace ub::pdftext
