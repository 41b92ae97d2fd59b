#include "search/OpenAiEmbedder.h"

#include "FakeEmbeddingServer.h"
#include "search/EmbedderConfig.h"
#include "support/QtStringMakers.h"
#include "support/TempDataDir.h"
#include "util/Settings.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <catch2/catch.hpp>

#include <chrono>
#include <cmath>
#include <mutex>
#include <thread>

using namespace lifeos;

namespace {

constexpr int kDimension = 8;

OpenAiEmbedder::Config configFor(const FakeEmbeddingServer &server)
{
    OpenAiEmbedder::Config config;
    config.baseUrl = server.baseUrl();
    config.provider = QStringLiteral("openai-compatible");
    config.model = QStringLiteral("fake-embed-1");
    config.initialBackoffMs = 10; // retries in tests take milliseconds, not seconds
    config.timeoutMs = 5000;
    return config;
}

QStringList numberedTexts(int count)
{
    QStringList texts;
    for (int i = 0; i < count; ++i)
        texts.append(QStringLiteral("text number %1 about walking the dog").arg(i));
    return texts;
}

std::vector<float> rowOf(const std::vector<float> &vectors, qsizetype row, int dimension)
{
    return {vectors.begin() + row * dimension, vectors.begin() + (row + 1) * dimension};
}

void checkRowIs(const std::vector<float> &vectors, qsizetype row, const std::vector<float> &expected)
{
    const std::vector<float> actual = rowOf(vectors, row, int(expected.size()));
    INFO("row " << row);
    for (size_t k = 0; k < expected.size(); ++k)
        CHECK(actual[k] == Approx(expected[k]).margin(1e-6));
}

double lengthOf(const std::vector<float> &row)
{
    double squares = 0;
    for (const float value : row)
        squares += double(value) * value;
    return std::sqrt(squares);
}

FakeHttpResponse status(int code, const QByteArray &message = "boom")
{
    return FakeHttpResponse::json(code, R"({"error":{"message":")" + message + R"(","type":"server_error"}})");
}

qint64 elapsedMs(const QElapsedTimer &timer)
{
    return timer.elapsed();
}

} // namespace

TEST_CASE("the OpenAI embedder sends at most batchSize texts a request, in order, and places vectors by index")
{
    FakeEmbeddingServer server({kDimension, /*shuffleOrder=*/true});
    OpenAiEmbedder::Config config = configFor(server);
    config.batchSize = 64;
    OpenAiEmbedder embedder(config);
    const QStringList texts = numberedTexts(150);

    const Result<std::vector<float>> vectors = embedder.embed(texts);

    REQUIRE(vectors.ok());
    REQUIRE(vectors->size() == size_t(150 * kDimension));
    CHECK(embedder.dimension() == kDimension);
    const QList<FakeHttpRequest> requests = server.http().requests();
    REQUIRE(requests.size() == 3);
    CHECK(FakeEmbeddingServer::inputsOf(requests.at(0)) == texts.mid(0, 64));
    CHECK(FakeEmbeddingServer::inputsOf(requests.at(1)) == texts.mid(64, 64));
    CHECK(FakeEmbeddingServer::inputsOf(requests.at(2)) == texts.mid(128, 22));
    for (qsizetype i = 0; i < texts.size(); ++i)
        checkRowIs(*vectors, i, FakeEmbeddingServer::expectedVector(texts.at(i), kDimension));
    // One call reuses its keep-alive connection for every batch.
    CHECK(server.http().connectionCount() == 1);
}

TEST_CASE("every vector the OpenAI embedder returns has length 1, whatever the server sends")
{
    FakeEmbeddingServer server({kDimension, false});
    OpenAiEmbedder embedder(configFor(server));
    const QStringList texts = numberedTexts(5);
    REQUIRE(lengthOf(FakeEmbeddingServer::rawVector(texts.first(), kDimension)) > 1.5); // the server's are not

    const Result<std::vector<float>> vectors = embedder.embed(texts);

    REQUIRE(vectors.ok());
    for (qsizetype i = 0; i < texts.size(); ++i)
        CHECK(lengthOf(rowOf(*vectors, i, kDimension)) == Approx(1.0).margin(1e-5));
}

