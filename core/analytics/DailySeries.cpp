#include "analytics/DailySeries.h"

#include "health/MetricCatalog.h"

#include <algorithm>
#include <cmath>

namespace lifeos {

namespace {

// Mean and sample sd of the present values among values[from, to) (indexes clamped to the series).
Stats statsOfRange(const QList<std::optional<double>> &values, qsizetype from, qsizetype to)
{
    from = std::max<qsizetype>(from, 0);
    to = std::min(to, values.size());
    Stats result;
    double sum = 0;
    for (qsizetype i = from; i < to; ++i) {
        if (values[i]) {
            ++result.count;
            sum += *values[i];
        }
    }
    if (result.count == 0)
        return result;
    result.mean = sum / result.count;
    if (result.count < 2)
        return result;
    // Two passes: deviations from the mean, so large values (steps) lose no precision.
    double squares = 0;
    for (qsizetype i = from; i < to; ++i) {
        if (values[i]) {
            const double deviation = *values[i] - result.mean;
            squares += deviation * deviation;
        }
    }
    result.sd = std::sqrt(squares / (result.count - 1));
    return result;
}

} // namespace

int DailySeries::presentCount() const
{
    return int(
        std::count_if(values.cbegin(), values.cend(), [](const std::optional<double> &v) { return v.has_value(); }));
}

DailySeries DailySeries::slice(const QDate &from, const QDate &to) const
{
    DailySeries result;
    result.first = from;
    if (!from.isValid() || !to.isValid() || to < from)
        return result;
    const qint64 length = from.daysTo(to) + 1;
    result.values.reserve(length);
    for (qint64 i = 0; i < length; ++i)
        result.values.append(at(from.addDays(i)));
    return result;
}

namespace series {

Stats stats(const DailySeries &series, const QDate &from, const QDate &to)
{
    if (series.values.isEmpty() || !from.isValid() || !to.isValid() || to < from)
        return {};
    return statsOfRange(series.values, series.first.daysTo(from), series.first.daysTo(to) + 1);
}

DailySeries movingAverage(const DailySeries &series, int window, int minValues)
{
    DailySeries result;
    result.first = series.first;
    result.values.reserve(series.size());
    window = std::max(window, 1);
    for (qsizetype i = 0; i < series.size(); ++i) {
        const Stats s = statsOfRange(series.values, i - window + 1, i + 1);
        result.values.append(s.count > 0 && s.count >= minValues ? std::optional<double>(s.mean) : std::nullopt);
    }
    return result;
}

QList<BandPoint> baselineBand(const DailySeries &series, int window, int minValues)
{
    QList<BandPoint> band;
    window = std::max(window, 1);
    for (qsizetype i = 0; i < series.size(); ++i) {
        const Stats s = statsOfRange(series.values, i - window, i);
        if (s.count == 0 || s.count < minValues)
            continue;
        band.append(BandPoint{series.first.addDays(i), s.mean - s.sd, s.mean, s.mean + s.sd});
    }
    return band;
}

QList<Bucket> buckets(const DailySeries &series, BucketSize size, MetricAggregate aggregate)
{
    QList<Bucket> result;
    double sum = 0;
    for (qsizetype i = 0; i < series.size(); ++i) {
        const QDate day = series.first.addDays(i);
        const QDate start = bucketStart(day, size);
        if (result.isEmpty() || result.last().start != start) {
            if (!result.isEmpty() && aggregate == MetricAggregate::Mean && result.last().count > 0)
                result.last().value = sum / result.last().count;
            result.append(Bucket{start, std::nullopt, 0});
            sum = 0;
        }
        const std::optional<double> &value = series.values[i];
        if (!value)
            continue;
        Bucket &bucket = result.last();
        ++bucket.count;
        sum += *value;
        switch (aggregate) {
        case MetricAggregate::Mean:
            break; // divided when the bucket is complete
        case MetricAggregate::Sum:
            bucket.value = sum;
            break;
        case MetricAggregate::Last:
            bucket.value = *value;
            break;
        }
    }
    if (!result.isEmpty() && aggregate == MetricAggregate::Mean && result.last().count > 0)
        result.last().value = sum / result.last().count;
    return result;
}

BucketSize bucketSizeFor(int days)
{
    if (days <= 120)
        return BucketSize::Day;
    if (days <= 2 * 366)
        return BucketSize::Week;
    return BucketSize::Month;
}

QDate bucketStart(const QDate &day, BucketSize size)
{
    if (!day.isValid())
        return {};
    switch (size) {
    case BucketSize::Day:
        return day;
    case BucketSize::Week:
        return day.addDays(1 - day.dayOfWeek()); // Qt: Monday is 1
    case BucketSize::Month:
        return QDate(day.year(), day.month(), 1);
    }
    return day;
}

} // namespace series

} // namespace lifeos
