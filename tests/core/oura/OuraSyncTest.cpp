#include "oura/OuraSync.h"

#include "FakeAccessTokenSource.h"
#include "FakeOuraServer.h"
#include "StorageTestSupport.h"
#include "net/AuthorizedHttp.h"
#include "net/HttpClient.h"
#include "support/TempDataDir.h"
#include "sync/SyncStateRepository.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTimeZone>

#include <catch2/catch.hpp>

#include <atomic>
#include <mutex>

using namespace lifeos;

namespace {

const QDate kToday(2024, 3, 31);
const QTimeZone kZone(2 * 3600);

RetryPolicy quickRetries()
{
    RetryPolicy policy;
    policy.maxAttempts = 3;
    policy.initialBackoffMs = 5;
    policy.maxBackoffMs = 20;
    policy.maxRetryAfterMs = 2000;
    return policy;
}

FakeOuraServer::Options serverOptions(int pageSize)
{
    FakeOuraServer::Options options;
    options.first = QDate(2023, 11, 1);
    options.last = kToday.addDays(3); // data after "today" must not leak into the database
    options.pageSize = pageSize;
    return options;
}

// One database, one fake Oura and the real HTTP stack between them.
class Harness
{
public:
    explicit Harness(int pageSize = 3)
        : server(serverOptions(pageSize))
    {
        server.acceptToken("test-token-2");
        server.acceptToken("test-token-3");
    }

    OuraSync::Config config(int windowDays = 10) const
    {
        OuraSync::Config config;
        config.apiBaseUrl = server.baseUrl();
        config.windowDays = windowDays;
        return config;
    }

    Result<SyncOutcome>
    run(const OuraSync::Config &config, const SyncRequest &request, std::function<void(int, int)> progress = {})
    {
        SyncContext
            context{*db, authorized, kToday, QDateTime::currentDateTimeUtc(), kZone, &cancel, std::move(progress)};
        OuraSync sync(config);
        return sync.run(request, context);
    }

    Result<SyncOutcome> backfill(int days, int windowDays = 10)
    {
        SyncRequest request;
        request.mode = SyncRequest::Mode::Backfill;
        request.backfillDays = days;
        return run(config(windowDays), request);
    }

    sqlite3 *handle() const { return db->handle(); }

