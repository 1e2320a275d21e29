// The figure extractor: from a report's decoded text to figures with provenance and its structure.
#pragma once

#include "figure.h"

namespace ub {

/** Options that change how a text is read. */
struct ExtractOptions
{
    /** The text is PDF pages joined by form feeds ('\f'); figures get their page number. */
    bool paged = false;
    /** Also list each figure's model features (ExtractionResult::features), for training. */
    bool features = false;
    /** What is known of the document besides its text. */
    DocumentHints document;
};

/**
 * Finds every figure a report states, with value, unit, qualifier, region, year, category,
 * indicator and the sentence it came from. Thread-safe: extract() is const and reentrant.
 */
class Extractor
{
public:
    Extractor();
    ~Extractor();
    Extractor(const Extractor &) = delete;
    Extractor &operator=(const Extractor &) = delete;

    ExtractionResult extract(const QString &text, const QString &documentName,
                             const ExtractOptions &options = {}) const;

private:
    struct Private;
    Private *d;
};

} // namespace ub
