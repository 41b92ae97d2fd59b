#include "calendar/CalendarRepository.h"

#include "analytics/DayBoundary.h"
#include "storage/Query.h"
#include "storage/SqlValues.h"

#include <algorithm>

namespace lifeos {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, source, calendar_id, external_id, title, description, location, all_day, starts_at, ends_at, "
    "time_zone, day, status, updated_at FROM calendar_events");

// Timed events are stored as whole-second UTC ISO 8601 ("2026-11-22T09:30:00Z") and all-day ones as dates, so
// both kinds compare correctly as text.
QString instantText(const QDateTime &instant)
{
    return instant.toUTC().toString(Qt::ISODate);
}

QDateTime instantFrom(const QString &text)
{
    QDateTime instant = QDateTime::fromString(text, Qt::ISODate);
    return instant.isValid() ? instant.toUTC() : instant;
}

QDateTime wholeSeconds(const QDateTime &instant)
{
    return QDateTime::fromSecsSinceEpoch(instant.toSecsSinceEpoch(), QTimeZone::utc());
}

bool inStorableRange(const QDate &date)
{
    return date.isValid() && date.year() >= 1000 && date.year() <= 9999;
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

CalendarEvent eventFromRow(const QSqlQuery &row)
{
    CalendarEvent event;
    event.id = row.value(0).toLongLong();
    event.source = row.value(1).toString();
    event.calendarId = row.value(2).toString();
    event.externalId = row.value(3).toString();
    event.title = row.value(4).toString();
    event.description = row.value(5).toString();
    event.location = row.value(6).toString();
    event.allDay = row.value(7).toInt() == 1;
    if (event.allDay) {
        event.startDate = QDate::fromString(row.value(8).toString(), Qt::ISODate);
        event.endDate = QDate::fromString(row.value(9).toString(), Qt::ISODate);
    } else {
        event.startsAt = instantFrom(row.value(8).toString());
        event.endsAt = instantFrom(row.value(9).toString());
    }
    event.timeZone = row.value(10).toString();
    event.day = sql::toDay(row.value(11));
    event.status = row.value(12).toString();
    event.updatedAt = sql::toInstant(row.value(13));
    return event;
}

// The values of the columns upsert() and add() write, in this order (see kColumns).
const QStringList kColumns = {QStringLiteral("title"),
                              QStringLiteral("description"),
                              QStringLiteral("location"),
                              QStringLiteral("all_day"),
                              QStringLiteral("starts_at"),
                              QStringLiteral("ends_at"),
                              QStringLiteral("time_zone"),
                              QStringLiteral("day"),
                              QStringLiteral("status")};

QVariantList columnValues(const CalendarEvent &event)
{
    const bool allDay = event.allDay;
    return {event.title,
            event.description,
            event.location,
            allDay ? 1 : 0,
            allDay ? event.startDate.toString(Qt::ISODate) : instantText(event.startsAt),
            allDay ? event.endDate.toString(Qt::ISODate) : instantText(event.endsAt),
            event.timeZone,
            sql::day(event.day),
            event.status};
}

// The local day an event is listed under first, in zone.
QDate firstDay(const CalendarEvent &event, const QTimeZone &zone)
{
    return event.allDay ? event.startDate : days::localDay(event.startsAt, zone);
}

} // namespace

CalendarRepository::CalendarRepository(Database &database)
    : m_database(database)
{}

// Checks what the table's text ordering relies on and fills in what an event may leave out.
static Result<CalendarEvent> normalised(const CalendarEvent &input, const QTimeZone &zone)
{
    CalendarEvent event = input;
    event.source = event.source.trimmed().isEmpty() ? QStringLiteral("manual") : event.source.trimmed();
    event.status = event.status.trimmed().isEmpty() ? QStringLiteral("confirmed") : event.status.trimmed().toLower();
    if (!zone.isValid())
        return Error{ErrorCode::InvalidInput, CalendarRepository::tr("The event needs a valid time zone.")};
    if (event.allDay) {
        if (!inStorableRange(event.startDate))
            return Error{ErrorCode::InvalidInput, CalendarRepository::tr("The all-day event needs a valid first day.")};
        if (!event.endDate.isValid() || event.endDate == event.startDate)
            event.endDate = event.startDate.addDays(1);
        if (!inStorableRange(event.endDate) || event.endDate < event.startDate)
            return Error{ErrorCode::InvalidInput,
                         CalendarRepository::tr("The all-day event ends before it starts; check its dates.")};
        event.startsAt = {};
        event.endsAt = {};
        event.day = event.startDate;
    } else {
        if (!event.startsAt.isValid() || !inStorableRange(event.startsAt.toUTC().date()))
            return Error{ErrorCode::InvalidInput, CalendarRepository::tr("The event needs a valid start time.")};
        event.startsAt = wholeSeconds(event.startsAt);
        event.endsAt = event.endsAt.isValid() ? wholeSeconds(event.endsAt) : event.startsAt;
        if (event.endsAt < event.startsAt || !inStorableRange(event.endsAt.toUTC().date()))
            return Error{ErrorCode::InvalidInput,
                         CalendarRepository::tr("The event ends before it starts; check its times.")};
        event.startDate = {};
        event.endDate = {};
        event.day = days::localDay(event.startsAt, zone);
    }
    return event;
}

