#include "chinesecollation.h"

#include <unicode/coll.h>
#include <unicode/locid.h>

#include <memory>

namespace ub {

int compareChinese(QStringView a, QStringView b)
{
    // A collator per thread: ICU collators are cheap to use but not meant to be shared while
    // their state changes, and the store calls this from the import thread and the GUI thread.
    thread_local std::unique_ptr<icu::Collator> collator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Collator> created(icu::Collator::createInstance(icu::Locale("zh", "CN"), status));
        return U_SUCCESS(status) ? std::move(created) : nullptr;
    }();
    if (!collator)
        return a.compare(b);
    UErrorCode status = U_ZERO_ERROR;
    const UCollationResult result =
        collator->compare(reinterpret_cast<const UChar *>(a.utf16()), int32_t(a.size()),
                          reinterpret_cast<const UChar *>(b.utf16()), int32_t(b.size()), status);
    if (U_FAILURE(status))
        return a.compare(b);
    return result == UCOL_LESS ? -1 : (result == UCOL_GREATER ? 1 : 0);
}

} // namespace ub
