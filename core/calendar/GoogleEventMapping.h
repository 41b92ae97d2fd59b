#pragma once

#include "calendar/GoogleCalendarSync.h"
#include "model/CalendarEvent.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace lifeos {

// One page of Google's events.list, read into LifeOS's terms.
struct GoogleEventsPage
{
    QList<CalendarEvent> events; // confirmed and tentative events (source "google")
    QStringList cancelledIds;    // events Google says are gone
    QStringList unreadableIds;   // events with an id but no start LifeOS can read (kept as they were)
    QString nextPageToken;       // empty on the last page
    QString nextSyncToken;       // only on the last page
};

struct GoogleCalendarListPage
{
    QList<CalendarInfo> calendars;
    QString nextPageToken;
};

// Reads Google Calendar v3 JSON (events.list, calendarList.list). Pure functions, so the wire format is tested
// without a server.
class GoogleEventMapping
{
    Q_DECLARE_TR_FUNCTIONS(GoogleEventMapping)

public:
    static Result<GoogleEventsPage> eventsPage(const QByteArray &body, const QString &calendarId);
    // nullopt when the event has no id or no readable start; calendarZone is the list's "timeZone".
    static std::optional<CalendarEvent>
    event(const QJsonObject &item, const QString &calendarId, const QString &calendarZone);
    static Result<GoogleCalendarListPage> calendarListPage(const QByteArray &body);
    // RFC 3339 ("2026-11-22T10:30:00+01:00", "2026-11-22T09:30:00.000Z") as UTC; invalid when unreadable.
    static QDateTime instant(const QString &text, const QString &zoneId = {});
    // The reasons in a Google error body ({"error":{"errors":[{"reason":"fullSyncRequired"}]}}).
    static QStringList errorReasons(const QByteArray &body);
};

} // namespace lifeos
