#include "oura/OuraCollection.h"
#include "oura/OuraWindowData.h"
#include "support/QtStringMakers.h"

#include <QTimeZone>
#include <QUrlQuery>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace lifeos;

namespace {

const QDate kFirst(2024, 3, 1);
const QDate kLast(2024, 3, 10);
const QTimeZone kZone(2 * 3600);

QByteArray pageOf(const QByteArray &documents, const QByteArray &nextToken = "null")
{
    return "{\"data\":[" + documents + "],\"next_token\":" + nextToken + "}";
}

QByteArray sleepDocument(const char *id,
                         const char *type,
                         int totalSeconds,
                         const char *hrv = "50",
                         const char *day = "2024-03-05")
{
    return QByteArray("{\"id\":\"") + id + "\",\"type\":\"" + type + "\",\"day\":\"" + day
           + "\",\"total_sleep_duration\":" + QByteArray::number(totalSeconds) + ",\"average_hrv\":" + hrv
           + ",\"lowest_heart_rate\":" + QByteArray::number(40 + totalSeconds % 17)
           + ",\"bedtime_start\":\"2024-03-04T23:00:00+02:00\",\"bedtime_end\":\"2024-03-05T07:00:00+02:00\"}";
}

std::optional<Metric> metricNamed(const QList<Metric> &metrics, const QString &name, const QDate &day)
{
    for (const Metric &metric : metrics) {
        if (metric.name == name && metric.day == day)
            return metric;
    }
    return std::nullopt;
}

} // namespace

TEST_CASE("daily scores and steps become one metric per day with the catalog's names and units")
{
    OuraWindowData data(kFirst, kLast, kZone);
    REQUIRE(data.addPage(OuraCollection::DailySleep,
                         pageOf(R"({"id":"a","day":"2024-03-02","score":81,"timestamp":"2024-03-02T00:00:00+02:00"},)"
                                R"({"id":"b","day":"2024-03-03","score":null})"))
                .ok());
    REQUIRE(data.addPage(OuraCollection::DailyReadiness, pageOf(R"({"id":"c","day":"2024-03-02","score":77})")).ok());
    REQUIRE(data.addPage(OuraCollection::DailyActivity,
                         pageOf(R"({"id":"d","day":"2024-03-02","steps":10432,"active_calories":512})"))
                .ok());
    const QList<Metric> metrics = data.metrics();
    REQUIRE(metrics.size() == 3); // the null score is skipped, not stored as 0

    const auto score = metricNamed(metrics, QStringLiteral("sleep_score"), QDate(2024, 3, 2));
    REQUIRE(score);
    CHECK(score->value == 81);
    CHECK(score->unit == QString());
    CHECK(score->source == QStringLiteral("oura"));
    CHECK(score->externalId == QStringLiteral("sleep_score:2024-03-02"));
    CHECK(score->instant.isNull());
    const auto readiness = metricNamed(metrics, QStringLiteral("readiness"), QDate(2024, 3, 2));
    REQUIRE(readiness);
    CHECK(readiness->value == 77);
    CHECK(readiness->externalId == QStringLiteral("readiness:2024-03-02"));
    const auto steps = metricNamed(metrics, QStringLiteral("steps"), QDate(2024, 3, 2));
    REQUIRE(steps);
    CHECK(steps->value == 10432);
    CHECK(steps->unit == QStringLiteral("steps"));
    CHECK_FALSE(metricNamed(metrics, QStringLiteral("sleep_score"), QDate(2024, 3, 3)));
}

TEST_CASE("the long sleep wins over naps, rest and shorter sleeps whatever the order and the pages")
{
    // Periods of one day: the 7 h long sleep must win; the rest period is longer but never the night.
    const QList<QByteArray> periods = {
        sleepDocument("nap", "late_nap", 5400, "70"),
        sleepDocument("split", "long_sleep", 3 * 3600, "60"),
        sleepDocument("night", "long_sleep", 7 * 3600, "45"),
        sleepDocument("short", "sleep", 2 * 3600, "66"),
        sleepDocument("rest", "rest", 11 * 3600, "80"),
        sleepDocument("gone", "deleted", 12 * 3600, "90"),
    };
    const int rotation = GENERATE(0, 1, 2, 3, 4, 5);
    const int perPage = GENERATE(1, 2, 6);
    QList<QByteArray> ordered = periods;
    std::rotate(ordered.begin(), ordered.begin() + rotation, ordered.end());
    if (rotation % 2)
        std::reverse(ordered.begin(), ordered.end());

    OuraWindowData data(kFirst, kLast, kZone);
    for (qsizetype i = 0; i < ordered.size(); i += perPage)
        REQUIRE(data.addPage(OuraCollection::Sleep, pageOf(ordered.mid(i, perPage).join(','))).ok());

    const QList<Metric> metrics = data.metrics();
    INFO("rotation " << rotation << ", " << perPage << " per page");
    REQUIRE(metrics.size() == 3);
    const auto hours = metricNamed(metrics, QStringLiteral("sleep"), QDate(2024, 3, 5));
    REQUIRE(hours);
    CHECK(hours->value == Approx(7.0));
    CHECK(hours->unit == QStringLiteral("h"));
    CHECK(hours->externalId == QStringLiteral("sleep:2024-03-05"));
    const auto hrv = metricNamed(metrics, QStringLiteral("hrv"), QDate(2024, 3, 5));
    REQUIRE(hrv);
    CHECK(hrv->value == 45);
    CHECK(hrv->unit == QStringLiteral("ms"));
    const auto resting = metricNamed(metrics, QStringLiteral("resting_hr"), QDate(2024, 3, 5));
    REQUIRE(resting);
    CHECK(resting->value == 40 + (7 * 3600) % 17);
    CHECK(resting->unit == QStringLiteral("bpm"));
}