    TempDataDir dir;
    std::unique_ptr<Database> db = testsupport::openDatabase(dir.databasePath());
    FakeOuraServer server;
    QNetworkAccessManager network;
    HttpClient http{network, quickRetries()};
    FakeAccessTokenSource tokens{QByteArrayLiteral("test-token")};
    AuthorizedHttp authorized{http, tokens};
    std::atomic_bool cancel{false};
};

QStringList metricDump(sqlite3 *handle, const QDate &from = {}, const QDate &to = {})
{
    QString sql = QStringLiteral("SELECT external_id, name, day, value, unit, instant FROM metrics "
                                 "WHERE source = 'oura'");
    if (from.isValid())
        sql +=
            QStringLiteral(" AND day BETWEEN '%1' AND '%2'").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    return testsupport::rows(handle, sql + QStringLiteral(" ORDER BY external_id"));
}

QStringList workoutDump(sqlite3 *handle, const QDate &from = {}, const QDate &to = {})
{
    QString sql = QStringLiteral("SELECT external_id, activity, day, started_at, duration_min, distance_km, calories, "
                                 "notes FROM workouts WHERE source = 'oura'");
    if (from.isValid())
        sql +=
            QStringLiteral(" AND day BETWEEN '%1' AND '%2'").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    return testsupport::rows(handle, sql + QStringLiteral(" ORDER BY external_id"));
}

QString real(double value)
{
    return QStringLiteral("r:%1").arg(value, 0, 'g', 17);
}

// What the database must hold for the days from..to, computed from the fake's own record of what it generated.
QStringList expectedMetrics(const FakeOuraServer &server, const QDate &from, const QDate &to)
{
    QStringList rows;
    auto add = [&](const QString &name, const QDate &day, double value, const QString &unit) {
        const QString dayText = day.toString(Qt::ISODate);
        rows << QStringLiteral("t:%1:%2 | t:%1 | t:%2 | %3 | t:%4 | null").arg(name, dayText, real(value), unit);
    };
    for (QDate date = from; date <= to; date = date.addDays(1)) {
        const FakeOuraServer::Day *day = server.day(date);
        REQUIRE(day);
        if (day->sleepScore)
            add(QStringLiteral("sleep_score"), date, *day->sleepScore, QString());
        if (day->readiness)
            add(QStringLiteral("readiness"), date, *day->readiness, QString());
        add(QStringLiteral("steps"), date, day->steps, QStringLiteral("steps"));
        if (const FakeOuraServer::SleepPeriod *night = day->mainSleep()) {
            add(QStringLiteral("sleep"), date, night->totalSleepSeconds / 3600.0, QStringLiteral("h"));
            if (night->averageHrv)
                add(QStringLiteral("hrv"), date, *night->averageHrv, QStringLiteral("ms"));
            add(QStringLiteral("resting_hr"), date, night->lowestHeartRate, QStringLiteral("bpm"));
        }
    }
    rows.sort();
    return rows;
}

QStringList expectedWorkouts(const FakeOuraServer &server, const QDate &from, const QDate &to)
{
    QStringList rows;
    for (QDate date = from; date <= to; date = date.addDays(1)) {
        for (const FakeOuraServer::WorkoutDocument &workout : server.day(date)->workouts) {
            rows << QStringLiteral("t:%1 | t:%2 | t:%3 | t:%4 | %5 | %6 | %7 | t:")
                        .arg(workout.id,
                             workout.activity.toLower(),
                             date.toString(Qt::ISODate),
                             workout.start.toUTC().toString(Qt::ISODateWithMs),
                             real(workout.start.secsTo(workout.end) / 60.0),
                             workout.distanceMetres ? real(*workout.distanceMetres / 1000.0) : QStringLiteral("null"),
                             real(workout.calories));
        }
    }
    rows.sort();
    return rows;
}

QStringList sorted(QStringList rows)
{
    rows.sort();
    return rows;
}

void checkHolds(Harness &harness, const QDate &from, const QDate &to)
{
    CHECK(sorted(metricDump(harness.handle())) == expectedMetrics(harness.server, from, to));
    CHECK(sorted(workoutDump(harness.handle())) == expectedWorkouts(harness.server, from, to));
}

QString cursorOf(Harness &harness)
{
    SyncStateRepository states(*harness.db);
    auto state = states.get(QStringLiteral("oura"));
    REQUIRE(state.ok());
    return *state ? (*state)->cursor : QString();
}

} // namespace

TEST_CASE("a backfill follows next_token through every page and stores one value per metric and day")
{
    Harness harness(3);
    auto outcome = harness.backfill(35);
    REQUIRE(outcome.ok());
    const QDate from = kToday.addDays(-34);
    checkHolds(harness, from, kToday);
    CHECK(cursorOf(harness) == QStringLiteral("2024-03-31"));

    // Pages of 3 over 12-day requests: every collection needed several pages, each asked with its next_token.
    for (const QString &collection : {QStringLiteral("daily_sleep"),
                                      QStringLiteral("sleep"),
                                      QStringLiteral("daily_activity"),
                                      QStringLiteral("daily_readiness"),
                                      QStringLiteral("workout")}) {
        const QList<FakeHttpRequest> requests = harness.server.requestsFor(collection);
        int continued = 0;
        for (const FakeHttpRequest &request : requests)
            continued += FakeOuraServer::queryValue(request, QStringLiteral("next_token")).isEmpty() ? 0 : 1;
        INFO(collection.toStdString());
        CHECK(continued >= 3);
        CHECK(requests.size() > 4);
    }
    CHECK(harness.server.http().unscriptedCount() == 0);
    CHECK(outcome->itemsChanged == metricDump(harness.handle()).size() + workoutDump(harness.handle()).size());
}

