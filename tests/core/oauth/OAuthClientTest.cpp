#include "oauth/OAuthClient.h"

#include "OAuthTestSupport.h"
#include "net/HttpClient.h"
#include "oauth/Pkce.h"

#include <QNetworkAccessManager>
#include <QUrlQuery>

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

// A client wired to the fake, and a code the fake issued for a real PKCE challenge.
struct Fixture
{
    explicit Fixture(FakeOAuthServer::Options options = {}, const QString &providerId = QStringLiteral("google"))
        : server(std::move(options))
        , http(network, quickPolicy())
        , client(fakeProvider(server, providerId), http)
    {}

    QByteArray authorize()
    {
        const QUrl url = client.authorizationUrl(pkce::makeState(), pkce::challengeS256(verifier), redirectUri);
        return server.approveWithoutBrowser(url);
    }

    FakeOAuthServer server;
    QNetworkAccessManager network;
    HttpClient http;
    OAuthClient client;
    QByteArray verifier = pkce::makeVerifier();
    QString redirectUri = QStringLiteral("http://127.0.0.1:53682/callback");
};

void checkNoSecretIn(const Error &error, const QList<QByteArray> &secrets)
{
    for (const QByteArray &secret : secrets) {
        CAPTURE(secret);
        CHECK_FALSE(error.message.contains(QString::fromLatin1(secret)));
    }
}

} // namespace

TEST_CASE("the authorization URL carries every PKCE parameter and the provider's extras, each decoded exactly once")
{
    FakeOAuthServer server;
    QNetworkAccessManager network;
    HttpClient http(network);
    OAuthProvider provider = fakeProvider(server);
    provider.scopes = {QStringLiteral("https://www.googleapis.com/auth/calendar.readonly"), QStringLiteral("openid")};
    provider.extraAuthorizeParameters = {{QStringLiteral("access_type"), QStringLiteral("offline")},
                                         {QStringLiteral("prompt"), QStringLiteral("consent")}};
    provider.authorizeUrl.setQuery(QStringLiteral("hl=en"));
    OAuthClient client(provider, http);

    const QByteArray state = "st/ate+with=odd&chars";
    const QByteArray challenge = pkce::challengeS256(pkce::makeVerifier());
    const QString redirect = QStringLiteral("http://127.0.0.1:4711/callback");
    const QUrl url = client.authorizationUrl(state, challenge, redirect);

    CHECK(url.host() == server.authorizeUrl().host());
    CHECK(url.path() == QStringLiteral("/authorize"));
    const FakeFormFields query = FakeOAuthServer::parseForm(url.query(QUrl::FullyEncoded).toLatin1());
    CHECK(FakeOAuthServer::field(query, "hl") == "en");
    CHECK(FakeOAuthServer::field(query, "response_type") == "code");
    CHECK(FakeOAuthServer::field(query, "client_id") == server.options().clientId);
    CHECK(FakeOAuthServer::field(query, "redirect_uri") == redirect.toUtf8());
    CHECK(FakeOAuthServer::field(query, "scope") == "https://www.googleapis.com/auth/calendar.readonly openid");
    CHECK(FakeOAuthServer::field(query, "state") == state);
    CHECK(FakeOAuthServer::field(query, "code_challenge") == challenge);
    CHECK(FakeOAuthServer::field(query, "code_challenge_method") == "S256");
    CHECK(FakeOAuthServer::field(query, "access_type") == "offline");
    CHECK(FakeOAuthServer::field(query, "prompt") == "consent");
    CHECK(FakeOAuthServer::fieldCount(query, "state") == 1);
}

