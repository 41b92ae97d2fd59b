#include "oauth/TokenSet.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace lifeos {

namespace {

const QString kAccessToken = QStringLiteral("access_token");
const QString kRefreshToken = QStringLiteral("refresh_token");
const QString kExpiresAt = QStringLiteral("expires_at");
const QString kScope = QStringLiteral("scope");

} // namespace

QByteArray TokenSet::toJson() const
{
    QJsonObject object{{kAccessToken, QString::fromLatin1(accessToken)},
                       {kRefreshToken, QString::fromLatin1(refreshToken)},
                       {kScope, scope}};
    if (expiresAt.isValid())
        object.insert(kExpiresAt, expiresAt.toUTC().toString(Qt::ISODateWithMs));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<TokenSet> TokenSet::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    TokenSet tokens;
    tokens.accessToken = object.value(kAccessToken).toString().toLatin1();
    tokens.refreshToken = object.value(kRefreshToken).toString().toLatin1();
    tokens.scope = object.value(kScope).toString();
    const QString expiresAt = object.value(kExpiresAt).toString();
    if (!expiresAt.isEmpty()) {
        tokens.expiresAt = QDateTime::fromString(expiresAt, Qt::ISODateWithMs);
        if (!tokens.expiresAt.isValid())
            return std::nullopt;
        tokens.expiresAt = tokens.expiresAt.toUTC();
    }
    if (tokens.accessToken.isEmpty() && tokens.refreshToken.isEmpty())
        return std::nullopt;
    return tokens;
}

bool TokenSet::expiresWithin(qint64 seconds, const QDateTime &now) const
{
    if (accessToken.isEmpty())
        return true;
    if (!expiresAt.isValid())
        return false;
    return now.secsTo(expiresAt) <= seconds;
}

} // namespace lifeos
