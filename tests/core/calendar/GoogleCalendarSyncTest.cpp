#include "calendar/GoogleCalendarSync.h"

#include "FakeAccessTokenSource.h"
#include "FakeGoogleCalendarServer.h"
#include "StorageTestSupport.h"
#include "calendar/CalendarRepository.h"
#include "calendar/GoogleEventMapping.h"
#include "net/AuthorizedHttp.h"
#include "net/HttpClient.h"
#include "support/TempDataDir.h"
#include "sync/SyncStateRepository.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTimeZone>

#include <catch2/catch.hpp>

#include <atomic>

using namespace lifeos;
using Server = FakeGoogleCalendarServer;

namespace {

const QDate kToday(2026, 11, 20);
const QTimeZone kBerlin("Europe/Berlin");
const QTimeZone kNewYork("America/New_York");
const QTimeZone kJakarta("Asia/Jakarta");
const QString kPrimary = QStringLiteral("primary");
const QString kWork = QStringLiteral("work@example.com");

RetryPolicy quickRetries()
{
    RetryPolicy policy;
    policy.maxAttempts = 2;
    policy.initialBackoffMs = 5;
    policy.maxBackoffMs = 20;
    policy.maxRetryAfterMs = 1000;
    return policy;
}

Server::Options serverOptions(int pageSize)
{
    Server::Options options;
    options.pageSize = pageSize;
    options.calendarListPageSize = 2;
    return options;
}

QDateTime at(const QDate &day, int hour, int minute, const QTimeZone &zone = kBerlin)
{
    return QDateTime(day, QTime(hour, minute), zone);
}

// Five events in the primary calendar (Berlin) within the sync window, and one that ended before it.
void addBasicEvents(Server &server)
{
    server.addCalendar({QStringLiteral("me@example.com"),
                        QStringLiteral("Me"),
                        QStringLiteral("Europe/Berlin"),
                        QStringLiteral("#9fc6e7"),
                        true});
    server.addCalendar(
        {kWork, QStringLiteral("Work"), QStringLiteral("America/New_York"), QStringLiteral("#f83a22"), false});
    const QString me = QStringLiteral("me@example.com");
    server.putEvent(me,
                    Server::timedEvent(QStringLiteral("a"),
                                       QStringLiteral("Standup"),
                                       at(kToday, 9, 0),
                                       at(kToday, 9, 15),
                                       QStringLiteral("Europe/Berlin")));
    server.putEvent(me,
                    Server::timedEvent(QStringLiteral("b"),
                                       QStringLiteral("Lunch"),
                                       at(kToday, 12, 0),
                                       at(kToday, 13, 0),
                                       QStringLiteral("Europe/Berlin")));
    server.putEvent(
        me,
        Server::allDayEvent(QStringLiteral("c"), QStringLiteral("Trip"), kToday.addDays(2), kToday.addDays(5)));
    server.putEvent(me,
                    Server::timedEvent(QStringLiteral("d"),
                                       QStringLiteral("Dentist"),
                                       at(kToday.addDays(-3), 8, 0),
                                       at(kToday.addDays(-3), 9, 0),
                                       QStringLiteral("Europe/Berlin")));
    server.putEvent(me,
                    Server::timedEvent(QStringLiteral("e"),
                                       QString(),
                                       at(kToday.addDays(7), 18, 0),
                                       at(kToday.addDays(7), 19, 0),
                                       QStringLiteral("Europe/Berlin")));
    server.putEvent(me,
                    Server::timedEvent(QStringLiteral("old"),
                                       QStringLiteral("Long ago"),
                                       at(kToday.addDays(-200), 8, 0),
                                       at(kToday.addDays(-200), 9, 0),
                                       QStringLiteral("Europe/Berlin")));
}

// One database, one fake Google Calendar and the real HTTP stack between them.
class Harness
{
public:
    explicit Harness(int pageSize = 2)
        : server(serverOptions(pageSize))
    {
        server.acceptToken("google-token-2");
    }

