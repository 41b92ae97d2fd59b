#include "SyncTestSupport.h"
#include "oauth/TokenManager.h"
#include "oauth/TokenSet.h"
#include "secrets/MemorySecretStore.h"
#include "storage/Database.h"
#include "sync/Connections.h"
#include "sync/SyncRunner.h"
#include "sync/SyncStateRepository.h"

#include <QNetworkAccessManager>
#include <QUrlQuery>

#include <catch2/catch.hpp>

using namespace lifeos;
using namespace synctest;

namespace {

struct OuraFixture
{
    TempDataDir dir;
    std::unique_ptr<Database> db = testsupport::openDatabase(dir.databasePath());
    Settings settings{dir.filePath(QStringLiteral("settings.ini"))};
    MemorySecretStore secrets;
    QNetworkAccessManager network;
    FakeOAuthServer oauth{ouraOAuth()};
    FakeOuraServer oura{ouraData()};
    SyncRunner runner{SyncRunner::Environment{*db, settings, secrets, network, quickRetries(), fixedNow, testZone()}};

    OuraFixture()
    {
        pointOuraAt(settings, oauth, oura);
        acceptIssuedTokens(oura);
    }

    Result<void> connect(FakeOAuthServer::UserChoice choice = FakeOAuthServer::UserChoice::Approve)
    {
        auto connected = runner.connect(
            SyncSources::Oura, [&](const QUrl &url) { oauth.simulateBrowser(url, choice); }, nullptr, 10000);
        oauth.waitForBrowser();
        return connected;
    }

    std::optional<TokenSet> storedTokens()
    {
        auto json = secrets.read(TokenManager::secretKey(QStringLiteral("oura")));
        return json ? TokenSet::fromJson(*json) : std::nullopt;
    }

    SyncState state()
    {
        auto stored = SyncStateRepository(*db).get(SyncSources::Oura);
        REQUIRE(stored.ok());
        return stored->value_or(SyncState{});
    }

    qint64 ouraMetrics() { return rowCount(*db, QStringLiteral("SELECT count(*) FROM metrics WHERE source = 'oura'")); }
};

} // namespace

TEST_CASE("the Oura provider asks for the scopes LifeOS reads on its registered port, with single-use refresh tokens")
{
    TempDataDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setValue(SettingKeys::OuraClientId, QStringLiteral(" oura-id "));
    settings.setValue(SettingKeys::OuraRedirectPort, 61234);
    const OAuthProvider oura = providerForSource(SyncSources::Oura, settings);
    CHECK(oura.id == QStringLiteral("oura"));
    CHECK(oura.clientId == QStringLiteral("oura-id"));
    CHECK(oura.scopes.join(u' ') == QStringLiteral("daily heartrate workout personal session"));
    CHECK(oura.redirectPort == 61234);
    CHECK(oura.singleUseRefreshTokens);
    CHECK(oura.authorizeUrl == QUrl(QStringLiteral("https://cloud.ouraring.com/oauth/authorize")));
    CHECK(oura.tokenUrl == QUrl(QStringLiteral("https://api.ouraring.com/oauth/token")));
    CHECK(oura.isConfigured());
}

TEST_CASE("an Oura redirect port of 0 or out of range falls back to the registered default 53682")
{
    const int stored = GENERATE(0, -1, 70000);
    CAPTURE(stored);
    TempDataDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setValue(SettingKeys::OuraRedirectPort, stored);
    CHECK(providerForSource(SyncSources::Oura, settings).redirectPort == 53682);
}

TEST_CASE("the Google provider asks for read-only calendar access offline, on any loopback port")
{
    TempDataDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    OAuthProvider google = providerForSource(SyncSources::Calendar, settings);
    CHECK_FALSE(google.isConfigured());
    settings.setValue(SettingKeys::GoogleClientId, QStringLiteral("1234.apps.googleusercontent.com"));
    google = providerForSource(SyncSources::Calendar, settings);
    CHECK(google.id == QStringLiteral("google"));
    CHECK(google.scopes == QStringList{QStringLiteral("https://www.googleapis.com/auth/calendar.readonly")});
    CHECK(google.redirectPort == 0);
    CHECK_FALSE(google.singleUseRefreshTokens);
    const QList<std::pair<QString, QString>> extras{{QStringLiteral("access_type"), QStringLiteral("offline")},
                                                    {QStringLiteral("prompt"), QStringLiteral("consent")}};
    CHECK(google.extraAuthorizeParameters == extras);
    CHECK(google.isConfigured());
}

