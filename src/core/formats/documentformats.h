// One include for callers that read every container format: Word (.docx) and saved web pages (.html).
#pragma once

#include "docxreader.h"    // IWYU pragma: export
#include "formattedtext.h" // IWYU pragma: export
#include "htmlreader.h"    // IWYU pragma: export
