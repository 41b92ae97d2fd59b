// The arithmetic behind charts and the Review page: missing days are never zeros.

#include "analytics/DailySeries.h"
#include "health/MetricCatalog.h"
#include "support/QtStringMakers.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <optional>

using namespace lifeos;

namespace {

constexpr std::optional<double> none = std::nullopt;

DailySeries seriesOf(const QDate &first, const QList<std::optional<double>> &values)
{
    return DailySeries{first, values};
}

// "3.5" or "-" per day, so a failing comparison shows the whole series.
std::string render(const DailySeries &series)
{
    std::string text;
    for (const auto &value : series.values)
        text += (value ? QString::number(*value, 'g', 10).toStdString() : std::string("-")) + " ";
    return text;
}

bool sameValues(const DailySeries &actual, const QList<std::optional<double>> &expected)
{
    if (actual.values.size() != expected.size())
        return false;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        if (actual.values[i].has_value() != expected[i].has_value())
            return false;
        if (expected[i] && std::fabs(*actual.values[i] - *expected[i]) > 1e-9)
            return false;
    }
    return true;
}

double sampleSd(const QList<double> &values)
{
    double mean = 0;
    for (double v : values)
        mean += v;
    mean /= double(values.size());
    double squares = 0;
    for (double v : values)
        squares += (v - mean) * (v - mean);
    return std::sqrt(squares / double(values.size() - 1));
}

} // namespace

TEST_CASE("a series counts only the days that have a value and slices with missing edges")
{
    const DailySeries series = seriesOf(QDate(2024, 1, 1), {1.0, none, 0.0, 4.0});
    CHECK(series.presentCount() == 3); // a real zero is a value
    CHECK(series.last() == QDate(2024, 1, 4));
    CHECK(series.at(QDate(2023, 12, 31)) == none);
    CHECK(series.at(QDate(2024, 1, 3)) == std::optional<double>(0.0));

    const DailySeries slice = series.slice(QDate(2023, 12, 30), QDate(2024, 1, 2));
    CHECK(slice.first == QDate(2023, 12, 30));
    INFO(render(slice));
    CHECK(sameValues(slice, {none, none, 1.0, none}));
    CHECK(series.slice(QDate(2024, 1, 3), QDate(2024, 1, 2)).values.isEmpty());
    CHECK(DailySeries{}.presentCount() == 0);
}

TEST_CASE("stats use the present days of the range with a sample standard deviation")
{
    const DailySeries series = seriesOf(QDate(2024, 3, 1), {2.0, none, 4.0, none, 9.0, 100.0});
    const Stats s = series::stats(series, QDate(2024, 2, 20), QDate(2024, 3, 5));
    CHECK(s.count == 3);
    CHECK(s.mean == Approx(5.0));
    CHECK(s.sd == Approx(sampleSd({2, 4, 9})));

    const Stats one = series::stats(series, QDate(2024, 3, 2), QDate(2024, 3, 3));
    CHECK(one.count == 1);
    CHECK(one.mean == Approx(4.0));
    CHECK(one.sd == 0);

    const Stats empty = series::stats(series, QDate(2024, 3, 2), QDate(2024, 3, 2));
    CHECK(empty.count == 0);
    CHECK(series::stats(series, QDate(2024, 4, 1), QDate(2024, 4, 30)).count == 0);
}

TEST_CASE("the moving average skips missing days and is missing where the window holds too few values")
{
    //                                            d0   d1    d2   d3    d4    d5    d6    d7   d8    d9
    const DailySeries series = seriesOf(QDate(2024, 5, 1), {1.0, none, 3.0, 5.0, none, none, none, none, none, 10.0});
    const DailySeries average = series::movingAverage(series, 3, 2);
    CHECK(average.first == series.first);
    INFO(render(average));
    // d0: one value; d2: 1,3; d3: 3,5; d4: 3,5; d5: 5 only; d9: 10 only.
    CHECK(sameValues(average, {none, none, 2.0, 4.0, 4.0, none, none, none, none, none}));

    SECTION("the default window is 7 days with at least 3 values")
    {
        const DailySeries weekly = series::movingAverage(series);
        INFO(render(weekly));
        CHECK(sameValues(weekly, {none, none, none, 3.0, 3.0, 3.0, 3.0, none, none, none})); // d7 sees only 3 and 5
    }
    SECTION("zeros are values, not gaps")
    {
        const DailySeries zeros = seriesOf(QDate(2024, 5, 1), {0.0, 0.0, 6.0});
        CHECK(sameValues(series::movingAverage(zeros, 3, 3), {none, none, 2.0}));
    }
}

TEST_CASE("the baseline band is the mean and sd of the days before each day, not counting the day itself")
{
    QList<std::optional<double>> values;
    for (int i = 0; i < 10; ++i)
        values.append(i % 3 == 2 ? none : std::optional<double>(i));
    // values: 0 1 - 3 4 - 6 7 - 9
    const DailySeries series = seriesOf(QDate(2024, 3, 28), values);
    const QList<BandPoint> band = series::baselineBand(series, 5, 3);
    // Day 3 sees 0,1 (two values): missing. Day 4 sees 0,1,3. Day 5 sees 0,1,3,4 …
    REQUIRE(band.size() == 6);
    CHECK(band.first().day == QDate(2024, 3, 28).addDays(4));
    CHECK(band.first().mean == Approx(4.0 / 3.0));
    CHECK(band.first().low == Approx(4.0 / 3.0 - sampleSd({0, 1, 3})));
    CHECK(band.first().high == Approx(4.0 / 3.0 + sampleSd({0, 1, 3})));
    // Day 9 sees days 4..8: 4, 6, 7 — not its own 9.
    CHECK(band.last().day == QDate(2024, 3, 28).addDays(9));
    CHECK(band.last().mean == Approx(17.0 / 3.0));
    CHECK(band.last().high - band.last().mean == Approx(sampleSd({4, 6, 7})));

    SECTION("a flat history has a band of zero width")
    {
        const DailySeries flat = seriesOf(QDate(2024, 1, 1), QList<std::optional<double>>(120, 70.0));
        const QList<BandPoint> flatBand = series::baselineBand(flat);
        REQUIRE(flatBand.size() == 120 - 14);
        CHECK(flatBand.first().day == QDate(2024, 1, 15));
        CHECK(flatBand.last().low == Approx(70.0));
        CHECK(flatBand.last().high == Approx(70.0));
    }
}