TEST_CASE("connecting Oura through the browser keeps the tokens in the secret store and clears the last error")
{
    OuraFixture f;
    REQUIRE(SyncStateRepository(*f.db).save({SyncSources::Oura, {}, {}, QStringLiteral("Connect again."), {}, 0}).ok());

    auto connected = f.connect();
    INFO((connected ? std::string() : connected.error().message.toStdString()));
    REQUIRE(connected.ok());
    const auto tokens = f.storedTokens();
    REQUIRE(tokens.has_value());
    CHECK(tokens->accessToken == f.oauth.latestAccessToken());
    CHECK(tokens->refreshToken == f.oauth.latestRefreshToken());

    REQUIRE(f.oauth.authorizeQueries().size() == 1);
    const FakeFormFields query = f.oauth.authorizeQueries().first();
    CHECK(FakeOAuthServer::field(query, "scope") == "daily heartrate workout personal session");
    CHECK(QUrl(QString::fromLatin1(FakeOAuthServer::field(query, "redirect_uri"))).port()
          == f.settings.value(SettingKeys::OuraRedirectPort));

    auto status = f.runner.status(SyncSources::Oura);
    REQUIRE(status.ok());
    CHECK(status->configured);
    CHECK(status->connected);
    CHECK(status->lastError.isEmpty());
}

TEST_CASE("a refused sign-in leaves Oura unconnected with a readable error")
{
    OuraFixture f;
    auto connected = f.connect(FakeOAuthServer::UserChoice::Deny);
    REQUIRE_FALSE(connected.ok());
    CHECK_FALSE(connected.error().message.isEmpty());
    CHECK_FALSE(f.storedTokens().has_value());
    auto status = f.runner.status(SyncSources::Oura);
    REQUIRE(status.ok());
    CHECK_FALSE(status->connected);
}

TEST_CASE("a first Oura sync fills the metrics, reports progress and records the success")
{
    OuraFixture f;
    REQUIRE(f.connect().ok());

    QList<std::pair<int, int>> progress;
    auto outcome = f.runner.run(SyncSources::Oura, {}, nullptr,
                                [&](int done, int total) { progress.append({done, total}); });
    INFO((outcome ? std::string() : outcome.error().message.toStdString()));
    REQUIRE(outcome.ok());
    CHECK(outcome->itemsChanged > 0);
    CHECK(f.ouraMetrics() > 0);
    REQUIRE_FALSE(progress.isEmpty());
    CHECK(progress.last().first == progress.last().second);
    CHECK(progress.last().second > 0);

    const SyncState state = f.state();
    CHECK(state.lastSuccess == fixedNow());
    CHECK(state.itemsChanged == outcome->itemsChanged);
    CHECK(state.lastError.isEmpty());
    CHECK(state.cursor == QStringLiteral("2026-11-20")); // the source's cursor survives the status write

    auto status = f.runner.status(SyncSources::Oura);
    REQUIRE(status.ok());
    CHECK(status->lastSuccess == fixedNow());
    CHECK(status->itemsChanged == outcome->itemsChanged);
    // The command line has no scheduler: the next run is one interval (6 hours) after the success.
    CHECK(status->nextRun == fixedNow().addSecs(6 * 3600));

    // Nothing changed on the server: a second run writes nothing.
    auto again = f.runner.run(SyncSources::Oura, {});
    REQUIRE(again.ok());
    CHECK(again->itemsChanged == 0);
    CHECK(f.state().itemsChanged == 0);
}

TEST_CASE("a 401 refreshes the token through the token endpoint, stores the new one and the run carries on")
{
    OuraFixture f;
    REQUIRE(f.connect().ok());
    const QByteArray firstRefresh = f.oauth.latestRefreshToken();
    f.oura.addFault({.fault = FakeOuraServer::Fault::Unauthorized, .collection = QStringLiteral("daily_activity")});

    auto outcome = f.runner.run(SyncSources::Oura, {});
    INFO((outcome ? std::string() : outcome.error().message.toStdString()));
    REQUIRE(outcome.ok());
    CHECK(f.oura.faultsServed() == 1);

    int refreshes = 0;
    for (const FakeFormFields &request : f.oauth.tokenRequests())
        refreshes += FakeOAuthServer::field(request, "grant_type") == "refresh_token" ? 1 : 0;
    CHECK(refreshes == 1);
    // Oura's refresh tokens are single-use: the rotated one is what the store holds now.
    const auto tokens = f.storedTokens();
    REQUIRE(tokens.has_value());
    CHECK(tokens->refreshToken == f.oauth.latestRefreshToken());
    CHECK(tokens->refreshToken != firstRefresh);
    CHECK_FALSE(f.oauth.isRefreshTokenValid(firstRefresh));
    CHECK(f.state().lastError.isEmpty());
}