TEST_CASE("the long sleep wins over naps, rest periods and split nights, also across pages")
{
    const int pageSize = GENERATE(1, 2, 50);
    Harness harness(pageSize);
    REQUIRE(harness.backfill(120, 30).ok());
    const QDate from = kToday.addDays(-119);

    // The generated days must hold the hard cases, or this test proves nothing.
    int napFirst = 0, rest = 0, split = 0, napOnly = 0;
    for (QDate date = from; date <= kToday; date = date.addDays(1)) {
        const FakeOuraServer::Day *day = harness.server.day(date);
        int longSleeps = 0;
        for (const FakeOuraServer::SleepPeriod &period : day->sleeps) {
            longSleeps += period.type == u"long_sleep" ? 1 : 0;
            rest += period.type == u"rest" ? 1 : 0;
        }
        split += longSleeps > 1 ? 1 : 0;
        napFirst += !day->sleeps.isEmpty() && day->sleeps.first().type == u"late_nap" && day->mainSleep() ? 1 : 0;
        napOnly += !day->sleeps.isEmpty() && !day->mainSleep() ? 1 : 0;
    }
    CHECK(napFirst > 0);
    CHECK(rest > 0);
    CHECK(split > 0);
    CHECK(napOnly > 0);

    const QStringList expected = expectedMetrics(harness.server, from, kToday);
    CHECK(sorted(metricDump(harness.handle())) == expected);
    // One sleep value per day at most.
    CHECK(testsupport::rows(harness.handle(),
                            QStringLiteral("SELECT day FROM metrics WHERE name = 'sleep' "
                                           "GROUP BY day HAVING count(*) > 1"))
              .isEmpty());
}

TEST_CASE("windows ask a day more on each side, so no last day is missed and no outside day is written")
{
    Harness harness(4);
    REQUIRE(harness.backfill(25, 7).ok());
    const QDate from = kToday.addDays(-24);
    checkHolds(harness, from, kToday);
    CHECK(testsupport::scalar(harness.handle(), QStringLiteral("SELECT min(day) FROM metrics"))
          == QStringLiteral("t:") + from.toString(Qt::ISODate));
    CHECK(testsupport::scalar(harness.handle(), QStringLiteral("SELECT max(day) FROM metrics"))
          == QStringLiteral("t:") + kToday.toString(Qt::ISODate));

    // Windows of 7 days from `from`: the first pages ask first-1 .. last+1.
    QStringList asked;
    for (const FakeHttpRequest &request : harness.server.requestsFor(QStringLiteral("sleep"))) {
        if (FakeOuraServer::queryValue(request, QStringLiteral("next_token")).isEmpty())
            asked << FakeOuraServer::queryValue(request, QStringLiteral("start_date")) + u'/'
                         + FakeOuraServer::queryValue(request, QStringLiteral("end_date"));
    }
    CHECK(asked
          == QStringList{QStringLiteral("2024-03-06/2024-03-14"),
                         QStringLiteral("2024-03-13/2024-03-21"),
                         QStringLiteral("2024-03-20/2024-03-28"),
                         QStringLiteral("2024-03-27/2024-04-01")});
}

TEST_CASE("a 401 refreshes the token once and the sync carries on with the new one")
{
    Harness harness(3);
    FakeOuraServer::FaultRule rule;
    rule.fault = FakeOuraServer::Fault::Unauthorized;
    rule.collection = QStringLiteral("sleep");
    rule.page = 2;
    harness.server.addFault(rule);
    REQUIRE(harness.backfill(20).ok());
    CHECK(harness.tokens.refreshes() == 1);
    CHECK(harness.server.faultsServed() == 1);
    checkHolds(harness, kToday.addDays(-19), kToday);
    const QList<FakeHttpRequest> requests = harness.server.http().requests();
    CHECK(requests.first().header("Authorization") == "Bearer test-token");
    CHECK(requests.last().header("Authorization") == "Bearer test-token-2");
}

TEST_CASE("a 401 after the refresh fails with AuthFailed and tells the user to connect again")
{
    Harness harness(3);
    FakeOuraServer::FaultRule rule;
    rule.fault = FakeOuraServer::Fault::Unauthorized;
    rule.collection = QStringLiteral("daily_activity");
    rule.times = 2;
    harness.server.addFault(rule);
    auto outcome = harness.backfill(20);
    REQUIRE_FALSE(outcome.ok());
    CHECK(outcome.error().code == ErrorCode::AuthFailed);
    CHECK(outcome.error().httpStatus == 401);
    CHECK(outcome.error().message.contains(QStringLiteral("Settings")));
    CHECK(harness.tokens.refreshes() == 1);
    CHECK(metricDump(harness.handle()).isEmpty()); // the first window had not been written yet
    CHECK(cursorOf(harness).isEmpty());
}

