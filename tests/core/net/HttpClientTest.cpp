#include "net/HttpClient.h"

#include "FakeHttpServer.h"
#include "support/QtStringMakers.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTimeZone>

#include <catch2/catch.hpp>

#include <chrono>
#include <mutex>
#include <thread>

using namespace lifeos;

namespace {

// Retries in tests take milliseconds, not seconds.
RetryPolicy fastPolicy(int maxAttempts = 3)
{
    RetryPolicy policy;
    policy.maxAttempts = maxAttempts;
    policy.initialBackoffMs = 10;
    policy.maxBackoffMs = 100;
    policy.maxRetryAfterMs = 5000;
    return policy;
}

HttpRequest get(const QUrl &url, int timeoutMs = 5000)
{
    HttpRequest request;
    request.url = url;
    request.timeoutMs = timeoutMs;
    return request;
}

FakeHttpResponse jsonError(int status, const QByteArray &message = "boom")
{
    return FakeHttpResponse::json(status,
                                  R"({"error":{"code":)" + QByteArray::number(status) + R"(,"message":")" + message
                                      + R"("}})");
}

QUrl closedPortUrl()
{
    FakeHttpServer gone;
    return gone.url(QStringLiteral("/v2/usercollection/daily_sleep")); // the port is closed once the server is gone
}

} // namespace

TEST_CASE("a 200 comes back with its status, headers and body")
{
    FakeHttpServer server;
    server.enqueue(FakeHttpResponse::json(200, R"({"data":[1,2,3]})").withHeader("X-Request-Id", "abc-42"));
    QNetworkAccessManager network;
    HttpClient http(network, fastPolicy());

    const Result<HttpResponse> response = http.send(get(server.url(QStringLiteral("/v2/things?start=2024-01-01"))));

    REQUIRE(response.ok());
    CHECK(response->status == 200);
    CHECK(response->isSuccess());
    CHECK(response->body == R"({"data":[1,2,3]})");
    CHECK(response->header("x-request-id") == "abc-42");
    CHECK(response->header("Content-Type").startsWith("application/json"));
    CHECK(response->header("X-Absent").isEmpty());
    REQUIRE(server.requestCount() == 1);
    CHECK(server.requests().first().method == "GET");
    CHECK(server.requests().first().target == "/v2/things?start=2024-01-01");
}

TEST_CASE("a 4xx comes back as a response for the caller to read, never retried")
{
    const int status = GENERATE(400, 401, 403, 404, 409, 410, 422);
    FakeHttpServer server;
    server.enqueue(jsonError(status, "nope"));
    QNetworkAccessManager network;
    HttpClient http(network, fastPolicy());

    const Result<HttpResponse> response = http.send(get(server.url(QStringLiteral("/x"))));

    INFO("HTTP " << status);
    REQUIRE(response.ok());
    CHECK(response->status == status);
    CHECK_FALSE(response->isSuccess());
    CHECK(response->body.contains("nope"));
    CHECK(server.requestCount() == 1);
}

TEST_CASE("a redirect is returned to the caller, not followed")
{
    FakeHttpServer server;
    server.enqueue(FakeHttpResponse::text(302, "moved").withHeader("Location", "/elsewhere"));
    QNetworkAccessManager network;
    HttpClient http(network, fastPolicy());

    const Result<HttpResponse> response = http.send(get(server.url(QStringLiteral("/here"))));

    REQUIRE(response.ok());
    CHECK(response->status == 302);
    CHECK(response->header("Location") == "/elsewhere");
    CHECK(server.requestCount() == 1);
}

TEST_CASE("a 500, 502, 503 or 504 is retried after a backoff until the server answers")
{
    const int status = GENERATE(500, 502, 503, 504);
    FakeHttpServer server;
    server.enqueue(jsonError(status));
    server.enqueue(jsonError(status));
    server.enqueue(FakeHttpResponse::json(200, "{}"));
    RetryPolicy policy = fastPolicy(3);
    policy.initialBackoffMs = 100; // waits of at least 50 and 100 ms (jitter never goes below half)
    policy.maxBackoffMs = 1000;
    QNetworkAccessManager network;
    HttpClient http(network, policy);
    QElapsedTimer timer;
    timer.start();

    const Result<HttpResponse> response = http.send(get(server.url(QStringLiteral("/x"))));

    INFO("HTTP " << status);
    REQUIRE(response.ok());
    CHECK(response->status == 200);
    CHECK(server.requestCount() == 3);
    CHECK(timer.elapsed() >= 140);
}