TEST_CASE("a day with naps only has no sleep value, and a sleep period counts when there is no long sleep")
{
    OuraWindowData data(kFirst, kLast, kZone);
    REQUIRE(data.addPage(OuraCollection::Sleep,
                         pageOf(sleepDocument("nap", "late_nap", 3600, "50", "2024-03-04") + ','
                                + sleepDocument("rest", "rest", 5 * 3600, "50", "2024-03-04") + ','
                                + sleepDocument("s", "sleep", 4 * 3600, "null", "2024-03-06")))
                .ok());
    const QList<Metric> metrics = data.metrics();
    CHECK_FALSE(metricNamed(metrics, QStringLiteral("sleep"), QDate(2024, 3, 4)));
    const auto hours = metricNamed(metrics, QStringLiteral("sleep"), QDate(2024, 3, 6));
    REQUIRE(hours);
    CHECK(hours->value == Approx(4.0));
    CHECK_FALSE(metricNamed(metrics, QStringLiteral("hrv"), QDate(2024, 3, 6))); // null HRV: skipped
    CHECK(metrics.size() == 2);                                                  // sleep and resting_hr of the 6th
}

TEST_CASE("a workout keeps its Oura id, a lower-case activity, minutes, kilometres, calories and a UTC start")
{
    OuraWindowData data(kFirst, kLast, kZone);
    REQUIRE(data.addPage(OuraCollection::Workout,
                         pageOf(R"({"id":"w-1","activity":"strengthTraining","calories":210.5,"day":"2024-03-05",)"
                                R"("distance":null,"end_datetime":"2024-03-05T08:15:30+02:00","intensity":"hard",)"
                                R"("label":null,"source":"manual","start_datetime":"2024-03-05T07:30:00+02:00"},)"
                                R"({"id":"w-2","activity":"running","calories":null,"day":"2024-03-06",)"
                                R"("distance":5230,"end_datetime":"2024-03-06T19:30:00+02:00","intensity":"easy",)"
                                R"("label":"Evening loop","source":"autodetected",)"
                                R"("start_datetime":"2024-03-06T19:00:00+02:00"})"))
                .ok());
    QList<Workout> workouts = data.workouts();
    REQUIRE(workouts.size() == 2);
    std::sort(workouts.begin(), workouts.end(), [](const Workout &a, const Workout &b) {
        return a.externalId < b.externalId;
    });
    const Workout &gym = workouts.at(0);
    CHECK(gym.externalId == QStringLiteral("w-1"));
    CHECK(gym.source == QStringLiteral("oura"));
    CHECK(gym.activity == QStringLiteral("strengthtraining"));
    CHECK(gym.day == QDate(2024, 3, 5));
    CHECK(gym.startedAt == QDateTime(QDate(2024, 3, 5), QTime(5, 30), QTimeZone::utc()));
    CHECK(gym.startedAt.timeSpec() == Qt::UTC);
    REQUIRE(gym.durationMin);
    CHECK(*gym.durationMin == Approx(45.5));
    CHECK_FALSE(gym.distanceKm);
    REQUIRE(gym.calories);
    CHECK(*gym.calories == Approx(210.5));
    const Workout &run = workouts.at(1);
    REQUIRE(run.distanceKm);
    CHECK(*run.distanceKm == Approx(5.23));
    CHECK_FALSE(run.calories);
    CHECK(run.notes == QStringLiteral("Evening loop"));
}

TEST_CASE("documents whose day is outside the window are dropped")
{
    OuraWindowData data(kFirst, kLast, kZone);
    REQUIRE(data.addPage(OuraCollection::DailyActivity,
                         pageOf(R"({"day":"2024-02-29","steps":1},{"day":"2024-03-01","steps":2},)"
                                R"({"day":"2024-03-10","steps":3},{"day":"2024-03-11","steps":4})"))
                .ok());
    REQUIRE(
        data.addPage(
                OuraCollection::Workout,
                pageOf(R"({"id":"w","activity":"walking","day":"2024-03-11",)"
                       R"("start_datetime":"2024-03-11T07:00:00+02:00","end_datetime":"2024-03-11T08:00:00+02:00"})"))
            .ok());
    QStringList days;
    for (const Metric &metric : data.metrics())
        days << metric.day.toString(Qt::ISODate);
    CHECK(days == QStringList{QStringLiteral("2024-03-01"), QStringLiteral("2024-03-10")});
    CHECK(data.workouts().isEmpty());
}

