#include "support/QtStringMakers.h"
#include "sync/SyncSchedule.h"

#include <catch2/catch.hpp>

using namespace lifeos;

namespace {

constexpr qint64 kMinute = 60 * 1000;
const QDateTime kNow(QDate(2026, 11, 20), QTime(8, 0), Qt::UTC);

Error networkError()
{
    return Error{ErrorCode::Network, QStringLiteral("Oura could not be reached.")};
}

qint64 delayOf(const QDateTime &next)
{
    return kNow.msecsTo(next);
}

} // namespace

TEST_CASE("a success schedules the next run one interval later")
{
    SyncSchedule schedule({.intervalMs = 30 * kMinute}, [] { return 0.5; });
    CHECK(delayOf(schedule.afterSuccess(kNow)) == 30 * kMinute);
    CHECK(schedule.consecutiveFailures() == 0);
}

TEST_CASE("failures back off 1, 2, 4, 8 minutes times the jitter factor")
{
    const auto [random, factor] = GENERATE(table<double, double>({{0.0, 0.5}, {0.5, 1.0}, {0.999, 1.499}}));
    SyncSchedule schedule({.intervalMs = 6 * 60 * kMinute}, [random] { return random; });
    QList<qint64> delays;
    for (int i = 0; i < 5; ++i)
        delays.append(delayOf(schedule.afterFailure(networkError(), kNow)));
    QList<qint64> expected;
    for (qint64 minutes : {1, 2, 4, 8, 16})
        expected.append(qint64(double(minutes * kMinute) * factor));
    INFO("random " << random);
    CHECK(delays == expected);
    CHECK(schedule.consecutiveFailures() == 5);
}

TEST_CASE("the backoff never exceeds the interval nor six hours")
{
    SECTION("capped by a short interval")
    {
        SyncSchedule schedule({.intervalMs = 5 * kMinute}, [] { return 0.999; });
        QList<qint64> delays;
        for (int i = 0; i < 6; ++i)
            delays.append(delayOf(schedule.afterFailure(networkError(), kNow)));
        // 1.5, 3, then 6 and more would pass the 5-minute interval.
        CHECK(delays == QList<qint64>{qint64(kMinute * 1.499), qint64(2 * kMinute * 1.499), 5 * kMinute,
                                      5 * kMinute, 5 * kMinute, 5 * kMinute});
    }
    SECTION("capped at six hours with a daily interval, even after many failures")
    {
        SyncSchedule schedule({.intervalMs = 24 * 60 * kMinute}, [] { return 0.999; });
        qint64 last = 0;
        for (int i = 0; i < 200; ++i)
            last = delayOf(schedule.afterFailure(networkError(), kNow));
        CHECK(last == 6 * 60 * kMinute);
    }
}

TEST_CASE("a 429 Retry-After is a floor under the backoff")
{
    SyncSchedule schedule({.intervalMs = 30 * kMinute}, [] { return 0.0; });
    Error limited{ErrorCode::RateLimited, QStringLiteral("Oura asks to wait."), 429, 10 * kMinute};
    CHECK(delayOf(schedule.afterFailure(limited, kNow)) == 10 * kMinute); // backoff alone: 30 s
    // Above the cap too: the server's word wins over the interval.
    limited.retryAfterMs = 2 * 60 * kMinute;
    CHECK(delayOf(schedule.afterFailure(limited, kNow)) == 2 * 60 * kMinute);
    // A short Retry-After does not shorten the backoff (third failure: 4 min × 0.5).
    limited.retryAfterMs = 1000;
    CHECK(delayOf(schedule.afterFailure(limited, kNow)) == 2 * kMinute);
}

TEST_CASE("an auth failure waits for the user: no next run")
{
    SyncSchedule schedule({.intervalMs = 30 * kMinute}, [] { return 0.5; });
    CHECK(schedule.afterFailure(Error{ErrorCode::AuthFailed, QStringLiteral("Connect again.")}, kNow).isNull());
    // After reconnecting the schedule carries on normally.
    CHECK(delayOf(schedule.afterSuccess(kNow)) == 30 * kMinute);
}

TEST_CASE("a success resets the backoff to its first step")
{
    SyncSchedule schedule({.intervalMs = 6 * 60 * kMinute}, [] { return 0.5; });
    for (int i = 0; i < 4; ++i)
        (void)schedule.afterFailure(networkError(), kNow);
    CHECK(schedule.consecutiveFailures() == 4);
    (void)schedule.afterSuccess(kNow);
    CHECK(schedule.consecutiveFailures() == 0);
    CHECK(delayOf(schedule.afterFailure(networkError(), kNow)) == kMinute);
}

TEST_CASE("the default random jitter stays within half to one and a half of the step")
{
    for (int i = 0; i < 100; ++i) {
        SyncSchedule fresh({.intervalMs = 6 * 60 * kMinute});
        const qint64 delay = delayOf(fresh.afterFailure(networkError(), kNow));
        CHECK(delay >= kMinute / 2);
        CHECK(delay < kMinute * 3 / 2);
    }
}
