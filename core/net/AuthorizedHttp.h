#pragma once

#include "net/AccessTokenSource.h"
#include "net/HttpClient.h"

namespace lifeos {

// HttpClient with "Authorization: Bearer <token>" added; a 401 refreshes the token once and repeats the
// request. A second 401 comes back as a response (the caller reports AuthFailed).
class AuthorizedHttp
{
public:
    AuthorizedHttp(HttpClient &http, AccessTokenSource &tokens);

    Result<HttpResponse> send(HttpRequest request, const std::atomic_bool *cancel = nullptr);
    HttpClient &http() { return m_http; }

private:
    HttpClient &m_http;
    AccessTokenSource &m_tokens;
};

} // namespace lifeos
