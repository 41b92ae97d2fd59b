#pragma once

#include "net/HttpClient.h"
#include "oauth/OAuthProvider.h"
#include "oauth/TokenSet.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace lifeos {

// The token endpoint side of OAuth 2.0 (RFC 6749) with PKCE: the authorization URL, code exchange, refresh and
// revocation, over HttpClient. Token endpoint errors ({"error": "invalid_grant", ...}) become readable Errors:
// invalid_grant / invalid_client / unauthorized_client → AuthFailed ("connect again"), others → BadResponse.
class OAuthClient
{
    Q_DECLARE_TR_FUNCTIONS(OAuthClient)

public:
    OAuthClient(OAuthProvider provider, HttpClient &http);

    const OAuthProvider &provider() const { return m_provider; }

    // response_type=code, client_id, redirect_uri, scope, state, code_challenge, code_challenge_method=S256, extras.
    QUrl authorizationUrl(const QByteArray &state, const QByteArray &codeChallenge, const QString &redirectUri) const;
    // grant_type=authorization_code; expiresAt is now + expires_in.
    Result<TokenSet> exchangeCode(const QByteArray &code, const QByteArray &verifier, const QString &redirectUri,
                                  const QDateTime &now, const std::atomic_bool *cancel = nullptr);
    // grant_type=refresh_token. An answer without refresh_token (Google) keeps the old one.
    Result<TokenSet> refresh(const QByteArray &refreshToken, const QDateTime &now, const std::atomic_bool *cancel = nullptr);
    // Revokes the refresh token (or the access token when there is none) with an RFC 7009 POST token=...;
    // Oura (provider id "oura") instead takes POST <revokeUrl>?access_token=<access token>, as its apps use it.
    // Succeeds when there is no revoke URL or no token to revoke.
    Result<void> revoke(const TokenSet &tokens, const std::atomic_bool *cancel = nullptr);
    // Whether revoke() sends the access token (Oura), which must then still be valid.
    bool revokesAccessToken() const;

private:
    Result<TokenSet> requestTokens(QList<std::pair<QByteArray, QByteArray>> fields,
                                   const QByteArray &previousRefreshToken, const QDateTime &now,
                                   const std::atomic_bool *cancel);
    Error tokenEndpointError(const HttpResponse &response) const;

    OAuthProvider m_provider;
    HttpClient &m_http;
};

} // namespace lifeos
