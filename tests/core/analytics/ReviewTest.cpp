// The Review page's numbers on a fixture database filled with plain SQL: known numbers, exact comparisons.

#include "analytics/Review.h"

#include "StorageTestSupport.h"
#include "analytics/DayBoundary.h"
#include "support/TempDataDir.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

#include <catch2/catch.hpp>

#include <optional>

using namespace lifeos;
using testsupport::exec;

namespace {

// A Wednesday. This week is 6–12 June, last week 30 May – 5 June, the baseline 14 March – 5 June.
const QDate kToday(2024, 6, 12);

QString dayBefore(int offset)
{
    return kToday.addDays(-offset).toString(Qt::ISODate);
}

MetricDefinition definition(const char *name, const char *unit, MetricAggregate aggregate, int decimals)
{
    MetricDefinition result;
    result.name = QString::fromLatin1(name);
    result.unit = QString::fromLatin1(unit);
    result.aggregate = aggregate;
    result.decimals = decimals;
    return result;
}

QList<MetricDefinition> definitions()
{
    return {definition("sleep", "h", MetricAggregate::Mean, 1),
            definition("steps", "steps", MetricAggregate::Sum, 0),
            definition("weight", "kg", MetricAggregate::Last, 1),
            definition("mood", "/10", MetricAggregate::Mean, 0)};
}

class Fixture
{
public:
    Fixture()
        : m_database(testsupport::openDatabase(m_dir.databasePath()))
    {}
    Database &database() { return *m_database; }
    void sql(const QString &statement) { exec(m_database->handle(), statement); }

