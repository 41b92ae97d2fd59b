#pragma once

// A data folder wired to loopback fakes for the sync tests: settings that point Oura (and Google) at a
// FakeOAuthServer and a FakeOuraServer, a fixed "now", and short retries.

#include "FakeGoogleCalendarServer.h"
#include "FakeOAuthServer.h"
#include "FakeOuraServer.h"
#include "StorageTestSupport.h"
#include "net/HttpClient.h"
#include "support/TempDataDir.h"
#include "util/Settings.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTimeZone>

#include <catch2/catch.hpp>

namespace synctest {

// Oura only accepts its registered redirect port, so the tests need a fixed one that is free right now.
inline quint16 freeLoopbackPort()
{
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
    return probe.serverPort();
}

inline lifeos::RetryPolicy quickRetries()
{
    lifeos::RetryPolicy policy;
    policy.maxAttempts = 2;
    policy.initialBackoffMs = 5;
    policy.maxBackoffMs = 20;
    policy.maxRetryAfterMs = 1000;
    return policy;
}

// "Today" for every sync test: the fake Oura data ends on this day.
inline QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);
}

inline QTimeZone testZone()
{
    return QTimeZone(QByteArrayLiteral("Europe/Berlin"));
}

// The fake OAuth server hands out "ya29.a0Af-access_<n>"; the Oura fake accepts the first few of them, so a token
// refreshed in the middle of a run is accepted without the test reaching into the run.
inline void acceptIssuedTokens(lifeos::FakeOuraServer &oura, int count = 40)
{
    for (int i = 1; i <= count; ++i)
        oura.acceptToken("ya29.a0Af-access_" + QByteArray::number(i));
}

inline lifeos::FakeOuraServer::Options ouraData(int days = 45)
{
    lifeos::FakeOuraServer::Options options;
    options.last = fixedNow().date();
    options.first = options.last.addDays(1 - days);
    options.pageSize = 10;
    return options;
}

inline lifeos::FakeOAuthServer::Options ouraOAuth()
{
    lifeos::FakeOAuthServer::Options options;
    options.clientSecret = "oura-client-secret-SECRETCHECK";
    options.rotateRefreshTokens = true;
    return options;
}

inline void pointOuraAt(lifeos::Settings &settings, lifeos::FakeOAuthServer &oauth, lifeos::FakeOuraServer &oura)
{
    using namespace lifeos;
    settings.setValue(SettingKeys::OuraClientId, QString::fromLatin1(oauth.options().clientId));
    settings.setValue(SettingKeys::OuraClientSecret, QString::fromLatin1(oauth.options().clientSecret));
    settings.setValue(SettingKeys::OuraAuthorizeUrl, oauth.authorizeUrl().toString());
    settings.setValue(SettingKeys::OuraTokenUrl, oauth.tokenUrl().toString());
    settings.setValue(SettingKeys::OuraRevokeUrl, oauth.revokeUrl().toString());
    settings.setValue(SettingKeys::OuraApiBaseUrl, oura.baseUrl().toString());
    settings.setValue(SettingKeys::OuraRedirectPort, int(freeLoopbackPort()));
    settings.sync();
}

inline void pointGoogleAt(lifeos::Settings &settings, lifeos::FakeOAuthServer &oauth, const QUrl &calendarApi)
{
    using namespace lifeos;
    settings.setValue(SettingKeys::GoogleClientId, QString::fromLatin1(oauth.options().clientId));
    settings.setValue(SettingKeys::GoogleClientSecret, QString::fromLatin1(oauth.options().clientSecret));
    settings.setValue(SettingKeys::GoogleAuthorizeUrl, oauth.authorizeUrl().toString());
    settings.setValue(SettingKeys::GoogleTokenUrl, oauth.tokenUrl().toString());
    settings.setValue(SettingKeys::GoogleRevokeUrl, oauth.revokeUrl().toString());
    settings.setValue(SettingKeys::GoogleCalendarApiBaseUrl, calendarApi.toString());
    settings.sync();
}

inline qint64 rowCount(lifeos::Database &database, const QString &sql)
{
    return testsupport::scalar(database.handle(), sql).mid(2).toLongLong();
}

} // namespace synctest
