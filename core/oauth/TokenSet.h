#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace lifeos {

// What a token endpoint hands out. Kept only in the SecretStore, as the JSON from toJson().
struct TokenSet
{
    QByteArray accessToken;
    QByteArray refreshToken;
    QDateTime expiresAt; // UTC; null when the server did not say
    QString scope;

    QByteArray toJson() const;
    static std::optional<TokenSet> fromJson(const QByteArray &json);
    // True when the access token is missing, or expires within seconds of now (null expiresAt: never).
    bool expiresWithin(qint64 seconds, const QDateTime &now) const;
};

} // namespace lifeos
