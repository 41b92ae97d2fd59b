#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace lifeos {

// One event of the user's agenda, from Google Calendar ("google"), an .ics file ("ics") or typed in ("manual").
// Timed events keep UTC instants; all-day events keep dates (endDate exclusive, as iCalendar and Google send them).
// Stored in calendar_events: starts_at/ends_at hold "YYYY-MM-DD" for all-day events and UTC ISO 8601
// ("2026-11-22T09:30:00Z") for timed ones, so both compare as text.
struct CalendarEvent
{
    qint64 id = 0;
    QString source = QStringLiteral("manual");
    QString calendarId; // Google calendar id, or the .ics calendar's name
    QString externalId; // Google event id (one per instance with singleEvents), or UID + instance start for .ics
    QString title;
    QString description;
    QString location;
    bool allDay = false;
    QDateTime startsAt; // timed: UTC
    QDateTime endsAt;   // timed: UTC; equal to startsAt when the event has no end
    QDate startDate;    // all-day: first day
    QDate endDate;      // all-day: the day after the last day
    QString timeZone;   // the IANA zone the event was written in, for display; may be empty
    QDate day;          // the user's local day the event starts on (bucket for lists and search)
    QString status = QStringLiteral("confirmed"); // confirmed | tentative (cancelled ones are deleted)
    QDateTime updatedAt; // UTC
};

} // namespace lifeos
