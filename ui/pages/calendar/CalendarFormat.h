#pragma once

#include "model/CalendarEvent.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace lifeos {

// How calendar events read in lists and the details panel, in the user's locale and time zone.
class CalendarFormat
{
    Q_DECLARE_TR_FUNCTIONS(CalendarFormat)

public:
    // The title, or "(no title)".
    static QString title(const CalendarEvent &event);
    // The time as a list on `day` shows it: "All day", "09:30–10:00", "23:00–01:00 (next day)", "Until 01:00",
    // "Continues all day" for a timed event that covers the whole day.
    static QString timeRange(const CalendarEvent &event, const QDate &day, const QTimeZone &zone);
    // "Google Calendar · work@example.com", "Imported · Holidays", "Added by hand".
    static QString origin(const CalendarEvent &event);
    // One line for the agenda: "09:30–10:00 Standup · Room 4" (all-day: "All day · Title").
    static QString agendaLine(const CalendarEvent &event, const QDate &day, const QTimeZone &zone);
    // When, in full, for the details panel: "Sunday, 22 November 2026, 09:30–10:00" or a range of days.
    static QString when(const CalendarEvent &event, const QTimeZone &zone);
    // The local days an event covers in zone (first, last).
    static std::pair<QDate, QDate> localDays(const CalendarEvent &event, const QTimeZone &zone);
    // A week's heading in the locale's order: "16 – 22 November 2026" (en_GB), "November 16 – 22, 2026" (en_US).
    static QString weekTitle(const QDate &first, const QDate &today);
    // A day's heading in the week view: "Monday, 16 November" (en_GB), "Monday, November 16" (en_US).
    static QString dayHeading(const QDate &day);
    // Whether the locale writes the month before the day in its long date format (en_US, ja).
    static bool monthBeforeDay(const QLocale &locale);
};

} // namespace lifeos
