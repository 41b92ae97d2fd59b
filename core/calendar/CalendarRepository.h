#pragma once

#include "model/CalendarEvent.h"
#include "storage/Database.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QTimeZone>

namespace lifeos {

// Calendar events in SQLite. Synced and imported events are keyed by (source, calendarId, externalId), so
// writing one twice updates it. Lists are for the user's local days in a given zone: an event shows on every
// local day it overlaps (a timed event ending exactly at midnight does not show on the next day).
class CalendarRepository
{
    Q_DECLARE_TR_FUNCTIONS(CalendarRepository)

public:
    // What upsert() did, for "items changed" counts: an update that changes nothing is not written.
    enum class UpsertEffect { Added, Updated, Unchanged };

    explicit CalendarRepository(Database &database);

    // Inserts or updates by (source, calendarId, externalId); externalId must not be empty. Computes
    // day from the start in zone. A title-less event is stored with an empty title (the UI says "(no title)").
    Result<CalendarEvent> upsert(const CalendarEvent &event, const QTimeZone &zone, UpsertEffect *effect = nullptr);
    Result<CalendarEvent> add(const CalendarEvent &event, const QTimeZone &zone); // manual events
    Result<void> remove(qint64 id);
    // Removes one synced event (Google "cancelled"); 0 when it was not there.
    Result<int> removeExternal(const QString &source, const QString &calendarId, const QString &externalId);
    // After a full sync: removes the calendar's events whose externalId is not in keep.
    Result<int> removeAllExcept(const QString &source, const QString &calendarId, const QSet<QString> &keep);
    // Every event of one calendar (calendarId empty: of the whole source).
    Result<int> removeCalendar(const QString &source, const QString &calendarId = {});

    Result<std::optional<CalendarEvent>> get(qint64 id) const;
    // Events overlapping the local days from..to (inclusive) in zone: all-day ones first on a day, then by start.
    Result<QList<CalendarEvent>> between(const QDate &from, const QDate &to, const QTimeZone &zone) const;
    Result<QList<CalendarEvent>> onDay(const QDate &day, const QTimeZone &zone) const { return between(day, day, zone); }
    Result<int> count(const QString &source = {}) const;
    // The calendar ids the source has events under (to forget calendars no longer chosen).
    Result<QStringList> calendarIds(const QString &source) const;

private:
    Database &m_database;
};

} // namespace lifeos
