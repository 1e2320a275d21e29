// Whether this window's login may change the store, and, when not, the sentence that says why.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace ub {

class Store;

/**
 * What the window needs to know of a login's role (#18) to disable, up front, what the store
 * would refuse anyway: imports, corrections, report edits and removals need an editor. The
 * reason names the role needed and the one held, for the disabled actions' tool tips.
 */
struct EditPermission
{
    Q_DECLARE_TR_FUNCTIONS(EditPermission)
public:
    bool allowed = true;
    QString reason;

    static EditPermission of(const Store &store);
};

} // namespace ub