TEST_CASE("a 429 with Retry-After is waited out and the sync completes")
{
    Harness harness(3);
    FakeOuraServer::FaultRule rule;
    rule.fault = FakeOuraServer::Fault::RateLimited;
    rule.collection = QStringLiteral("daily_readiness");
    rule.retryAfterSeconds = 1;
    harness.server.addFault(rule);
    QElapsedTimer timer;
    timer.start();
    REQUIRE(harness.backfill(12).ok());
    CHECK(timer.elapsed() >= 950); // the wait happened (a lower bound only)
    CHECK(harness.server.faultsServed() == 1);
    checkHolds(harness, kToday.addDays(-11), kToday);
}

TEST_CASE("5xx answers are retried and the sync completes")
{
    const int status = GENERATE(500, 502, 503);
    Harness harness(3);
    FakeOuraServer::FaultRule rule;
    rule.fault = FakeOuraServer::Fault::ServerError;
    rule.status = status;
    rule.collection = QStringLiteral("workout");
    rule.times = 2; // the third attempt gets through
    harness.server.addFault(rule);
    REQUIRE(harness.backfill(12).ok());
    CHECK(harness.server.faultsServed() == 2);
    checkHolds(harness, kToday.addDays(-11), kToday);
}

TEST_CASE("an unreadable page fails with BadResponse naming the collection and writes nothing of its window")
{
    const auto fault = GENERATE(FakeOuraServer::Fault::MalformedJson, FakeOuraServer::Fault::NoDataArray);
    Harness harness(3);
    // Windows of 10 days over 30: the fault hits page 2 of sleep in the second window, every time.
    const QDate from = kToday.addDays(-29);
    FakeOuraServer::FaultRule rule;
    rule.fault = fault;
    rule.collection = QStringLiteral("sleep");
    rule.page = 2;
    rule.coveringDay = from.addDays(15);
    rule.times = -1;
    harness.server.addFault(rule);
    auto outcome = harness.backfill(30);
    REQUIRE_FALSE(outcome.ok());
    CHECK(outcome.error().code == ErrorCode::BadResponse);
    CHECK(outcome.error().message.contains(QStringLiteral("sleep")));

    // The first window is whole; of the second (and later) nothing, not even the daily_sleep read before.
    CHECK(sorted(metricDump(harness.handle())) == expectedMetrics(harness.server, from, from.addDays(9)));
    CHECK(sorted(workoutDump(harness.handle())) == expectedWorkouts(harness.server, from, from.addDays(9)));
    CHECK(cursorOf(harness).isEmpty());

    harness.server.clearFaults();
    REQUIRE(harness.backfill(30).ok());
    checkHolds(harness, from, kToday);
}

TEST_CASE("a connection cut in the middle of a page leaves whole windows only")
{
    Harness harness(3);
    const QDate from = kToday.addDays(-29);
    SECTION("a cut that persists fails the run after the retries, keeping the windows before it")
    {
        FakeOuraServer::FaultRule rule;
        rule.fault = FakeOuraServer::Fault::CutMidPage;
        rule.collection = QStringLiteral("workout");
        rule.page = 1;
        rule.coveringDay = from.addDays(25);
        rule.times = -1;
        harness.server.addFault(rule);
        auto outcome = harness.backfill(30);
        REQUIRE_FALSE(outcome.ok());
        CHECK(outcome.error().code == ErrorCode::Network);
        CHECK(harness.server.faultsServed() == 3); // every attempt of the retry policy was cut
        // Counts per window: the first two are complete, the third has nothing.
        for (int window = 0; window < 3; ++window) {
            const QDate first = from.addDays(window * 10);
            const QDate last = first.addDays(9);
            INFO("window " << window);
            if (window < 2) {
                CHECK(metricDump(harness.handle(), first, last) == expectedMetrics(harness.server, first, last));
                CHECK(workoutDump(harness.handle(), first, last) == expectedWorkouts(harness.server, first, last));
            } else {
                CHECK(metricDump(harness.handle(), first, last).isEmpty());
                CHECK(workoutDump(harness.handle(), first, last).isEmpty());
            }
        }
    }
    SECTION("a single cut is retried and nothing is lost")
    {
        FakeOuraServer::FaultRule rule;
        rule.fault = FakeOuraServer::Fault::CutMidPage;
        rule.collection = QStringLiteral("sleep");
        rule.page = 2;
        harness.server.addFault(rule);
        REQUIRE(harness.backfill(30).ok());
        CHECK(harness.server.faultsServed() == 1);
        checkHolds(harness, from, kToday);
    }
}