TEST_CASE("a good code with '/', '+' and '=' is exchanged for tokens, and the fake verifies the PKCE verifier")
{
    FakeOAuthServer::Options options;
    options.clientSecret = "s3cret/+=";
    Fixture fixture(options);
    fixture.server.setNextCode("4/0AbUR2V+x/y==");
    const QByteArray code = fixture.authorize();
    REQUIRE(code == "4/0AbUR2V+x/y==");

    auto tokens = fixture.client.exchangeCode(code, fixture.verifier, fixture.redirectUri, kNow);
    INFO((tokens ? QString() : tokens.error().message).toStdString());
    REQUIRE(tokens);
    CHECK(tokens->accessToken == fixture.server.latestAccessToken());
    CHECK(tokens->refreshToken == fixture.server.latestRefreshToken());
    CHECK(tokens->expiresAt == kNow.addSecs(3600));
    CHECK(tokens->scope == QStringLiteral("daily workout"));

    const auto requests = fixture.server.http().requests();
    REQUIRE(requests.size() == 1);
    CHECK(requests.first().method == "POST");
    CHECK(requests.first().header("Content-Type") == "application/x-www-form-urlencoded");
    CHECK(requests.first().header("Accept") == "application/json");
    CHECK_FALSE(requests.first().body.contains('+')); // a '+' would read back as a space
    const FakeFormFields form = fixture.server.tokenRequests().first();
    CHECK(FakeOAuthServer::field(form, "grant_type") == "authorization_code");
    CHECK(FakeOAuthServer::field(form, "code") == code);
    CHECK(FakeOAuthServer::field(form, "code_verifier") == fixture.verifier);
    CHECK(FakeOAuthServer::field(form, "redirect_uri") == fixture.redirectUri.toUtf8());
    CHECK(FakeOAuthServer::field(form, "client_id") == options.clientId);
    CHECK(FakeOAuthServer::field(form, "client_secret") == options.clientSecret);
}

TEST_CASE("a public client sends no client_secret")
{
    Fixture fixture;
    const QByteArray code = fixture.authorize();
    REQUIRE(fixture.client.exchangeCode(code, fixture.verifier, fixture.redirectUri, kNow));
    CHECK(FakeOAuthServer::fieldCount(fixture.server.tokenRequests().first(), "client_secret") == 0);
}

TEST_CASE("a code the server refuses is an AuthFailed error that names the provider and never the code")
{
    Fixture fixture;
    fixture.authorize();
    const QByteArray badCode = "4/not-a-code-we-issued";
    auto tokens = fixture.client.exchangeCode(badCode, fixture.verifier, fixture.redirectUri, kNow);
    REQUIRE_FALSE(tokens);
    CHECK(tokens.error().code == ErrorCode::AuthFailed);
    CHECK(tokens.error().httpStatus == 400);
    CHECK(tokens.error().message.contains(QStringLiteral("Google")));
    CHECK(tokens.error().message.contains(QStringLiteral("Connect")));
    checkNoSecretIn(tokens.error(), {badCode, fixture.verifier});
}

TEST_CASE("a code with the wrong PKCE verifier is refused by the fake and not turned into tokens")
{
    Fixture fixture;
    const QByteArray code = fixture.authorize();
    auto tokens = fixture.client.exchangeCode(code, pkce::makeVerifier(), fixture.redirectUri, kNow);
    REQUIRE_FALSE(tokens);
    CHECK(tokens.error().code == ErrorCode::AuthFailed);
    // The right verifier still works afterwards: the refusal was about the verifier, not the code.
    CHECK(fixture.client.exchangeCode(code, fixture.verifier, fixture.redirectUri, kNow));
}

TEST_CASE("a code is exchanged once: the second exchange is refused")
{
    Fixture fixture;
    const QByteArray code = fixture.authorize();
    REQUIRE(fixture.client.exchangeCode(code, fixture.verifier, fixture.redirectUri, kNow));
    auto again = fixture.client.exchangeCode(code, fixture.verifier, fixture.redirectUri, kNow);
    REQUIRE_FALSE(again);
    CHECK(again.error().code == ErrorCode::AuthFailed);
}

