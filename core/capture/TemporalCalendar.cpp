#include "capture/TemporalCalendar.h"

namespace lifeos::temporal {

QDate startOfWeek(QDate day)
{
    return day.addDays(1 - day.dayOfWeek());
}

QDate endOfWeek(QDate day)
{
    return day.addDays(7 - day.dayOfWeek());
}

QDate endOfMonth(QDate day)
{
    return QDate(day.year(), day.month(), day.daysInMonth());
}

QDate weekdayDate(QDate today, int weekday, WeekdayModifier modifier, DateLean lean)
{
    const int sinceLast = (today.dayOfWeek() - weekday + 7) % 7; // 0 when today is that weekday
    switch (modifier) {
    case WeekdayModifier::This:
        return startOfWeek(today).addDays(weekday - 1);
    case WeekdayModifier::Next:
        return startOfWeek(today).addDays(7 + weekday - 1);
    case WeekdayModifier::Last:
        return today.addDays(sinceLast == 0 ? -7 : -sinceLast);
    case WeekdayModifier::None:
        break;
    }
    return lean == DateLean::Future ? today.addDays((weekday - today.dayOfWeek() + 7) % 7) : today.addDays(-sinceLast);
}

QDate yearlessDate(QDate today, int month, int day, DateLean lean)
{
    if (!QDate::isValid(2000, month, day)) // 2000 is a leap year: any day that exists at all exists in it
        return {};
    const int step = lean == DateLean::Future ? 1 : -1;
    // Feb 29 needs at most eight years to come round again (1900 and 2100 skip one).
    for (int year = today.year(), tries = 0; tries < 9; year += step, ++tries) {
        const QDate candidate(year, month, day);
        if (candidate.isValid() && (lean == DateLean::Future ? candidate >= today : candidate <= today))
            return candidate;
    }
    return {};
}

QDate dayOfMonth(QDate today, int day, DateLean lean)
{
    if (day < 1 || day > 31)
        return {};
    const int step = lean == DateLean::Future ? 1 : -1;
    const QDate firstOfMonth(today.year(), today.month(), 1);
    // This month may be past the day, and no two months in a row lack the same day: three tries find it.
    for (int offset = 0; offset != 3 * step; offset += step) {
        const QDate month = firstOfMonth.addMonths(offset);
        const QDate candidate(month.year(), month.month(), day);
        if (candidate.isValid() && (lean == DateLean::Future ? candidate >= today : candidate <= today))
            return candidate;
    }
    return {};
}

} // namespace lifeos::temporal