Result<CalendarEvent> CalendarRepository::add(const CalendarEvent &input, const QTimeZone &zone)
{
    auto checked = normalised(input, zone);
    if (!checked)
        return checked.error();
    CalendarEvent event = *checked;
    if (!event.updatedAt.isValid())
        event.updatedAt = sql::now();
    auto query = runQuery(m_database,
                          QStringLiteral("INSERT INTO calendar_events (source, calendar_id, external_id, ")
                              + kColumns.join(QStringLiteral(", "))
                              + QStringLiteral(", updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                          QVariantList{event.source, event.calendarId, textOrNull(event.externalId)}
                              + columnValues(event) + QVariantList{sql::instant(event.updatedAt)},
                          tr("Adding the event “%1”").arg(event.title));
    if (!query)
        return query.error();
    event.id = query->lastInsertId().toLongLong();
    return event;
}

Result<CalendarEvent>
CalendarRepository::upsert(const CalendarEvent &input, const QTimeZone &zone, UpsertEffect *effect)
{
    auto checked = normalised(input, zone);
    if (!checked)
        return checked.error();
    CalendarEvent event = *checked;
    if (event.externalId.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("A synced or imported event needs an external id.")};
    UpsertEffect done = UpsertEffect::Unchanged;
    auto written = m_database.write([&]() -> Result<void> {
        auto existing = runQuery(m_database,
                                 QStringLiteral("SELECT id FROM calendar_events WHERE source = ? AND calendar_id = ? "
                                                "AND external_id = ?"),
                                 {event.source, event.calendarId, event.externalId},
                                 tr("Reading the event “%1”").arg(event.title));
        if (!existing)
            return existing.error();
        if (!existing->next()) {
            auto added = add(event, zone);
            if (!added)
                return added.error();
            event = *added;
            done = UpsertEffect::Added;
            return {};
        }
        event.id = existing->value(0).toLongLong();
        existing->finish();
        // Only a real change is written, so a resync neither counts nor re-indexes events that stayed the same.
        const bool updatedGiven = event.updatedAt.isValid();
        if (!updatedGiven)
            event.updatedAt = sql::now();
        QStringList assignments;
        QStringList differences;
        for (const QString &column : kColumns) {
            assignments << column + QStringLiteral(" = ?");
            differences << column + QStringLiteral(" IS NOT ?");
        }
        const QVariantList values = columnValues(event);
        QVariantList bound = values + QVariantList{sql::instant(event.updatedAt), event.id} + values;
        if (updatedGiven) {
            differences << QStringLiteral("updated_at IS NOT ?");
            bound << sql::instant(event.updatedAt);
        }
        auto query = runQuery(m_database,
                              QStringLiteral("UPDATE calendar_events SET ") + assignments.join(QStringLiteral(", "))
                                  + QStringLiteral(", updated_at = ? WHERE id = ? AND (")
                                  + differences.join(QStringLiteral(" OR ")) + u')',
                              bound,
                              tr("Saving the event “%1”").arg(event.title));
        if (!query)
            return query.error();
        if (query->numRowsAffected() > 0) {
            done = UpsertEffect::Updated;
        } else {
            auto stored = get(event.id);
            if (!stored)
                return stored.error();
            if (stored->has_value())
                event.updatedAt = (*stored)->updatedAt;
        }
        return {};
    });
    if (!written)
        return written.error();
    if (effect)
        *effect = done;
    return event;
}

Result<void> CalendarRepository::remove(qint64 id)
{
    auto query = runQuery(m_database,
                          QStringLiteral("DELETE FROM calendar_events WHERE id = ?"),
                          {id},
                          tr("Deleting the event"));
    if (!query)
        return query.error();
    return {};
}

Result<int>
CalendarRepository::removeExternal(const QString &source, const QString &calendarId, const QString &externalId)
{
    auto query = runQuery(m_database,
                          QStringLiteral("DELETE FROM calendar_events WHERE source = ? AND calendar_id = ? AND "
                                         "external_id = ?"),
                          {source, calendarId, externalId},
                          tr("Deleting a cancelled event"));
    if (!query)
        return query.error();
    return query->numRowsAffected();
}

Result<int>
CalendarRepository::removeAllExcept(const QString &source, const QString &calendarId, const QSet<QString> &keep)
{
    int removed = 0;
    auto written = m_database.write([&]() -> Result<void> {
        auto stored = runQuery(m_database,
                               QStringLiteral("SELECT id, external_id FROM calendar_events WHERE source = ? AND "
                                              "calendar_id = ?"),
                               {source, calendarId},
                               tr("Reading the calendar's events"));
        if (!stored)
            return stored.error();
        QList<qint64> gone;
        while (stored->next()) {
            if (!keep.contains(stored->value(1).toString()))
                gone.append(stored->value(0).toLongLong());
        }
        stored->finish();
        for (qint64 id : gone) {
            auto deleted = remove(id);
            if (!deleted)
                return deleted.error();
        }
        removed = int(gone.size());
        return {};
    });
    if (!written)
        return written.error();
    return removed;
}

Result<int> CalendarRepository::removeCalendar(const QString &source, const QString &calendarId)
{
    auto query = calendarId.isEmpty()
                     ? runQuery(m_database,
                                QStringLiteral("DELETE FROM calendar_events WHERE source = ?"),
                                {source},
                                tr("Removing the calendar's events"))
                     : runQuery(m_database,
                                QStringLiteral("DELETE FROM calendar_events WHERE source = ? AND calendar_id = ?"),
                                {source, calendarId},
                                tr("Removing the calendar's events"));
    if (!query)
        return query.error();
    return query->numRowsAffected();
}

Result<std::optional<CalendarEvent>> CalendarRepository::get(qint64 id) const
{
    auto query = runQuery(m_database, kSelect + QStringLiteral(" WHERE id = ?"), {id}, tr("Reading the event"));
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<CalendarEvent>();
    return std::optional<CalendarEvent>(eventFromRow(*query));
}

Result<QList<CalendarEvent>>
CalendarRepository::between(const QDate &from, const QDate &to, const QTimeZone &zone) const
{
    if (!inStorableRange(from) || !inStorableRange(to) || !zone.isValid())
        return Error{ErrorCode::InvalidInput, tr("Choose valid days and a time zone to list events.")};
    if (to < from)
        return QList<CalendarEvent>();
    // The local days' bounds as UTC instants: [start of from, start of the day after to), 23 or 25 hours on DST days.
    const QString fromInstant = instantText(days::startOf(from, zone));
    const QString toInstant = instantText(days::startOf(to.addDays(1), zone));
    // An event without duration shows on the day it happens; any other one on each day it overlaps.
    auto query =
        runQuery(m_database,
                 kSelect
                     + QStringLiteral(" WHERE (all_day = 1 AND starts_at <= ? AND ends_at > ?) "
                                      "OR (all_day = 0 AND starts_at < ? AND (ends_at > ? OR (ends_at = starts_at AND "
                                      "starts_at >= ?)))"),
                 {to.toString(Qt::ISODate), from.toString(Qt::ISODate), toInstant, fromInstant, fromInstant},
                 tr("Reading the agenda"));
    if (!query)
        return query.error();
    QList<CalendarEvent> events;
    while (query->next())
        events.append(eventFromRow(*query));
    // By first local day in zone (which may differ from the zone the row was bucketed in), all-day first, by start.
    std::sort(events.begin(), events.end(), [&](const CalendarEvent &a, const CalendarEvent &b) {
        const QDate dayA = firstDay(a, zone);
        const QDate dayB = firstDay(b, zone);
        if (dayA != dayB)
            return dayA < dayB;
        if (a.allDay != b.allDay)
            return a.allDay;
        if (a.allDay) {
            if (a.startDate != b.startDate)
                return a.startDate < b.startDate;
        } else if (a.startsAt != b.startsAt) {
            return a.startsAt < b.startsAt;
        }
        if (a.title != b.title)
            return a.title < b.title;
        return a.id < b.id;
    });
    return events;
}

Result<int> CalendarRepository::count(const QString &source) const
{
    auto query = source.isEmpty() ? runQuery(m_database,
                                             QStringLiteral("SELECT count(*) FROM calendar_events"),
                                             QVariantList{},
                                             tr("Counting events"))
                                  : runQuery(m_database,
                                             QStringLiteral("SELECT count(*) FROM calendar_events WHERE source = ?"),
                                             {source},
                                             tr("Counting events"));
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toInt() : 0;
}

Result<QStringList> CalendarRepository::calendarIds(const QString &source) const
{
    auto query = runQuery(m_database,
                          QStringLiteral("SELECT DISTINCT calendar_id FROM calendar_events WHERE source = ? "
                                         "ORDER BY calendar_id"),
                          {source},
                          tr("Reading the calendars"));
    if (!query)
        return query.error();
    QStringList ids;
    while (query->next())
        ids.append(query->value(0).toString());
    return ids;
}

} // namespace lifeos
