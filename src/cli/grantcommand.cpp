#include "grantcommand.h"

#include "rolegrants.h"
#include "store.h"

#include <QCommandLineParser>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace ub {

int runGrantCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"授予 PostgreSQL 登录一个 UnionBoard "
        u"角色：viewer（只读：查看、导出）、editor（还能导入、更正、移除）、"
        "admin（还能授予角色、升级数据库）。每个登录只有一个角色，授予新角色即替换原有角色。"_s);
    parser.addHelpOption();
    const QCommandLineOption dbOption(
        u"db"_s, u"数据库：postgresql://用户@主机[:端口]/数据库（须为管理员登录）"_s, u"URL"_s);
    const QCommandLineOption userOption(u"user"_s, u"要授予或收回角色的登录名"_s, u"NAME"_s);
    const QCommandLineOption roleOption(u"role"_s, u"viewer、editor 或 admin"_s, u"ROLE"_s);
    const QCommandLineOption revokeOption(u"revoke"_s, u"收回该登录的 UnionBoard 角色"_s);
    const QCommandLineOption listOption(u"list"_s, u"列出有 UnionBoard 角色的登录"_s);
    parser.addOptions({dbOption, userOption, roleOption, revokeOption, listOption});
    parser.process(arguments);

    const bool list = parser.isSet(listOption);
    const bool revoke = parser.isSet(revokeOption);
    const std::optional<StoreRole> role = storeRoleFromKey(parser.value(roleOption));
    if (!parser.isSet(dbOption) || (!list && !parser.isSet(userOption)) ||
        int(list) + int(revoke) + int(parser.isSet(roleOption)) != 1) {
        err << u"grant: 需要 --db URL，以及 --user NAME --role viewer|editor|admin、--user NAME --revoke 或 --list 之一"_s
            << Qt::endl;
        return 2;
    }
    if (parser.isSet(roleOption) && !role) {
        err << u"grant: --role 只能是 viewer、editor 或 admin：%1"_s.arg(parser.value(roleOption))
            << Qt::endl;
        return 2;
    }

    QString error;
    const std::unique_ptr<Store> store = Store::open(parser.value(dbOption), &error);
    if (!store) {
        err << error << Qt::endl;
        return 1;
    }
    RoleGrants grants(*store);
    const QString login = parser.value(userOption);
    if (list) {
        const QList<RoleMember> members = grants.members(&error);
        if (!error.isEmpty()) {
            err << u"grant: "_s << error << Qt::endl;
            return 1;
        }
        for (const RoleMember &member : members)
            out << member.login << '\t' << toKey(member.role) << Qt::endl;
        return 0;
    }
    if (revoke ? !grants.revoke(login, &error) : !grants.grant(login, *role, &error)) {
        err << u"grant: "_s << error << Qt::endl;
        return 1;
    }
    out << (revoke ? u"已收回 %1 的 UnionBoard 角色"_s.arg(login)
                   : u"%1 现在是%2"_s.arg(login, roleName(*role)))
        << Qt::endl;
    return 0;
}

} // namespace ub