    GoogleCalendarSync::Config config(QStringList calendarIds = {}) const
    {
        GoogleCalendarSync::Config config;
        config.apiBaseUrl = server.apiBaseUrl();
        config.calendarIds = std::move(calendarIds);
        config.pastDays = 90;
        return config;
    }

    Result<SyncOutcome> run(const GoogleCalendarSync::Config &config,
                            SyncRequest::Mode mode = SyncRequest::Mode::Incremental,
                            const QTimeZone &zone = kBerlin)
    {
        SyncRequest request;
        request.mode = mode;
        SyncContext context{*db,
                            authorized,
                            kToday,
                            QDateTime(kToday, QTime(11, 0), QTimeZone::utc()),
                            zone,
                            &cancel,
                            [this](int done, int total) {
                                progress.append({done, total});
                            }};
        GoogleCalendarSync sync(config);
        return sync.run(request, context);
    }

    Result<SyncOutcome> run(SyncRequest::Mode mode = SyncRequest::Mode::Incremental) { return run(config(), mode); }

    QString cursor(const QString &calendarId = kPrimary) const
    {
        SyncStateRepository states(*db);
        auto state = states.get(QStringLiteral("calendar:") + calendarId);
        REQUIRE(state.ok());
        return state->has_value() ? (*state)->cursor : QString();
    }

    QStringList dump() const
    {
        return testsupport::rows(
            db->handle(),
            QStringLiteral("SELECT id, source, calendar_id, external_id, title, all_day, starts_at, "
                           "ends_at, time_zone, day, status, updated_at FROM calendar_events "
                           "ORDER BY id"));
    }

    QStringList externalIds(const QString &calendarId = kPrimary) const
    {
        QStringList ids;
        for (const QString &row : testsupport::rows(db->handle(),
                                                    QStringLiteral("SELECT external_id FROM calendar_events WHERE "
                                                                   "calendar_id = '%1' ORDER BY external_id")
                                                        .arg(calendarId)))
            ids.append(row.mid(2));
        return ids;
    }

    TempDataDir dir;
    std::unique_ptr<Database> db = testsupport::openDatabase(dir.databasePath());
    Server server;
    QNetworkAccessManager network;
    HttpClient http{network, quickRetries()};
    FakeAccessTokenSource tokens{QByteArrayLiteral("google-token")};
    AuthorizedHttp authorized{http, tokens};
    std::atomic_bool cancel{false};
    QList<std::pair<int, int>> progress;
};

template<typename T>
T required(Result<T> result)
{
    INFO((result.ok() ? QString() : result.error().message).toStdString());
    REQUIRE(result.ok());
    return std::move(result).value();
}

} // namespace

TEST_CASE("a full sync follows pageToken to the last page and keeps its nextSyncToken")
{
    Harness h(2);
    addBasicEvents(h.server);
    const auto outcome = required(h.run());
    CHECK(outcome.itemsChanged == 5);
    CHECK(h.externalIds()
          == (QStringList{QStringLiteral("a"),
                          QStringLiteral("b"),
                          QStringLiteral("c"),
                          QStringLiteral("d"),
                          QStringLiteral("e")}));

    const auto served = h.server.served();
    REQUIRE(served.size() == 3);
    for (int i = 0; i < 3; ++i) {
        CHECK(served[i].page == i + 1);
        CHECK_FALSE(served[i].incremental);
        CHECK_FALSE(served[i].faulted);
    }
    const auto requests = h.server.eventRequests(kPrimary);
    REQUIRE(requests.size() == 3);
    for (const FakeHttpRequest &request : requests) {
        CHECK(Server::queryValue(request, QStringLiteral("singleEvents")) == QStringLiteral("true"));
        // The window starts at local midnight 90 days back, sent as UTC.
        CHECK(Server::queryValue(request, QStringLiteral("timeMin")) == QStringLiteral("2026-08-21T22:00:00Z"));
        CHECK_FALSE(Server::hasQueryKey(request, QStringLiteral("syncToken")));
        CHECK(request.header("Authorization") == QByteArrayLiteral("Bearer google-token"));
    }
    CHECK_FALSE(Server::hasQueryKey(requests[0], QStringLiteral("pageToken")));
    // Tokens hold '+', '/' and '=': the fake answers 400 to a token that arrives mangled.
    CHECK(Server::queryValue(requests[1], QStringLiteral("pageToken")).contains(u'+'));
    CHECK(Server::queryValue(requests[2], QStringLiteral("pageToken")).contains(u'+'));

    CHECK(h.cursor().startsWith(QStringLiteral("CPD+")));
    CHECK(h.progress == (QList<std::pair<int, int>>{{1, 0}, {2, 0}, {3, 0}}));
}