TEST_CASE("a server error on every attempt ends in ServerError with the status, the host and the server's words")
{
    FakeHttpServer server;
    for (int i = 0; i < 3; ++i)
        server.enqueue(jsonError(502, "upstream overloaded"));
    QNetworkAccessManager network;
    HttpClient http(network, fastPolicy(3));

    const Result<HttpResponse> response = http.send(get(server.url(QStringLiteral("/x"))));

    REQUIRE_FALSE(response.ok());
    CHECK(response.error().code == ErrorCode::ServerError);
    CHECK(response.error().httpStatus == 502);
    CHECK(response.error().message.contains(QStringLiteral("127.0.0.1")));
    CHECK(response.error().message.contains(QStringLiteral("502")));
    CHECK(response.error().message.contains(QStringLiteral("upstream overloaded")));
    CHECK(server.requestCount() == 3);
    CHECK(server.unscriptedCount() == 0);
}

TEST_CASE("a 5xx that retrying cannot fix is a ServerError at once")
{
    FakeHttpServer server;
    server.enqueue(jsonError(501, "not implemented"));
    QNetworkAccessManager network;
    HttpClient http(network, fastPolicy(3));

    const Result<HttpResponse> response = http.send(get(server.url(QStringLiteral("/x"))));

    REQUIRE_FALSE(response.ok());
    CHECK(response.error().code == ErrorCode::ServerError);
    CHECK(response.error().httpStatus == 501);
    CHECK(server.requestCount() == 1);
}

TEST_CASE("a 429 with Retry-After: 1 is retried after at least a second")
{
    FakeHttpServer server;
    server.enqueue(jsonError(429, "slow down").withHeader("Retry-After", "1"));
    server.enqueue(FakeHttpResponse::json(200, "{}"));
    QNetworkAccessManager network;
    HttpClient http(network, fastPolicy());
    QElapsedTimer timer;
    timer.start();

    const Result<HttpResponse> response = http.send(get(server.url(QStringLiteral("/x"))));

    REQUIRE(response.ok());
    CHECK(response->status == 200);
    CHECK(server.requestCount() == 2);
    CHECK(timer.elapsed() >= 990); // Retry-After, not the 10 ms backoff
}

TEST_CASE("a 503 with Retry-After is retried after the time it asks for")
{
    FakeHttpServer server;
    server.enqueue(jsonError(503).withHeader("Retry-After", "1"));
    server.enqueue(FakeHttpResponse::json(200, "{}"));
    QNetworkAccessManager network;
    HttpClient http(network, fastPolicy());
    QElapsedTimer timer;
    timer.start();

    REQUIRE(http.send(get(server.url(QStringLiteral("/x")))).ok());

    CHECK(server.requestCount() == 2);
    CHECK(timer.elapsed() >= 990);
}

TEST_CASE("a 429 asking for longer than maxRetryAfterMs is RateLimited at once, with the wait it asked for")
{
    FakeHttpServer server;
    server.enqueue(jsonError(429).withHeader("Retry-After", "120"));
    QNetworkAccessManager network;
    HttpClient http(network, fastPolicy()); // maxRetryAfterMs 5 s

    const Result<HttpResponse> response = http.send(get(server.url(QStringLiteral("/x"))));

    REQUIRE_FALSE(response.ok());
    CHECK(response.error().code == ErrorCode::RateLimited);
    CHECK(response.error().httpStatus == 429);
    CHECK(response.error().retryAfterMs == 120000);
    CHECK(response.error().message.contains(QStringLiteral("127.0.0.1")));
    CHECK(server.requestCount() == 1);
}

