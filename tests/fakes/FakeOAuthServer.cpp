#include "FakeOAuthServer.h"

#include "FakeBrowser.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>

#include <optional>

namespace lifeos {

namespace {

QByteArray percentEncoded(const QByteArray &value)
{
    return value.toPercentEncoding();
}

FakeHttpResponse oauthError(int status, const QByteArray &error, const QByteArray &description)
{
    const QJsonObject object{{QStringLiteral("error"), QString::fromLatin1(error)},
                             {QStringLiteral("error_description"), QString::fromUtf8(description)}};
    FakeHttpResponse response = FakeHttpResponse::json(status, QJsonDocument(object).toJson(QJsonDocument::Compact));
    response.withHeader("Cache-Control", "no-store");
    if (status == 401)
        response.withHeader("WWW-Authenticate", "Basic realm=\"token\"");
    return response;
}

bool isVerifierSyntax(const QByteArray &verifier)
{
    if (verifier.size() < 43 || verifier.size() > 128)
        return false;
    for (const char c : verifier) {
        const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
                                || c == '.' || c == '_' || c == '~';
        if (!unreserved)
            return false;
    }
    return true;
}

} // namespace

FakeOAuthServer::FakeOAuthServer()
    : FakeOAuthServer(Options{})
{}

FakeOAuthServer::FakeOAuthServer(Options options)
    : m_options(std::move(options))
{
    m_http.setHandler([this](const FakeHttpRequest &request) { return handle(request); });
}

FakeOAuthServer::~FakeOAuthServer()
{
    if (m_browser.joinable())
        m_browser.join();
}

FakeFormFields FakeOAuthServer::parseForm(const QByteArray &encoded)
{
    FakeFormFields fields;
    if (encoded.isEmpty())
        return fields;
    for (const QByteArray &pair : encoded.split('&')) {
        const qsizetype equals = pair.indexOf('=');
        QByteArray name = equals < 0 ? pair : pair.left(equals);
        QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        name.replace('+', ' ');
        value.replace('+', ' ');
        fields.append({QByteArray::fromPercentEncoding(name), QByteArray::fromPercentEncoding(value)});
    }
    return fields;
}

QByteArray FakeOAuthServer::field(const FakeFormFields &fields, QByteArrayView name)
{
    for (const auto &[key, value] : fields)
        if (key == name)
            return value;
    return {};
}

int FakeOAuthServer::fieldCount(const FakeFormFields &fields, QByteArrayView name)
{
    int count = 0;
    for (const auto &[key, value] : fields)
        count += key == name ? 1 : 0;
    return count;
}

void FakeOAuthServer::simulateBrowser(const QUrl &authorizationUrl, UserChoice choice, bool faviconFirst)
{
    if (m_browser.joinable())
        m_browser.join();
    {
        QMutexLocker lock(&m_mutex);
        m_choice = choice;
        m_visit = {};
    }
    m_browser = std::thread([this, authorizationUrl, faviconFirst] {
        BrowserVisit visit;
        const FakeBrowser::Answer consentPage = FakeBrowser::get(authorizationUrl);
        visit.authorizeStatus = consentPage.status;
        visit.redirectLocation = consentPage.header("Location");
        visit.failure = consentPage.failure;
        if (consentPage.status == 302 && !visit.redirectLocation.isEmpty()) {
            const QUrl redirect = QUrl::fromEncoded(visit.redirectLocation, QUrl::StrictMode);
            if (faviconFirst) {
                QUrl favicon = redirect;
                favicon.setPath(QStringLiteral("/favicon.ico"));
                favicon.setQuery(QString());
                const FakeBrowser::Answer icon = FakeBrowser::get(favicon);
                visit.faviconStatus = icon.status;
            }
            const FakeBrowser::Answer callback = FakeBrowser::get(redirect);
            visit.callbackStatus = callback.status;
            visit.callbackContentType = callback.header("Content-Type");
            visit.callbackBody = callback.body;
            if (visit.failure.isEmpty())
                visit.failure = callback.failure;
        }
        QMutexLocker lock(&m_mutex);
        m_visit = visit;
    });
}

FakeOAuthServer::BrowserVisit FakeOAuthServer::waitForBrowser()
{
    if (m_browser.joinable())
        m_browser.join();
    QMutexLocker lock(&m_mutex);
    return m_visit;
}

void FakeOAuthServer::setNextCode(QByteArray code)
{
    QMutexLocker lock(&m_mutex);
    m_nextCode = std::move(code);
}

FakeOAuthServer::Grant FakeOAuthServer::grant()
{
    QMutexLocker lock(&m_mutex);
    return newGrant();
}

FakeOAuthServer::Grant FakeOAuthServer::newGrant()
{
    ++m_counter;
    Grant grant;
    // Shaped like Google's tokens: '.', '-', '_' and '/' all appear.
    grant.accessToken = "ya29.a0Af-access_" + QByteArray::number(m_counter);
    grant.refreshToken = "1//0g-refresh_" + QByteArray::number(m_counter);
    grant.expiresIn = m_options.expiresIn;
    m_accessTokens.insert(grant.accessToken);
    m_refreshTokens.insert(grant.refreshToken, RefreshState{});
    m_latestAccessToken = grant.accessToken;
    m_latestRefreshToken = grant.refreshToken;
    return grant;
}

void FakeOAuthServer::setRejectCodes(bool reject)
{
    QMutexLocker lock(&m_mutex);
    m_rejectCodes = reject;
}

void FakeOAuthServer::expireRefreshToken(const QByteArray &refreshToken)
{
    QMutexLocker lock(&m_mutex);
    m_refreshTokens[refreshToken].expired = true;
}

void FakeOAuthServer::invalidateAccessToken(const QByteArray &accessToken)
{
    QMutexLocker lock(&m_mutex);
    m_accessTokens.remove(accessToken);
}

bool FakeOAuthServer::isAccessTokenValid(const QByteArray &accessToken) const
{
    QMutexLocker lock(&m_mutex);
    return m_accessTokens.contains(accessToken);
}

bool FakeOAuthServer::isRefreshTokenValid(const QByteArray &refreshToken) const
{
    QMutexLocker lock(&m_mutex);
    const auto found = m_refreshTokens.constFind(refreshToken);
    return found != m_refreshTokens.cend() && !found->used && !found->expired;
}

QByteArray FakeOAuthServer::latestAccessToken() const
{
    QMutexLocker lock(&m_mutex);
    return m_latestAccessToken;
}

QByteArray FakeOAuthServer::latestRefreshToken() const
{
    QMutexLocker lock(&m_mutex);
    return m_latestRefreshToken;
}

QList<FakeFormFields> FakeOAuthServer::authorizeQueries() const
{
    QMutexLocker lock(&m_mutex);
    return m_authorizeQueries;
}

QList<FakeFormFields> FakeOAuthServer::tokenRequests() const
{
    QMutexLocker lock(&m_mutex);
    return m_tokenRequests;
}

QList<FakeHttpRequest> FakeOAuthServer::revokeRequests() const
{
    QMutexLocker lock(&m_mutex);
    return m_revokeRequests;
}

FakeHttpResponse FakeOAuthServer::handle(const FakeHttpRequest &request)
{
    const QByteArray path = request.path();
    if (path == "/authorize")
        return authorize(request);
    if (path == "/token")
        return token(request);
    if (path == "/revoke")
        return revoke(request);
    return FakeHttpResponse::text(404, "Not Found");
}

FakeHttpResponse FakeOAuthServer::authorize(const FakeHttpRequest &request)
{
    if (request.method != "GET")
        return FakeHttpResponse::text(405, "Method Not Allowed");
    const qsizetype question = request.target.indexOf('?');
    return consent(parseForm(question < 0 ? QByteArray() : request.target.mid(question + 1)));
}

QByteArray FakeOAuthServer::approveWithoutBrowser(const QUrl &authorizationUrl)
{
    {
        QMutexLocker lock(&m_mutex);
        m_choice = UserChoice::Approve;
    }
    const FakeHttpResponse response = consent(parseForm(authorizationUrl.query(QUrl::FullyEncoded).toLatin1()));
    for (const auto &[name, value] : response.headers) {
        if (name == "Location") {
            const QUrl location = QUrl::fromEncoded(value, QUrl::StrictMode);
            return field(parseForm(location.query(QUrl::FullyEncoded).toLatin1()), "code");
        }
    }
    return {};
}

FakeHttpResponse FakeOAuthServer::consent(const FakeFormFields &query)
{
    QMutexLocker lock(&m_mutex);
    m_authorizeQueries.append(query);

    // Like a real consent page, a malformed request is an error page for the user, not a redirect.
    const QByteArray redirectUri = field(query, "redirect_uri");
    if (field(query, "client_id") != m_options.clientId)
        return FakeHttpResponse::text(400, "Error 401: invalid_client. The OAuth client was not found.");
    if (!redirectUri.startsWith("http://127.0.0.1:"))
        return FakeHttpResponse::text(400, "Error 400: redirect_uri_mismatch");
    if (field(query, "response_type") != "code" || field(query, "code_challenge_method") != "S256"
        || field(query, "code_challenge").size() != 43)
        return FakeHttpResponse::text(400, "Error 400: invalid_request");

    const QByteArray state = field(query, "state");
    const QByteArray separator = redirectUri.contains('?') ? "&" : "?";
    QByteArray location;
    if (m_choice == UserChoice::Deny) {
        location = redirectUri + separator + "error=access_denied&error_description="
                   + percentEncoded("The user denied the request.") + "&state=" + percentEncoded(state);
    } else {
        ++m_counter;
        QByteArray code = m_nextCode;
        m_nextCode.clear();
        if (code.isEmpty())
            code = "4/0AbUR2V+code/" + QByteArray::number(m_counter) + "==";
        m_codes.insert(code, CodeGrant{m_options.clientId, redirectUri, field(query, "code_challenge")});
        const QByteArray sentState =
            m_choice == UserChoice::ApproveWithWrongState ? QByteArray("forged-") + state : state;
        location = redirectUri + separator + "state=" + percentEncoded(sentState) + "&code=" + percentEncoded(code)
                   + "&scope=" + percentEncoded(m_options.scope);
    }
    FakeHttpResponse response;
    response.status = 302;
    response.withHeader("Location", location);
    response.withHeader("Content-Type", "text/html; charset=utf-8");
    response.body = "<html><body>Moved</body></html>";
    return response;
}

FakeHttpResponse FakeOAuthServer::token(const FakeHttpRequest &request)
{
    const FakeFormFields form = parseForm(request.body);
    QMutexLocker lock(&m_mutex);
    m_tokenRequests.append(form);
    if (request.method != "POST")
        return oauthError(400, "invalid_request", "The token endpoint only takes POST.");
    if (!request.header("Content-Type").startsWith("application/x-www-form-urlencoded"))
        return oauthError(400, "invalid_request", "The body must be application/x-www-form-urlencoded.");
    for (const auto &[name, value] : form)
        if (fieldCount(form, name) != 1)
            return oauthError(400, "invalid_request", "A parameter was sent more than once.");
    if (field(form, "client_id") != m_options.clientId)
        return oauthError(401, "invalid_client", "The OAuth client was not found.");
    if (!m_options.clientSecret.isEmpty() && field(form, "client_secret") != m_options.clientSecret)
        return oauthError(401, "invalid_client", "Unauthorized");

    const QByteArray grantType = field(form, "grant_type");
    if (grantType == "authorization_code") {
        const auto found = m_codes.find(field(form, "code"));
        if (found == m_codes.end() || found->used || m_rejectCodes)
            return oauthError(400, "invalid_grant", "Malformed auth code.");
        if (field(form, "redirect_uri") != found->redirectUri)
            return oauthError(400, "invalid_grant", "Bad Request");
        const QByteArray verifier = field(form, "code_verifier");
        if (!isVerifierSyntax(verifier))
            return oauthError(400, "invalid_request", "Missing or malformed code_verifier.");
        const QByteArray challenge = QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
                                         .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        if (challenge != found->codeChallenge)
            return oauthError(400, "invalid_grant", "Invalid code verifier.");
        found->used = true;
        return issueTokens(true);
    }
    if (grantType == "refresh_token") {
        const auto found = m_refreshTokens.find(field(form, "refresh_token"));
        if (found == m_refreshTokens.end() || found->used || found->expired)
            return oauthError(400, "invalid_grant", "Token has been expired or revoked.");
        if (m_options.rotateRefreshTokens) {
            found->used = true;
            return issueTokens(true);
        }
        const QByteArray keptRefreshToken = found.key();
        FakeHttpResponse response = issueTokens(false); // Google: the refresh token stays, the answer omits it
        m_refreshTokens.remove(m_latestRefreshToken);
        m_latestRefreshToken = keptRefreshToken;
        return response;
    }
    return oauthError(400, "unsupported_grant_type", "Invalid grant_type.");
}

FakeHttpResponse FakeOAuthServer::issueTokens(bool withRefreshToken)
{
    const Grant grant = newGrant();
    QJsonObject object{{QStringLiteral("access_token"), QString::fromLatin1(grant.accessToken)},
                       {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                       {QStringLiteral("expires_in"), double(grant.expiresIn)},
                       {QStringLiteral("scope"), QString::fromLatin1(m_options.scope)}};
    if (withRefreshToken)
        object.insert(QStringLiteral("refresh_token"), QString::fromLatin1(grant.refreshToken));
    FakeHttpResponse response = FakeHttpResponse::json(200, QJsonDocument(object).toJson(QJsonDocument::Compact));
    response.withHeader("Cache-Control", "no-store");
    response.withHeader("Pragma", "no-cache");
    return response;
}

FakeHttpResponse FakeOAuthServer::revoke(const FakeHttpRequest &request)
{
    QMutexLocker lock(&m_mutex);
    m_revokeRequests.append(request);
    const qsizetype question = request.target.indexOf('?');
    const FakeFormFields query = parseForm(question < 0 ? QByteArray() : request.target.mid(question + 1));
    QByteArray token = field(parseForm(request.body), "token");
    if (token.isEmpty())
        token = field(query, "access_token");
    if (token.isEmpty())
        token = field(query, "token");
    if (token.isEmpty())
        return oauthError(400, "invalid_request", "Missing required parameter: token");
    const bool known = m_accessTokens.remove(token) || m_refreshTokens.contains(token);
    if (m_refreshTokens.contains(token))
        m_refreshTokens[token].expired = true;
    if (!known)
        return oauthError(400, "invalid_token", "Token expired or revoked");
    return FakeHttpResponse::json(200, "{}");
}

} // namespace lifeos
