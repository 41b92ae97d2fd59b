#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace lifeos {

// "Which day" is the user's local day in their time zone at the time of the record, not the UTC day.
// Days are 23 or 25 hours long across daylight-saving changes; these functions never assume 24.
namespace days {

QDate localDay(const QDateTime &instant, const QTimeZone &zone);
// The instant the local day starts (the first valid local time, when midnight is skipped by DST).
QDateTime startOf(const QDate &day, const QTimeZone &zone);
// Length of the local day in hours: 23, 24 or 25 (or 23.5 …).
double hoursIn(const QDate &day, const QTimeZone &zone);
// Hours of sleep (or any span) between two instants, in real elapsed time.
double hoursBetween(const QDateTime &from, const QDateTime &to);

} // namespace days

} // namespace lifeos