TEST_CASE("a wrong client secret is an AuthFailed error about the client id or secret")
{
    FakeOAuthServer::Options options;
    options.clientSecret = "right";
    Fixture fixture(options);
    const QByteArray code = fixture.authorize();
    OAuthProvider wrong = fakeProvider(fixture.server);
    wrong.clientSecret = QStringLiteral("wrong");
    OAuthClient client(wrong, fixture.http);
    auto tokens = client.exchangeCode(code, fixture.verifier, fixture.redirectUri, kNow);
    REQUIRE_FALSE(tokens);
    CHECK(tokens.error().code == ErrorCode::AuthFailed);
    CHECK(tokens.error().httpStatus == 401);
    CHECK(tokens.error().message.contains(QStringLiteral("client secret")));
    CHECK_FALSE(tokens.error().message.contains(QStringLiteral("wrong")));
}

TEST_CASE("token endpoint errors other than a refused grant or client are BadResponse")
{
    Fixture fixture;
    const QByteArray error =
        GENERATE(QByteArray("invalid_request"), QByteArray("invalid_scope"), QByteArray("unsupported_grant_type"));
    fixture.server.http().enqueue(
        FakeHttpResponse::json(400, R"({"error":")" + error + R"(","error_description":"nope"})"));
    auto tokens = fixture.client.refresh("1//0g-refresh", kNow);
    REQUIRE_FALSE(tokens);
    CHECK(tokens.error().code == ErrorCode::BadResponse);
    CHECK(tokens.error().httpStatus == 400);
    CHECK(tokens.error().message.contains(QStringLiteral("Google")));
}

TEST_CASE("an unreadable token answer is BadResponse, not an empty token")
{
    Fixture fixture;
    const QByteArray body = GENERATE(QByteArray("<html>hello</html>"),
                                     QByteArray("{}"),
                                     QByteArray(R"({"token_type":"Bearer","expires_in":3600})"),
                                     QByteArray(R"({"access_token":"abc","token_type":"mac"})"),
                                     QByteArray("[]"));
    CAPTURE(body);
    fixture.server.http().enqueue(FakeHttpResponse::json(200, body));
    auto tokens = fixture.client.refresh("1//0g-refresh", kNow);
    REQUIRE_FALSE(tokens);
    CHECK(tokens.error().code == ErrorCode::BadResponse);
}

TEST_CASE("expires_in given as a string still sets the expiry")
{
    Fixture fixture;
    fixture.server.http().enqueue(
        FakeHttpResponse::json(200, R"({"access_token":"abc","token_type":"bearer","expires_in":"120"})"));
    auto tokens = fixture.client.refresh("1//0g-refresh", kNow);
    REQUIRE(tokens);
    CHECK(tokens->expiresAt == kNow.addSecs(120));
    CHECK(tokens->refreshToken == "1//0g-refresh");
}

TEST_CASE("a token request whose answer is lost or fails is not sent again, so a single-use token is not spent twice")
{
    FakeOAuthServer::Options options;
    options.rotateRefreshTokens = true;
    Fixture fixture(options, QStringLiteral("oura"));
    const auto grant = fixture.server.grant();
    const bool cut = GENERATE(false, true);
    const bool exchange = GENERATE(false, true);
    CAPTURE(cut, exchange);
    const QByteArray answer = R"({"access_token":"a","refresh_token":"r","token_type":"Bearer","expires_in":60})";
    // A repeat would get this success, which the client must never see.
    fixture.server.http().enqueue(cut ? FakeHttpResponse::partialBodyThenClose(200, answer)
                                      : FakeHttpResponse::text(502, "Bad Gateway"));
    fixture.server.http().enqueue(FakeHttpResponse::json(200, answer));
    auto tokens = exchange ? fixture.client.exchangeCode("4/0Ab+c=", fixture.verifier, fixture.redirectUri, kNow)
                           : fixture.client.refresh(grant.refreshToken, kNow);
    REQUIRE_FALSE(tokens);
    CHECK(tokens.error().code == (cut ? ErrorCode::Network : ErrorCode::ServerError));
    CHECK(fixture.server.http().requestCount() == 1);
    checkNoSecretIn(tokens.error(), {grant.refreshToken});
}