TEST_CASE("the OpenAI embedder posts JSON with the model and float encoding to /v1/embeddings")
{
    FakeEmbeddingServer server;
    OpenAiEmbedder embedder(configFor(server));

    REQUIRE(embedder.embed({QStringLiteral("hello")}).ok());

    REQUIRE(server.http().requestCount() == 1);
    const FakeHttpRequest request = server.http().requests().first();
    CHECK(request.method == "POST");
    CHECK(request.path() == "/v1/embeddings");
    CHECK(request.header("content-type").startsWith("application/json"));
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    CHECK(body.value(QStringLiteral("model")).toString() == QStringLiteral("fake-embed-1"));
    CHECK(body.value(QStringLiteral("encoding_format")).toString() == QStringLiteral("float"));
    CHECK(FakeEmbeddingServer::inputsOf(request) == QStringList{QStringLiteral("hello")});
    CHECK(embedder.modelId() == QStringLiteral("openai-compatible:fake-embed-1"));
}

TEST_CASE("the API key travels as a bearer token, and no Authorization header goes without one")
{
    FakeEmbeddingServer server;
    OpenAiEmbedder::Config config = configFor(server);

    SECTION("with a key")
    {
        config.apiKey = "sk-test-123";
        OpenAiEmbedder embedder(config);
        REQUIRE(embedder.embed({QStringLiteral("hello")}).ok());
        REQUIRE(server.http().requestCount() == 1);
        CHECK(server.http().requests().first().header("Authorization") == "Bearer sk-test-123");
    }
    SECTION("without a key")
    {
        OpenAiEmbedder embedder(config);
        REQUIRE(embedder.embed({QStringLiteral("hello")}).ok());
        REQUIRE(server.http().requestCount() == 1);
        CHECK_FALSE(server.http().requests().first().hasHeader("Authorization"));
    }
}

TEST_CASE("the embeddings URL is built from a base with or without /v1")
{
    const auto [base, expected] = GENERATE(table<const char *, const char *>({
        {"https://api.openai.com", "https://api.openai.com/v1/embeddings"},
        {"https://api.openai.com/", "https://api.openai.com/v1/embeddings"},
        {"http://127.0.0.1:1234/v1", "http://127.0.0.1:1234/v1/embeddings"},
        {"http://127.0.0.1:1234/v1/", "http://127.0.0.1:1234/v1/embeddings"},
        {"http://host/proxy/openai", "http://host/proxy/openai/v1/embeddings"},
        {"http://host/v1/embeddings", "http://host/v1/embeddings"},
    }));
    OpenAiEmbedder::Config config;
    config.baseUrl = QUrl(QString::fromLatin1(base));
    CHECK(OpenAiEmbedder(config).endpoint().toString() == QString::fromLatin1(expected));
}

TEST_CASE("a 429 is retried after the time Retry-After asks for")
{
    FakeEmbeddingServer server;
    server.http().enqueue(status(429, "Rate limit reached").withHeader("Retry-After", "1"));
    OpenAiEmbedder embedder(configFor(server));
    QElapsedTimer timer;
    timer.start();

    const Result<std::vector<float>> vectors = embedder.embed({QStringLiteral("hello")});

    REQUIRE(vectors.ok());
    CHECK(server.http().requestCount() == 2);
    CHECK(elapsedMs(timer) >= 950); // not the 10 ms backoff
    CHECK(elapsedMs(timer) < 3000);
}

TEST_CASE("OpenAI's retry-after-ms header wins over Retry-After")
{
    FakeEmbeddingServer server;
    server.http().enqueue(status(429).withHeader("retry-after-ms", "300").withHeader("Retry-After", "30"));
    OpenAiEmbedder embedder(configFor(server));
    QElapsedTimer timer;
    timer.start();

    REQUIRE(embedder.embed({QStringLiteral("hello")}).ok());

    CHECK(server.http().requestCount() == 2);
    CHECK(elapsedMs(timer) >= 280);
    CHECK(elapsedMs(timer) < 2000);
}

TEST_CASE("a Retry-After longer than maxRetryAfterMs is not waited out: RateLimited says how long to wait")
{
    FakeEmbeddingServer server;
    server.http().enqueue(status(429).withHeader("Retry-After", "30"));
    OpenAiEmbedder::Config config = configFor(server);
    config.maxRetryAfterMs = 250;
    OpenAiEmbedder embedder(config);

    const Result<std::vector<float>> vectors = embedder.embed({QStringLiteral("hello")});

    REQUIRE_FALSE(vectors.ok());
    CHECK(vectors.error().code == ErrorCode::RateLimited);
    CHECK(vectors.error().retryAfterMs == 30000);
    CHECK(server.http().requestCount() == 1);
}

