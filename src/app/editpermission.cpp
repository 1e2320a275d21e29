#include "editpermission.h"

#include "store.h"

namespace ub {

EditPermission EditPermission::of(const Store &store)
{
    EditPermission permission;
    permission.allowed = store.role() >= StoreRole::Editor;
    if (!permission.allowed)
        permission.reason = tr("Needs the %1 role; %2 is signed in as %3.")
                                .arg(roleName(StoreRole::Editor), store.userName(), roleName(store.role()));
    return permission;
}

} // namespace ub
