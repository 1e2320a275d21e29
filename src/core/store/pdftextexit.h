// The exit codes of unionboard-pdftext: the contract between the PDF helper and the store that runs it.
#pragma once

namespace ub {

/** Why unionboard-pdftext stopped; 0 means its stdout holds the pages. */
enum class PdfTextExit : int {
    Ok = 0,
    Internal = 1,
    Usage = 2,
    CannotOpen = 3,
    Empty = 4,
    NotPdf = 5,
    Damaged = 6,
    Encrypted = 7,
    TooManyPages = 8,
    NoPages = 9,
    TextTooLarge = 10,
    OutOfMemory = 11,
    WriteFailed = 12,
    NoText = 13,          ///< no page has text, in its text layer or recognised
    OcrUnavailable = 14,  ///< the Tesseract models are missing or do not load
    TooManyOcrPages = 15, ///< more scanned pages than the recognition cap
    OcrFailed = 16,       ///< a scanned page could not be rendered or recognised
};

} // namespace ub