TEST_CASE("heart rate samples keep their instant and fall on the local day")
{
    OuraWindowData data(kFirst, kLast, kZone);
    REQUIRE(data.addPage(OuraCollection::HeartRate,
                         pageOf(R"({"bpm":61,"source":"rest","timestamp":"2024-03-01T22:30:00+00:00"},)"
                                R"({"bpm":null,"source":"rest","timestamp":"2024-03-01T22:35:00+00:00"},)"
                                R"({"bpm":70,"source":"awake","timestamp":"2024-02-29T21:55:00+00:00"})"))
                .ok());
    const QList<Metric> metrics = data.metrics();
    REQUIRE(metrics.size() == 1); // a null bpm is skipped; 21:55 UTC is 23:55 local on Feb 29, outside
    CHECK(metrics.first().name == QStringLiteral("heart_rate"));
    CHECK(metrics.first().day == QDate(2024, 3, 2)); // 00:30 local
    CHECK(metrics.first().instant == QDateTime(QDate(2024, 3, 1), QTime(22, 30), QTimeZone::utc()));
    CHECK(metrics.first().externalId == QStringLiteral("heart_rate:2024-03-01T22:30:00Z"));
}

TEST_CASE("next_token comes back, and an unreadable page is a BadResponse that names the collection")
{
    OuraWindowData data(kFirst, kLast, kZone);
    auto next = data.addPage(OuraCollection::DailySleep, pageOf("", "\"abc+/=\""));
    REQUIRE(next.ok());
    CHECK(*next == QStringLiteral("abc+/="));
    auto last = data.addPage(OuraCollection::DailySleep, pageOf(""));
    REQUIRE(last.ok());
    CHECK(last->isEmpty());

    const QByteArray body = GENERATE(as<QByteArray>{},
                                     QByteArray("{\"data\":[{\"day\":\"2024-03-0"),
                                     QByteArray("[]"),
                                     QByteArray("{\"next_token\":null}"),
                                     QByteArray("{\"data\":{},\"next_token\":null}"),
                                     QByteArray("{\"data\":[],\"next_token\":5}"),
                                     QByteArray("{\"data\":[3]}"),
                                     QByteArray("{\"data\":[{\"score\":80}],\"next_token\":null}"),
                                     QByteArray(""));
    INFO(body.toStdString());
    auto read = data.addPage(OuraCollection::DailyReadiness, body);
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().code == ErrorCode::BadResponse);
    CHECK(read.error().message.contains(QStringLiteral("daily_readiness")));
}

TEST_CASE("page URLs use the real paths, pad the days by one on each side and encode next_token")
{
    const QUrl base(QStringLiteral("http://127.0.0.1:8080/"));
    const QUrl url =
        OuraCollections::pageUrl(base, OuraCollection::Sleep, kFirst, kLast, kZone, QStringLiteral("a+b/c="));
    CHECK(url.path() == QStringLiteral("/v2/usercollection/sleep"));
    const QUrlQuery query(url);
    CHECK(query.queryItemValue(QStringLiteral("start_date")) == QStringLiteral("2024-02-29"));
    CHECK(query.queryItemValue(QStringLiteral("end_date")) == QStringLiteral("2024-03-11"));
    CHECK(url.toString(QUrl::FullyEncoded).contains(QStringLiteral("next_token=a%2Bb%2Fc%3D")));

    const QUrl heart = OuraCollections::pageUrl(base, OuraCollection::HeartRate, kFirst, kLast, kZone, {});
    CHECK(heart.path() == QStringLiteral("/v2/usercollection/heartrate"));
    const QUrlQuery heartQuery(heart);
    CHECK(heartQuery.queryItemValue(QStringLiteral("start_datetime"), QUrl::FullyDecoded)
          == QStringLiteral("2024-02-29T22:00:00Z"));
    CHECK(heartQuery.queryItemValue(QStringLiteral("end_datetime"), QUrl::FullyDecoded)
          == QStringLiteral("2024-03-10T22:00:00Z"));
    CHECK_FALSE(heartQuery.hasQueryItem(QStringLiteral("next_token")));

    QStringList names;
    for (OuraCollection collection : OuraCollections::synced(true))
        names << OuraCollections::name(collection);
    CHECK(names
          == QStringList{QStringLiteral("daily_sleep"),
                         QStringLiteral("sleep"),
                         QStringLiteral("daily_activity"),
                         QStringLiteral("daily_readiness"),
                         QStringLiteral("workout"),
                         QStringLiteral("heartrate")});
    CHECK(OuraCollections::synced(false).size() == 5);
}