TEST_CASE("weeks start on Monday and months on the first")
{
    CHECK(series::bucketStart(QDate(2024, 3, 31), BucketSize::Week) == QDate(2024, 3, 25)); // a Sunday
    CHECK(series::bucketStart(QDate(2024, 3, 25), BucketSize::Week) == QDate(2024, 3, 25));
    CHECK(series::bucketStart(QDate(2025, 1, 1), BucketSize::Week) == QDate(2024, 12, 30)); // across a year
    CHECK(series::bucketStart(QDate(2024, 2, 29), BucketSize::Month) == QDate(2024, 2, 1));
    CHECK(series::bucketStart(QDate(2024, 2, 29), BucketSize::Day) == QDate(2024, 2, 29));
}

TEST_CASE("weekly buckets average, add up or take the last value of the days that have one")
{
    // Thu 2024-02-01 … Wed 2024-02-14: a partial week, a full week with gaps, a partial week.
    const DailySeries series = seriesOf(QDate(2024, 2, 1),
                                        {1.0,
                                         2.0,
                                         none,
                                         none, // Thu–Sun: week of 29 Jan
                                         none,
                                         none,
                                         none,
                                         none,
                                         none,
                                         none,
                                         none, // empty week
                                         6.0,
                                         none,
                                         3.0}); // Mon–Wed of 12 Feb
    struct Row
    {
        MetricAggregate aggregate;
        std::optional<double> first;
        std::optional<double> last;
    };
    const Row row = GENERATE(Row{MetricAggregate::Mean, 1.5, 4.5},
                             Row{MetricAggregate::Sum, 3.0, 9.0},
                             Row{MetricAggregate::Last, 2.0, 3.0});
    const QList<Bucket> weeks = series::buckets(series, BucketSize::Week, row.aggregate);
    REQUIRE(weeks.size() == 3);
    CHECK(weeks[0].start == QDate(2024, 1, 29));
    CHECK(weeks[0].count == 2);
    CHECK(weeks[0].value == row.first);
    CHECK(weeks[1].start == QDate(2024, 2, 5));
    CHECK(weeks[1].value == none); // a week without values is a gap, not zero
    CHECK(weeks[1].count == 0);
    CHECK(weeks[2].start == QDate(2024, 2, 12));
    CHECK(weeks[2].count == 2);
    CHECK(weeks[2].value == row.last);
}

TEST_CASE("monthly buckets follow calendar months including February of a leap year")
{
    QList<std::optional<double>> values;
    const QDate first(2024, 1, 31);
    for (QDate day = first; day <= QDate(2024, 3, 1); day = day.addDays(1))
        values.append(day.month() == 2 ? std::optional<double>(2.0) : std::optional<double>(10.0));
    const DailySeries series = seriesOf(first, values);
    const QList<Bucket> months = series::buckets(series, BucketSize::Month, MetricAggregate::Sum);
    REQUIRE(months.size() == 3);
    CHECK(months[0].start == QDate(2024, 1, 1));
    CHECK(months[0].value == std::optional<double>(10.0));
    CHECK(months[1].start == QDate(2024, 2, 1));
    CHECK(months[1].count == 29);
    CHECK(months[1].value == std::optional<double>(58.0));
    CHECK(months[2].value == std::optional<double>(10.0));

    const QList<Bucket> meanMonths = series::buckets(series, BucketSize::Month, MetricAggregate::Mean);
    CHECK(meanMonths[1].value == std::optional<double>(2.0));
}

TEST_CASE("day buckets keep each day, and an empty series has no buckets")
{
    const DailySeries series = seriesOf(QDate(2024, 6, 1), {4.0, none});
    const QList<Bucket> days = series::buckets(series, BucketSize::Day, MetricAggregate::Mean);
    REQUIRE(days.size() == 2);
    CHECK(days[0].value == std::optional<double>(4.0));
    CHECK(days[1].value == none);
    CHECK(series::buckets(DailySeries{}, BucketSize::Week, MetricAggregate::Sum).isEmpty());
}

TEST_CASE("long ranges are drawn in weeks, then months")
{
    struct Row
    {
        int days;
        BucketSize size;
    };
    const Row row = GENERATE(Row{7, BucketSize::Day},
                             Row{90, BucketSize::Day},
                             Row{120, BucketSize::Day},
                             Row{121, BucketSize::Week},
                             Row{365, BucketSize::Week},
                             Row{731, BucketSize::Week},
                             Row{733, BucketSize::Month},
                             Row{5 * 365, BucketSize::Month});
    INFO(row.days << " days");
    CHECK(series::bucketSizeFor(row.days) == row.size);
}