TEST_CASE("an incremental sync asks only for the changes since the sync token")
{
    Harness h(2);
    addBasicEvents(h.server);
    required(h.run());
    const QString token = h.cursor();
    const QStringList before = h.dump();
    h.server.clearServed();
    const int requestsBefore = int(h.server.eventRequests(kPrimary).size());

    const QString me = QStringLiteral("me@example.com");
    h.server.putEvent(me,
                      Server::timedEvent(QStringLiteral("a"),
                                         QStringLiteral("Standup (moved)"),
                                         at(kToday, 10, 0),
                                         at(kToday, 10, 15),
                                         QStringLiteral("Europe/Berlin")));
    h.server.putEvent(me,
                      Server::timedEvent(QStringLiteral("f"),
                                         QStringLiteral("New"),
                                         at(kToday.addDays(1), 10, 0),
                                         at(kToday.addDays(1), 11, 0),
                                         QStringLiteral("Europe/Berlin")));
    h.server.cancelEvent(me, QStringLiteral("b"));

    const auto outcome = required(h.run());
    CHECK(outcome.itemsChanged == 3);
    const auto served = h.server.served();
    REQUIRE(served.size() == 2); // three changes, two per page
    CHECK(served[0].incremental);
    CHECK(served[0].itemIds + served[1].itemIds
          == (QStringList{QStringLiteral("a"), QStringLiteral("f"), QStringLiteral("b")}));
    const auto requests = h.server.eventRequests(kPrimary).mid(requestsBefore);
    REQUIRE(requests.size() == 2);
    for (const FakeHttpRequest &request : requests) {
        CHECK(Server::queryValue(request, QStringLiteral("syncToken")) == token);
        CHECK_FALSE(Server::hasQueryKey(request, QStringLiteral("timeMin")));
        CHECK(Server::queryValue(request, QStringLiteral("singleEvents")) == QStringLiteral("true"));
    }
    CHECK(h.externalIds()
          == (QStringList{QStringLiteral("a"),
                          QStringLiteral("c"),
                          QStringLiteral("d"),
                          QStringLiteral("e"),
                          QStringLiteral("f")}));
    CalendarRepository repository(*h.db);
    const auto today = required(repository.onDay(kToday, kBerlin));
    REQUIRE(today.size() == 1);
    CHECK(today[0].title == QStringLiteral("Standup (moved)"));
    CHECK(today[0].startsAt == at(kToday, 10, 0));
    CHECK(h.cursor() != token);

    // Nothing changed since: one request, no rows touched.
    h.server.clearServed();
    const QStringList settled = h.dump();
    CHECK(required(h.run()).itemsChanged == 0);
    REQUIRE(h.server.served().size() == 1);
    CHECK(h.server.served()[0].itemIds.isEmpty());
    CHECK(h.dump() == settled);
    CHECK(settled != before);
}