TEST_CASE("a 429 on every attempt ends in RateLimited")
{
    FakeHttpServer server;
    for (int i = 0; i < 3; ++i)
        server.enqueue(jsonError(429).withHeader("Retry-After", "0"));
    QNetworkAccessManager network;
    HttpClient http(network, fastPolicy(3));

    const Result<HttpResponse> response = http.send(get(server.url(QStringLiteral("/x"))));

    REQUIRE_FALSE(response.ok());
    CHECK(response.error().code == ErrorCode::RateLimited);
    CHECK(response.error().httpStatus == 429);
    CHECK(response.error().retryAfterMs == 0);
    CHECK(server.requestCount() == 3);
}

TEST_CASE("Retry-After as an HTTP date is honoured")
{
    FakeHttpServer server;
    QNetworkAccessManager network;
    HttpClient http(network, fastPolicy());
    const auto httpDate = [](const QDateTime &when) {
        return QLocale::c().toString(when.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
    };

    SECTION("a date in the past: retry now")
    {
        server.enqueue(jsonError(429).withHeader("Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT"));
        server.enqueue(FakeHttpResponse::json(200, "{}"));
        REQUIRE(http.send(get(server.url(QStringLiteral("/x")))).ok());
        CHECK(server.requestCount() == 2);
    }
    SECTION("a date an hour ahead: RateLimited, with about an hour to wait")
    {
        server.enqueue(
            jsonError(429).withHeader("Retry-After", httpDate(QDateTime::currentDateTimeUtc().addSecs(3600))));
        const Result<HttpResponse> response = http.send(get(server.url(QStringLiteral("/x"))));
        REQUIRE_FALSE(response.ok());
        CHECK(response.error().code == ErrorCode::RateLimited);
        CHECK(response.error().retryAfterMs > 3590000);
        CHECK(response.error().retryAfterMs <= 3600000);
        CHECK(server.requestCount() == 1);
    }
}

TEST_CASE("Retry-After is read as seconds or as an HTTP date")
{
    const QDateTime now(QDate(2015, 10, 21), QTime(7, 28, 0), QTimeZone::utc());
    const auto [value, expected] = GENERATE(table<const char *, qint64>({
        {"1", 1000},
        {" 0 ", 0},
        {"2.5", 2500},
        {"Wed, 21 Oct 2015 07:28:30 GMT", 30000},
        {"Wed, 21 Oct 2015 07:27:00 GMT", 0}, // already past: go now
        {"soon", -1},
        {"", -1},
        {"-3", -1},
        {"nan", -1},
    }));
    const std::optional<qint64> parsed = HttpClient::parseRetryAfter(QByteArray(value), now);
    INFO("Retry-After: " << value);
    if (expected < 0)
        CHECK_FALSE(parsed.has_value());
    else
        CHECK(parsed.value_or(-1) == expected);
}

TEST_CASE("nothing listening is a Network error that names the host")
{
    QNetworkAccessManager network;
    HttpClient http(network, fastPolicy(2));

    const Result<HttpResponse> response = http.send(get(closedPortUrl()));

    REQUIRE_FALSE(response.ok());
    CHECK(response.error().code == ErrorCode::Network);
    CHECK(response.error().httpStatus == 0);
    CHECK(response.error().message.startsWith(QStringLiteral("Could not reach 127.0.0.1")));
}

TEST_CASE("a connection cut in the middle of the body is retried, then reported as a Network error")
{
    FakeHttpServer server; // no handler: an unexpected extra request would get a 500, not a success
    const QByteArray body = R"({"data":[{"id":"a","score":80},{"id":"b","score":81}],"next_token":null})";
    QNetworkAccessManager network;
    HttpClient http(network, fastPolicy(2));

    SECTION("cut once, then whole")
    {
        server.enqueue(FakeHttpResponse::partialBodyThenClose(200, body));
        server.enqueue(FakeHttpResponse::json(200, body));
        const Result<HttpResponse> response = http.send(get(server.url(QStringLiteral("/x"))));
        REQUIRE(response.ok());
        CHECK(response->body == body); // the whole body, not half of one glued to the other
        CHECK(server.requestCount() == 2);
    }
    SECTION("cut every time")
    {
        server.enqueue(FakeHttpResponse::partialBodyThenClose(200, body));
        server.enqueue(FakeHttpResponse::partialBodyThenClose(200, body));
        const Result<HttpResponse> response = http.send(get(server.url(QStringLiteral("/x"))));
        REQUIRE_FALSE(response.ok());
        CHECK(response.error().code == ErrorCode::Network);
        CHECK(server.requestCount() == 2);
        CHECK(server.unscriptedCount() == 0);
    }
}

TEST_CASE("a connection closed before any answer is retried")
{
    FakeHttpServer server;
    server.enqueue(FakeHttpResponse::closeWithoutAnswer());
    server.enqueue(FakeHttpResponse::json(200, "{}"));
    QNetworkAccessManager network;
    HttpClient http(network, fastPolicy(2));

    const Result<HttpResponse> response = http.send(get(server.url(QStringLiteral("/x"))));

    REQUIRE(response.ok());
    CHECK(response->status == 200);
    CHECK(server.requestCount() >= 2);
}

TEST_CASE("a server that never answers times out, is retried, then reported as a Network error")
{
    FakeHttpServer server;
    QNetworkAccessManager network;
    HttpClient http(network, fastPolicy(2));
    QElapsedTimer timer;

    SECTION("silent once, then answering")
    {
        server.enqueue(FakeHttpResponse::neverAnswer());
        server.enqueue(FakeHttpResponse::json(200, "{}"));
        timer.start();
        REQUIRE(http.send(get(server.url(QStringLiteral("/x")), 300)).ok());
        CHECK(server.requestCount() == 2);
        CHECK(timer.elapsed() >= 280); // a coarse timer may fire up to 5% early
    }
    SECTION("silent every time")
    {
        server.enqueue(FakeHttpResponse::neverAnswer());
        server.enqueue(FakeHttpResponse::neverAnswer());
        timer.start();
        const Result<HttpResponse> response = http.send(get(server.url(QStringLiteral("/x")), 300));
        REQUIRE_FALSE(response.ok());
        CHECK(response.error().code == ErrorCode::Network);
        CHECK(response.error().message.contains(QStringLiteral("127.0.0.1")));
        CHECK(server.requestCount() == 2);
        CHECK(timer.elapsed() >= 560);
    }
}

TEST_CASE("the timeout counts silence, not the whole transfer: a slow but steady answer arrives")
{
    FakeHttpServer server;
    FakeHttpResponse slow;
    slow.status = 200;
    slow.chunks = {"{\"a\":", "1,", "\"b\":", "2,", "\"c\":", "3}"};
    slow.chunkIntervalMs = 150; // 900 ms in all, never 400 ms without a byte
    server.enqueue(slow);
    QNetworkAccessManager network;
    HttpClient http(network, fastPolicy(1));

    const Result<HttpResponse> response = http.send(get(server.url(QStringLiteral("/x")), 400));

    REQUIRE(response.ok());
    CHECK(response->body == R"({"a":1,"b":2,"c":3})");
    CHECK(server.requestCount() == 1);
}

TEST_CASE("cancelling stops a request mid-answer and mid-wait")
{
    FakeHttpServer server;
    RetryPolicy policy = fastPolicy();
    policy.maxRetryAfterMs = 60000;
    QNetworkAccessManager network;
    HttpClient http(network, policy);
    std::atomic_bool cancel{false};

    SECTION("while waiting for an answer")
    {
        server.enqueue(FakeHttpResponse::neverAnswer());
    }
    SECTION("while waiting out a Retry-After")
    {
        server.enqueue(jsonError(429).withHeader("Retry-After", "30"));
    }
    QElapsedTimer timer;
    timer.start();
    std::thread canceller([&cancel] {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        cancel = true;
    });

    const Result<HttpResponse> response = http.send(get(server.url(QStringLiteral("/x")), 30000), &cancel);
    canceller.join();

    REQUIRE_FALSE(response.ok());
    CHECK(response.error().code == ErrorCode::Cancelled);
    CHECK(timer.elapsed() < 20000); // the 30 s timeout or Retry-After was not sat out
    CHECK(server.requestCount() == 1);
}

TEST_CASE("a request cancelled before it starts sends nothing")
{
    FakeHttpServer server;
    QNetworkAccessManager network;
    HttpClient http(network, fastPolicy());
    const std::atomic_bool cancel{true};

    const Result<HttpResponse> response = http.send(get(server.url(QStringLiteral("/x"))), &cancel);

    REQUIRE_FALSE(response.ok());
    CHECK(response.error().code == ErrorCode::Cancelled);
    CHECK(server.requestCount() == 0);
}

TEST_CASE("the body and headers of a POST, PUT, PATCH or DELETE arrive intact")
{
    const QByteArray method =
        GENERATE(QByteArray("POST"), QByteArray("PUT"), QByteArray("PATCH"), QByteArray("DELETE"));
    FakeHttpServer server;
    server.enqueue(FakeHttpResponse::json(200, "{}"));
    QNetworkAccessManager network;
    HttpClient http(network, fastPolicy());
    HttpRequest request = get(server.url(QStringLiteral("/token?x=1")));
    request.method = method;
    request.headers = {{"Content-Type", "application/x-www-form-urlencoded"}, {"X-Custom", "value with spaces"}};
    request.body = "grant_type=authorization_code&code=4%2F0Ab&redirect_uri=http%3A%2F%2F127.0.0.1%3A8765%2F"
                   "&note=caf%C3%A9+%E2%86%92";

    const Result<HttpResponse> response = http.send(request);

    INFO(method.constData());
    REQUIRE(response.ok());
    REQUIRE(server.requestCount() == 1);
    const FakeHttpRequest received = server.requests().first();
    CHECK(received.method == method);
    CHECK(received.target == "/token?x=1");
    CHECK(received.body == request.body);
    CHECK(received.header("content-type") == "application/x-www-form-urlencoded");
    CHECK(received.header("x-custom") == "value with spaces");
}

TEST_CASE("a DELETE without a body sends none")
{
    FakeHttpServer server;
    server.enqueue(FakeHttpResponse::text(204, ""));
    QNetworkAccessManager network;
    HttpClient http(network, fastPolicy());
    HttpRequest request = get(server.url(QStringLiteral("/calendars/primary/events/e1")));
    request.method = "DELETE";

    const Result<HttpResponse> response = http.send(request);

    REQUIRE(response.ok());
    CHECK(response->status == 204);
    REQUIRE(server.requestCount() == 1);
    CHECK(server.requests().first().method == "DELETE");
    CHECK(server.requests().first().body.isEmpty());
}

TEST_CASE("errorFor turns a refused response into a typed error with the server's words")
{
    const auto [status, body, code, detail] = GENERATE(table<int, const char *, ErrorCode, const char *>({
        // Google Calendar
        {401,
         R"({"error":{"code":401,"message":"Request had invalid authentication credentials.","status":"UNAUTH"}})",
         ErrorCode::AuthFailed,
         "invalid authentication credentials"},
        {403,
         R"({"error":{"code":403,"message":"Insufficient Permission"}})",
         ErrorCode::AuthFailed,
         "Insufficient Permission"},
        {404, R"({"error":{"code":404,"message":"Not Found"}})", ErrorCode::NotFound, "Not Found"},
        {410,
         R"({"error":{"code":410,"message":"Sync token is no longer valid, a full sync is required."}})",
         ErrorCode::BadResponse,
         "full sync is required"},
        // OAuth token endpoints
        {400,
         R"({"error":"invalid_grant","error_description":"Bad Request"})",
         ErrorCode::BadResponse,
         "invalid_grant: Bad Request"},
        {401, R"({"error":"invalid_client"})", ErrorCode::AuthFailed, "invalid_client"},
        // Oura
        {404, R"({"detail":"Not Found"})", ErrorCode::NotFound, "Not Found"},
        {422,
         R"({"detail":[{"loc":["query","start_date"],"msg":"invalid date format","type":"value_error"}]})",
         ErrorCode::BadResponse,
         "invalid date format"},
        {429, R"({"detail":"Rate limit exceeded"})", ErrorCode::RateLimited, "Rate limit exceeded"},
        // Others
        {500, R"({"error":{"message":"backend error"}})", ErrorCode::ServerError, "backend error"},
        {503, "<html><body>Service Unavailable</body></html>", ErrorCode::ServerError, ""},
        {302, "", ErrorCode::BadResponse, ""},
        {418, "I'm a teapot", ErrorCode::BadResponse, ""},
    }));
    HttpResponse response;
    response.status = status;
    response.body = QByteArray(body);

    const Error error = HttpClient::errorFor(response, QStringLiteral("Oura"));

    INFO("HTTP " << status << " " << body);
    CHECK(error.code == code);
    CHECK(error.httpStatus == status);
    CHECK(error.message.contains(QStringLiteral("Oura")));
    CHECK(error.message.contains(QString::fromUtf8(detail)));
    CHECK_FALSE(error.message.contains(QStringLiteral("<html>")));
    if (code == ErrorCode::AuthFailed)
        CHECK(error.message.contains(QStringLiteral("Settings")));
}

TEST_CASE("errorFor never repeats a token the server echoes back")
{
    const QByteArray token = "ya29.a0AfH6SMBx3kLqWm9zR2tY7uV4pN8cJ1eD5fG0hKqLm";
    HttpResponse response;
    response.status = 401;
    response.body = R"({"error":"invalid_token","error_description":"The token )" + token + R"( has expired"})";

    const Error error = HttpClient::errorFor(response, QStringLiteral("Google"));

    CHECK(error.code == ErrorCode::AuthFailed);
    CHECK(error.message.contains(QStringLiteral("has expired")));
    CHECK_FALSE(error.message.contains(QStringLiteral("a0AfH6SMBx3kLqWm9")));
}

TEST_CASE("errorFor on a 429 carries the wait Retry-After asks for")
{
    HttpResponse response;
    response.status = 429;
    response.headers = {{"Retry-After", "42"}};

    const Error error = HttpClient::errorFor(response, QStringLiteral("Oura"));

    CHECK(error.code == ErrorCode::RateLimited);
    CHECK(error.retryAfterMs == 42000);
}

namespace {
std::mutex g_logMutex;
QStringList g_logLines;
void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    std::lock_guard lock(g_logMutex);
    g_logLines.append(message);
}
} // namespace

