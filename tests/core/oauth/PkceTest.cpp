#include "oauth/Pkce.h"

#include "oauth/OAuthProvider.h"
#include "oauth/TokenSet.h"

#include <QSet>

#include <catch2/catch.hpp>

using namespace lifeos;

namespace {

bool isBase64UrlWithoutPadding(const QByteArray &text)
{
    for (const char c : text) {
        const bool allowed =
            (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        if (!allowed)
            return false;
    }
    return true;
}

} // namespace

TEST_CASE("the S256 challenge of RFC 7636 appendix B's verifier is the RFC's challenge")
{
    CHECK(pkce::challengeS256("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")
          == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
}

TEST_CASE("a verifier is 64 base64url characters and different every time")
{
    QSet<QByteArray> seen;
    for (int i = 0; i < 200; ++i) {
        const QByteArray verifier = pkce::makeVerifier();
        REQUIRE(verifier.size() == 64);
        REQUIRE(isBase64UrlWithoutPadding(verifier));
        seen.insert(verifier);
    }
    CHECK(seen.size() == 200);
}

TEST_CASE("the state is at least 43 base64url characters and different every time")
{
    QSet<QByteArray> seen;
    for (int i = 0; i < 200; ++i) {
        const QByteArray state = pkce::makeState();
        REQUIRE(state.size() >= 43);
        REQUIRE(isBase64UrlWithoutPadding(state));
        seen.insert(state);
    }
    CHECK(seen.size() == 200);
}

TEST_CASE("random url-safe text encodes exactly the asked number of bytes without padding")
{
    const int bytes = GENERATE(1, 2, 3, 4, 5, 31, 32, 33, 48, 96);
    const QByteArray text = pkce::randomUrlSafe(bytes);
    CHECK(isBase64UrlWithoutPadding(text));
    CHECK(QByteArray::fromBase64(text, QByteArray::Base64UrlEncoding).size() == bytes);
    CHECK(text.size() == (bytes * 4 + 2) / 3);
}

TEST_CASE("random url-safe bytes are not constant across positions")
{
    // 96 random bytes with every byte equal happens with probability 2^-760: a broken generator shows here.
    const QByteArray raw = QByteArray::fromBase64(pkce::randomUrlSafe(96), QByteArray::Base64UrlEncoding);
    CHECK(QSet<char>(raw.cbegin(), raw.cend()).size() > 1);
}

TEST_CASE("a token set survives its JSON form")
{
    TokenSet tokens;
    tokens.accessToken = "ya29.a0Af-access/1";
    tokens.refreshToken = "1//0g-refresh+1=";
    tokens.expiresAt = QDateTime(QDate(2024, 5, 1), QTime(10, 20, 30, 400), Qt::UTC);
    tokens.scope = QStringLiteral("daily workout");
    const auto back = TokenSet::fromJson(tokens.toJson());
    REQUIRE(back);
    CHECK(back->accessToken == tokens.accessToken);
    CHECK(back->refreshToken == tokens.refreshToken);
    CHECK(back->expiresAt == tokens.expiresAt);
    CHECK(back->scope == tokens.scope);

    tokens.expiresAt = {};
    const auto withoutExpiry = TokenSet::fromJson(tokens.toJson());
    REQUIRE(withoutExpiry);
    CHECK_FALSE(withoutExpiry->expiresAt.isValid());
}

TEST_CASE("unreadable stored tokens are refused rather than half read")
{
    const QByteArray json = GENERATE(QByteArray(""),
                                     QByteArray("not json"),
                                     QByteArray("[1,2]"),
                                     QByteArray("{}"),
                                     QByteArray(R"({"access_token":"","refresh_token":""})"),
                                     QByteArray(R"({"access_token":"a","expires_at":"yesterday"})"));
    CAPTURE(json);
    CHECK_FALSE(TokenSet::fromJson(json));
}

TEST_CASE("a token expires within a margin when its expiry is at most that far away")
{
    const QDateTime now(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
    const auto [secondsLeft, expected] = GENERATE(table<qint64, bool>(
        {{-3600, true}, {-1, true}, {0, true}, {30, true}, {60, true}, {61, false}, {3600, false}}));
    TokenSet tokens;
    tokens.accessToken = "a";
    tokens.expiresAt = now.addSecs(secondsLeft);
    CAPTURE(secondsLeft);
    CHECK(tokens.expiresWithin(60, now) == expected);
}

TEST_CASE("a token without a stated expiry never expires, a missing one always has")
{
    const QDateTime now(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
    TokenSet tokens;
    tokens.accessToken = "a";
    CHECK_FALSE(tokens.expiresWithin(60, now));
    tokens.accessToken.clear();
    tokens.expiresAt = now.addSecs(3600);
    CHECK(tokens.expiresWithin(60, now));
}

TEST_CASE("the redirect URI is the literal loopback address with the port and path")
{
    OAuthProvider provider;
    CHECK(provider.redirectUri(53682) == QStringLiteral("http://127.0.0.1:53682/callback"));
    provider.redirectPath = QStringLiteral("/oura");
    CHECK(provider.redirectUri(8080) == QStringLiteral("http://127.0.0.1:8080/oura"));
}