TEST_CASE("a 410 Gone drops the sync token and resyncs the calendar in full")
{
    Harness h(2);
    addBasicEvents(h.server);
    required(h.run());
    const QString oldToken = h.cursor();
    const QString me = QStringLiteral("me@example.com");
    // Deleted while the token was valid, and Google forgot the deletion: only a full listing shows it is gone.
    h.server.purgeEvent(me, QStringLiteral("b"));
    h.server.putEvent(me,
                      Server::allDayEvent(QStringLiteral("z"), QStringLiteral("Holiday"), kToday, kToday.addDays(1)));
    h.server.invalidateSyncTokens();
    h.server.clearServed();

    const auto outcome = required(h.run());
    CHECK(outcome.itemsChanged == 2); // b removed, z added
    const auto served = h.server.served();
    REQUIRE(served.size() == 4);
    CHECK(served[0].incremental);
    CHECK(served[0].status == 410);
    for (int i = 1; i < 4; ++i)
        CHECK_FALSE(served[i].incremental);
    CHECK(h.externalIds()
          == (QStringList{QStringLiteral("a"),
                          QStringLiteral("c"),
                          QStringLiteral("d"),
                          QStringLiteral("e"),
                          QStringLiteral("z")}));
    CHECK_FALSE(h.cursor().isEmpty());
    CHECK(h.cursor() != oldToken);
}

TEST_CASE("after a 410 a failed resync leaves the rows and no token, and the next run lists in full")
{
    Harness h(2);
    addBasicEvents(h.server);
    required(h.run());
    const QStringList before = h.dump();
    h.server.purgeEvent(QStringLiteral("me@example.com"), QStringLiteral("e"));
    h.server.invalidateSyncTokens();
    h.server.addFault({Server::Fault::ServerError, {}, 2, Server::Listing::Full, -1, 500});

    const auto failed = h.run();
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().code == ErrorCode::ServerError);
    CHECK(h.cursor().isEmpty());
    CHECK(h.dump() == before); // the first page rewrote the same rows; nothing removed yet

    h.server.clearFaults();
    h.server.clearServed();
    required(h.run());
    REQUIRE_FALSE(h.server.served().isEmpty());
    CHECK_FALSE(h.server.served()[0].incremental);
    CHECK_FALSE(h.externalIds().contains(QStringLiteral("e")));
    CHECK_FALSE(h.cursor().isEmpty());
}

TEST_CASE("cancelled events are removed and removing an unknown one is harmless")
{
    Harness h(10);
    addBasicEvents(h.server);
    required(h.run());
    const QString me = QStringLiteral("me@example.com");
    h.server.cancelEvent(me, QStringLiteral("a"));
    h.server.cancelEvent(me, QStringLiteral("d"));
    h.server.cancelEvent(me, QStringLiteral("old")); // never synced: outside the window
    const auto outcome = required(h.run());
    CHECK(outcome.itemsChanged == 2);
    CHECK(h.externalIds() == (QStringList{QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("e")}));
}

TEST_CASE("a recurring series deleted in Google takes all its instances along, and only them")
{
    Harness h(10);
    const QString me = QStringLiteral("me@example.com");
    h.server.addCalendar({me, QStringLiteral("Me"), QStringLiteral("Europe/Berlin"), QStringLiteral("#9fc6e7"), true});
    const auto weekly = [&](const QString &id, const QDate &day) {
        h.server.putEvent(me,
                          Server::timedEvent(id, QStringLiteral("Weekly"), at(day, 9, 0), at(day, 10, 0),
                                             QStringLiteral("Europe/Berlin")));
    };
    // Instances as singleEvents=true lists them: "<series id>_<original start>", timed and all-day.
    weekly(QStringLiteral("weekly_20261120T080000Z"), kToday);
    weekly(QStringLiteral("weekly_20261127T080000Z"), kToday.addDays(7));
    h.server.putEvent(me, Server::allDayEvent(QStringLiteral("weekly_20261121"), QStringLiteral("Weekly all day"),
                                              kToday.addDays(1), kToday.addDays(2)));
    // Not instances of "weekly": a LIKE 'weekly_%' would take the first ('_' matches any character).
    weekly(QStringLiteral("weeklyx"), kToday.addDays(1));
    weekly(QStringLiteral("other_20261120T080000Z"), kToday);
    required(h.run());
    REQUIRE(h.externalIds().size() == 5);

    h.server.cancelSeries(me, QStringLiteral("weekly"));
    const auto outcome = required(h.run());
    REQUIRE_FALSE(h.server.served().isEmpty());
    CHECK(h.server.served().last().incremental);
    CHECK(h.server.served().last().itemIds == QStringList{QStringLiteral("weekly")}); // one item for the series
    CHECK(outcome.itemsChanged == 3);
    CHECK(h.externalIds() == (QStringList{QStringLiteral("other_20261120T080000Z"), QStringLiteral("weeklyx")}));
}