TEST_CASE("a rerun after any fault holds exactly the rows of a clean run, with no duplicate")
{
    Harness clean(4);
    REQUIRE(clean.backfill(40, 9).ok());
    const QStringList cleanMetrics = metricDump(clean.handle());
    const QStringList cleanWorkouts = workoutDump(clean.handle());
    REQUIRE(cleanMetrics.size() > 100);

    const auto fault = GENERATE(FakeOuraServer::Fault::Unauthorized,
                                FakeOuraServer::Fault::RateLimited,
                                FakeOuraServer::Fault::ServerError,
                                FakeOuraServer::Fault::MalformedJson,
                                FakeOuraServer::Fault::NoDataArray,
                                FakeOuraServer::Fault::CutMidPage);
    const QString collection = GENERATE(QStringLiteral("sleep"), QStringLiteral("workout"));
    Harness harness(4);
    REQUIRE(harness.backfill(15, 9).ok()); // an earlier, shorter sync: the rerun overlaps it
    FakeOuraServer::FaultRule rule;
    rule.fault = fault;
    rule.collection = collection;
    rule.coveringDay = kToday.addDays(-20);
    rule.times = -1;
    rule.retryAfterSeconds = 3; // above maxRetryAfterMs: RateLimited at once, no wait
    harness.server.addFault(rule);
    INFO("fault " << int(fault) << " on " << collection.toStdString());
    auto failed = harness.backfill(40, 9);
    CHECK_FALSE(failed.ok());
    harness.server.clearFaults();
    auto rerun = harness.backfill(40, 9);
    REQUIRE(rerun.ok());
    CHECK(metricDump(harness.handle()) == cleanMetrics);
    CHECK(workoutDump(harness.handle()) == cleanWorkouts);
    CHECK(testsupport::rows(harness.handle(),
                            QStringLiteral("SELECT name, day FROM metrics GROUP BY name, day "
                                           "HAVING count(*) > 1"))
              .isEmpty());
}

TEST_CASE("backfill progress counts windows times collections and reaches the total")
{
    const bool heartrate = GENERATE(false, true);
    Harness harness(200);
    // 3 windows either way (10 + 10 + 5 days, or 2 + 2 + 1 with the bulky heart rate).
    OuraSync::Config config = harness.config(heartrate ? 2 : 10);
    config.heartrate = heartrate;
    SyncRequest request;
    request.mode = SyncRequest::Mode::Backfill;
    request.backfillDays = heartrate ? 5 : 25;
    QList<std::pair<int, int>> reports;
    REQUIRE(harness.run(config, request, [&](int done, int total) { reports.append({done, total}); }).ok());
    const int total = 3 * (heartrate ? 6 : 5);
    REQUIRE(reports.size() == total + 1);
    for (int i = 0; i < reports.size(); ++i) {
        CHECK(reports.at(i).first == i);
        CHECK(reports.at(i).second == total);
    }
}

TEST_CASE("the optional heart rate collection stores every 5-minute sample of the window with its instant")
{
    Harness harness(100);
    OuraSync::Config config = harness.config(1);
    config.heartrate = true;
    SyncRequest request;
    request.mode = SyncRequest::Mode::Backfill;
    request.backfillDays = 2;
    REQUIRE(harness.run(config, request).ok());
    CHECK(
        testsupport::scalar(harness.handle(), QStringLiteral("SELECT count(*) FROM metrics WHERE name = 'heart_rate'"))
        == QStringLiteral("i:576"));
    // The first sample of the window is local midnight of its first day, stored in UTC.
    CHECK(testsupport::scalar(harness.handle(),
                              QStringLiteral("SELECT min(instant) || ' ' || min(day) FROM metrics "
                                             "WHERE name = 'heart_rate'"))
          == QStringLiteral("t:2024-03-29T22:00:00.000Z 2024-03-30"));
    // A rerun changes nothing.
    auto again = harness.run(config, request);
    REQUIRE(again.ok());
    CHECK(again->itemsChanged == 0);
}

