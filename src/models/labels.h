// Display text for the value types: translated names of units, qualifiers and categories, and numbers.
#pragma once

#include "figure.h"

#include <QCoreApplication>

namespace ub {

/** A divisor that keeps a chart's numbers short, and the unit words that go with it: 万人, 亿元, million yuan. */
struct ValueScale
{
    double divisor = 1;
    QString unitText;
};

/** Translated labels shared by every model and view, so one word is spelt one way everywhere. */
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(Labels)
public:
    static QString unit(Unit unit);
    static QString qualifier(Qualifier qualifier);
    /** ≥ for at least, < for nearly, ≈ for about, nothing for exact. */
    static QString qualifierSymbol(Qualifier qualifier);
    static QString category(Category category);
    /** Flow, stock or rate, as staff say it: 流量 (当期发生), 存量 (时点数), 比率. */
    static QString kind(FigureKind kind);
    /** The kind of report: 十大亮点, 讲话摘编, 报纸版面, 工作总结, 网页, 其他. */
    static QString documentKind(DocumentKind kind);
    /** documentKind() of a stored key; an unknown key reads as "other". */
    static QString documentKind(const QString &key);
    /** How a document's text was read (StoredDocument::readMethod): 文本, PDF, Word, 网页, or
     *  "OCR（12 页）" with the number of pages recognised. */
    static QString readMethod(const QString &key, int ocrPages);
    /** Grouped full number in the UI's locale: 24,844,000. */
    static QString number(double value);
    /** Compact number in the UI's locale: 1.7亿 / 170M. */
    static QString compactNumber(double value);
    /** Compact number with the unit's word: 1.7亿元, 8.3万人 / 170M yuan. */
    static QString compactAmount(double value, Unit unit);
    /** The indicator's name in the UI's language, or the key when it is not in the dictionary. */
    static QString indicator(const QString &key);
    /** The unit as a chart's axis names it: "" for other, "%" for percent. */
    static QString unitWord(Unit unit);
    /** The scale for numbers up to `largest`: 万/亿 in Chinese, thousand/million/billion in English. */
    static ValueScale valueScale(double largest, const QString &unitWord);
    /** The text shown where a figure is missing: never 0. */
    static QString missing() { return QStringLiteral("—"); }
};

} // namespace ub
