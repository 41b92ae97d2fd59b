#include "StorageTestSupport.h"
#include "health/MetricRepository.h"
#include "health/WorkoutRepository.h"
#include "support/TempDataDir.h"

#include <limits>

using namespace lifeos;
using namespace testsupport;

namespace {

const QDate kDay(2026, 3, 14);

Metric metric(const QString &name, double value, const QString &unit, const QDate &day = kDay)
{
    Metric m;
    m.name = name;
    m.value = value;
    m.unit = unit;
    m.day = day;
    return m;
}

Workout workout(const QString &activity, const QDate &day = kDay, std::optional<double> minutes = std::nullopt)
{
    Workout w;
    w.activity = activity;
    w.day = day;
    w.durationMin = minutes;
    return w;
}

template<typename T>
T required(Result<T> result)
{
    INFO((result.ok() ? QString() : result.error().message).toStdString());
    REQUIRE(result.ok());
    return std::move(result).value();
}

struct Fixture
{
    TempDataDir dir;
    std::unique_ptr<Database> database = openDatabase(dir.databasePath());
    MetricRepository metrics{*database};
    WorkoutRepository workouts{*database};
};

QStringList describe(const QList<Metric> &list)
{
    QStringList lines;
    for (const Metric &m : list)
        lines.append(QStringLiteral("%1 %2 %3%4").arg(m.day.toString(Qt::ISODate), m.name).arg(m.value).arg(m.unit));
    return lines;
}

} // namespace

TEST_CASE_METHOD(Fixture, "a metric is stored with a trimmed lower-case name and read back as written")
{
    Metric input = metric(QStringLiteral("  Weight "), 71.25, QStringLiteral(" kg "));
    input.instant = QDateTime(kDay, QTime(7, 30), Qt::UTC);
    input.rawInput = QStringLiteral("weight 71.25kg");
    const Metric added = required(metrics.add(input));
    CHECK(added.id > 0);
    CHECK(added.name == u"weight");
    const auto fetched = required(metrics.get(added.id));
    REQUIRE(fetched.has_value());
    CHECK(fetched->name == u"weight");
    CHECK(fetched->value == 71.25);
    CHECK(fetched->unit == u"kg");
    CHECK(fetched->day == kDay);
    CHECK(fetched->instant == input.instant);
    CHECK(fetched->source == u"manual");
    CHECK(fetched->externalId.isEmpty());
    CHECK(fetched->rawInput == u"weight 71.25kg");
}

TEST_CASE_METHOD(Fixture, "editing a metric changes its value and day, deleting it removes it")
{
    Metric stored = required(metrics.add(metric(QStringLiteral("sleep"), 6.5, QStringLiteral("h"))));
    stored.value = 7.25;
    stored.day = kDay.addDays(-1);
    const Metric updated = required(metrics.update(stored));
    CHECK(updated.value == 7.25);
    CHECK(required(metrics.get(stored.id))->day == kDay.addDays(-1));

    REQUIRE(metrics.remove(stored.id).ok());
    CHECK_FALSE(required(metrics.get(stored.id)).has_value());

    const auto gone = metrics.update(stored);
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.error().code == ErrorCode::NotFound);
}

TEST_CASE_METHOD(Fixture, "a metric with bad input is refused with a readable reason and nothing is written")
{
    struct Case
    {
        const char *what;
        Metric input;
    };
    const Case bad =
        GENERATE(Case{"empty name", metric(QStringLiteral("   "), 1, {})},
                 Case{"not a number", metric(QStringLiteral("mood"), std::numeric_limits<double>::quiet_NaN(), {})},
                 Case{"infinite", metric(QStringLiteral("mood"), std::numeric_limits<double>::infinity(), {})},
                 Case{"no day", metric(QStringLiteral("mood"), 5, {}, QDate())},
                 Case{"day out of range", metric(QStringLiteral("mood"), 5, {}, QDate(20000, 1, 1))});
    INFO(bad.what);
    const auto added = metrics.add(bad.input);
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().code == ErrorCode::InvalidInput);
    CHECK_FALSE(added.error().message.isEmpty());
    CHECK(required(metrics.list()).isEmpty());
}

TEST_CASE_METHOD(Fixture, "upserting a synced metric twice updates the one row instead of adding another")
{
    Metric synced = metric(QStringLiteral("hrv"), 41, QStringLiteral("ms"));
    synced.source = QStringLiteral("oura");
    synced.externalId = QStringLiteral("hrv-2026-03-14");
    const Metric first = required(metrics.upsert(synced));
    synced.value = 44;
    const Metric second = required(metrics.upsert(synced));
    CHECK(second.id == first.id);
    const QList<Metric> all = required(metrics.list());
    REQUIRE(all.size() == 1);
    CHECK(all.first().value == 44);
    CHECK(all.first().source == u"oura");

    // The same external id from another source is another row.
    synced.source = QStringLiteral("csv");
    CHECK(required(metrics.upsert(synced)).id != first.id);
    CHECK(required(metrics.list()).size() == 2);

    synced.externalId.clear();
    const auto refused = metrics.upsert(synced);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::InvalidInput);
}

