#pragma once

#include <QDate>
#include <QList>

#include <optional>

namespace lifeos {

// One value (or none) per day from `first`, with no day skipped: a missing day is nullopt, never zero.
struct DailySeries
{
    QDate first;
    QList<std::optional<double>> values;

    qsizetype size() const { return values.size(); }
    QDate last() const { return values.isEmpty() ? QDate() : first.addDays(values.size() - 1); }
    std::optional<double> at(const QDate &day) const
    {
        const qint64 i = first.daysTo(day);
        return i >= 0 && i < values.size() ? values[i] : std::nullopt;
    }
    int presentCount() const;
    // The days [from, to] of this series; days outside it are missing.
    DailySeries slice(const QDate &from, const QDate &to) const;
};

struct BandPoint
{
    QDate day;
    double low = 0;  // mean - one standard deviation
    double mean = 0;
    double high = 0; // mean + one standard deviation
};

struct Stats
{
    int count = 0;
    double mean = 0;
    double sd = 0; // sample standard deviation; 0 when count < 2
};

enum class BucketSize { Day, Week, Month };

struct Bucket
{
    QDate start; // the day, the Monday, or the first of the month
    std::optional<double> value; // nullopt when the bucket has no values at all
    int count = 0; // days with a value
};

enum class MetricAggregate;

// The arithmetic behind charts and the Review page. Missing days never count as zero.
namespace series {

Stats stats(const DailySeries &series, const QDate &from, const QDate &to);
// Trailing mean over the `window` days ending at each day, from the days that have values; missing where the
// window has fewer than `minValues` values.
DailySeries movingAverage(const DailySeries &series, int window = 7, int minValues = 3);
// For each day: mean ± sd of the `window` days before it (not counting itself); missing where fewer than
// `minValues` of those days have values.
QList<BandPoint> baselineBand(const DailySeries &series, int window = 90, int minValues = 14);
// Weeks start on Monday. Mean-metrics average their days, Sum-metrics add them, Last takes the last value.
QList<Bucket> buckets(const DailySeries &series, BucketSize size, MetricAggregate aggregate);
// Day buckets up to 120 days, weeks up to 2 years, months beyond.
BucketSize bucketSizeFor(int days);
QDate bucketStart(const QDate &day, BucketSize size);

} // namespace series

} // namespace lifeos