TEST_CASE("all-day events keep their dates and timed events their UTC instants")
{
    Harness h(10);
    addBasicEvents(h.server);
    required(h.run());
    const QStringList rows = testsupport::rows(
        h.db->handle(),
        QStringLiteral("SELECT external_id, title, all_day, starts_at, ends_at, time_zone, day, status "
                       "FROM calendar_events ORDER BY external_id"));
    CHECK(rows
          == (QStringList{
              QStringLiteral("t:a | t:Standup | i:0 | t:2026-11-20T08:00:00Z | t:2026-11-20T08:15:00Z | "
                             "t:Europe/Berlin | t:2026-11-20 | t:confirmed"),
              QStringLiteral("t:b | t:Lunch | i:0 | t:2026-11-20T11:00:00Z | t:2026-11-20T12:00:00Z | "
                             "t:Europe/Berlin | t:2026-11-20 | t:confirmed"),
              // All-day: end exclusive as Google sends it, the calendar's zone for display.
              QStringLiteral("t:c | t:Trip | i:1 | t:2026-11-22 | t:2026-11-25 | t:Europe/Berlin | t:2026-11-22 | "
                             "t:confirmed"),
              QStringLiteral("t:d | t:Dentist | i:0 | t:2026-11-17T07:00:00Z | t:2026-11-17T08:00:00Z | "
                             "t:Europe/Berlin | t:2026-11-17 | t:confirmed"),
              // No summary: an empty title.
              QStringLiteral("t:e | t: | i:0 | t:2026-11-27T17:00:00Z | t:2026-11-27T18:00:00Z | t:Europe/Berlin | "
                             "t:2026-11-27 | t:confirmed")}));
    CalendarRepository repository(*h.db);
    for (int offset : {2, 3, 4})
        CHECK(required(repository.onDay(kToday.addDays(offset), kBerlin)).size() == 1);
    CHECK(required(repository.onDay(kToday.addDays(5), kBerlin)).isEmpty());
}

TEST_CASE("an event at 23:30 in New York is on the next local day in Jakarta")
{
    Harness h(10);
    h.server.addCalendar({kWork, QStringLiteral("Work"), QStringLiteral("America/New_York"), {}, false});
    h.server.putEvent(kWork,
                      Server::timedEvent(QStringLiteral("late"),
                                         QStringLiteral("Call"),
                                         at(kToday, 23, 30, kNewYork),
                                         at(kToday.addDays(1), 0, 30, kNewYork),
                                         QStringLiteral("America/New_York")));
    required(h.run(h.config({kWork}), SyncRequest::Mode::Incremental, kJakarta));
    // Sent as "2026-11-20T23:30:00-05:00".
    CHECK(h.server.served().size() == 1);
    CalendarRepository repository(*h.db);
    const auto stored = required(repository.onDay(kToday.addDays(1), kJakarta));
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].day == kToday.addDays(1));
    CHECK(stored[0].startsAt == QDateTime(kToday.addDays(1), QTime(4, 30), QTimeZone::utc()));
    CHECK(stored[0].timeZone == QStringLiteral("America/New_York"));
    CHECK(required(repository.onDay(kToday, kJakarta)).isEmpty());
    CHECK(required(repository.onDay(kToday, kNewYork)).size() == 1);
}

