#include "oauth/OAuthConnectFlow.h"

#include "OAuthTestSupport.h"
#include "net/HttpClient.h"
#include "oauth/OAuthClient.h"
#include "oauth/Pkce.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QTcpServer>

#include <catch2/catch.hpp>

using namespace lifeos;
using namespace lifeos::testing;

namespace {

const QDateTime kNow(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);

struct Fixture
{
    explicit Fixture(OAuthProvider provider)
        : http(network)
        , client(std::move(provider), http)
    {}

    Result<TokenSet> run(FakeOAuthServer &server, FakeOAuthServer::UserChoice choice, bool faviconFirst = false)
    {
        return OAuthConnectFlow::run(
            client,
            [&](const QUrl &url) {
                openedUrls.append(url);
                server.simulateBrowser(url, choice, faviconFirst);
            },
            [] { return kNow; },
            20000);
    }

    QNetworkAccessManager network;
    HttpClient http;
    OAuthClient client;
    QList<QUrl> openedUrls;
};

QByteArray s256(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

quint16 freePort()
{
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress(QHostAddress::LocalHost), 0));
    return probe.serverPort();
}

} // namespace

TEST_CASE("a sign-in approved in the browser ends with tokens, the PKCE verifier matching the challenge")
{
    FakeOAuthServer server;
    OAuthProvider provider = fakeProvider(server);
    provider.extraAuthorizeParameters = {{QStringLiteral("access_type"), QStringLiteral("offline")},
                                         {QStringLiteral("prompt"), QStringLiteral("consent")}};
    Fixture fixture(provider);
    auto tokens = fixture.run(server, FakeOAuthServer::UserChoice::Approve, true);
    const auto visit = server.waitForBrowser();
    INFO((tokens ? QString() : tokens.error().message).toStdString());
    INFO(visit.failure.toStdString());
    REQUIRE(tokens);
    CHECK(tokens->accessToken == server.latestAccessToken());
    CHECK(tokens->refreshToken == server.latestRefreshToken());
    CHECK(tokens->expiresAt == kNow.addSecs(3600));

    REQUIRE(server.authorizeQueries().size() == 1);
    REQUIRE(server.tokenRequests().size() == 1);
    const FakeFormFields authorize = server.authorizeQueries().first();
    const FakeFormFields token = server.tokenRequests().first();
    CHECK(FakeOAuthServer::field(authorize, "access_type") == "offline");
    CHECK(FakeOAuthServer::field(authorize, "prompt") == "consent");
    CHECK(s256(FakeOAuthServer::field(token, "code_verifier")) == FakeOAuthServer::field(authorize, "code_challenge"));
    CHECK(FakeOAuthServer::field(token, "redirect_uri") == FakeOAuthServer::field(authorize, "redirect_uri"));
    CHECK(FakeOAuthServer::field(token, "code").contains('/')); // a Google-like code, decoded once end to end

    CHECK(visit.authorizeStatus == 302);
    CHECK(visit.faviconStatus == 404);
    CHECK(visit.callbackStatus == 200);
    CHECK(visit.callbackContentType == "text/html; charset=utf-8");
    CHECK(visit.callbackBody.contains("You can close this tab"));
}

TEST_CASE("every sign-in uses a new state of at least 43 characters and a new challenge")
{
    FakeOAuthServer server;
    Fixture fixture(fakeProvider(server));
    REQUIRE(fixture.run(server, FakeOAuthServer::UserChoice::Approve));
    server.waitForBrowser();
    REQUIRE(fixture.run(server, FakeOAuthServer::UserChoice::Approve));
    server.waitForBrowser();
    const auto queries = server.authorizeQueries();
    REQUIRE(queries.size() == 2);
    const QByteArray first = FakeOAuthServer::field(queries.at(0), "state");
    const QByteArray second = FakeOAuthServer::field(queries.at(1), "state");
    CHECK(first.size() >= 43);
    CHECK(second.size() >= 43);
    CHECK(first != second);
    CHECK(FakeOAuthServer::field(queries.at(0), "code_challenge")
          != FakeOAuthServer::field(queries.at(1), "code_challenge"));
}

