#include "net/AuthorizedHttp.h"

namespace lifeos {

namespace {

void setBearer(HttpRequest &request, const QByteArray &token)
{
    const QByteArray name = QByteArrayLiteral("Authorization");
    request.headers.removeIf([&](const auto &header) { return header.first.compare(name, Qt::CaseInsensitive) == 0; });
    request.headers.append({name, QByteArrayLiteral("Bearer ") + token});
}

} // namespace

AuthorizedHttp::AuthorizedHttp(HttpClient &http, AccessTokenSource &tokens)
    : m_http(http)
    , m_tokens(tokens)
{
}

Result<HttpResponse> AuthorizedHttp::send(HttpRequest request, const std::atomic_bool *cancel)
{
    auto token = m_tokens.accessToken(cancel);
    if (!token)
        return token.error();
    setBearer(request, *token);
    auto response = m_http.send(request, cancel);
    if (!response || response->status != 401)
        return response;
    auto refreshed = m_tokens.refreshAfterUnauthorized(cancel);
    if (!refreshed)
        return refreshed.error();
    setBearer(request, *refreshed);
    return m_http.send(request, cancel);
}

} // namespace lifeos