TEST_CASE("a refused refresh ends the run with a request to connect again, in words")
{
    OuraFixture f;
    REQUIRE(f.connect().ok());
    f.oauth.expireRefreshToken(f.oauth.latestRefreshToken());
    f.oura.addFault({.fault = FakeOuraServer::Fault::Unauthorized});

    auto outcome = f.runner.run(SyncSources::Oura, {});
    REQUIRE_FALSE(outcome.ok());
    CHECK(outcome.error().code == ErrorCode::AuthFailed);
    CHECK(f.state().lastError == outcome.error().message);
    CHECK(f.state().lastError.contains(QStringLiteral("again")));
}

TEST_CASE("without a client id the sync says where to set it up, and records that")
{
    OuraFixture f;
    f.settings.setValue(SettingKeys::OuraClientId, QString());
    f.settings.sync();

    auto outcome = f.runner.run(SyncSources::Oura, {});
    REQUIRE_FALSE(outcome.ok());
    CHECK(outcome.error().code == ErrorCode::AuthFailed);
    CHECK(outcome.error().message.contains(QStringLiteral("client id")));
    CHECK(outcome.error().message.contains(QStringLiteral("Settings")));
    CHECK(f.state().lastError == outcome.error().message);
    CHECK(f.oura.requestsFor(QStringLiteral("daily_sleep")).isEmpty());

    auto status = f.runner.status(SyncSources::Oura);
    REQUIRE(status.ok());
    CHECK_FALSE(status->configured);
    CHECK_FALSE(status->connected);
    CHECK(status->nextRun.isNull());

    auto connected = f.runner.connect(SyncSources::Oura, [](const QUrl &) {}, nullptr, 1000);
    REQUIRE_FALSE(connected.ok());
    CHECK(connected.error().message.contains(QStringLiteral("client id")));
}

TEST_CASE("without tokens the sync says to connect, asks Oura nothing and records no error")
{
    OuraFixture f;
    auto outcome = f.runner.run(SyncSources::Oura, {});
    REQUIRE_FALSE(outcome.ok());
    CHECK(outcome.error().code == ErrorCode::AuthFailed);
    CHECK(outcome.error().message.contains(QStringLiteral("not connected")));
    CHECK(outcome.error().message.contains(QStringLiteral("lifeos sync oura --connect")));
    CHECK(f.oura.requestsFor(QStringLiteral("daily_sleep")).isEmpty());

    auto status = f.runner.status(SyncSources::Oura);
    REQUIRE(status.ok());
    CHECK(status->configured);
    CHECK_FALSE(status->connected);
    // Not connected is what the status says already; as a last error it would outlive a disconnect.
    CHECK(status->lastError.isEmpty());
    CHECK(f.state().lastError.isEmpty());
}

TEST_CASE("a missing keychain shows in the status in words, and a sync fails with it")
{
    OuraFixture f;
    f.secrets.setUnavailable(true);

    auto status = f.runner.status(SyncSources::Oura);
    REQUIRE(status.ok());
    CHECK_FALSE(status->connected);
    CHECK(status->lastError.contains(QStringLiteral("keychain")));

    auto outcome = f.runner.run(SyncSources::Oura, {});
    REQUIRE_FALSE(outcome.ok());
    CHECK(outcome.error().code == ErrorCode::KeychainUnavailable);
    CHECK(f.state().lastError == outcome.error().message);
}

