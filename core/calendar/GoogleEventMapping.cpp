#include "calendar/GoogleEventMapping.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QTimeZone>

namespace lifeos {

namespace {

Result<QJsonObject> objectFrom(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error{ErrorCode::BadResponse,
                     GoogleEventMapping::tr("Google Calendar sent an answer LifeOS cannot read. Try again later.")};
    return document.object();
}

} // namespace

QDateTime GoogleEventMapping::instant(const QString &text, const QString &zoneId)
{
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return {};
    // RFC 3339 always carries an offset; a bare local time is read in the event's zone if it names one.
    if (parsed.timeSpec() == Qt::LocalTime) {
        const QTimeZone zone(zoneId.toUtf8());
        parsed = QDateTime(parsed.date(), parsed.time(), zone.isValid() ? zone : QTimeZone::utc());
    }
    return parsed.toUTC();
}

std::optional<CalendarEvent>
GoogleEventMapping::event(const QJsonObject &item, const QString &calendarId, const QString &calendarZone)
{
    CalendarEvent event;
    event.source = QStringLiteral("google");
    event.calendarId = calendarId;
    event.externalId = item.value(u"id").toString();
    if (event.externalId.isEmpty())
        return std::nullopt;
    event.title = item.value(u"summary").toString();
    event.description = item.value(u"description").toString();
    event.location = item.value(u"location").toString();
    const QString status = item.value(u"status").toString();
    event.status = status == u"tentative" ? status : QStringLiteral("confirmed");
    event.updatedAt = instant(item.value(u"updated").toString());

    const QJsonObject start = item.value(u"start").toObject();
    const QJsonObject end = item.value(u"end").toObject();
    event.timeZone = start.value(u"timeZone").toString(calendarZone);
    if (start.contains(u"date")) {
        event.allDay = true;
        event.startDate = QDate::fromString(start.value(u"date").toString(), Qt::ISODate);
        event.endDate = QDate::fromString(end.value(u"date").toString(), Qt::ISODate); // exclusive, as stored
        if (!event.startDate.isValid())
            return std::nullopt;
        return event;
    }
    event.startsAt = instant(start.value(u"dateTime").toString(), event.timeZone);
    if (!event.startsAt.isValid())
        return std::nullopt;
    event.endsAt = instant(end.value(u"dateTime").toString(), end.value(u"timeZone").toString(event.timeZone));
    if (!event.endsAt.isValid() || event.endsAt < event.startsAt)
        event.endsAt = event.startsAt; // "endTimeUnspecified" or nonsense: a moment, not a span
    return event;
}

Result<GoogleEventsPage> GoogleEventMapping::eventsPage(const QByteArray &body, const QString &calendarId)
{
    auto object = objectFrom(body);
    if (!object)
        return object.error();
    const QJsonValue items = object->value(u"items");
    if (!items.isUndefined() && !items.isArray())
        return Error{ErrorCode::BadResponse, tr("Google Calendar sent an answer LifeOS cannot read. Try again later.")};
    GoogleEventsPage page;
    page.nextPageToken = object->value(u"nextPageToken").toString();
    page.nextSyncToken = object->value(u"nextSyncToken").toString();
    const QString calendarZone = object->value(u"timeZone").toString();
    const QJsonArray array = items.toArray();
    for (const QJsonValue &value : array) {
        const QJsonObject item = value.toObject();
        const QString id = item.value(u"id").toString();
        if (id.isEmpty())
            continue;
        if (item.value(u"status").toString() == u"cancelled") {
            page.cancelledIds.append(id);
            continue;
        }
        if (auto mapped = event(item, calendarId, calendarZone))
            page.events.append(*mapped);
        else
            page.unreadableIds.append(id);
    }
    return page;
}

Result<GoogleCalendarListPage> GoogleEventMapping::calendarListPage(const QByteArray &body)
{
    auto object = objectFrom(body);
    if (!object)
        return object.error();
    GoogleCalendarListPage page;
    page.nextPageToken = object->value(u"nextPageToken").toString();
    const QJsonArray items = object->value(u"items").toArray();
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        CalendarInfo info;
        info.id = item.value(u"id").toString();
        if (info.id.isEmpty() || item.value(u"deleted").toBool())
            continue;
        // The name the user gave the calendar in Google wins over the owner's.
        info.summary = item.value(u"summaryOverride").toString(item.value(u"summary").toString());
        info.timeZone = item.value(u"timeZone").toString();
        info.color = item.value(u"backgroundColor").toString();
        info.primary = item.value(u"primary").toBool();
        page.calendars.append(info);
    }
    return page;
}

QStringList GoogleEventMapping::errorReasons(const QByteArray &body)
{
    QStringList reasons;
    const QJsonObject error = QJsonDocument::fromJson(body).object().value(u"error").toObject();
    for (const QJsonValue &value : error.value(u"errors").toArray()) {
        const QString reason = value.toObject().value(u"reason").toString();
        if (!reason.isEmpty())
            reasons.append(reason);
    }
    return reasons;
}

} // namespace lifeos
