#pragma once

#include "FakeHttpServer.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QString>
#include <QUrl>

#include <thread>

namespace lifeos {

using FakeFormFields = QList<std::pair<QByteArray, QByteArray>>;

// An OAuth 2.0 authorization server (RFC 6749 + PKCE RFC 7636 + revocation RFC 7009) on loopback, on top of
// FakeHttpServer, speaking the real wire format:
// - GET /authorize records the query, checks client_id, redirect_uri (loopback), code_challenge (S256) and answers
//   302 to redirect_uri with code and state (or error=access_denied), as the consent page does when the user clicks;
// - POST /token (form): authorization_code checks the code (single use), redirect_uri, client_id / client_secret and
//   that base64url(SHA-256(code_verifier)) is the code_challenge seen at /authorize; refresh_token rotates single-use
//   refresh tokens when asked (a reused one is 400 invalid_grant), refuses expired ones (400 invalid_grant);
//   JSON errors with 400 (invalid_grant, invalid_request, unsupported_grant_type) or 401 (invalid_client);
// - POST /revoke records the request (RFC 7009 token=... in the body, or Oura's ?access_token=...) and revokes it.
// Responses queued on http() are served first (failures, odd bodies). All functions are thread-safe.
class FakeOAuthServer
{
public:
    struct Options
    {
        QByteArray clientId = "lifeos-test-client";
        QByteArray clientSecret;          // empty: a public client; otherwise the token endpoint requires it
        bool rotateRefreshTokens = false; // Oura: each refresh answer carries a new refresh token, the old one dies
        qint64 expiresIn = 3600;
        QByteArray scope = "daily workout";
    };

    // What the simulated user does on the consent page.
    enum class UserChoice {
        Approve,
        Deny,                  // error=access_denied
        ApproveWithWrongState, // a real code, but the redirect carries a state that is not the request's (CSRF)
    };

    // What the simulated browser saw.
    struct BrowserVisit
    {
        int authorizeStatus = 0;     // this server's answer to the authorization URL (302)
        QByteArray redirectLocation; // its Location header
        int faviconStatus = 0;       // the loopback listener's answer to /favicon.ico (when asked first)
        int callbackStatus = 0;      // the loopback listener's answer to the redirect
        QByteArray callbackContentType;
        QByteArray callbackBody;
        QString failure; // a transport failure in the browser itself; empty when none
    };

    struct Grant
    {
        QByteArray accessToken;
        QByteArray refreshToken;
        qint64 expiresIn = 0;
    };

    FakeOAuthServer();
    explicit FakeOAuthServer(Options options);
    ~FakeOAuthServer();
    FakeOAuthServer(const FakeOAuthServer &) = delete;
    FakeOAuthServer &operator=(const FakeOAuthServer &) = delete;

    FakeHttpServer &http() { return m_http; }
    const Options &options() const { return m_options; }
    QUrl authorizeUrl() const { return m_http.url(QStringLiteral("/authorize")); }
    QUrl tokenUrl() const { return m_http.url(QStringLiteral("/token")); }
    QUrl revokeUrl() const { return m_http.url(QStringLiteral("/revoke")); }

    // Plays the user in the system browser: loads authorizationUrl from this server, then follows its redirect to
    // the loopback listener (asking it for /favicon.ico first when faviconFirst). Runs on its own thread and returns
    // at once, because the code under test blocks its thread waiting for the redirect. waitForBrowser() joins it.
    void
    simulateBrowser(const QUrl &authorizationUrl, UserChoice choice = UserChoice::Approve, bool faviconFirst = false);
    BrowserVisit waitForBrowser();

    // What /authorize does when the user approves, without HTTP: records the query and returns the code it would
    // put in the redirect (empty when it would show an error page instead).
    QByteArray approveWithoutBrowser(const QUrl &authorizationUrl);
    // The code /authorize issues next; by default each code looks like Google's ("4/0Ab...") with '/', '+', '='.
    void setNextCode(QByteArray code);
    // Tokens as if a sign-in had just happened (for tests that start connected).
    Grant grant();
    // Every code exchange then fails with 400 invalid_grant (an expired or already used code).
    void setRejectCodes(bool reject);
    void expireRefreshToken(const QByteArray &refreshToken);
    void invalidateAccessToken(const QByteArray &accessToken); // the API fake then answers 401 for it
    bool isAccessTokenValid(const QByteArray &accessToken) const;
    bool isRefreshTokenValid(const QByteArray &refreshToken) const;
    QByteArray latestAccessToken() const;
    QByteArray latestRefreshToken() const;

    QList<FakeFormFields> authorizeQueries() const; // decoded query of every GET /authorize
    QList<FakeFormFields> tokenRequests() const;    // decoded form body of every POST /token
    QList<FakeHttpRequest> revokeRequests() const;

    // application/x-www-form-urlencoded decoding ('+' is a space, %XX a byte), as a server does it.
    static FakeFormFields parseForm(const QByteArray &encoded);
    static QByteArray field(const FakeFormFields &fields, QByteArrayView name);
    static int fieldCount(const FakeFormFields &fields, QByteArrayView name);

private:
    struct CodeGrant
    {
        QByteArray clientId;
        QByteArray redirectUri;
        QByteArray codeChallenge;
        bool used = false;
    };
    struct RefreshState
    {
        bool used = false;
        bool expired = false;
    };

    FakeHttpResponse handle(const FakeHttpRequest &request);
    FakeHttpResponse authorize(const FakeHttpRequest &request);
    FakeHttpResponse consent(const FakeFormFields &query);
    FakeHttpResponse token(const FakeHttpRequest &request);
    FakeHttpResponse revoke(const FakeHttpRequest &request);
    FakeHttpResponse issueTokens(bool withRefreshToken); // m_mutex held
    Grant newGrant();                                    // m_mutex held

    Options m_options;
    mutable QMutex m_mutex;
    QHash<QByteArray, CodeGrant> m_codes;
    QHash<QByteArray, RefreshState> m_refreshTokens;
    QSet<QByteArray> m_accessTokens;
    QByteArray m_latestAccessToken;
    QByteArray m_latestRefreshToken;
    QByteArray m_nextCode;
    UserChoice m_choice = UserChoice::Approve;
    bool m_rejectCodes = false;
    int m_counter = 0;
    QList<FakeFormFields> m_authorizeQueries;
    QList<FakeFormFields> m_tokenRequests;
    QList<FakeHttpRequest> m_revokeRequests;
    BrowserVisit m_visit;
    std::thread m_browser;
    FakeHttpServer m_http; // last: its thread stops (in its destructor) before the state above goes away
};

} // namespace lifeos