TEST_CASE("a failed run records its error in words and the next success clears it")
{
    OuraFixture f;
    REQUIRE(f.connect().ok());
    f.oura.addFault({.fault = FakeOuraServer::Fault::ServerError, .times = -1, .status = 503});

    auto failed = f.runner.run(SyncSources::Oura, {});
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().code == ErrorCode::ServerError);
    const SyncState afterFailure = f.state();
    CHECK_FALSE(afterFailure.lastError.isEmpty());
    CHECK(afterFailure.lastError == failed.error().message);
    CHECK(afterFailure.lastSuccess.isNull());
    CHECK(f.runner.status(SyncSources::Oura)->lastError == failed.error().message);

    f.oura.clearFaults();
    auto ok = f.runner.run(SyncSources::Oura, {});
    REQUIRE(ok.ok());
    CHECK(f.state().lastError.isEmpty());
    CHECK(f.state().lastSuccess == fixedNow());
}

TEST_CASE("a cancelled run is not an error: the last error stays as it was")
{
    OuraFixture f;
    REQUIRE(f.connect().ok());
    f.oura.addFault({.fault = FakeOuraServer::Fault::ServerError, .times = -1});
    auto failed = f.runner.run(SyncSources::Oura, {});
    REQUIRE_FALSE(failed.ok());
    f.oura.clearFaults();

    const std::atomic_bool cancel{true};
    auto cancelled = f.runner.run(SyncSources::Oura, {}, &cancel);
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().code == ErrorCode::Cancelled);
    CHECK(f.state().lastError == failed.error().message);
    CHECK(f.state().lastSuccess.isNull());
}

TEST_CASE("disconnecting Oura revokes, removes the tokens and the cursor, and keeps the metrics")
{
    OuraFixture f;
    REQUIRE(f.connect().ok());
    REQUIRE(f.runner.run(SyncSources::Oura, {}).ok());
    const qint64 metrics = f.ouraMetrics();
    REQUIRE(metrics > 0);
    const QByteArray access = f.oauth.latestAccessToken();
    REQUIRE(f.oauth.isAccessTokenValid(access));

    REQUIRE(f.runner.disconnect(SyncSources::Oura).ok());
    CHECK(f.oauth.revokeRequests().size() == 1);
    CHECK_FALSE(f.oauth.isAccessTokenValid(access)); // Oura revokes the grant through its access token
    CHECK(f.secrets.read(TokenManager::secretKey(QStringLiteral("oura"))).error().code == ErrorCode::NotFound);
    auto stored = SyncStateRepository(*f.db).get(SyncSources::Oura);
    REQUIRE(stored.ok());
    CHECK_FALSE(stored->has_value());
    CHECK(f.ouraMetrics() == metrics);

    auto status = f.runner.status(SyncSources::Oura);
    REQUIRE(status.ok());
    CHECK_FALSE(status->connected);
    CHECK(status->lastSuccess.isNull());

    // Disconnecting again is harmless and asks the server nothing.
    REQUIRE(f.runner.disconnect(SyncSources::Oura).ok());
    CHECK(f.oauth.revokeRequests().size() == 1);
}

TEST_CASE("an unknown source is refused with the sources there are")
{
    OuraFixture f;
    auto outcome = f.runner.run(QStringLiteral("fitbit"), {});
    REQUIRE_FALSE(outcome.ok());
    CHECK(outcome.error().code == ErrorCode::InvalidInput);
    CHECK(outcome.error().message.contains(QStringLiteral("oura")));
    CHECK(f.runner.status(QStringLiteral("fitbit")).error().code == ErrorCode::InvalidInput);
    CHECK(f.runner.disconnect(QStringLiteral("fitbit")).error().code == ErrorCode::InvalidInput);
    CHECK(SyncRunner::sources() == QStringList{QStringLiteral("oura"), QStringLiteral("calendar")});
}

namespace {

struct CalendarFixture
{
    TempDataDir dir;
    std::unique_ptr<Database> db = testsupport::openDatabase(dir.databasePath());
    Settings settings{dir.filePath(QStringLiteral("settings.ini"))};
    MemorySecretStore secrets;
    QNetworkAccessManager network;
    FakeOAuthServer oauth;
    FakeGoogleCalendarServer google;
    SyncRunner runner{SyncRunner::Environment{*db, settings, secrets, network, quickRetries(), fixedNow, testZone()}};

