#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <utility>

namespace lifeos {

class Settings;

// One OAuth 2.0 authorization server as LifeOS talks to it. Built from settings (ids, secrets and every URL are
// settings, so tests point them at loopback fakes); see ouraProvider() and googleProvider() in sync/Connections.h.
struct OAuthProvider
{
    QString id;          // "oura" | "google"
    QString displayName; // "Oura", "Google" (messages name it)
    QUrl authorizeUrl;
    QUrl tokenUrl;
    QUrl revokeUrl;
    QString clientId;
    QString clientSecret; // sent as client_secret in the token request body when not empty
    QStringList scopes;   // joined with spaces
    quint16 redirectPort = 0;                              // 0: any free port (Google); Oura needs the registered one
    QString redirectPath = QStringLiteral("/callback");
    QList<std::pair<QString, QString>> extraAuthorizeParameters; // Google: access_type=offline, prompt=consent
    bool singleUseRefreshTokens = false; // Oura: a refresh answer's new refresh token must be stored before use

    // "http://127.0.0.1:<port><redirectPath>"
    QString redirectUri(quint16 port) const;
    bool isConfigured() const { return !clientId.isEmpty(); }
};

} // namespace lifeos