    void metric(const char *name,
                double value,
                const QString &day,
                const char *unit = "",
                const QString &instant = QString())
    {
        sql(QStringLiteral("INSERT INTO metrics (name, value, unit, day, instant, created_at, updated_at) "
                           "VALUES ('%1', %2, '%3', '%4', %5, '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z')")
                .arg(QLatin1StringView(name))
                .arg(value, 0, 'g', 17)
                .arg(QLatin1StringView(unit),
                     day,
                     instant.isEmpty() ? QStringLiteral("NULL") : QStringLiteral("'%1'").arg(instant)));
    }
    void expense(qint64 minor,
                 const char *currency,
                 const QString &day,
                 const char *categoryId = "NULL",
                 const char *kind = "expense",
                 const char *merchant = "")
    {
        sql(QStringLiteral("INSERT INTO transactions (kind, amount_minor, currency, day, category_id, merchant, "
                           "created_at, updated_at) VALUES ('%1', %2, '%3', '%4', %5, '%6', "
                           "'2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z')")
                .arg(QLatin1StringView(kind))
                .arg(minor)
                .arg(QLatin1StringView(currency), day, QLatin1StringView(categoryId), QLatin1StringView(merchant)));
    }
    void journal(const QString &day, const QString &body)
    {
        sql(QStringLiteral("INSERT INTO journal_entries (day, body, created_at, updated_at) VALUES ('%1', '%2', "
                           "'2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z')")
                .arg(day, body));
    }
    void
    workout(const QString &day, const char *activity = "run", const char *minutes = "NULL", const char *km = "NULL")
    {
        sql(QStringLiteral("INSERT INTO workouts (activity, day, duration_min, distance_km, created_at, updated_at) "
                           "VALUES ('%1', '%2', %3, %4, '2024-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z')")
                .arg(QLatin1StringView(activity), day, QLatin1StringView(minutes), QLatin1StringView(km)));
    }

private:
    TempDataDir m_dir;
    std::unique_ptr<Database> m_database;
};

ReviewReport computed(Fixture &fixture, const QDate &today)
{
    auto report = ReviewCalculator(fixture.database()).compute(today, definitions());
    INFO((report.ok() ? std::string() : report.error().message.toStdString()));
    REQUIRE(report.ok());
    return std::move(report).value();
}

void checkValue(const std::optional<double> &actual, const std::optional<double> &expected)
{
    REQUIRE(actual.has_value() == expected.has_value());
    if (expected)
        CHECK(*actual == Approx(*expected).epsilon(1e-12));
}

// The instant as stored: UTC ISO-8601 with milliseconds.
QString stored(const QDateTime &instant)
{
    return instant.toUTC().toString(Qt::ISODateWithMs);
}

void fillMetrics(Fixture &f)
{
    // sleep (Mean): 8 h this week with two days missing, 7 h last week, 6 h on even days before that.
    for (int offset = 0; offset <= 6; ++offset) {
        if (offset != 2 && offset != 3)
            f.metric("sleep", 8.0, dayBefore(offset), "h");
    }
    for (int offset = 7; offset <= 13; ++offset)
        f.metric("sleep", 7.0, dayBefore(offset), "h");
    for (int offset = 14; offset <= 96; offset += 2)
        f.metric("sleep", 6.0, dayBefore(offset), "h");
    f.metric("sleep", 100.0, dayBefore(97), "h"); // just outside the baseline
    f.metric("sleep", 100.0, dayBefore(-1), "h"); // tomorrow

    // steps (Sum): daily totals, then the mean of the days that have one.
    f.metric("steps", 3000, dayBefore(0), "steps");
    f.metric("steps", 2000, dayBefore(0), "steps");
    f.metric("steps", 4000, dayBefore(1), "steps");
    f.metric("steps", 1000, dayBefore(7), "steps");
    f.metric("steps", 1000, dayBefore(7), "steps");
    f.metric("steps", 7000, dayBefore(50), "steps");

    // weight (Last): today's later measurement wins though it was written first.
    f.metric("weight", 70.0, dayBefore(0), "kg", QStringLiteral("2024-06-12T07:00:00.000Z"));
    f.metric("weight", 71.0, dayBefore(0), "kg", QStringLiteral("2024-06-12T06:00:00.000Z"));
    f.metric("weight", 72.0, dayBefore(10), "kg");

    f.metric("mood", 5, dayBefore(97));            // defined but not tracked lately
    f.metric("caffeine", 100, dayBefore(3), "mg"); // in the data only
}

void fillSpending(Fixture &f)
{
    f.sql(QStringLiteral("INSERT INTO categories (id, name, kind, created_at) VALUES "
                         "(1, 'Food', 'expense', '2024-01-01T00:00:00.000Z'), "
                         "(2, 'Transport', 'expense', '2024-01-01T00:00:00.000Z'), "
                         "(3, 'Travel', 'expense', '2024-01-01T00:00:00.000Z')"));
    f.expense(50'000, "IDR", dayBefore(0), "1");
    f.expense(30'000, "IDR", dayBefore(3), "1");
    f.expense(20'000, "IDR", dayBefore(7), "1");
    f.expense(40'000, "IDR", dayBefore(10), "1");
    f.expense(45'000, "IDR", dayBefore(14), "1");
    f.expense(80'000, "IDR", dayBefore(50), "1");
    f.expense(10'000, "IDR", dayBefore(20), "2");
    f.expense(5'000, "IDR", dayBefore(2));
    f.expense(999'999, "IDR", dayBefore(97), "1");          // outside the window
    f.expense(777'777, "IDR", dayBefore(0), "1", "income"); // income is not spending
    // Fewer rows in USD, however large: IDR is the main currency.
    f.expense(100'000, "USD", dayBefore(1), "1");
    f.expense(200'000, "USD", dayBefore(2), "3");
    f.expense(300'000, "USD", dayBefore(30), "3");
}

const MetricReview *findMetric(const ReviewReport &report, const char *name)
{
    for (const MetricReview &metric : report.metrics) {
        if (metric.definition.name == QLatin1StringView(name))
            return &metric;
    }
    return nullptr;
}

} // namespace

TEST_CASE("metrics compare this week, last week, the 90-day baseline and the same weekday")
{
    Fixture f;
    fillMetrics(f);
    const ReviewReport report = computed(f, kToday);
    CHECK(report.today == kToday);

    QStringList names;
    for (const MetricReview &metric : report.metrics)
        names.append(metric.definition.name);
    // Definitions' order first; mood has no value in the 97 days; caffeine is only in the data.
    CHECK(names
          == QStringList{QStringLiteral("sleep"),
                         QStringLiteral("steps"),
                         QStringLiteral("weight"),
                         QStringLiteral("caffeine")});

    SECTION("a Mean metric averages the days that have values")
    {
        const Comparison &c = findMetric(report, "sleep")->comparison;
        checkValue(c.thisWeek, 8.0);
        checkValue(c.lastWeek, 7.0);
        // 7 days at 7 h and 42 even days at 6 h.
        checkValue(c.baseline, (7 * 7.0 + 42 * 6.0) / 49);
        checkValue(c.today, 8.0);
        // Same weekday: offsets 7 (7 h), 14, 28, 42, 56, 70, 84 (6 h); the odd ones are missing.
        checkValue(c.sameWeekdayBaseline, (7.0 + 6 * 6.0) / 7);
        checkValue(c.changeVsLastWeek, 1.0 / 7);
        checkValue(c.changeVsBaseline, (8.0 - 301.0 / 49) / (301.0 / 49));
        checkValue(c.todayVsSameWeekday, (8.0 - 43.0 / 7) / (43.0 / 7));
        CHECK(c.trend == Trend::Up);
    }
    SECTION("a Sum metric adds up each day, then averages the days with a total")
    {
        const Comparison &c = findMetric(report, "steps")->comparison;
        checkValue(c.thisWeek, 4500.0); // (5000 + 4000) / 2, not 9000 / 7
        checkValue(c.lastWeek, 2000.0);
        checkValue(c.baseline, 4500.0);
        checkValue(c.today, 5000.0);
        checkValue(c.sameWeekdayBaseline, 2000.0);
        checkValue(c.changeVsLastWeek, 1.25);
        checkValue(c.changeVsBaseline, 0.0);
        checkValue(c.todayVsSameWeekday, 1.5);
        CHECK(c.trend == Trend::Flat);
    }
    SECTION("a Last metric takes the latest measurement of the day")
    {
        const Comparison &c = findMetric(report, "weight")->comparison;
        checkValue(c.today, 70.0);
        checkValue(c.thisWeek, 70.0);
        checkValue(c.lastWeek, 72.0);
        checkValue(c.baseline, 72.0);
        checkValue(c.sameWeekdayBaseline, std::nullopt);
        checkValue(c.todayVsSameWeekday, std::nullopt);
        CHECK(c.trend == Trend::Flat); // -2.8% is within ±5%
    }
    SECTION("a metric only in the data is a Mean metric with its stored unit and no history")
    {
        const MetricReview *caffeine = findMetric(report, "caffeine");
        CHECK(caffeine->definition.unit == QStringLiteral("mg"));
        CHECK_FALSE(caffeine->definition.builtIn);
        checkValue(caffeine->comparison.thisWeek, 100.0);
        checkValue(caffeine->comparison.today, std::nullopt);
        checkValue(caffeine->comparison.baseline, std::nullopt);
        checkValue(caffeine->comparison.changeVsBaseline, std::nullopt);
        CHECK(caffeine->comparison.trend == Trend::Unknown);
    }
}

TEST_CASE("spending compares weekly totals of the main currency per category in minor units")
{
    Fixture f;
    fillSpending(f);
    const ReviewReport report = computed(f, kToday);
    REQUIRE(report.spending.size() == 3);
    for (const SpendingReview &spending : report.spending)
        CHECK(spending.currency == QStringLiteral("IDR"));

    const SpendingReview &food = report.spending[0]; // the most spent in the window comes first
    CHECK(food.categoryId == std::optional<qint64>(1));
    CHECK(food.categoryName == QStringLiteral("Food"));
    checkValue(food.comparison.thisWeek, 80'000.0);
    checkValue(food.comparison.lastWeek, 60'000.0);
    // (20,000 + 40,000 + 45,000 + 80,000) × 7 / 90 = 14,388.9, rounded to whole minor units.
    checkValue(food.comparison.baseline, 14'389.0);
    checkValue(food.comparison.today, 50'000.0);
    checkValue(food.comparison.sameWeekdayBaseline, 5'000.0); // (20,000 + 45,000) over 13 Wednesdays
    checkValue(food.comparison.changeVsLastWeek, 20'000.0 / 60'000.0);
    checkValue(food.comparison.changeVsBaseline, (80'000.0 - 14'389.0) / 14'389.0);
    checkValue(food.comparison.todayVsSameWeekday, 9.0);
    CHECK(food.comparison.trend == Trend::Up);

    const SpendingReview &transport = report.spending[1];
    CHECK(transport.categoryName == QStringLiteral("Transport"));
    checkValue(transport.comparison.thisWeek, 0.0); // not spending is a real value
    checkValue(transport.comparison.lastWeek, 0.0);
    checkValue(transport.comparison.baseline, 778.0);
    checkValue(transport.comparison.changeVsLastWeek, std::nullopt); // nothing to be relative to
    checkValue(transport.comparison.changeVsBaseline, -1.0);
    CHECK(transport.comparison.trend == Trend::Down);

    const SpendingReview &uncategorised = report.spending[2];
    CHECK_FALSE(uncategorised.categoryId.has_value());
    CHECK(uncategorised.categoryName.isEmpty());
    checkValue(uncategorised.comparison.thisWeek, 5'000.0);
    checkValue(uncategorised.comparison.baseline, 0.0);
    checkValue(uncategorised.comparison.changeVsBaseline, std::nullopt);
    CHECK(uncategorised.comparison.trend == Trend::Up); // up from nothing: the direction is still known
}

TEST_CASE("an empty database has no metrics, spending or on-this-day items and zero streaks")
{
    Fixture f;
    const ReviewReport report = computed(f, kToday);
    CHECK(report.metrics.isEmpty());
    CHECK(report.spending.isEmpty());
    CHECK(report.onThisDay.isEmpty());
    REQUIRE(report.streaks.size() == 2);
    for (const Streak &streak : report.streaks) {
        CHECK(streak.current == 0);
        CHECK(streak.longest == 0);
        CHECK_FALSE(streak.lastDay.isValid());
    }
}

TEST_CASE("streaks count consecutive days ending today or yesterday")
{
    Fixture f;
    for (const QString &day :
         {QStringLiteral("2024-06-11"), QStringLiteral("2024-06-10"), QStringLiteral("2024-06-09")})
        f.journal(day, QStringLiteral("Wrote something"));
    f.journal(QStringLiteral("2024-06-08"), QStringLiteral("   ")); // blank: breaks the streak
    for (int day = 1; day <= 5; ++day)
        f.journal(QStringLiteral("2024-05-0%1").arg(day), QStringLiteral("May"));
    f.journal(QStringLiteral("2024-06-14"), QStringLiteral("Written ahead")); // the future does not count
    f.workout(QStringLiteral("2024-06-12"));
    f.workout(QStringLiteral("2024-06-11"));
    f.workout(QStringLiteral("2024-06-11"), "yoga"); // two on one day are one day
    f.workout(QStringLiteral("2024-06-10"));
    f.workout(QStringLiteral("2024-01-01"));
    f.workout(QStringLiteral("2024-01-02"));

    struct Row
    {
        QDate today;
        int journalCurrent;
        QDate journalLast;
        int workoutCurrent;
        int workoutLongest;
        QDate workoutLast;
    };
    const Row row =
        GENERATE(Row{QDate(2024, 6, 12), 3, QDate(2024, 6, 11), 3, 3, QDate(2024, 6, 12)}, // journal ends yesterday
                 Row{QDate(2024, 6, 13), 0, QDate(2024, 6, 11), 3, 3, QDate(2024, 6, 12)}, // journal ended two days ago
                 Row{QDate(2024, 6, 11), 3, QDate(2024, 6, 11), 2, 2, QDate(2024, 6, 11)}, // as seen on the 11th
                 Row{QDate(2024, 6, 1), 0, QDate(2024, 5, 5), 0, 2, QDate(2024, 1, 2)});
    INFO(row.today.toString(Qt::ISODate).toStdString());
    const ReviewReport report = computed(f, row.today);
    REQUIRE(report.streaks.size() == 2);
    const Streak &journal = report.streaks[0];
    const Streak &workout = report.streaks[1];
    CHECK(journal.name == QStringLiteral("journal"));
    CHECK(journal.current == row.journalCurrent);
    CHECK(journal.longest == 5);
    CHECK(journal.lastDay == row.journalLast);
    CHECK(workout.name == QStringLiteral("workout"));
    CHECK(workout.current == row.workoutCurrent);
    CHECK(workout.longest == row.workoutLongest);
    CHECK(workout.lastDay == row.workoutLast);
}

TEST_CASE("on this day lists every kind from the same day in earlier years, newest first")
{
    Fixture f;
    const QTimeZone zone = QTimeZone::systemTimeZone();
    f.journal(QStringLiteral("2023-06-12"), QStringLiteral("Walked to the lighthouse\nsecond line"));
    f.journal(QStringLiteral("2022-06-12"), QString()); // empty: nothing to remember
    f.journal(QStringLiteral("2023-06-11"), QStringLiteral("The day before"));
    f.journal(QStringLiteral("2024-06-11"), QStringLiteral("This year"));
    f.workout(QStringLiteral("2022-06-12"), "run", "30", "5");
    f.workout(QStringLiteral("2024-06-12"), "run", "30", "5"); // today is not "on this day"
    f.metric("sleep", 7.5, QStringLiteral("2022-06-12"), "h");
    f.metric("steps", 3000, QStringLiteral("2022-06-12"), "steps");
    f.metric("steps", 2000, QStringLiteral("2022-06-12"), "steps");
    f.sql(QStringLiteral("INSERT INTO categories (id, name, kind, created_at) VALUES "
                         "(1, 'Food', 'expense', '2024-01-01T00:00:00.000Z')"));
    f.expense(25'000, "IDR", QStringLiteral("2021-06-12"), "1", "expense", "Warung Bu Sri");
    // Notes and done tasks carry instants: their local day decides, whatever the UTC date says.
    const QDateTime noteDayStart = days::startOf(QDate(2021, 6, 12), zone);
    f.sql(QStringLiteral("INSERT INTO notes (title, body, created_at, updated_at) VALUES "
                         "('Garden plan', 'tomatoes', '%1', '%1'), ('Too early', '', '%2', '%2')")
              .arg(stored(noteDayStart.addSecs(60)), stored(noteDayStart.addSecs(-1))));
    const QDateTime taskDone = days::startOf(QDate(2020, 6, 13), zone).addSecs(-60); // 23:59 on the 12th
    f.sql(QStringLiteral("INSERT INTO tasks (title, status, created_at, updated_at, completed_at) VALUES "
                         "('Renew passport', 'done', '%1', '%1', '%1')")
              .arg(stored(taskDone)));

    const ReviewReport report = computed(f, kToday);
    QStringList seen;
    for (const OnThisDayItem &item : report.onThisDay)
        seen.append(QStringLiteral("%1 %2 %3 %4")
                        .arg(item.yearsAgo)
                        .arg(item.day.toString(Qt::ISODate), item.kind, item.origin.section(u':', 0, 0)));
    CHECK(seen
          == QStringList{QStringLiteral("1 2023-06-12 journal journal"),
                         QStringLiteral("2 2022-06-12 workout workout"),
                         QStringLiteral("2 2022-06-12 metric health"),
                         QStringLiteral("3 2021-06-12 note note"),
                         QStringLiteral("3 2021-06-12 expense expense"),
                         QStringLiteral("4 2020-06-12 task task")});
    REQUIRE(report.onThisDay.size() == 6);
    CHECK(report.onThisDay[0].title == QStringLiteral("Walked to the lighthouse"));
    CHECK(report.onThisDay[0].origin.startsWith(QStringLiteral("journal:")));
    CHECK(report.onThisDay[1].title == QStringLiteral("run, 30 min, 5 km"));
    CHECK(report.onThisDay[2].title == QStringLiteral("sleep 7.5 h, steps 5000 steps"));
    CHECK(report.onThisDay[2].origin == QStringLiteral("health:2022-06-12"));
    CHECK(report.onThisDay[3].title == QStringLiteral("Garden plan"));
    CHECK(report.onThisDay[4].title.startsWith(QStringLiteral("Warung Bu Sri ")));
    CHECK(report.onThisDay[5].title == QStringLiteral("Renew passport"));
}

TEST_CASE("on this day finds 29 February on 28 February of common years, and 28 February on a leap day")
{
    Fixture f;
    for (const char *day : {"2023-02-28", "2024-02-28", "2024-02-29", "2020-02-29", "2027-02-28", "2025-03-01"})
        f.journal(QString::fromLatin1(day), QStringLiteral("Entry of %1").arg(QLatin1StringView(day)));

    struct Row
    {
        QDate today;
        QStringList days;
    };
    const Row row = GENERATE(
        // A common year's 28 February also brings back the leap days before it.
        Row{QDate(2025, 2, 28),
            {QStringLiteral("1 2024-02-29"),
             QStringLiteral("1 2024-02-28"),
             QStringLiteral("2 2023-02-28"),
             QStringLiteral("5 2020-02-29")}},
        // A leap day looks at 28 February in common years and 29 February in leap years.
        Row{QDate(2028, 2, 29),
            {QStringLiteral("1 2027-02-28"),
             QStringLiteral("4 2024-02-29"),
             QStringLiteral("5 2023-02-28"),
             QStringLiteral("8 2020-02-29")}},
        // 28 February of a leap year is only itself: the 29th gets its own day.
        Row{QDate(2028, 2, 28),
            {QStringLiteral("1 2027-02-28"), QStringLiteral("4 2024-02-28"), QStringLiteral("5 2023-02-28")}},
        Row{QDate(2026, 3, 1), {QStringLiteral("1 2025-03-01")}});
    INFO(row.today.toString(Qt::ISODate).toStdString());
    const ReviewReport report = computed(f, row.today);
    QStringList seen;
    for (const OnThisDayItem &item : report.onThisDay) {
        seen.append(QStringLiteral("%1 %2").arg(item.yearsAgo).arg(item.day.toString(Qt::ISODate)));
        CHECK(item.title == QStringLiteral("Entry of ") + item.day.toString(Qt::ISODate));
    }
    CHECK(seen == row.days);
}

TEST_CASE("a comparison is flat within 5 percent and unknown without a baseline")
{
    struct Row
    {
        std::optional<double> thisWeek;
        std::optional<double> baseline;
        Trend trend;
    };
    const Row row = GENERATE(Row{1.05, 1.0, Trend::Flat},
                             Row{0.95, 1.0, Trend::Flat},
                             Row{1.06, 1.0, Trend::Up},
                             Row{0.94, 1.0, Trend::Down},
                             Row{105.0, 100.0, Trend::Flat},
                             Row{106.0, 100.0, Trend::Up},
                             Row{std::nullopt, 1.0, Trend::Unknown},
                             Row{1.0, std::nullopt, Trend::Unknown},
                             Row{0.0, 0.0, Trend::Flat},
                             Row{3.0, 0.0, Trend::Up},
                             Row{-2.0, -1.0, Trend::Down});
    const Comparison c = ReviewCalculator::compare(row.thisWeek, std::nullopt, row.baseline, 2.0, 4.0);
    CHECK(c.trend == row.trend);
    checkValue(c.todayVsSameWeekday, -0.5);
    checkValue(c.changeVsLastWeek, std::nullopt);
    if (row.thisWeek && row.baseline && *row.baseline != 0)
        checkValue(c.changeVsBaseline, (*row.thisWeek - *row.baseline) / std::abs(*row.baseline));
    CHECK(ReviewCalculator::trendName(row.trend).size() >= 2);
}

TEST_CASE("trend names are the words scripts read")
{
    CHECK(ReviewCalculator::trendName(Trend::Up) == QStringLiteral("up"));
    CHECK(ReviewCalculator::trendName(Trend::Down) == QStringLiteral("down"));
    CHECK(ReviewCalculator::trendName(Trend::Flat) == QStringLiteral("flat"));
    CHECK(ReviewCalculator::trendName(Trend::Unknown) == QStringLiteral("unknown"));
}

TEST_CASE("the review as JSON has the documented shape with null for missing values")
{
    Fixture f;
    fillMetrics(f);
    fillSpending(f);
    f.journal(QStringLiteral("2024-06-11"), QStringLiteral("Yesterday"));
    f.journal(QStringLiteral("2023-06-12"), QStringLiteral("A year ago"));
    const QJsonObject json = ReviewCalculator::toJson(computed(f, kToday));

    CHECK(json.keys()
          == QStringList{QStringLiteral("metrics"),
                         QStringLiteral("on_this_day"),
                         QStringLiteral("spending"),
                         QStringLiteral("streaks"),
                         QStringLiteral("today")});
    CHECK(json.value(QStringLiteral("today")).toString() == QStringLiteral("2024-06-12"));

    const QJsonArray metrics = json.value(QStringLiteral("metrics")).toArray();
    REQUIRE(metrics.size() == 4);
    const QJsonObject sleep = metrics[0].toObject();
    CHECK(sleep.keys()
          == QStringList{QStringLiteral("baseline"),
                         QStringLiteral("change_vs_baseline"),
                         QStringLiteral("change_vs_last_week"),
                         QStringLiteral("last_week"),
                         QStringLiteral("name"),
                         QStringLiteral("same_weekday_baseline"),
                         QStringLiteral("this_week"),
                         QStringLiteral("today"),
                         QStringLiteral("today_vs_same_weekday"),
                         QStringLiteral("trend"),
                         QStringLiteral("unit")});
    CHECK(sleep.value(QStringLiteral("name")).toString() == QStringLiteral("sleep"));
    CHECK(sleep.value(QStringLiteral("unit")).toString() == QStringLiteral("h"));
    CHECK(sleep.value(QStringLiteral("this_week")).toDouble() == Approx(8.0));
    CHECK(sleep.value(QStringLiteral("trend")).toString() == QStringLiteral("up"));
    const QJsonObject caffeine = metrics[3].toObject();
    CHECK(caffeine.value(QStringLiteral("today")).isNull());
    CHECK(caffeine.value(QStringLiteral("baseline")).isNull());
    CHECK(caffeine.value(QStringLiteral("change_vs_baseline")).isNull());
    CHECK(caffeine.value(QStringLiteral("trend")).toString() == QStringLiteral("unknown"));

    const QJsonArray spending = json.value(QStringLiteral("spending")).toArray();
    REQUIRE(spending.size() == 3);
    const QJsonObject food = spending[0].toObject();
    CHECK(food.keys()
          == QStringList{QStringLiteral("baseline_minor"),
                         QStringLiteral("category"),
                         QStringLiteral("category_id"),
                         QStringLiteral("change_vs_baseline"),
                         QStringLiteral("change_vs_last_week"),
                         QStringLiteral("currency"),
                         QStringLiteral("last_week_minor"),
                         QStringLiteral("same_weekday_baseline_minor"),
                         QStringLiteral("this_week_minor"),
                         QStringLiteral("today_minor"),
                         QStringLiteral("today_vs_same_weekday"),
                         QStringLiteral("trend")});
    CHECK(food.value(QStringLiteral("category")).toString() == QStringLiteral("Food"));
    CHECK(food.value(QStringLiteral("category_id")).toInteger() == 1);
    CHECK(food.value(QStringLiteral("currency")).toString() == QStringLiteral("IDR"));
    CHECK(food.value(QStringLiteral("this_week_minor")).toInteger() == 80'000);
    CHECK(food.value(QStringLiteral("baseline_minor")).toInteger() == 14'389);
    CHECK(food.value(QStringLiteral("this_week_minor")).toVariant().typeId() != QMetaType::Double);
    const QJsonObject uncategorised = spending[2].toObject();
    CHECK(uncategorised.value(QStringLiteral("category")).isNull());
    CHECK(uncategorised.value(QStringLiteral("category_id")).isNull());
    CHECK(uncategorised.value(QStringLiteral("change_vs_baseline")).isNull());

    const QJsonArray onThisDay = json.value(QStringLiteral("on_this_day")).toArray();
    REQUIRE(onThisDay.size() == 1);
    const QJsonObject item = onThisDay[0].toObject();
    CHECK(item.keys()
          == QStringList{QStringLiteral("day"),
                         QStringLiteral("kind"),
                         QStringLiteral("origin"),
                         QStringLiteral("title"),
                         QStringLiteral("years_ago")});
    CHECK(item.value(QStringLiteral("years_ago")).toInt() == 1);
    CHECK(item.value(QStringLiteral("day")).toString() == QStringLiteral("2023-06-12"));
    CHECK(item.value(QStringLiteral("kind")).toString() == QStringLiteral("journal"));
    CHECK(item.value(QStringLiteral("title")).toString() == QStringLiteral("A year ago"));

    const QJsonArray streaks = json.value(QStringLiteral("streaks")).toArray();
    REQUIRE(streaks.size() == 2);
    const QJsonObject journal = streaks[0].toObject();
    CHECK(journal.keys()
          == QStringList{QStringLiteral("current"),
                         QStringLiteral("last_day"),
                         QStringLiteral("longest"),
                         QStringLiteral("name")});
    CHECK(journal.value(QStringLiteral("current")).toInt() == 1);
    CHECK(journal.value(QStringLiteral("last_day")).toString() == QStringLiteral("2024-06-11"));
    CHECK(streaks[1].toObject().value(QStringLiteral("last_day")).isNull());
}