TEST_CASE("cancelling stops between requests with Cancelled and keeps whole windows only")
{
    Harness harness(3);
    SyncRequest request;
    request.mode = SyncRequest::Mode::Backfill;
    request.backfillDays = 30;
    int requestsAtCancel = -1;
    auto outcome = harness.run(harness.config(10), request, [&](int done, int) {
        if (done == 7) { // the second window's sleep collection is in; stop before daily_activity
            harness.cancel = true;
            requestsAtCancel = harness.server.http().requestCount();
        }
    });
    REQUIRE_FALSE(outcome.ok());
    CHECK(outcome.error().code == ErrorCode::Cancelled);
    CHECK(harness.server.http().requestCount() == requestsAtCancel);
    const QDate from = kToday.addDays(-29);
    CHECK(sorted(metricDump(harness.handle())) == expectedMetrics(harness.server, from, from.addDays(9)));
    CHECK(cursorOf(harness).isEmpty());
}

TEST_CASE("an incremental run starts incrementalDays before the cursor, or firstRunDays back the first time")
{
    Harness harness(50);
    OuraSync::Config config = harness.config(30);
    config.firstRunDays = 5;
    config.incrementalDays = 3;
    auto firstAsked = [&]() -> QString {
        const QList<FakeHttpRequest> requests = harness.server.requestsFor(QStringLiteral("daily_sleep"));
        REQUIRE_FALSE(requests.isEmpty());
        return FakeOuraServer::queryValue(requests.first(), QStringLiteral("start_date")) + u'/'
               + FakeOuraServer::queryValue(requests.last(), QStringLiteral("end_date"));
    };

    REQUIRE(harness.run(config, SyncRequest{}).ok());
    CHECK(firstAsked() == QStringLiteral("2024-03-26/2024-04-01")); // days 27..31, padded
    checkHolds(harness, QDate(2024, 3, 27), kToday);
    CHECK(cursorOf(harness) == QStringLiteral("2024-03-31"));

    SyncStateRepository states(*harness.db);
    REQUIRE(states.setCursor(QStringLiteral("oura"), QStringLiteral("2024-03-10")).ok());
    const int before = int(harness.server.requestsFor(QStringLiteral("daily_sleep")).size());
    REQUIRE(harness.run(config, SyncRequest{}).ok());
    const QList<FakeHttpRequest> requests = harness.server.requestsFor(QStringLiteral("daily_sleep"));
    REQUIRE(requests.size() > before);
    CHECK(FakeOuraServer::queryValue(requests.at(before), QStringLiteral("start_date"))
          == QStringLiteral("2024-03-07")); // from = cursor - 3 + 1 = 8 March, padded by one
    CHECK(FakeOuraServer::queryValue(requests.last(), QStringLiteral("end_date")) == QStringLiteral("2024-04-01"));
    checkHolds(harness, QDate(2024, 3, 8), kToday);
    CHECK(cursorOf(harness) == QStringLiteral("2024-03-31"));
}

TEST_CASE("itemsChanged counts rows inserted, updated or removed, and an unchanged rerun changes nothing")
{
    Harness harness(20);
    auto first = harness.backfill(20);
    REQUIRE(first.ok());
    const int stored = int(metricDump(harness.handle()).size() + workoutDump(harness.handle()).size());
    CHECK(first->itemsChanged == stored);

    auto again = harness.backfill(20);
    REQUIRE(again.ok());
    CHECK(again->itemsChanged == 0);

    // A value edited behind the sync's back, a row deleted, and a stale Oura row Oura no longer has.
    testsupport::exec(harness.handle(),
                      QStringLiteral("UPDATE metrics SET value = value + 1 WHERE external_id = "
                                     "'steps:2024-03-20'"));
    testsupport::exec(harness.handle(),
                      QStringLiteral("DELETE FROM metrics WHERE external_id = 'readiness:2024-03-21' "
                                     "OR external_id = 'steps:2024-03-21'"));
    testsupport::exec(
        harness.handle(),
        QStringLiteral("INSERT INTO workouts (activity, day, source, external_id, created_at, updated_at) "
                       "VALUES ('run', '2024-03-22', 'oura', 'gone-from-oura', 'x', 'x')"));
    const bool readinessExisted = harness.server.day(QDate(2024, 3, 21))->readiness.has_value();
    auto repaired = harness.backfill(20);
    REQUIRE(repaired.ok());
    CHECK(repaired->itemsChanged == 3 + (readinessExisted ? 1 : 0));
    checkHolds(harness, kToday.addDays(-19), kToday);
}