TEST_CASE("a fault in the middle of a full sync leaves whole pages only, and a rerun equals a clean run")
{
    struct Case
    {
        Server::Fault fault;
        ErrorCode expected;
        const char *name;
    };
    const Case c = GENERATE(Case{Server::Fault::ServerError, ErrorCode::ServerError, "5xx"},
                            Case{Server::Fault::MalformedJson, ErrorCode::BadResponse, "malformed JSON"},
                            Case{Server::Fault::CutMidPage, ErrorCode::Network, "connection cut mid-page"});
    INFO(c.name);
    Harness clean(2);
    addBasicEvents(clean.server);
    required(clean.run());

    Harness h(2);
    addBasicEvents(h.server);
    h.server.addFault({c.fault, {}, 2, Server::Listing::Full, -1, 503});
    const auto failed = h.run();
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().code == c.expected);
    CHECK(h.externalIds() == (QStringList{QStringLiteral("a"), QStringLiteral("b")})); // page 1, whole
    CHECK(h.cursor().isEmpty());

    h.server.clearFaults();
    required(h.run());
    CHECK(h.dump() == clean.dump());
    CHECK(testsupport::scalar(h.db->handle(), QStringLiteral("SELECT count(*) FROM calendar_events"))
          == QStringLiteral("i:5"));
}

TEST_CASE("a fault in the middle of an incremental sync keeps the old token, and a rerun equals a clean run")
{
    const auto change = [](Server &server) {
        const QString me = QStringLiteral("me@example.com");
        server.putEvent(me,
                        Server::timedEvent(QStringLiteral("f"),
                                           QStringLiteral("New"),
                                           at(kToday, 15, 0),
                                           at(kToday, 16, 0),
                                           QStringLiteral("Europe/Berlin")));
        server.cancelEvent(me, QStringLiteral("a"));
        server.putEvent(me,
                        Server::timedEvent(QStringLiteral("g"),
                                           QStringLiteral("Newer"),
                                           at(kToday, 17, 0),
                                           at(kToday, 18, 0),
                                           QStringLiteral("Europe/Berlin")));
        server.cancelEvent(me, QStringLiteral("c"));
    };
    Harness clean(2);
    addBasicEvents(clean.server);
    required(clean.run());
    change(clean.server);
    required(clean.run());

    Harness h(2);
    addBasicEvents(h.server);
    required(h.run());
    const QString token = h.cursor();
    change(h.server);
    h.server.addFault({Server::Fault::MalformedJson, {}, 2, Server::Listing::Incremental, -1, 500});
    const auto failed = h.run();
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().code == ErrorCode::BadResponse);
    CHECK(h.cursor() == token);
    // Page 1 (f added, a cancelled) is in; page 2 (g, c) is not.
    CHECK(h.externalIds()
          == (QStringList{QStringLiteral("b"),
                          QStringLiteral("c"),
                          QStringLiteral("d"),
                          QStringLiteral("e"),
                          QStringLiteral("f")}));

    h.server.clearFaults();
    required(h.run());
    CHECK(h.dump() == clean.dump());
}

TEST_CASE("a passing server error is retried and the sync completes")
{
    Harness h(2);
    addBasicEvents(h.server);
    h.server.addFault({Server::Fault::ServerError, {}, 2, Server::Listing::Full, 1, 503});
    required(h.run());
    CHECK(h.externalIds().size() == 5);
    const auto served = h.server.served();
    REQUIRE(served.size() == 4);
    CHECK(served[1].faulted);
    CHECK(served[2].page == 2);
}

TEST_CASE("a refused access token is refreshed once and the sync goes on")
{
    Harness h(2);
    addBasicEvents(h.server);
    h.server.addFault({Server::Fault::Unauthorized, {}, 2, Server::Listing::Any, 1, 401});
    required(h.run());
    CHECK(h.tokens.refreshes() == 1);
    CHECK(h.externalIds().size() == 5);
    CHECK(h.server.eventRequests(kPrimary).last().header("Authorization")
          == QByteArrayLiteral("Bearer google-token-2"));
}

