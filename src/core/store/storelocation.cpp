#include "storelocation.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace ub {

StoreLocation StoreLocation::parse(const QString &text, QString *error)
{
    StoreLocation location;
    error->clear();
    if (text.startsWith(u"postgresql://"_s) || text.startsWith(u"postgres://"_s)) {
        const QUrl url(text, QUrl::StrictMode);
        location.engine = Engine::Postgres;
        location.host = url.host();
        location.port = url.port(5432);
        location.user = url.userName();
        location.password = url.password();
        location.database = url.path().mid(1);
        if (!url.isValid() || location.host.isEmpty() || location.database.isEmpty())
            *error = u"不是有效的 PostgreSQL 地址（应为 postgresql://用户[:密码]@主机[:端口]/数据库）：%1"_s.arg(text);
        return location;
    }
    if (text.isEmpty())
        *error = u"未指定数据库文件"_s;
    location.path = text;
    return location;
}

QString StoreLocation::displayName() const
{
    if (engine == Engine::Sqlite)
        return path;
    return u"postgresql://%1@%2:%3/%4"_s.arg(user, host).arg(port).arg(database);
}

} // namespace ub
