#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QUrl>

#include <atomic>
#include <optional>
#include <utility>

class QNetworkAccessManager;

namespace lifeos {

using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>;

struct HttpRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    HttpHeaders headers; // Authorization goes here; it is never logged
    QByteArray body;
    int timeoutMs = 30000; // the request fails when no byte moves for this long
    // false (OAuth token requests: single-use codes and refresh tokens): sent again only when it provably never
    // left (connection refused, host not found) or on a 429/503 that says when to come back (Retry-After).
    bool idempotent = true;
};

struct HttpResponse
{
    int status = 0;
    HttpHeaders headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const; // case-insensitive; empty when absent
    bool isSuccess() const { return status >= 200 && status < 300; }
};

// How hard HttpClient tries before it gives up. Tests shorten the waits.
struct RetryPolicy
{
    int maxAttempts = 4;          // the first try included
    int initialBackoffMs = 500;   // doubles with each retry, times a random factor in [0.5, 1.5)
    int maxBackoffMs = 30000;
    int maxRetryAfterMs = 60000;  // a 429 asking for longer is not waited out: RateLimited carries retryAfterMs
};

// The one HTTP client every integration uses (Oura, Google, OAuth token endpoints, LLM providers, embeddings).
// Blocking: send() runs a local event loop in the calling thread, so call it from a worker thread (the sync
// thread) or a CLI command, never from the GUI thread. The QNetworkAccessManager must live in the calling thread.
//
// What it does for the caller:
// - per-request timeout (no progress for timeoutMs), cancellation through an atomic flag;
// - retries with exponential backoff and jitter for transport failures, timeouts, 5xx and 429;
// - honours Retry-After (seconds or an HTTP date) on 429 and 503, up to maxRetryAfterMs;
// - typed errors: ErrorCode::Network (offline, refused, cut, timeout), RateLimited (with retryAfterMs),
//   ServerError (5xx after the last attempt), Cancelled. Every other HTTP status (2xx, 3xx, 4xx) comes back
//   as a response for the caller to read; errorFor() turns one into an Error (401/403 → AuthFailed, ...).
// - logs method, host and path only (lcNet, debug): never the query, headers or body, which may hold secrets.
class HttpClient
{
    Q_DECLARE_TR_FUNCTIONS(HttpClient)

public:
    explicit HttpClient(QNetworkAccessManager &network, RetryPolicy policy = {});

    Result<HttpResponse> send(const HttpRequest &request, const std::atomic_bool *cancel = nullptr);

    // A readable Error for a response that is not a success; service names the other side ("Oura", "Google").
    static Error errorFor(const HttpResponse &response, const QString &service);
    // Milliseconds a Retry-After value asks for: delay-seconds or an HTTP date; nullopt when unreadable.
    static std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now);
    // A short message from a JSON error body (Google/OpenAI {"error":{"message"}}, OAuth {"error",
    // "error_description"}, Oura {"detail"}), token-like strings cut out; empty when there is none.
    static QString serverDetail(const QByteArray &body);

    const RetryPolicy &policy() const { return m_policy; }
    QNetworkAccessManager &network() { return m_network; }

private:
    qint64 backoffMs(int attempt) const;

    QNetworkAccessManager &m_network;
    RetryPolicy m_policy;
};

} // namespace lifeos