TEST_CASE("a backfill lists the calendar in full even with a sync token")
{
    Harness h(10);
    addBasicEvents(h.server);
    required(h.run());
    h.server.purgeEvent(QStringLiteral("me@example.com"), QStringLiteral("d"));
    h.server.clearServed();
    const auto outcome = required(h.run(SyncRequest::Mode::Backfill));
    CHECK(outcome.itemsChanged == 1);
    REQUIRE(h.server.served().size() == 1);
    CHECK_FALSE(h.server.served()[0].incremental);
    CHECK_FALSE(h.externalIds().contains(QStringLiteral("d")));
}

TEST_CASE("calendars no longer chosen lose their events and sync token at the start of a run")
{
    Harness h(10);
    addBasicEvents(h.server);
    h.server.putEvent(kWork,
                      Server::timedEvent(QStringLiteral("w1"),
                                         QStringLiteral("Review"),
                                         at(kToday, 15, 0),
                                         at(kToday, 16, 0),
                                         QStringLiteral("America/New_York")));
    required(h.run(h.config({kPrimary, kWork})));
    CHECK(h.externalIds(kWork) == QStringList{QStringLiteral("w1")});
    CHECK(h.externalIds(kPrimary).size() == 5);
    CHECK_FALSE(h.cursor(kPrimary).isEmpty());

    h.server.clearServed();
    const auto outcome = required(h.run(h.config({kWork})));
    CHECK(outcome.itemsChanged == 5);
    CHECK(h.externalIds(kPrimary).isEmpty());
    CHECK(h.cursor(kPrimary).isEmpty());
    CHECK(h.externalIds(kWork) == QStringList{QStringLiteral("w1")});
    REQUIRE(h.server.served().size() == 1);
    CHECK(h.server.served()[0].incremental);
}

TEST_CASE("calendar ids with '@' and '#' are percent-encoded in the path")
{
    Harness h(10);
    const QString holidays = QStringLiteral("en.usa#holiday@group.v.calendar.google.com");
    h.server.addCalendar({holidays, QStringLiteral("Holidays"), QStringLiteral("America/New_York"), {}, false});
    h.server.putEvent(holidays,
                      Server::allDayEvent(QStringLiteral("thanksgiving"),
                                          QStringLiteral("Thanksgiving"),
                                          QDate(2026, 11, 26),
                                          QDate(2026, 11, 27)));
    required(h.run(h.config({holidays})));
    CHECK(h.externalIds(holidays) == QStringList{QStringLiteral("thanksgiving")});
    REQUIRE(h.server.eventRequests(holidays).size() == 1);
    CHECK(h.server.eventRequests(holidays)[0].path().contains("%23"));
}

TEST_CASE("a chosen calendar Google does not have is reported and does not stop the others")
{
    Harness h(10);
    addBasicEvents(h.server);
    const auto outcome = h.run(h.config({QStringLiteral("gone@example.com"), kPrimary}));
    REQUIRE_FALSE(outcome.ok());
    CHECK(outcome.error().code == ErrorCode::NotFound);
    CHECK(h.externalIds(kPrimary).size() == 5);
}

TEST_CASE("a cancelled run writes nothing")
{
    Harness h(2);
    addBasicEvents(h.server);
    h.cancel = true;
    const auto outcome = h.run();
    REQUIRE_FALSE(outcome.ok());
    CHECK(outcome.error().code == ErrorCode::Cancelled);
    CHECK(h.dump().isEmpty());
}