    CalendarFixture()
    {
        pointGoogleAt(settings, oauth, google.apiBaseUrl());
        for (int i = 1; i <= 40; ++i)
            google.acceptToken("ya29.a0Af-access_" + QByteArray::number(i));
        google.addCalendar({QStringLiteral("me@example.com"), QStringLiteral("Me"), QStringLiteral("Europe/Berlin"),
                            QStringLiteral("#9fc6e7"), true});
        google.putEvent(QStringLiteral("me@example.com"),
                        FakeGoogleCalendarServer::timedEvent(
                            QStringLiteral("standup"), QStringLiteral("Stand-up"),
                            QDateTime(QDate(2026, 11, 21), QTime(8, 30), Qt::UTC),
                            QDateTime(QDate(2026, 11, 21), QTime(8, 45), Qt::UTC), QStringLiteral("Europe/Berlin")));
        google.putEvent(QStringLiteral("me@example.com"),
                        FakeGoogleCalendarServer::allDayEvent(QStringLiteral("trip"), QStringLiteral("Trip"),
                                                              QDate(2026, 11, 23), QDate(2026, 11, 25)));
    }

    Result<void> connect()
    {
        auto connected = runner.connect(
            SyncSources::Calendar, [&](const QUrl &url) { oauth.simulateBrowser(url); }, nullptr, 10000);
        oauth.waitForBrowser();
        return connected;
    }

    qint64 googleEvents()
    {
        return rowCount(*db, QStringLiteral("SELECT count(*) FROM calendar_events WHERE source = 'google'"));
    }
};

} // namespace

TEST_CASE("a Google Calendar sync mirrors the events and keeps the calendar's sync token")
{
    CalendarFixture f;
    REQUIRE(f.connect().ok());
    auto outcome = f.runner.run(SyncSources::Calendar, {});
    INFO((outcome ? std::string() : outcome.error().message.toStdString()));
    REQUIRE(outcome.ok());
    CHECK(outcome->itemsChanged == 2);
    CHECK(f.googleEvents() == 2);
    CHECK(rowCount(*f.db, QStringLiteral("SELECT count(*) FROM sync_state WHERE source LIKE 'calendar:%' "
                                         "AND cursor IS NOT NULL"))
          == 1);
    auto status = f.runner.status(SyncSources::Calendar);
    REQUIRE(status.ok());
    CHECK(status->connected);
    CHECK(status->lastSuccess == fixedNow());
    CHECK(status->itemsChanged == 2);
    CHECK(status->nextRun == fixedNow().addSecs(30 * 60));

    auto calendars = f.runner.listCalendars();
    REQUIRE(calendars.ok());
    REQUIRE(calendars->size() == 1);
    CHECK(calendars->first().summary == QStringLiteral("Me"));
}

TEST_CASE("disconnecting Google revokes the grant and removes the tokens, the sync tokens and the mirrored events")
{
    CalendarFixture f;
    REQUIRE(f.connect().ok());
    REQUIRE(f.runner.run(SyncSources::Calendar, {}).ok());
    REQUIRE(f.googleEvents() == 2);
    // An ICS import is the user's own: it stays.
    testsupport::exec(f.db->handle(),
                      QStringLiteral("INSERT INTO calendar_events (source, calendar_id, external_id, title, all_day, "
                                     "starts_at, ends_at, day, status, updated_at) VALUES ('ics', 'home', 'x', "
                                     "'Dentist', 1, '2026-11-22', '2026-11-23', '2026-11-22', 'confirmed', "
                                     "'2026-11-01T00:00:00.000Z')"));
    const QByteArray refresh = f.oauth.latestRefreshToken();

    REQUIRE(f.runner.disconnect(SyncSources::Calendar).ok());
    REQUIRE(f.oauth.revokeRequests().size() == 1);
    CHECK(FakeOAuthServer::field(FakeOAuthServer::parseForm(f.oauth.revokeRequests().first().body), "token")
          == refresh);
    CHECK(f.secrets.read(TokenManager::secretKey(QStringLiteral("google"))).error().code == ErrorCode::NotFound);
    CHECK(f.googleEvents() == 0);
    CHECK(rowCount(*f.db, QStringLiteral("SELECT count(*) FROM calendar_events WHERE source = 'ics'")) == 1);
    CHECK(rowCount(*f.db, QStringLiteral("SELECT count(*) FROM sync_state WHERE source LIKE 'calendar%'")) == 0);
    auto status = f.runner.status(SyncSources::Calendar);
    REQUIRE(status.ok());
    CHECK_FALSE(status->connected);
}
