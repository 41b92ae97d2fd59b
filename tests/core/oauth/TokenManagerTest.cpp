#include "oauth/TokenManager.h"

#include "OAuthTestSupport.h"
#include "net/AuthorizedHttp.h"
#include "net/HttpClient.h"
#include "oauth/OAuthClient.h"

#include <QNetworkAccessManager>

#include <catch2/catch.hpp>

using namespace lifeos;
using namespace lifeos::testing;

namespace {

const QDateTime kNow(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);

RetryPolicy quickPolicy()
{
    RetryPolicy policy;
    policy.maxAttempts = 2;
    policy.initialBackoffMs = 10;
    policy.maxBackoffMs = 20;
    return policy;
}

// The OAuth fake, an API fake that accepts only the OAuth fake's live access tokens (401 otherwise) and logs each
// call in the same EventLog as the secret store, and a TokenManager wired to both.
struct Fixture
{
    explicit Fixture(bool oura = false)
        : server(options(oura))
        , http(network, quickPolicy())
        , client(fakeProvider(server, oura ? QStringLiteral("oura") : QStringLiteral("google")), http)
        , secrets(log)
        , tokens(client, secrets, [this] { return now; })
        , authorized(http, tokens)
    {
        api.setHandler([this](const FakeHttpRequest &request) {
            const QByteArray bearer = request.header("Authorization").mid(int(qstrlen("Bearer ")));
            log.append(QStringLiteral("api ") + QString::fromLatin1(bearer));
            if (!server.isAccessTokenValid(bearer))
                return FakeHttpResponse::json(401, R"({"status":401,"title":"Unauthorized"})");
            return FakeHttpResponse::json(200, R"({"data":[],"next_token":null})");
        });
    }

    static FakeOAuthServer::Options options(bool oura)
    {
        FakeOAuthServer::Options result;
        result.rotateRefreshTokens = oura;
        return result;
    }

    // Stores a fresh grant that expires secondsLeft from now.
    FakeOAuthServer::Grant connect(qint64 secondsLeft = 3600)
    {
        const auto grant = server.grant();
        REQUIRE(tokens.store(TokenSet{grant.accessToken, grant.refreshToken, now.addSecs(secondsLeft), QString()}));
        return grant;
    }

    std::optional<TokenSet> stored()
    {
        auto json = secrets.read(TokenManager::secretKey(client.provider().id));
        return json ? TokenSet::fromJson(*json) : std::nullopt;
    }

    Result<HttpResponse> callApi()
    {
        HttpRequest request;
        request.url = api.url(QStringLiteral("/v2/usercollection/daily_sleep"));
        return authorized.send(request);
    }

    QDateTime now = kNow;
    EventLog log;
    FakeOAuthServer server;
    FakeHttpServer api;
    QNetworkAccessManager network;
    HttpClient http;
    OAuthClient client;
    RecordingSecretStore secrets;
    TokenManager tokens;
    AuthorizedHttp authorized;
};

} // namespace

TEST_CASE("tokens are kept under the provider's key")
{
    CHECK(TokenManager::secretKey(QStringLiteral("oura")) == QStringLiteral("oura/tokens"));
    CHECK(TokenManager::secretKey(QStringLiteral("google")) == QStringLiteral("google/tokens"));
}

TEST_CASE("a token far from expiry is handed out without asking the server")
{
    Fixture fixture;
    const auto grant = fixture.connect(3600);
    auto token = fixture.tokens.accessToken(nullptr);
    REQUIRE(token);
    CHECK(*token == grant.accessToken);
    CHECK(fixture.server.tokenRequests().isEmpty());
}

TEST_CASE("a token that expires within a minute is refreshed before it is handed out")
{
    const qint64 secondsLeft = GENERATE(-600, 0, 30, 60);
    CAPTURE(secondsLeft);
    Fixture fixture;
    const auto grant = fixture.connect(secondsLeft);
    auto token = fixture.tokens.accessToken(nullptr);
    REQUIRE(token);
    CHECK(*token != grant.accessToken);
    CHECK(*token == fixture.server.latestAccessToken());
    REQUIRE(fixture.server.tokenRequests().size() == 1);
    const auto stored = fixture.stored();
    REQUIRE(stored);
    CHECK(stored->accessToken == *token);
    CHECK(stored->refreshToken == grant.refreshToken); // Google kept its refresh token
    CHECK(stored->expiresAt == kNow.addSecs(3600));
    CHECK(fixture.secrets.writeCount() == 2);
}