TEST_CASE("listCalendars follows pageToken and marks the chosen calendars")
{
    Harness h(10);
    addBasicEvents(h.server); // me@example.com (primary), work@example.com
    h.server.addCalendar({QStringLiteral("family@example.com"),
                          QStringLiteral("Family"),
                          QStringLiteral("Asia/Jakarta"),
                          QStringLiteral("#16a765"),
                          false});
    h.server.addCalendar({QStringLiteral("birthdays"), QStringLiteral("Birthdays"), QStringLiteral("UTC"), {}, false});
    h.server.addCalendar({QStringLiteral("en.usa#holiday@group.v.calendar.google.com"),
                          QStringLiteral("Holidays"),
                          QStringLiteral("UTC"),
                          {},
                          false});
    GoogleCalendarSync sync(h.config({kWork}));
    const auto calendars = required(sync.listCalendars(h.authorized));
    REQUIRE(calendars.size() == 5); // three pages of two
    CHECK(calendars[0].id == QStringLiteral("me@example.com"));
    CHECK(calendars[0].primary);
    CHECK_FALSE(calendars[0].selected);
    CHECK(calendars[0].timeZone == QStringLiteral("Europe/Berlin"));
    CHECK(calendars[0].color == QStringLiteral("#9fc6e7"));
    CHECK(calendars[1].id == kWork);
    CHECK(calendars[1].selected);
    CHECK(calendars[2].summary == QStringLiteral("Family"));
    CHECK(calendars[4].id == QStringLiteral("en.usa#holiday@group.v.calendar.google.com"));
    int listRequests = 0;
    for (const FakeHttpRequest &request : h.server.http().requests())
        listRequests += request.path().endsWith("/users/me/calendarList") ? 1 : 0;
    CHECK(listRequests == 3);

    // With nothing chosen, the primary calendar is what gets synced.
    GoogleCalendarSync byDefault(h.config());
    const auto defaults = required(byDefault.listCalendars(h.authorized));
    CHECK(defaults[0].selected);
    CHECK_FALSE(defaults[1].selected);
}

TEST_CASE("Google event JSON is read the way the API documents it")
{
    const QByteArray body = R"({"kind":"calendar#events","timeZone":"Europe/Berlin","items":[
        {"id":"t1","status":"confirmed","summary":"Timed","updated":"2026-11-01T10:00:00.123Z",
         "start":{"dateTime":"2026-11-20T09:30:00+01:00","timeZone":"Europe/Berlin"},
         "end":{"dateTime":"2026-11-20T10:00:00+01:00","timeZone":"Europe/Berlin"}},
        {"id":"t2","status":"tentative","start":{"dateTime":"2026-11-20T09:30:00Z"},
         "end":{"dateTime":"2026-11-20T09:30:00Z"}},
        {"id":"d1","start":{"date":"2026-12-24"},"end":{"date":"2026-12-26"},"summary":"Holidays"},
        {"id":"x1","status":"cancelled"},
        {"id":"bad","start":{"dateTime":"tomorrow"}},
        {"summary":"no id"}
    ],"nextPageToken":"next+page/="})";
    const auto page = required(GoogleEventMapping::eventsPage(body, kPrimary));
    CHECK(page.nextPageToken == QStringLiteral("next+page/="));
    CHECK(page.nextSyncToken.isEmpty());
    REQUIRE(page.events.size() == 3);
    CHECK(page.events[0].startsAt == QDateTime(QDate(2026, 11, 20), QTime(8, 30), QTimeZone::utc()));
    CHECK(page.events[0].updatedAt == QDateTime(QDate(2026, 11, 1), QTime(10, 0, 0, 123), QTimeZone::utc()));
    CHECK(page.events[0].source == QStringLiteral("google"));
    CHECK(page.events[1].status == QStringLiteral("tentative"));
    CHECK(page.events[1].title.isEmpty());
    CHECK(page.events[1].timeZone == QStringLiteral("Europe/Berlin")); // the calendar's zone
    CHECK(page.events[2].allDay);
    CHECK(page.events[2].endDate == QDate(2026, 12, 26));
    CHECK(page.cancelledIds == QStringList{QStringLiteral("x1")});
    CHECK(page.unreadableIds == QStringList{QStringLiteral("bad")});

    CHECK_FALSE(GoogleEventMapping::eventsPage(R"({"items":[{"id":"a")", kPrimary).ok());
    CHECK_FALSE(GoogleEventMapping::eventsPage(R"({"items":{}})", kPrimary).ok());
    CHECK(GoogleEventMapping::errorReasons(R"({"error":{"code":410,"errors":[{"reason":"fullSyncRequired"}]}})")
          == QStringList{QStringLiteral("fullSyncRequired")});
}
