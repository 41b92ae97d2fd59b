#include "analytics/SeriesLoader.h"

#include "StorageTestSupport.h"
#include "health/MetricRepository.h"
#include "health/WorkoutRepository.h"
#include "storage/Query.h"
#include "support/TempDataDir.h"


using namespace lifeos;
using namespace testsupport;

namespace {

const QDate kFrom(2026, 3, 1);
const QDate kTo(2026, 3, 7);

struct Fixture
{
    TempDataDir dir;
    std::unique_ptr<Database> database = openDatabase(dir.databasePath());
    MetricRepository metrics{*database};
    WorkoutRepository workouts{*database};
    SeriesLoader loader{*database};

    void addMetric(const QString &name, const QDate &day, double value, const QDateTime &instant = {})
    {
        Metric m;
        m.name = name;
        m.day = day;
        m.value = value;
        m.instant = instant;
        REQUIRE(metrics.add(m).ok());
    }

    void addWorkout(const QDate &day, std::optional<double> minutes)
    {
        Workout w;
        w.activity = QStringLiteral("run");
        w.day = day;
        w.durationMin = minutes;
        REQUIRE(workouts.add(w).ok());
    }

    qint64 addCategory(const QString &name)
    {
        auto query = runQuery(*database,
                              QStringLiteral("INSERT INTO categories (name, kind, created_at) VALUES (?, 'expense', "
                                             "'2026-01-01T00:00:00.000Z')"),
                              {name},
                              QStringLiteral("test"));
        REQUIRE(query.ok());
        return query->lastInsertId().toLongLong();
    }

    void addTransaction(const char *kind,
                        qint64 minor,
                        const QString &currency,
                        const QDate &day,
                        std::optional<qint64> category)
    {
        auto query =
            runQuery(*database,
                     QStringLiteral("INSERT INTO transactions (kind, amount_minor, currency, day, category_id, "
                                    "created_at, updated_at) VALUES (?, ?, ?, ?, ?, "
                                    "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')"),
                     {QString::fromLatin1(kind),
                      minor,
                      currency,
                      day.toString(Qt::ISODate),
                      category ? QVariant(*category) : QVariant()},
                     QStringLiteral("test"));
        REQUIRE(query.ok());
    }
};

MetricDefinition definition(const char *name, MetricAggregate aggregate)
{
    MetricDefinition d;
    d.name = QString::fromLatin1(name);
    d.aggregate = aggregate;
    return d;
}

// The series as text, one entry a day: "-" for a missing day.
QString render(const DailySeries &series)
{
    QStringList parts;
    for (const auto &value : series.values)
        parts.append(value ? QString::number(*value) : QStringLiteral("-"));
    return parts.join(u' ');
}

template<typename T>
T required(Result<T> result)
{
    INFO((result.ok() ? QString() : result.error().message).toStdString());
    REQUIRE(result.ok());
    return std::move(result).value();
}

} // namespace

TEST_CASE_METHOD(Fixture, "a metric's series has every day of the range and leaves days without values missing")
{
    addMetric(QStringLiteral("weight"), kFrom.addDays(1), 72);
    addMetric(QStringLiteral("weight"), kFrom.addDays(4), 71.5);
    addMetric(QStringLiteral("weight"), kFrom.addDays(-1), 90); // before the range
    addMetric(QStringLiteral("sleep"), kFrom.addDays(2), 7);    // another metric
    const DailySeries series = required(loader.metric(definition("weight", MetricAggregate::Mean), kFrom, kTo));
    CHECK(series.first == kFrom);
    CHECK(series.last() == kTo);
    CHECK(render(series) == u"- 72 - - 71.5 - -");
    CHECK(series.presentCount() == 2);
}