TEST_CASE("no token in a header, the query or a body ever reaches the log")
{
    FakeHttpServer server;
    server.enqueue(jsonError(503, "SECRET123 was refused").withHeader("Retry-After", "0"));
    server.enqueue(FakeHttpResponse::partialBodyThenClose(200, R"({"access_token":"SECRET123"})"));
    server.enqueue(jsonError(404, "no such SECRET123"));
    QNetworkAccessManager network;
    HttpClient http(network, fastPolicy(3));
    HttpRequest request = get(server.url(QStringLiteral("/v2/usercollection/sleep?access_token=SECRET123")));
    request.headers = {{"Authorization", "Bearer SECRET123"}};
    HttpRequest unreachable = request;
    unreachable.url = closedPortUrl();
    unreachable.url.setQuery(QStringLiteral("access_token=SECRET123"));
    {
        std::lock_guard lock(g_logMutex);
        g_logLines.clear();
    }
    QLoggingCategory::setFilterRules(QStringLiteral("lifeos.net*=true"));
    const QtMessageHandler previous = qInstallMessageHandler(captureLog);

    const Result<HttpResponse> answered = http.send(request);
    const Result<HttpResponse> failed = http.send(unreachable);

    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    REQUIRE(answered.ok());
    CHECK(answered->status == 404);
    REQUIRE_FALSE(failed.ok());
    CHECK_FALSE(failed.error().message.contains(QStringLiteral("SECRET123")));
    std::lock_guard lock(g_logMutex);
    CHECK(g_logLines.size() >= 5); // three attempts, two retries and the unreachable ones were logged
    const bool pathLogged = std::any_of(g_logLines.cbegin(), g_logLines.cend(), [](const QString &line) {
        return line.contains(QStringLiteral("/v2/usercollection/sleep"));
    });
    CHECK(pathLogged);
    for (const QString &line : std::as_const(g_logLines)) {
        INFO(line.toStdString());
        CHECK_FALSE(line.contains(QStringLiteral("SECRET123")));
    }
}