TEST_CASE("a single-use refresh token's successor is stored before the new access token is used")
{
    Fixture fixture(true);
    const auto grant = fixture.connect(10);
    auto response = fixture.callApi();
    REQUIRE(response);
    CHECK(response->status == 200);

    const QByteArray newRefresh = fixture.server.latestRefreshToken();
    const QByteArray newAccess = fixture.server.latestAccessToken();
    REQUIRE(newRefresh != grant.refreshToken);
    const auto stored = fixture.stored();
    REQUIRE(stored);
    CHECK(stored->refreshToken == newRefresh);
    CHECK(stored->accessToken == newAccess);
    CHECK(fixture.secrets.writeCount() == 2);

    const qsizetype written = fixture.log.indexOf(QStringLiteral("write ") + QString::fromLatin1(newRefresh));
    const qsizetype used = fixture.log.indexOf(QStringLiteral("api ") + QString::fromLatin1(newAccess));
    INFO(fixture.log.events().join(u'\n').toStdString());
    REQUIRE(written >= 0);
    REQUIRE(used >= 0);
    CHECK(written < used);
    CHECK(fixture.log.indexOf(QStringLiteral("api ") + QString::fromLatin1(grant.accessToken)) < 0);
}

TEST_CASE("when the refreshed tokens cannot be stored, the new access token is not used")
{
    Fixture fixture(true);
    fixture.connect(10);
    fixture.secrets.setFailWrites(true);
    auto response = fixture.callApi();
    REQUIRE_FALSE(response);
    CHECK(response.error().code == ErrorCode::KeychainUnavailable);
    CHECK(fixture.api.requestCount() == 0);
    CHECK(fixture.secrets.writeCount() == 1);

    auto token = fixture.tokens.accessToken(nullptr);
    CHECK_FALSE(token); // the store still holds the spent refresh token; only a new sign-in helps
}

TEST_CASE("a 401 from the API refreshes once and repeats the request with the new token")
{
    Fixture fixture;
    const auto grant = fixture.connect(3600);
    fixture.server.invalidateAccessToken(grant.accessToken); // revoked server-side before its expiry
    auto response = fixture.callApi();
    REQUIRE(response);
    CHECK(response->status == 200);
    const auto requests = fixture.api.requests();
    REQUIRE(requests.size() == 2);
    CHECK(requests.at(0).header("Authorization") == "Bearer " + grant.accessToken);
    CHECK(requests.at(1).header("Authorization") == "Bearer " + fixture.server.latestAccessToken());
    CHECK(fixture.server.tokenRequests().size() == 1);
    const auto stored = fixture.stored();
    REQUIRE(stored);
    CHECK(stored->accessToken == fixture.server.latestAccessToken());
}

TEST_CASE("an expired refresh token is AuthFailed, says to connect again, and leaves the stored tokens alone")
{
    Fixture fixture;
    const auto grant = fixture.connect(10);
    fixture.server.expireRefreshToken(grant.refreshToken);
    auto token = fixture.tokens.accessToken(nullptr);
    REQUIRE_FALSE(token);
    CHECK(token.error().code == ErrorCode::AuthFailed);
    CHECK(token.error().message.contains(QStringLiteral("Connect Google again")));
    CHECK_FALSE(token.error().message.contains(QString::fromLatin1(grant.refreshToken)));
    const auto stored = fixture.stored();
    REQUIRE(stored);
    CHECK(stored->refreshToken == grant.refreshToken);
    CHECK(fixture.secrets.writeCount() == 1);
}

TEST_CASE("a reused single-use refresh token is refused and the user is told to connect again")
{
    Fixture fixture(true);
    const auto grant = fixture.connect(10);
    REQUIRE(fixture.tokens.accessToken(nullptr)); // spends grant.refreshToken

    // Another copy of the app (or a restored backup) still holds the spent token.
    TokenManager stale(fixture.client, fixture.secrets, [] { return kNow; });
    REQUIRE(stale.store(TokenSet{grant.accessToken, grant.refreshToken, kNow.addSecs(10), QString()}));
    auto token = stale.accessToken(nullptr);
    REQUIRE_FALSE(token);
    CHECK(token.error().code == ErrorCode::AuthFailed);
    CHECK(token.error().message.contains(QStringLiteral("Oura")));
}