TEST_CASE_METHOD(Fixture, "metrics list newest day first and filter by name, range and limit")
{
    required(metrics.add(metric(QStringLiteral("weight"), 72, QStringLiteral("kg"), kDay.addDays(-2))));
    required(metrics.add(metric(QStringLiteral("sleep"), 7, QStringLiteral("h"), kDay.addDays(-1))));
    required(metrics.add(metric(QStringLiteral("weight"), 71.5, QStringLiteral("kg"), kDay.addDays(-1))));
    required(metrics.add(metric(QStringLiteral("steps"), 9000, QStringLiteral("steps"), kDay)));

    CHECK(describe(required(metrics.list()))
          == QStringList{QStringLiteral("2026-03-14 steps 9000steps"),
                         QStringLiteral("2026-03-13 sleep 7h"),
                         QStringLiteral("2026-03-13 weight 71.5kg"),
                         QStringLiteral("2026-03-12 weight 72kg")});
    MetricFilter byName;
    byName.name = QStringLiteral("Weight");
    CHECK(describe(required(metrics.list(byName)))
          == QStringList{QStringLiteral("2026-03-13 weight 71.5kg"), QStringLiteral("2026-03-12 weight 72kg")});
    MetricFilter range;
    range.from = kDay.addDays(-1);
    range.to = kDay.addDays(-1);
    CHECK(required(metrics.list(range)).size() == 2);
    MetricFilter limited;
    limited.limit = 1;
    CHECK(describe(required(metrics.list(limited))) == QStringList{QStringLiteral("2026-03-14 steps 9000steps")});

    CHECK(describe(required(metrics.onDay(kDay.addDays(-1))))
          == QStringList{QStringLiteral("2026-03-13 sleep 7h"), QStringLiteral("2026-03-13 weight 71.5kg")});
    CHECK(required(metrics.onDay(kDay.addDays(5))).isEmpty());
    CHECK(required(metrics.names())
          == QStringList{QStringLiteral("sleep"), QStringLiteral("steps"), QStringLiteral("weight")});
}

TEST_CASE_METHOD(Fixture, "a workout keeps its optional numbers, absent ones stay absent")
{
    Workout input = workout(QStringLiteral(" run "), kDay, 30.5);
    input.distanceKm = 5.2;
    input.notes = QStringLiteral("easy pace");
    const Workout added = required(workouts.add(input));
    const auto fetched = required(workouts.get(added.id));
    REQUIRE(fetched.has_value());
    CHECK(fetched->activity == u"run");
    CHECK(fetched->durationMin == std::optional<double>(30.5));
    CHECK(fetched->distanceKm == std::optional<double>(5.2));
    CHECK_FALSE(fetched->calories.has_value());
    CHECK(fetched->notes == u"easy pace");

    Workout edited = *fetched;
    edited.distanceKm.reset();
    edited.calories = 320;
    edited.activity = QStringLiteral("walk");
    required(workouts.update(edited));
    const Workout reread = *required(workouts.get(added.id));
    CHECK(reread.activity == u"walk");
    CHECK_FALSE(reread.distanceKm.has_value());
    CHECK(reread.calories == std::optional<double>(320));

    REQUIRE(workouts.remove(added.id).ok());
    CHECK_FALSE(required(workouts.get(added.id)).has_value());
    CHECK(workouts.update(edited).error().code == ErrorCode::NotFound);
}

TEST_CASE_METHOD(Fixture, "a workout with bad input is refused with a readable reason")
{
    Workout negativeDuration = workout(QStringLiteral("run"), kDay, -5);
    Workout negativeDistance = workout(QStringLiteral("run"));
    negativeDistance.distanceKm = -1;
    Workout negativeCalories = workout(QStringLiteral("run"));
    negativeCalories.calories = -100;
    Workout nanDistance = workout(QStringLiteral("run"));
    nanDistance.distanceKm = std::numeric_limits<double>::quiet_NaN();
    struct Case
    {
        const char *what;
        Workout input;
        const char *mentions;
    };
    const Case bad = GENERATE_COPY(Case{"no activity", workout(QStringLiteral("  ")), "activity"},
                                   Case{"no day", workout(QStringLiteral("run"), QDate()), "day"},
                                   Case{"negative duration", negativeDuration, "duration"},
                                   Case{"negative distance", negativeDistance, "distance"},
                                   Case{"negative calories", negativeCalories, "calories"},
                                   Case{"distance not a number", nanDistance, "distance"});
    INFO(bad.what);
    const auto added = workouts.add(bad.input);
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().code == ErrorCode::InvalidInput);
    CHECK(added.error().message.contains(QLatin1StringView(bad.mentions)));
    CHECK(required(workouts.list()).isEmpty());
}

TEST_CASE_METHOD(Fixture, "workouts upsert by source and external id and list newest first")
{
    Workout synced = workout(QStringLiteral("cycle"), kDay.addDays(-3), 60);
    synced.source = QStringLiteral("oura");
    synced.externalId = QStringLiteral("w-1");
    const qint64 id = required(workouts.upsert(synced)).id;
    synced.durationMin = 75;
    CHECK(required(workouts.upsert(synced)).id == id);
    required(workouts.add(workout(QStringLiteral("yoga"), kDay)));
    required(workouts.add(workout(QStringLiteral("run"), kDay.addDays(-1))));

    QStringList order;
    for (const Workout &w : required(workouts.list()))
        order.append(w.activity);
    CHECK(order == QStringList{QStringLiteral("yoga"), QStringLiteral("run"), QStringLiteral("cycle")});
    CHECK(required(workouts.get(id))->durationMin == std::optional<double>(75));
    CHECK(required(workouts.list(kDay.addDays(-1), kDay)).size() == 2);
    CHECK(required(workouts.list({}, kDay.addDays(-2))).size() == 1);
    const QList<Workout> today = required(workouts.onDay(kDay));
    REQUIRE(today.size() == 1);
    CHECK(today.first().activity == u"yoga");
}