namespace {

HttpRequest tokenPost(const QUrl &url, int timeoutMs = 5000)
{
    HttpRequest request = get(url, timeoutMs);
    request.method = "POST";
    request.headers = {{"Content-Type", "application/x-www-form-urlencoded"}};
    request.body = "grant_type=refresh_token&refresh_token=single-use";
    request.idempotent = false;
    return request;
}

} // namespace

TEST_CASE("a request that must not be repeated is sent once when its answer is lost or the server fails")
{
    FakeHttpServer server; // a second request would find the success queued behind the failure
    QNetworkAccessManager network;
    HttpClient http(network, fastPolicy(3));
    const QByteArray tokens = R"({"access_token":"new","refresh_token":"next","token_type":"Bearer"})";

    SECTION("the connection is cut in the middle of the answer")
    {
        server.enqueue(FakeHttpResponse::partialBodyThenClose(200, tokens));
        server.enqueue(FakeHttpResponse::json(200, tokens));
        const Result<HttpResponse> response = http.send(tokenPost(server.url(QStringLiteral("/token"))));
        REQUIRE_FALSE(response.ok());
        CHECK(response.error().code == ErrorCode::Network);
    }
    SECTION("a 500, 502, 503 without Retry-After or 504")
    {
        const int status = GENERATE(500, 502, 503, 504);
        CAPTURE(status);
        server.enqueue(FakeHttpResponse::text(status, "upstream trouble"));
        server.enqueue(FakeHttpResponse::json(200, tokens));
        const Result<HttpResponse> response = http.send(tokenPost(server.url(QStringLiteral("/token"))));
        REQUIRE_FALSE(response.ok());
        CHECK(response.error().code == ErrorCode::ServerError);
        CHECK(response.error().httpStatus == status);
    }
    SECTION("no answer before the timeout")
    {
        server.enqueue(FakeHttpResponse::neverAnswer());
        server.enqueue(FakeHttpResponse::json(200, tokens));
        const Result<HttpResponse> response = http.send(tokenPost(server.url(QStringLiteral("/token")), 300));
        REQUIRE_FALSE(response.ok());
        CHECK(response.error().code == ErrorCode::Network);
    }
    CHECK(server.requestCount() == 1);
}

