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
};

} // namespace ub