TEST_CASE("a 429 on every attempt ends in RateLimited")
{
    FakeEmbeddingServer server;
    for (int i = 0; i < 3; ++i)
        server.http().enqueue(status(429).withHeader("Retry-After", "0"));
    OpenAiEmbedder::Config config = configFor(server);
    config.maxAttempts = 3;
    OpenAiEmbedder embedder(config);

    const Result<std::vector<float>> vectors = embedder.embed({QStringLiteral("hello")});

    REQUIRE_FALSE(vectors.ok());
    CHECK(vectors.error().code == ErrorCode::RateLimited);
    CHECK_FALSE(vectors.error().message.isEmpty());
    CHECK(server.http().requestCount() == 3);
}

TEST_CASE("server errors 500, 502 and 503 are retried until the server answers")
{
    FakeEmbeddingServer server;
    server.http().enqueue(status(500));
    server.http().enqueue(status(502));
    server.http().enqueue(status(503));
    OpenAiEmbedder::Config config = configFor(server);
    config.maxAttempts = 4;
    OpenAiEmbedder embedder(config);

    const Result<std::vector<float>> vectors = embedder.embed({QStringLiteral("hello")});

    REQUIRE(vectors.ok());
    CHECK(server.http().requestCount() == 4);
    checkRowIs(*vectors, 0, FakeEmbeddingServer::expectedVector(QStringLiteral("hello"), kDimension));
}

TEST_CASE("a server error on every attempt ends in a ServerError that names the status")
{
    const int code = GENERATE(500, 503, 504);
    FakeEmbeddingServer server;
    for (int i = 0; i < 3; ++i)
        server.http().enqueue(status(code, "overloaded"));
    OpenAiEmbedder::Config config = configFor(server);
    config.maxAttempts = 3;
    OpenAiEmbedder embedder(config);

    const Result<std::vector<float>> vectors = embedder.embed({QStringLiteral("hello")});

    REQUIRE_FALSE(vectors.ok());
    CHECK(vectors.error().code == ErrorCode::ServerError);
    CHECK(vectors.error().httpStatus == code);
    CHECK(vectors.error().message.contains(QString::number(code)));
    CHECK(server.http().requestCount() == 3);
}

TEST_CASE("a refused key is AuthFailed at once, never retried")
{
    const int code = GENERATE(401, 403);
    FakeEmbeddingServer server;
    server.http().enqueue(status(code, "Incorrect API key provided"));
    OpenAiEmbedder::Config config = configFor(server);
    config.apiKey = "sk-wrong";
    OpenAiEmbedder embedder(config);

    const Result<std::vector<float>> vectors = embedder.embed(numberedTexts(3));

    REQUIRE_FALSE(vectors.ok());
    CHECK(vectors.error().code == ErrorCode::AuthFailed);
    CHECK(vectors.error().message.contains(QStringLiteral("Incorrect API key provided")));
    CHECK(server.http().requestCount() == 1);
}

TEST_CASE("a 400 is InvalidInput carrying the server's message, and is not retried")
{
    FakeEmbeddingServer server;
    server.http().enqueue(status(400, "This model's maximum context length is 8192 tokens"));
    OpenAiEmbedder embedder(configFor(server));

    const Result<std::vector<float>> vectors = embedder.embed({QStringLiteral("hello")});

    REQUIRE_FALSE(vectors.ok());
    CHECK(vectors.error().code == ErrorCode::InvalidInput);
    CHECK(vectors.error().message.contains(QStringLiteral("maximum context length")));
    CHECK(server.http().requestCount() == 1);
}

