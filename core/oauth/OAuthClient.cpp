#include "oauth/OAuthClient.h"

#include "util/Logging.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace lifeos {

namespace {

using FormFields = QList<std::pair<QByteArray, QByteArray>>;

// application/x-www-form-urlencoded with every byte outside [A-Za-z0-9-._~] percent-encoded: a Google code
// such as "4/0Ab+c=" arrives at the server byte for byte, and a '+' can never be read back as a space.
QByteArray formEncode(const FormFields &fields)
{
    QByteArray encoded;
    for (const auto &[name, value] : fields) {
        if (!encoded.isEmpty())
            encoded += '&';
        encoded +=
            QUrl::toPercentEncoding(QString::fromUtf8(name)) + '=' + QUrl::toPercentEncoding(QString::fromUtf8(value));
    }
    return encoded;
}

// Sets an already percent-encoded query without letting QUrl re-encode or decode it.
void setEncodedQuery(QUrl &url, const QByteArray &encodedQuery)
{
    url.setQuery(QString::fromLatin1(encodedQuery), QUrl::StrictMode);
}

QByteArray encodedQueryOf(const QUrl &url)
{
    return url.query(QUrl::FullyEncoded).toLatin1();
}

HttpRequest formPost(const QUrl &url, const FormFields &fields)
{
    HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url = url;
    request.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")},
                       {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")}};
    request.body = formEncode(fields);
    return request;
}

} // namespace

OAuthClient::OAuthClient(OAuthProvider provider, HttpClient &http)
    : m_provider(std::move(provider))
    , m_http(http)
{}

QUrl OAuthClient::authorizationUrl(const QByteArray &state,
                                   const QByteArray &codeChallenge,
                                   const QString &redirectUri) const
{
    FormFields fields{{QByteArrayLiteral("response_type"), QByteArrayLiteral("code")},
                      {QByteArrayLiteral("client_id"), m_provider.clientId.toUtf8()},
                      {QByteArrayLiteral("redirect_uri"), redirectUri.toUtf8()},
                      {QByteArrayLiteral("scope"), m_provider.scopes.join(u' ').toUtf8()},
                      {QByteArrayLiteral("state"), state},
                      {QByteArrayLiteral("code_challenge"), codeChallenge},
                      {QByteArrayLiteral("code_challenge_method"), QByteArrayLiteral("S256")}};
    for (const auto &[name, value] : m_provider.extraAuthorizeParameters)
        fields.append({name.toUtf8(), value.toUtf8()});

    QUrl url = m_provider.authorizeUrl;
    QByteArray query = encodedQueryOf(url); // keep parameters the configured URL already carries
    const QByteArray added = formEncode(fields);
    query = query.isEmpty() ? added : query + '&' + added;
    setEncodedQuery(url, query);
    return url;
}

Result<TokenSet> OAuthClient::exchangeCode(const QByteArray &code,
                                           const QByteArray &verifier,
                                           const QString &redirectUri,
                                           const QDateTime &now,
                                           const std::atomic_bool *cancel)
{
    FormFields fields{{QByteArrayLiteral("grant_type"), QByteArrayLiteral("authorization_code")},
                      {QByteArrayLiteral("code"), code},
                      {QByteArrayLiteral("redirect_uri"), redirectUri.toUtf8()},
                      {QByteArrayLiteral("code_verifier"), verifier}};
    return requestTokens(fields, {}, now, cancel);
}

Result<TokenSet>
OAuthClient::refresh(const QByteArray &refreshToken, const QDateTime &now, const std::atomic_bool *cancel)
{
    FormFields fields{{QByteArrayLiteral("grant_type"), QByteArrayLiteral("refresh_token")},
                      {QByteArrayLiteral("refresh_token"), refreshToken}};
    return requestTokens(fields, refreshToken, now, cancel);
}

Result<TokenSet> OAuthClient::requestTokens(QList<std::pair<QByteArray, QByteArray>> fields,
                                            const QByteArray &previousRefreshToken,
                                            const QDateTime &now,
                                            const std::atomic_bool *cancel)
{
    fields.append({QByteArrayLiteral("client_id"), m_provider.clientId.toUtf8()});
    if (!m_provider.clientSecret.isEmpty())
        fields.append({QByteArrayLiteral("client_secret"), m_provider.clientSecret.toUtf8()});

    HttpRequest request = formPost(m_provider.tokenUrl, fields);
    // Codes and Oura refresh tokens work once: a repeat after a lost answer would spend a spent one (invalid_grant).
    request.idempotent = false;
    auto response = m_http.send(request, cancel);
    if (!response)
        return response.error();
    if (!response->isSuccess())
        return tokenEndpointError(*response);

    const QString name = m_provider.displayName;
    const Error unreadable{ErrorCode::BadResponse,
                           tr("%1 answered the sign-in with something LifeOS cannot read. Try again later.").arg(name),
                           response->status};
    const QJsonDocument document = QJsonDocument::fromJson(response->body);
    if (!document.isObject()) {
        qCDebug(lcNet) << "token endpoint of" << m_provider.id << "answered without a JSON object";
        return unreadable;
    }
    const QJsonObject object = document.object();
    TokenSet tokens;
    tokens.accessToken = object.value(QLatin1StringView("access_token")).toString().toLatin1();
    if (tokens.accessToken.isEmpty()) {
        qCDebug(lcNet) << "token endpoint of" << m_provider.id << "answered without access_token";
        return unreadable;
    }
    const QString tokenType = object.value(QLatin1StringView("token_type")).toString();
    if (!tokenType.isEmpty() && tokenType.compare(QLatin1StringView("bearer"), Qt::CaseInsensitive) != 0) {
        qCDebug(lcNet) << "token endpoint of" << m_provider.id << "issued a token of type" << tokenType;
        return unreadable;
    }
    tokens.refreshToken = object.value(QLatin1StringView("refresh_token")).toString().toLatin1();
    if (tokens.refreshToken.isEmpty())
        tokens.refreshToken = previousRefreshToken; // Google keeps the refresh token it issued at sign-in
    tokens.scope = object.value(QLatin1StringView("scope")).toString();

    // expires_in is a number in RFC 6749; some servers send it as a string.
    const QJsonValue expiresIn = object.value(QLatin1StringView("expires_in"));
    qint64 seconds = -1;
    if (expiresIn.isDouble())
        seconds = qint64(expiresIn.toDouble());
    else if (expiresIn.isString())
        seconds = expiresIn.toString().toLongLong();
    if (seconds > 0)
        tokens.expiresAt = now.toUTC().addSecs(seconds);
    qCDebug(lcNet) << "token endpoint of" << m_provider.id << "issued tokens; expires in" << seconds << "s";
    return tokens;
}

Error OAuthClient::tokenEndpointError(const HttpResponse &response) const
{
    const QString name = m_provider.displayName;
    const QJsonObject object = QJsonDocument::fromJson(response.body).object();
    const QString error = object.value(QLatin1StringView("error")).toString();
    if (error.isEmpty())
        return HttpClient::errorFor(response, name);
    // The description is the server's English and may echo request details: the log gets it with token-like
    // strings cut out (as HttpClient does), the user does not get it.
    qCDebug(lcNet) << "token endpoint of" << m_provider.id << "refused:" << response.status
                   << HttpClient::serverDetail(response.body);
    if (error == QLatin1StringView("invalid_client") || error == QLatin1StringView("unauthorized_client")) {
        return {ErrorCode::AuthFailed,
                tr("%1 did not accept LifeOS's client id or client secret. Check them in Settings → Connections, "
                   "then connect %1 again.")
                    .arg(name),
                response.status};
    }
    if (error == QLatin1StringView("invalid_grant")) {
        return {ErrorCode::AuthFailed,
                tr("%1 no longer accepts LifeOS's sign-in. Connect %1 again in Settings → Connections.").arg(name),
                response.status};
    }
    return {ErrorCode::BadResponse,
            tr("%1 refused the sign-in request. Connect %1 again in Settings → Connections; if it keeps "
               "happening, check the connection settings.")
                .arg(name),
            response.status};
}

bool OAuthClient::revokesAccessToken() const
{
    return m_provider.id == QLatin1StringView("oura");
}

Result<void> OAuthClient::revoke(const TokenSet &tokens, const std::atomic_bool *cancel)
{
    if (m_provider.revokeUrl.isEmpty())
        return {};
    HttpRequest request;
    if (revokesAccessToken()) {
        // Oura's revoke endpoint takes the access token as the access_token query parameter (a POST with no
        // body); revoking it ends the app's authorization.
        if (tokens.accessToken.isEmpty())
            return {};
        request.method = QByteArrayLiteral("POST");
        request.url = m_provider.revokeUrl;
        const QByteArray parameter = formEncode({{QByteArrayLiteral("access_token"), tokens.accessToken}});
        const QByteArray query = encodedQueryOf(request.url);
        setEncodedQuery(request.url, query.isEmpty() ? parameter : query + '&' + parameter);
        request.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")},
                           {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")}};
    } else {
        // RFC 7009 (Google): POST token=... as a form; revoking the refresh token ends the whole grant.
        const QByteArray token = tokens.refreshToken.isEmpty() ? tokens.accessToken : tokens.refreshToken;
        if (token.isEmpty())
            return {};
        request = formPost(m_provider.revokeUrl, {{QByteArrayLiteral("token"), token}});
    }
    auto response = m_http.send(request, cancel);
    if (!response)
        return response.error();
    if (!response->isSuccess())
        return HttpClient::errorFor(*response, m_provider.displayName);
    return {};
}

} // namespace lifeos