TEST_CASE_METHOD(Fixture, "several values on one day are averaged, added or the last taken as the metric says")
{
    addMetric(QStringLiteral("water"), kFrom, 500, QDateTime(kFrom, QTime(9, 0), Qt::UTC));
    addMetric(QStringLiteral("water"), kFrom, 750, QDateTime(kFrom, QTime(8, 0), Qt::UTC));
    addMetric(QStringLiteral("water"), kFrom.addDays(1), 250);
    CHECK(render(required(loader.metric(definition("water", MetricAggregate::Sum), kFrom, kFrom.addDays(2))))
          == u"1250 250 -");
    CHECK(render(required(loader.metric(definition("water", MetricAggregate::Mean), kFrom, kFrom.addDays(2))))
          == u"625 250 -");
    // The latest measurement of the day, even though it was entered first.
    CHECK(render(required(loader.metric(definition("water", MetricAggregate::Last), kFrom, kFrom.addDays(2))))
          == u"500 250 -");
}

TEST_CASE_METHOD(Fixture, "days without spending are zero, and only expenses of that currency and category count")
{
    const qint64 food = addCategory(QStringLiteral("Food"));
    const qint64 transport = addCategory(QStringLiteral("Transport"));
    addTransaction("expense", 50000, QStringLiteral("IDR"), kFrom, food);
    addTransaction("expense", 25000, QStringLiteral("IDR"), kFrom, transport);
    addTransaction("expense", 10000, QStringLiteral("IDR"), kFrom.addDays(3), food);
    addTransaction("expense", 20000, QStringLiteral("IDR"), kFrom.addDays(3), std::nullopt);
    addTransaction("income", 999999, QStringLiteral("IDR"), kFrom.addDays(2), food);
    addTransaction("expense", 1250, QStringLiteral("USD"), kFrom.addDays(2), food);
    addTransaction("expense", 7777, QStringLiteral("IDR"), kTo.addDays(1), food); // after the range

    CHECK(render(required(loader.spending(QStringLiteral("IDR"), std::nullopt, kFrom, kTo)))
          == u"75000 0 0 30000 0 0 0");
    CHECK(render(required(loader.spending(QStringLiteral("IDR"), food, kFrom, kTo))) == u"50000 0 0 10000 0 0 0");
    CHECK(render(required(loader.spending(QStringLiteral("usd"), std::nullopt, kFrom, kTo))) == u"0 0 1250 0 0 0 0");
}

TEST_CASE_METHOD(Fixture, "workout minutes add up per day and are zero on days without a workout")
{
    addWorkout(kFrom, 30);
    addWorkout(kFrom, 15.5);
    addWorkout(kFrom.addDays(2), std::nullopt); // a workout without a duration counts nothing
    addWorkout(kFrom.addDays(5), 60);
    CHECK(render(required(loader.workoutMinutes(kFrom, kTo))) == u"45.5 0 0 0 0 60 0");
}

TEST_CASE_METHOD(Fixture, "a metric's span is its first and last day, none when it has no values")
{
    CHECK_FALSE(required(loader.metricSpan(QStringLiteral("hrv"))).has_value());
    addMetric(QStringLiteral("hrv"), kTo, 40);
    addMetric(QStringLiteral("hrv"), kFrom, 42);
    const auto span = required(loader.metricSpan(QStringLiteral("HRV")));
    REQUIRE(span.has_value());
    CHECK(span->first == kFrom);
    CHECK(span->second == kTo);
}

TEST_CASE_METHOD(Fixture, "a range that ends before it starts is refused")
{
    const auto refused = loader.metric(definition("weight", MetricAggregate::Mean), kTo, kFrom);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK_FALSE(loader.spending(QStringLiteral("IDR"), std::nullopt, QDate(), kTo).ok());
    CHECK_FALSE(loader.workoutMinutes(kTo, kFrom).ok());
}

TEST_CASE_METHOD(Fixture, "a ten-year series is read whole, with every day in place")
{
    const QDate start = kTo.addYears(-10);
    REQUIRE(database
                ->write([&]() -> Result<void> {
                    for (QDate day = start; day <= kTo; day = day.addDays(1)) {
                        Metric m;
                        m.name = QStringLiteral("steps");
                        m.day = day;
                        m.value = 8000 + day.dayOfYear();
                        if (auto added = metrics.add(m); !added)
                            return added.error();
                    }
                    return {};
                })
                .ok());
    // How fast is measured in bench_review, never asserted here.
    const DailySeries series = required(loader.metric(definition("steps", MetricAggregate::Sum), start, kTo));
    CHECK(series.presentCount() == start.daysTo(kTo) + 1);
}