TEST_CASE("a malformed embeddings answer is BadResponse, not retried")
{
    const auto [what, body] = GENERATE(table<const char *, const char *>({
        {"not JSON", "<html>gateway</html>"},
        {"no data", R"({"object":"list","model":"m"})"},
        {"data not a list", R"({"data":{"index":0}})"},
        {"too few vectors", R"({"data":[{"index":0,"embedding":[1,2]}]})"},
        {"too many vectors",
         R"({"data":[{"index":0,"embedding":[1,2]},{"index":1,"embedding":[1,2]},{"index":2,"embedding":[1,2]}]})"},
        {"non-numeric value", R"({"data":[{"index":0,"embedding":[1,"x"]},{"index":1,"embedding":[1,2]}]})"},
        {"null value", R"({"data":[{"index":0,"embedding":[1,null]},{"index":1,"embedding":[1,2]}]})"},
        {"mixed dimensions", R"({"data":[{"index":0,"embedding":[1,2]},{"index":1,"embedding":[1,2,3]}]})"},
        {"duplicate index", R"({"data":[{"index":0,"embedding":[1,2]},{"index":0,"embedding":[1,2]}]})"},
        {"index out of range", R"({"data":[{"index":0,"embedding":[1,2]},{"index":5,"embedding":[1,2]}]})"},
        {"fractional index", R"({"data":[{"index":0,"embedding":[1,2]},{"index":0.5,"embedding":[1,2]}]})"},
        {"base64 instead of floats",
         R"({"data":[{"index":0,"embedding":"AACAPw=="},{"index":1,"embedding":"AACAPw=="}]})"},
        {"empty vectors", R"({"data":[{"index":0,"embedding":[]},{"index":1,"embedding":[]}]})"},
    }));
    FakeEmbeddingServer server;
    server.http().enqueue(FakeHttpResponse::json(200, QByteArray(body)));
    OpenAiEmbedder embedder(configFor(server));

    const Result<std::vector<float>> vectors = embedder.embed({QStringLiteral("one"), QStringLiteral("two")});

    INFO(what);
    REQUIRE_FALSE(vectors.ok());
    CHECK(vectors.error().code == ErrorCode::BadResponse);
    CHECK(server.http().requestCount() == 1);
}

TEST_CASE("an answer with another dimension than the first one is refused")
{
    FakeEmbeddingServer server;
    OpenAiEmbedder embedder(configFor(server));
    REQUIRE(embedder.embed({QStringLiteral("first")}).ok());
    REQUIRE(embedder.dimension() == kDimension);
    server.http().enqueue(FakeHttpResponse::json(
        200,
        FakeEmbeddingServer::answerBody({QStringLiteral("second")}, QStringLiteral("m"), kDimension / 2, false)));

    const Result<std::vector<float>> vectors = embedder.embed({QStringLiteral("second")});

    REQUIRE_FALSE(vectors.ok());
    CHECK(vectors.error().code == ErrorCode::BadResponse);
    CHECK(embedder.dimension() == kDimension);
}

TEST_CASE("a configured dimension the server does not match is refused")
{
    FakeEmbeddingServer server;
    OpenAiEmbedder::Config config = configFor(server);
    config.dimension = 16;
    OpenAiEmbedder embedder(config);
    CHECK(embedder.dimension() == 16);

    const Result<std::vector<float>> vectors = embedder.embed({QStringLiteral("hello")});

    REQUIRE_FALSE(vectors.ok());
    CHECK(vectors.error().code == ErrorCode::BadResponse);
}

TEST_CASE("a connection cut in the middle of the body is retried, then reported as a Network error")
{
    const QByteArray answer =
        FakeEmbeddingServer::answerBody({QStringLiteral("hello")}, QStringLiteral("m"), kDimension, false);
    FakeHttpServer server; // no handler: an unexpected extra request would get a 500, not a success
    OpenAiEmbedder::Config config;
    config.baseUrl = server.baseUrl();
    config.initialBackoffMs = 10;
    config.maxAttempts = 2;

    SECTION("cut once, then whole")
    {
        server.enqueue(FakeHttpResponse::partialBodyThenClose(200, answer));
        server.enqueue(FakeHttpResponse::json(200, answer));
        OpenAiEmbedder embedder(config);
        const Result<std::vector<float>> vectors = embedder.embed({QStringLiteral("hello")});
        REQUIRE(vectors.ok());
        checkRowIs(*vectors, 0, FakeEmbeddingServer::expectedVector(QStringLiteral("hello"), kDimension));
        CHECK(server.requestCount() == 2);
    }
    SECTION("cut every time")
    {
        server.enqueue(FakeHttpResponse::partialBodyThenClose(200, answer));
        server.enqueue(FakeHttpResponse::partialBodyThenClose(200, answer));
        OpenAiEmbedder embedder(config);
        const Result<std::vector<float>> vectors = embedder.embed({QStringLiteral("hello")});
        REQUIRE_FALSE(vectors.ok());
        CHECK(vectors.error().code == ErrorCode::Network);
        CHECK(server.requestCount() == 2);
        CHECK(server.unscriptedCount() == 0);
    }
}