TEST_CASE("a Google refresh keeps the refresh token the answer leaves out")
{
    Fixture fixture;
    const auto grant = fixture.server.grant();
    auto tokens = fixture.client.refresh(grant.refreshToken, kNow);
    REQUIRE(tokens);
    CHECK(tokens->refreshToken == grant.refreshToken);
    CHECK(tokens->accessToken != grant.accessToken);
    CHECK(FakeOAuthServer::field(fixture.server.tokenRequests().first(), "grant_type") == "refresh_token");
    CHECK(FakeOAuthServer::field(fixture.server.tokenRequests().first(), "refresh_token") == grant.refreshToken);
}

TEST_CASE("an Oura refresh hands out a new single-use refresh token, and reusing the old one is refused")
{
    FakeOAuthServer::Options options;
    options.rotateRefreshTokens = true;
    Fixture fixture(options, QStringLiteral("oura"));
    const auto grant = fixture.server.grant();
    auto tokens = fixture.client.refresh(grant.refreshToken, kNow);
    REQUIRE(tokens);
    CHECK(tokens->refreshToken != grant.refreshToken);
    CHECK(fixture.server.isRefreshTokenValid(tokens->refreshToken));

    auto reused = fixture.client.refresh(grant.refreshToken, kNow);
    REQUIRE_FALSE(reused);
    CHECK(reused.error().code == ErrorCode::AuthFailed);
    CHECK(reused.error().message.contains(QStringLiteral("Oura")));
    checkNoSecretIn(reused.error(), {grant.refreshToken, tokens->refreshToken});
}

TEST_CASE("an expired refresh token is an AuthFailed error that says to connect again")
{
    Fixture fixture;
    const auto grant = fixture.server.grant();
    fixture.server.expireRefreshToken(grant.refreshToken);
    auto tokens = fixture.client.refresh(grant.refreshToken, kNow);
    REQUIRE_FALSE(tokens);
    CHECK(tokens.error().code == ErrorCode::AuthFailed);
    CHECK(tokens.error().message.contains(QStringLiteral("Connect Google again")));
    checkNoSecretIn(tokens.error(), {grant.refreshToken});
}

TEST_CASE("Google revocation posts the refresh token as an RFC 7009 form")
{
    Fixture fixture;
    const auto grant = fixture.server.grant();
    TokenSet tokens{grant.accessToken, grant.refreshToken, kNow.addSecs(3600), QString()};
    REQUIRE(fixture.client.revoke(tokens));
    const auto revokes = fixture.server.revokeRequests();
    REQUIRE(revokes.size() == 1);
    CHECK(revokes.first().method == "POST");
    CHECK(revokes.first().path() == "/revoke");
    CHECK(revokes.first().header("Content-Type") == "application/x-www-form-urlencoded");
    CHECK(FakeOAuthServer::field(FakeOAuthServer::parseForm(revokes.first().body), "token") == grant.refreshToken);
    CHECK_FALSE(fixture.server.isRefreshTokenValid(grant.refreshToken));
}

TEST_CASE("Oura revocation sends the access token as the access_token query parameter")
{
    Fixture fixture({}, QStringLiteral("oura"));
    const auto grant = fixture.server.grant();
    TokenSet tokens{grant.accessToken, grant.refreshToken, kNow.addSecs(3600), QString()};
    REQUIRE(fixture.client.revoke(tokens));
    const auto revokes = fixture.server.revokeRequests();
    REQUIRE(revokes.size() == 1);
    CHECK(revokes.first().method == "POST");
    const QByteArray query = revokes.first().target.mid(revokes.first().target.indexOf('?') + 1);
    CHECK(FakeOAuthServer::field(FakeOAuthServer::parseForm(query), "access_token") == grant.accessToken);
    CHECK(revokes.first().body.isEmpty());
    CHECK_FALSE(fixture.server.isAccessTokenValid(grant.accessToken));
}

TEST_CASE("revocation without a revoke URL succeeds without a request")
{
    FakeOAuthServer server;
    QNetworkAccessManager network;
    HttpClient http(network);
    OAuthProvider provider = fakeProvider(server);
    provider.revokeUrl = QUrl();
    OAuthClient client(provider, http);
    CHECK(client.revoke(TokenSet{"a", "r", QDateTime(), QString()}));
    CHECK(server.http().requestCount() == 0);
}