TEST_CASE("a request that must not be repeated is retried when the server asks to wait with Retry-After")
{
    const int status = GENERATE(429, 503);
    CAPTURE(status);
    FakeHttpServer server;
    server.enqueue(FakeHttpResponse::text(status, "slow down").withHeader("Retry-After", "0"));
    server.enqueue(FakeHttpResponse::json(200, R"({"access_token":"new"})"));
    QNetworkAccessManager network;
    HttpClient http(network, fastPolicy(3));

    const Result<HttpResponse> response = http.send(tokenPost(server.url(QStringLiteral("/token"))));

    REQUIRE(response.ok());
    CHECK(response->status == 200);
    CHECK(server.requestCount() == 2);
}

TEST_CASE("a request that must not be repeated is retried when the connection was refused")
{
    QNetworkAccessManager network;
    HttpClient http(network, fastPolicy(3));
    {
        std::lock_guard lock(g_logMutex);
        g_logLines.clear();
    }
    QLoggingCategory::setFilterRules(QStringLiteral("lifeos.net*=true"));
    const QtMessageHandler previous = qInstallMessageHandler(captureLog);

    const Result<HttpResponse> response = http.send(tokenPost(closedPortUrl()));

    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    REQUIRE_FALSE(response.ok());
    CHECK(response.error().code == ErrorCode::Network);
    std::lock_guard lock(g_logMutex);
    // Nothing reached a server, so every attempt of the policy was made.
    const auto refusedAttempts = std::count_if(g_logLines.cbegin(), g_logLines.cend(), [](const QString &line) {
        return line.contains(QStringLiteral("ConnectionRefusedError"));
    });
    CHECK(refusedAttempts == 3);
}
