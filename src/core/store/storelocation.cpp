#include "storelocation.h"

#include <QUrl>
#include <QUrlQuery>

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
        const QUrlQuery query(url);
        location.sslMode = query.queryItemValue(u"sslmode"_s);
        if (!url.isValid() || location.host.isEmpty() || location.database.isEmpty()) {
            // The text may hold a password: the message shows the URL without it.
            QUrl shown = url;
            shown.setPassword(QString());
            *error = u"不是有效的 PostgreSQL 地址（应为 postgresql://用户[:密码]@主机[:端口]/数据库[?sslmode=require]）：%1"_s
                         .arg(url.isValid() ? shown.toString() : u"postgresql://…"_s);
        } else if (!location.sslMode.isEmpty() && !sslModes().contains(location.sslMode)) {
            *error = u"sslmode 只能是 %1：%2"_s.arg(sslModes().join(u"、"_s), location.sslMode);
        }
        for (const auto &[key, value] : query.queryItems()) {
            if (key != u"sslmode"_s && error->isEmpty())
                *error = u"PostgreSQL 地址中不认识的参数 %1（只支持 sslmode）"_s.arg(key);
        }
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
    QString name = u"postgresql://%1@%2:%3/%4"_s.arg(user, host).arg(port).arg(database);
    if (!sslMode.isEmpty())
        name += u"?sslmode="_s + sslMode;
    return name;
}

const QStringList &StoreLocation::sslModes()
{
    static const QStringList modes = {u"disable"_s, u"allow"_s,     u"prefer"_s,
                                      u"require"_s, u"verify-ca"_s, u"verify-full"_s};
    return modes;
}

} // namespace ub