TEST_CASE("a server that never answers times out, is retried, then reported as a Network error")
{
    FakeEmbeddingServer server;
    OpenAiEmbedder::Config config = configFor(server);
    config.timeoutMs = 300;
    config.maxAttempts = 2;
    QElapsedTimer timer;

    SECTION("silent once, then answering")
    {
        server.http().enqueue(FakeHttpResponse::neverAnswer());
        OpenAiEmbedder embedder(config);
        timer.start();
        REQUIRE(embedder.embed({QStringLiteral("hello")}).ok());
        CHECK(server.http().requestCount() == 2);
        CHECK(elapsedMs(timer) >= 250); // the transfer timeout is a coarse timer: up to 5% early
    }
    SECTION("silent every time")
    {
        server.http().enqueue(FakeHttpResponse::neverAnswer());
        server.http().enqueue(FakeHttpResponse::neverAnswer());
        OpenAiEmbedder embedder(config);
        timer.start();
        const Result<std::vector<float>> vectors = embedder.embed({QStringLiteral("hello")});
        REQUIRE_FALSE(vectors.ok());
        CHECK(vectors.error().code == ErrorCode::Network);
        CHECK(server.http().requestCount() == 2);
        CHECK(elapsedMs(timer) >= 500);
        CHECK(elapsedMs(timer) < 3000);
    }
}

TEST_CASE("nothing listening is a Network error after the retries")
{
    QUrl deadUrl;
    {
        FakeHttpServer gone;
        deadUrl = gone.baseUrl(); // the port is closed once the server is gone
    }
    OpenAiEmbedder::Config config;
    config.baseUrl = deadUrl;
    config.initialBackoffMs = 10;
    config.maxAttempts = 2;
    OpenAiEmbedder embedder(config);

    const Result<std::vector<float>> vectors = embedder.embed({QStringLiteral("hello")});

    REQUIRE_FALSE(vectors.ok());
    CHECK(vectors.error().code == ErrorCode::Network);
}

TEST_CASE("cancelling stops the OpenAI embedder mid-request and mid-wait")
{
    FakeEmbeddingServer server;
    OpenAiEmbedder::Config config = configFor(server);
    config.timeoutMs = 10000;
    config.maxRetryAfterMs = 10000;
    std::atomic_bool cancel{false};

    SECTION("while waiting for an answer")
    {
        server.http().enqueue(FakeHttpResponse::neverAnswer());
    }
    SECTION("while waiting out a Retry-After")
    {
        server.http().enqueue(status(429).withHeader("Retry-After", "10"));
    }
    OpenAiEmbedder embedder(config);
    QElapsedTimer timer;
    timer.start();
    std::thread canceller([&cancel] {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        cancel = true;
    });

    const Result<std::vector<float>> vectors = embedder.embed(numberedTexts(3), &cancel);
    canceller.join();

    REQUIRE_FALSE(vectors.ok());
    CHECK(vectors.error().code == ErrorCode::Cancelled);
    CHECK(elapsedMs(timer) < 1500);
    CHECK(server.http().requestCount() == 1);
}

TEST_CASE("an embedder cancelled before it starts sends nothing")
{
    FakeEmbeddingServer server;
    OpenAiEmbedder embedder(configFor(server));
    const std::atomic_bool cancel{true};

    const Result<std::vector<float>> vectors = embedder.embed(numberedTexts(3), &cancel);

    REQUIRE_FALSE(vectors.ok());
    CHECK(vectors.error().code == ErrorCode::Cancelled);
    CHECK(server.http().requestCount() == 0);
}

