#include "sync/Connections.h"

#include "sync/SyncSource.h"

#include <QtGlobal>

namespace lifeos {

OAuthProvider ouraProvider(const Settings &settings)
{
    OAuthProvider provider;
    provider.id = QStringLiteral("oura");
    provider.displayName = QStringLiteral("Oura");
    provider.authorizeUrl = QUrl(settings.value(SettingKeys::OuraAuthorizeUrl));
    provider.tokenUrl = QUrl(settings.value(SettingKeys::OuraTokenUrl));
    provider.revokeUrl = QUrl(settings.value(SettingKeys::OuraRevokeUrl));
    provider.clientId = settings.value(SettingKeys::OuraClientId).trimmed();
    provider.clientSecret = settings.value(SettingKeys::OuraClientSecret).trimmed();
    // Only what LifeOS reads: daily summaries, heart rate, workouts, and session/personal for the same pages.
    provider.scopes = {QStringLiteral("daily"), QStringLiteral("heartrate"), QStringLiteral("workout"),
                       QStringLiteral("personal"), QStringLiteral("session")};
    // Oura accepts only the redirect URI registered with the app, so its port is fixed: 0 (any port) or a number
    // that is no port would never match, so those mean the default registered port.
    const int port = settings.value(SettingKeys::OuraRedirectPort);
    provider.redirectPort = quint16(port >= 1 && port <= 65535 ? port : SettingKeys::OuraRedirectPort.defaultValue);
    provider.singleUseRefreshTokens = true;
    return provider;
}

OAuthProvider googleProvider(const Settings &settings)
{
    OAuthProvider provider;
    provider.id = QStringLiteral("google");
    provider.displayName = QStringLiteral("Google");
    provider.authorizeUrl = QUrl(settings.value(SettingKeys::GoogleAuthorizeUrl));
    provider.tokenUrl = QUrl(settings.value(SettingKeys::GoogleTokenUrl));
    provider.revokeUrl = QUrl(settings.value(SettingKeys::GoogleRevokeUrl));
    provider.clientId = settings.value(SettingKeys::GoogleClientId).trimmed();
    provider.clientSecret = settings.value(SettingKeys::GoogleClientSecret).trimmed();
    provider.scopes = {QStringLiteral("https://www.googleapis.com/auth/calendar.readonly")};
    // Google allows any loopback port for desktop clients.
    provider.redirectPort = 0;
    // A refresh token comes only with access_type=offline, and again on a reconnect only with prompt=consent.
    provider.extraAuthorizeParameters = {{QStringLiteral("access_type"), QStringLiteral("offline")},
                                         {QStringLiteral("prompt"), QStringLiteral("consent")}};
    return provider;
}

OAuthProvider providerForSource(const QString &source, const Settings &settings)
{
    Q_ASSERT(source == SyncSources::Oura || source == SyncSources::Calendar);
    return source == SyncSources::Oura ? ouraProvider(settings) : googleProvider(settings);
}

} // namespace lifeos
