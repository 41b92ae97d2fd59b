#pragma once

#include "capture/TemporalExtractor.h"

#include <QDate>

// Calendar arithmetic for the date extractor. Only QDate arithmetic (never seconds), so a DST change between
// now and the date cannot move it. Weeks start on Monday.
namespace lifeos::temporal {

QDate startOfWeek(QDate day);
QDate endOfWeek(QDate day);
QDate endOfMonth(QDate day);

// Which weekday a modifier picks: "this friday" (the current week), "next friday" (next week), "last friday"
// (the most recent one strictly before today), or a bare "friday" (the nearest one in the lean's direction,
// today included).
enum class WeekdayModifier {
    None,
    This,
    Next,
    Last
};
QDate weekdayDate(QDate today, int weekday, WeekdayModifier modifier, DateLean lean);

// "Dec 5" without a year: the next one on or after today (Future) or the last one on or before today (Past).
// Feb 29 moves to the nearest leap year. Null when no year has the day (Feb 30).
QDate yearlessDate(QDate today, int month, int day, DateLean lean);

// "tgl 5", "on the 5th": the 5th of this month when it is still to come (Future) or already here (Past),
// otherwise of the next (previous) month that has such a day.
QDate dayOfMonth(QDate today, int day, DateLean lean);

} // namespace lifeos::temporal