TEST_CASE("empty texts are not sent and get zero vectors")
{
    FakeEmbeddingServer server;
    OpenAiEmbedder embedder(configFor(server));
    const QStringList texts{QString(), QStringLiteral("alpha"), QStringLiteral("  \n"), QStringLiteral("beta")};

    const Result<std::vector<float>> vectors = embedder.embed(texts);

    REQUIRE(vectors.ok());
    REQUIRE(vectors->size() == size_t(4 * kDimension));
    REQUIRE(server.http().requestCount() == 1);
    CHECK(FakeEmbeddingServer::inputsOf(server.http().requests().first())
          == QStringList{QStringLiteral("alpha"), QStringLiteral("beta")});
    CHECK(lengthOf(rowOf(*vectors, 0, kDimension)) == 0.0);
    CHECK(lengthOf(rowOf(*vectors, 2, kDimension)) == 0.0);
    checkRowIs(*vectors, 1, FakeEmbeddingServer::expectedVector(QStringLiteral("alpha"), kDimension));
    checkRowIs(*vectors, 3, FakeEmbeddingServer::expectedVector(QStringLiteral("beta"), kDimension));

    SECTION("only empty texts, once the dimension is known: zero rows, no request")
    {
        const Result<std::vector<float>> blanks = embedder.embed({QString(), QString()});
        REQUIRE(blanks.ok());
        CHECK(blanks->size() == size_t(2 * kDimension));
        CHECK(lengthOf(*blanks) == 0.0);
        CHECK(server.http().requestCount() == 1);
    }
}

TEST_CASE("the OpenAI embedder works from a worker thread")
{
    FakeEmbeddingServer server;
    OpenAiEmbedder embedder(configFor(server));
    const QStringList texts = numberedTexts(10);
    std::optional<Result<std::vector<float>>> vectors;

    std::thread worker([&] { vectors.emplace(embedder.embed(texts)); });
    worker.join();

    REQUIRE(vectors.has_value());
    REQUIRE(vectors->ok());
    checkRowIs(vectors->value(), 9, FakeEmbeddingServer::expectedVector(texts.at(9), kDimension));
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

TEST_CASE("the API key never appears in the log, even at debug level")
{
    FakeEmbeddingServer server;
    server.http().enqueue(status(503));
    server.http().enqueue(status(429).withHeader("Retry-After", "0"));
    OpenAiEmbedder::Config config = configFor(server);
    config.apiKey = "sk-secret-do-not-log";
    OpenAiEmbedder embedder(config);
    QLoggingCategory::setFilterRules(QStringLiteral("lifeos.search.debug=true\nlifeos.net.debug=true"));
    g_logLines.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureLog);

    const Result<std::vector<float>> vectors = embedder.embed({QStringLiteral("hello")});
    config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1")); // and a failure to connect
    config.maxAttempts = 1;
    const Result<std::vector<float>> unreachable = OpenAiEmbedder(config).embed({QStringLiteral("hello")});

    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    REQUIRE(vectors.ok());
    REQUIRE_FALSE(unreachable.ok());
    std::lock_guard lock(g_logMutex);
    CHECK(g_logLines.size() >= 3); // the requests and the retries were logged
    for (const QString &line : std::as_const(g_logLines))
        CHECK_FALSE(line.contains(QStringLiteral("sk-secret")));
    CHECK_FALSE(unreachable.error().message.contains(QStringLiteral("sk-secret")));
}

// --- EmbedderConfig: settings and environment ---

namespace {
QProcessEnvironment environmentOf(std::initializer_list<std::pair<const char *, const char *>> variables)
{
    QProcessEnvironment environment;
    for (const auto &[name, value] : variables)
        environment.insert(QString::fromLatin1(name), QString::fromLatin1(value));
    return environment;
}
} // namespace

TEST_CASE("the embedder choice defaults to offline")
{
    TempDataDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));

    const EmbedderConfig config = EmbedderConfig::load(settings, environmentOf({{"OPENAI_API_KEY", "sk-x"}}));

    CHECK(config.isOffline());
    CHECK(config.validate().ok());
    CHECK(createNetworkEmbedder(config) == nullptr);
}