TEST_CASE("without stored tokens the provider is not connected and asking for a token says to connect")
{
    Fixture fixture;
    auto connected = fixture.tokens.isConnected();
    REQUIRE(connected);
    CHECK_FALSE(*connected);
    auto token = fixture.tokens.accessToken(nullptr);
    REQUIRE_FALSE(token);
    CHECK(token.error().code == ErrorCode::AuthFailed);
    CHECK(token.error().message.contains(QStringLiteral("Connect")));

    fixture.connect();
    connected = fixture.tokens.isConnected();
    REQUIRE(connected);
    CHECK(*connected);
}

TEST_CASE("a missing keychain passes through as KeychainUnavailable")
{
    Fixture fixture;
    fixture.secrets.memory().setUnavailable(true);
    auto connected = fixture.tokens.isConnected();
    REQUIRE_FALSE(connected);
    CHECK(connected.error().code == ErrorCode::KeychainUnavailable);
    auto token = fixture.tokens.accessToken(nullptr);
    REQUIRE_FALSE(token);
    CHECK(token.error().code == ErrorCode::KeychainUnavailable);
}

TEST_CASE("disconnecting revokes the grant at the provider and removes the stored tokens")
{
    const bool oura = GENERATE(false, true);
    CAPTURE(oura);
    Fixture fixture(oura);
    const auto grant = fixture.connect(3600);
    REQUIRE(fixture.tokens.disconnect());
    REQUIRE(fixture.server.revokeRequests().size() == 1);
    if (oura)
        CHECK_FALSE(fixture.server.isAccessTokenValid(grant.accessToken));
    else
        CHECK_FALSE(fixture.server.isRefreshTokenValid(grant.refreshToken));
    auto connected = fixture.tokens.isConnected();
    REQUIRE(connected);
    CHECK_FALSE(*connected);
    CHECK_FALSE(fixture.tokens.accessToken(nullptr)); // the cache went with the store
}

TEST_CASE("disconnecting Oura with an expired access token refreshes it first and revokes the new one")
{
    Fixture fixture(true);
    const auto grant = fixture.connect(-600);
    REQUIRE(fixture.tokens.disconnect());

    const QList<FakeHttpRequest> requests = fixture.server.http().requests();
    REQUIRE(requests.size() == 2);
    CHECK(requests.at(0).path() == "/token");
    CHECK(requests.at(1).path() == "/revoke");
    REQUIRE(fixture.server.tokenRequests().size() == 1);
    CHECK(FakeOAuthServer::field(fixture.server.tokenRequests().first(), "refresh_token") == grant.refreshToken);
    const QByteArray fresh = fixture.server.latestAccessToken();
    CHECK(fresh != grant.accessToken);
    const QByteArray target = requests.at(1).target;
    CHECK(FakeOAuthServer::field(FakeOAuthServer::parseForm(target.mid(target.indexOf('?') + 1)), "access_token")
          == fresh);
    CHECK_FALSE(fixture.server.isAccessTokenValid(fresh));
    auto connected = fixture.tokens.isConnected();
    REQUIRE(connected);
    CHECK_FALSE(*connected);
}

TEST_CASE("when the refresh before an Oura revocation fails, the old token is revoked and the tokens still go")
{
    Fixture fixture(true);
    const auto grant = fixture.connect(-600);
    fixture.server.expireRefreshToken(grant.refreshToken);
    REQUIRE(fixture.tokens.disconnect());
    REQUIRE(fixture.server.revokeRequests().size() == 1);
    const QByteArray target = fixture.server.revokeRequests().first().target;
    CHECK(FakeOAuthServer::field(FakeOAuthServer::parseForm(target.mid(target.indexOf('?') + 1)), "access_token")
          == grant.accessToken);
    auto connected = fixture.tokens.isConnected();
    REQUIRE(connected);
    CHECK_FALSE(*connected);
}

TEST_CASE("a failed revocation still removes the stored tokens")
{
    Fixture fixture;
    fixture.connect(3600);
    fixture.server.http().enqueue(FakeHttpResponse::json(400, R"({"error":"invalid_token"})"));
    REQUIRE(fixture.tokens.disconnect());
    auto connected = fixture.tokens.isConnected();
    REQUIRE(connected);
    CHECK_FALSE(*connected);
}

TEST_CASE("disconnecting when nothing is stored succeeds without a request")
{
    Fixture fixture;
    REQUIRE(fixture.tokens.disconnect());
    CHECK(fixture.server.http().requestCount() == 0);
}