TEST_CASE("a redirect with a state that is not ours is refused and its code is never exchanged")
{
    FakeOAuthServer server;
    Fixture fixture(fakeProvider(server));
    // The forged answer does not end the wait, so the sign-in ends only at its (short) timeout.
    auto tokens = OAuthConnectFlow::run(
        fixture.client,
        [&](const QUrl &url) { server.simulateBrowser(url, FakeOAuthServer::UserChoice::ApproveWithWrongState); },
        [] { return kNow; },
        3000);
    const auto visit = server.waitForBrowser();
    REQUIRE_FALSE(tokens);
    CHECK(tokens.error().code == ErrorCode::AuthFailed);
    CHECK(visit.callbackStatus == 400);
    CHECK_FALSE(visit.callbackBody.contains("You can close this tab"));
    CHECK(server.tokenRequests().isEmpty());
}

TEST_CASE("declining access in the browser is an AuthFailed error that says so")
{
    FakeOAuthServer server;
    Fixture fixture(fakeProvider(server));
    auto tokens = fixture.run(server, FakeOAuthServer::UserChoice::Deny);
    const auto visit = server.waitForBrowser();
    REQUIRE_FALSE(tokens);
    CHECK(tokens.error().code == ErrorCode::AuthFailed);
    CHECK(tokens.error().message == QStringLiteral("You declined access in the browser."));
    CHECK(server.tokenRequests().isEmpty());
    CHECK(visit.callbackStatus == 200);
}

TEST_CASE("a code the token endpoint refuses ends the sign-in with AuthFailed")
{
    FakeOAuthServer server;
    server.setRejectCodes(true); // as when the code expired while the browser dawdled
    Fixture fixture(fakeProvider(server));
    auto tokens = fixture.run(server, FakeOAuthServer::UserChoice::Approve);
    server.waitForBrowser();
    REQUIRE_FALSE(tokens);
    CHECK(tokens.error().code == ErrorCode::AuthFailed);
    CHECK(tokens.error().httpStatus == 400);
    CHECK(server.tokenRequests().size() == 1);
}

TEST_CASE("Oura's fixed redirect port is the one in the redirect URI")
{
    FakeOAuthServer::Options options;
    options.rotateRefreshTokens = true;
    FakeOAuthServer server(options);
    OAuthProvider provider = fakeProvider(server, QStringLiteral("oura"));
    provider.redirectPort = freePort();
    Fixture fixture(provider);
    auto tokens = fixture.run(server, FakeOAuthServer::UserChoice::Approve);
    server.waitForBrowser();
    REQUIRE(tokens);
    CHECK(FakeOAuthServer::field(server.authorizeQueries().first(), "redirect_uri")
          == QStringLiteral("http://127.0.0.1:%1/callback").arg(provider.redirectPort).toUtf8());
}

TEST_CASE("a taken Oura redirect port fails before the browser opens, naming the port")
{
    FakeOAuthServer server;
    QTcpServer other;
    REQUIRE(other.listen(QHostAddress(QHostAddress::LocalHost), 0));
    OAuthProvider provider = fakeProvider(server, QStringLiteral("oura"));
    provider.redirectPort = other.serverPort();
    Fixture fixture(provider);
    auto tokens = fixture.run(server, FakeOAuthServer::UserChoice::Approve);
    REQUIRE_FALSE(tokens);
    CHECK(tokens.error().message.contains(QString::number(other.serverPort())));
    CHECK(fixture.openedUrls.isEmpty());
    CHECK(server.http().requestCount() == 0);
}

TEST_CASE("a browser that never comes back ends the sign-in with AuthFailed after the timeout")
{
    FakeOAuthServer server;
    Fixture fixture(fakeProvider(server));
    auto tokens = OAuthConnectFlow::run(
        fixture.client,
        [](const QUrl &) {},
        [] { return kNow; },
        200);
    REQUIRE_FALSE(tokens);
    CHECK(tokens.error().code == ErrorCode::AuthFailed);
    CHECK(server.tokenRequests().isEmpty());
}

TEST_CASE("a provider without a client id fails before anything listens or opens")
{
    FakeOAuthServer server;
    OAuthProvider provider = fakeProvider(server);
    provider.clientId.clear();
    Fixture fixture(provider);
    auto tokens = fixture.run(server, FakeOAuthServer::UserChoice::Approve);
    REQUIRE_FALSE(tokens);
    CHECK(tokens.error().code == ErrorCode::InvalidInput);
    CHECK(tokens.error().message.contains(QStringLiteral("client id")));
    CHECK(fixture.openedUrls.isEmpty());
}