TEST_CASE("the embedder choice comes from settings, with provider defaults")
{
    TempDataDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setValue(SettingKeys::SearchEmbedder, QStringLiteral("openai-compatible"));

    SECTION("defaults for a local server")
    {
        const EmbedderConfig config = EmbedderConfig::load(settings, environmentOf({}));
        CHECK(config.provider == QStringLiteral("openai-compatible"));
        CHECK(config.baseUrl == QUrl(QStringLiteral("http://127.0.0.1:11434")));
        CHECK(config.model == QStringLiteral("nomic-embed-text"));
    }
    SECTION("the address and model the user set")
    {
        settings.setValue(SettingKeys::SearchEmbeddingBaseUrl, QStringLiteral("http://127.0.0.1:1234/v1"));
        settings.setValue(SettingKeys::SearchEmbeddingModel, QStringLiteral("bge-small"));
        const EmbedderConfig config = EmbedderConfig::load(settings, environmentOf({}));
        CHECK(config.baseUrl == QUrl(QStringLiteral("http://127.0.0.1:1234/v1")));
        CHECK(config.model == QStringLiteral("bge-small"));
        const std::shared_ptr<Embedder> embedder = createNetworkEmbedder(config);
        REQUIRE(embedder != nullptr);
        CHECK(embedder->modelId() == QStringLiteral("openai-compatible:bge-small"));
        CHECK_FALSE(embedder->isLocal());
    }
    SECTION("OPENAI_API_KEY is never sent to a third-party server")
    {
        const EmbedderConfig config = EmbedderConfig::load(settings, environmentOf({{"OPENAI_API_KEY", "sk-openai"}}));
        CHECK(config.apiKey.isEmpty());
        CHECK(config.validate().ok());
    }
}

TEST_CASE("environment variables override the embedder settings")
{
    TempDataDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setValue(SettingKeys::SearchEmbedder, QStringLiteral("offline"));
    settings.setValue(SettingKeys::SearchEmbeddingModel, QStringLiteral("from-settings"));

    const EmbedderConfig config =
        EmbedderConfig::load(settings,
                             environmentOf({{"LIFEOS_EMBEDDINGS_PROVIDER", " OpenAI-Compatible "},
                                            {"LIFEOS_EMBEDDINGS_BASE_URL", "http://10.0.0.5:8080"},
                                            {"LIFEOS_EMBEDDINGS_MODEL", "from-env"},
                                            {"LIFEOS_EMBEDDINGS_API_KEY", "local-key\n"}}));

    CHECK(config.provider == QStringLiteral("openai-compatible"));
    CHECK(config.baseUrl == QUrl(QStringLiteral("http://10.0.0.5:8080")));
    CHECK(config.model == QStringLiteral("from-env"));
    CHECK(config.apiKey == "local-key");
}

TEST_CASE("OpenAI takes its key from the environment, LIFEOS_EMBEDDINGS_API_KEY first")
{
    TempDataDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setValue(SettingKeys::SearchEmbedder, QStringLiteral("openai"));

    const EmbedderConfig plain = EmbedderConfig::load(settings, environmentOf({{"OPENAI_API_KEY", "sk-openai"}}));
    CHECK(plain.apiKey == "sk-openai");
    CHECK(plain.baseUrl == QUrl(QStringLiteral("https://api.openai.com")));
    CHECK(plain.model == QStringLiteral("text-embedding-3-small"));
    CHECK(plain.validate().ok());
    REQUIRE(createNetworkEmbedder(plain) != nullptr);
    CHECK(createNetworkEmbedder(plain)->modelId() == QStringLiteral("openai:text-embedding-3-small"));

    const EmbedderConfig both = EmbedderConfig::load(
        settings,
        environmentOf({{"OPENAI_API_KEY", "sk-openai"}, {"LIFEOS_EMBEDDINGS_API_KEY", "sk-lifeos"}}));
    CHECK(both.apiKey == "sk-lifeos");

    const EmbedderConfig none = EmbedderConfig::load(settings, environmentOf({}));
    REQUIRE_FALSE(none.validate().ok());
    CHECK(none.validate().error().code == ErrorCode::AuthFailed);
    CHECK(createNetworkEmbedder(none) == nullptr);
}

TEST_CASE("an unusable embedder choice is refused with a reason")
{
    TempDataDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    const auto [provider, url] = GENERATE(table<const char *, const char *>({
        {"cohere", ""},
        {"openai-compatible", "ftp://127.0.0.1/"},
        {"openai-compatible", "not a url at all"},
    }));
    const EmbedderConfig config = EmbedderConfig::load(
        settings,
        environmentOf({{"LIFEOS_EMBEDDINGS_PROVIDER", provider}, {"LIFEOS_EMBEDDINGS_BASE_URL", url}}));

    INFO(provider << " " << url);
    REQUIRE_FALSE(config.validate().ok());
    CHECK(config.validate().error().code == ErrorCode::InvalidInput);
    CHECK_FALSE(config.validate().error().message.isEmpty());
    CHECK(createNetworkEmbedder(config) == nullptr);
}
