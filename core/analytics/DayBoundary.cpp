#include "analytics/DayBoundary.h"

namespace lifeos::days {

namespace {

QDate localDayAt(qint64 secsSinceEpoch, const QTimeZone &zone)
{
    return QDateTime::fromSecsSinceEpoch(secsSinceEpoch, zone).date();
}

} // namespace

QDate localDay(const QDateTime &instant, const QTimeZone &zone)
{
    if (!instant.isValid())
        return {};
    return instant.toTimeZone(zone).date();
}

QDateTime startOf(const QDate &day, const QTimeZone &zone)
{
    if (!day.isValid() || !zone.isValid())
        return {};
    // The usual case: midnight exists once, and a second before it is still the day before.
    const QDateTime midnight(day, QTime(0, 0), zone);
    if (midnight.isValid() && midnight.date() == day && midnight.time() == QTime(0, 0)
        && localDayAt(midnight.toSecsSinceEpoch() - 1, zone) < day)
        return midnight;

    // Midnight skipped (São Paulo's old DST started at 00:00), repeated, or the whole day skipped (Kiritimati,
    // 1994-12-31): the first instant whose local day is `day` or later. UTC offsets lie within ±15 h, and the
    // local day only moves forward across a transition, so a binary search over those seconds finds it.
    const qint64 utcMidnight = QDateTime(day, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    qint64 low = utcMidnight - 15 * 3600;  // local day is before `day`
    qint64 high = utcMidnight + 15 * 3600; // local day is `day` or later
    while (high - low > 1) {
        const qint64 middle = low + (high - low) / 2;
        if (localDayAt(middle, zone) < day)
            low = middle;
        else
            high = middle;
    }
    return QDateTime::fromSecsSinceEpoch(high, zone);
}

double hoursIn(const QDate &day, const QTimeZone &zone)
{
    const QDateTime start = startOf(day, zone);
    const QDateTime end = startOf(day.addDays(1), zone);
    if (!start.isValid() || !end.isValid())
        return 0;
    return hoursBetween(start, end);
}

double hoursBetween(const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid())
        return 0;
    return double(from.msecsTo(to)) / 3'600'000.0;
}

} // namespace lifeos::days
