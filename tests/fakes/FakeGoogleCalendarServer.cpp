#include "FakeGoogleCalendarServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>

namespace lifeos {

namespace {

const QByteArray kPrefix = QByteArrayLiteral("/calendar/v3");

QByteArray googleError(int code, const QString &reason, const QString &message)
{
    QJsonObject detail{{QStringLiteral("domain"), QStringLiteral("global")},
                       {QStringLiteral("reason"), reason},
                       {QStringLiteral("message"), message}};
    QJsonObject error{{QStringLiteral("code"), code},
                      {QStringLiteral("message"), message},
                      {QStringLiteral("errors"), QJsonArray{detail}}};
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson(QJsonDocument::Compact);
}

FakeHttpResponse badRequest(const QString &message)
{
    return FakeHttpResponse::json(400, googleError(400, QStringLiteral("invalid"), message));
}

FakeHttpResponse gone()
{
    return FakeHttpResponse::json(410,
                                  googleError(410,
                                              QStringLiteral("fullSyncRequired"),
                                              QStringLiteral("Sync token is no longer valid, a full sync is "
                                                             "required.")));
}

// A fixed clock, so two runs against equal servers store equal rows.
QString updatedAt(qint64 position)
{
    return QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc())
        .addSecs(position * 60)
        .toString(Qt::ISODateWithMs);
}

QDateTime rfc3339(const QString &text)
{
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid() || parsed.timeSpec() == Qt::LocalTime)
        return {}; // RFC 3339 requires an offset, and Google refuses a time without one
    return parsed;
}

// The instant an event's start or end ("dateTime", or "date" at midnight in the calendar's zone) stands for.
QDateTime boundary(const QJsonObject &when, const QTimeZone &zone)
{
    if (when.contains(u"date"))
        return QDateTime(QDate::fromString(when.value(u"date").toString(), Qt::ISODate), QTime(0, 0), zone);
    return rfc3339(when.value(u"dateTime").toString());
}

// Tokens are opaque to the client and hold '+', '/' and '=' on purpose (see the class comment).
QString pageToken(const QString &listing, int offset)
{
    return QStringLiteral("PG+%1/%2=").arg(listing).arg(offset);
}

bool parsePageToken(const QString &token, QString *listing, int *offset)
{
    if (!token.startsWith(u"PG+") || !token.endsWith(u'='))
        return false;
    const QStringList parts = token.mid(3, token.size() - 4).split(u'/');
    if (parts.size() != 2)
        return false;
    bool ok = false;
    *offset = parts.at(1).toInt(&ok);
    *listing = parts.at(0);
    return ok && *offset >= 0;
}

} // namespace

FakeGoogleCalendarServer::FakeGoogleCalendarServer()
    : FakeGoogleCalendarServer(Options{})
{}

FakeGoogleCalendarServer::FakeGoogleCalendarServer(Options options)
    : m_options(std::move(options))
    , m_http(std::make_unique<FakeHttpServer>())
{
    m_acceptedTokens.insert(m_options.token);
    m_http->setHandler([this](const FakeHttpRequest &request) { return answer(request); });
}

FakeGoogleCalendarServer::~FakeGoogleCalendarServer()
{
    m_http.reset(); // stop serving before the members the handler reads go away
}

QUrl FakeGoogleCalendarServer::apiBaseUrl() const
{
    return m_http->url(QString::fromLatin1(kPrefix));
}

void FakeGoogleCalendarServer::addCalendar(const Calendar &calendar)
{
    std::lock_guard lock(m_mutex);
    if (!m_calendars.contains(calendar.id))
        m_calendarOrder.append(calendar.id);
    m_calendars[calendar.id].info = calendar;
}

void FakeGoogleCalendarServer::putEvent(const QString &calendarId, QJsonObject event)
{
    std::lock_guard lock(m_mutex);
    CalendarData &data = m_calendars[calendarId];
    if (data.info.id.isEmpty()) {
        data.info.id = calendarId;
        m_calendarOrder.append(calendarId);
    }
    const QString id = event.value(u"id").toString();
    const qint64 position = ++m_position;
    event.insert(QStringLiteral("kind"), QStringLiteral("calendar#event"));
    event.insert(QStringLiteral("etag"), QStringLiteral("\"%1\"").arg(position));
    if (!event.contains(u"status"))
        event.insert(QStringLiteral("status"), QStringLiteral("confirmed"));
    event.insert(QStringLiteral("updated"), updatedAt(position));
    if (!data.events.contains(id))
        data.order.append(id);
    data.events[id] = StoredEvent{event, position, false};
}

void FakeGoogleCalendarServer::cancelEvent(const QString &calendarId, const QString &eventId)
{
    std::lock_guard lock(m_mutex);
    auto calendarIt = m_calendars.find(calendarId);
    if (calendarIt == m_calendars.end() || !calendarIt->events.contains(eventId))
        return;
    StoredEvent &stored = calendarIt->events[eventId];
    stored.cancelled = true;
    stored.changedAt = ++m_position;
}

void FakeGoogleCalendarServer::cancelSeries(const QString &calendarId, const QString &seriesId)
{
    std::lock_guard lock(m_mutex);
    auto calendarIt = m_calendars.find(calendarId);
    if (calendarIt == m_calendars.end())
        return;
    const QString instancePrefix = seriesId + u'_';
    for (const QString &id : QStringList(calendarIt->order)) {
        if (id.startsWith(instancePrefix)) {
            calendarIt->events.remove(id);
            calendarIt->order.removeAll(id);
        }
    }
    if (!calendarIt->events.contains(seriesId))
        calendarIt->order.append(seriesId);
    calendarIt->events[seriesId] = StoredEvent{QJsonObject{{QStringLiteral("id"), seriesId}}, ++m_position, true};
}

void FakeGoogleCalendarServer::purgeEvent(const QString &calendarId, const QString &eventId)
{
    std::lock_guard lock(m_mutex);
    auto calendarIt = m_calendars.find(calendarId);
    if (calendarIt == m_calendars.end())
        return;
    calendarIt->events.remove(eventId);
    calendarIt->order.removeAll(eventId);
}

void FakeGoogleCalendarServer::invalidateSyncTokens(const QString &calendarId)
{
    std::lock_guard lock(m_mutex);
    for (auto it = m_calendars.begin(); it != m_calendars.end(); ++it) {
        if (calendarId.isEmpty() || it.key() == calendarId)
            ++it->epoch;
    }
}

void FakeGoogleCalendarServer::addFault(const FaultRule &rule)
{
    std::lock_guard lock(m_mutex);
    m_faults.append(rule);
}

void FakeGoogleCalendarServer::clearFaults()
{
    std::lock_guard lock(m_mutex);
    m_faults.clear();
}

void FakeGoogleCalendarServer::acceptToken(const QByteArray &token)
{
    std::lock_guard lock(m_mutex);
    m_acceptedTokens.insert(token);
    m_refusedTokens.remove(token);
}

QList<FakeGoogleCalendarServer::ServedPage> FakeGoogleCalendarServer::served() const
{
    std::lock_guard lock(m_mutex);
    return m_served;
}

void FakeGoogleCalendarServer::clearServed()
{
    std::lock_guard lock(m_mutex);
    m_served.clear();
}

QList<FakeHttpRequest> FakeGoogleCalendarServer::eventRequests(const QString &calendarId) const
{
    const QByteArray prefix = kPrefix + QByteArrayLiteral("/calendars/");
    QList<FakeHttpRequest> matching;
    for (const FakeHttpRequest &request : m_http->requests()) {
        const QByteArray path = request.path();
        if (!path.startsWith(prefix) || !path.endsWith(QByteArrayLiteral("/events")))
            continue;
        const QByteArray segment = path.mid(prefix.size(), path.size() - prefix.size() - 7);
        if (QUrl::fromPercentEncoding(segment) == calendarId)
            matching.append(request);
    }
    return matching;
}

QString FakeGoogleCalendarServer::queryValue(const FakeHttpRequest &request, const QString &key)
{
    const qsizetype mark = request.target.indexOf('?');
    if (mark < 0)
        return {};
    for (const QByteArray &item : request.target.mid(mark + 1).split('&')) {
        const qsizetype equals = item.indexOf('=');
        const QByteArray name = equals < 0 ? item : item.left(equals);
        if (QUrl::fromPercentEncoding(name) != key)
            continue;
        QByteArray value = equals < 0 ? QByteArray() : item.mid(equals + 1);
        value.replace('+', ' '); // as Google reads a query: an unencoded '+' is a space
        return QUrl::fromPercentEncoding(value);
    }
    return {};
}

bool FakeGoogleCalendarServer::hasQueryKey(const FakeHttpRequest &request, const QString &key)
{
    const qsizetype mark = request.target.indexOf('?');
    if (mark < 0)
        return false;
    for (const QByteArray &item : request.target.mid(mark + 1).split('&')) {
        const qsizetype equals = item.indexOf('=');
        if (QUrl::fromPercentEncoding(equals < 0 ? item : item.left(equals)) == key)
            return true;
    }
    return false;
}

QJsonObject FakeGoogleCalendarServer::timedEvent(const QString &id,
                                                 const QString &summary,
                                                 const QDateTime &start,
                                                 const QDateTime &end,
                                                 const QString &timeZone)
{
    // Google writes the instant with the offset of the event's zone: "2026-07-14T23:30:00-04:00".
    const QTimeZone zone(timeZone.toUtf8());
    const auto written = [&](const QDateTime &at) {
        return at.toOffsetFromUtc(zone.isValid() ? zone.offsetFromUtc(at) : 0).toString(Qt::ISODate);
    };
    QJsonObject event{
        {QStringLiteral("id"), id},
        {QStringLiteral("start"),
         QJsonObject{{QStringLiteral("dateTime"), written(start)}, {QStringLiteral("timeZone"), timeZone}}},
        {QStringLiteral("end"),
         QJsonObject{{QStringLiteral("dateTime"), written(end)}, {QStringLiteral("timeZone"), timeZone}}}};
    if (!summary.isNull())
        event.insert(QStringLiteral("summary"), summary);
    return event;
}

QJsonObject FakeGoogleCalendarServer::allDayEvent(const QString &id,
                                                  const QString &summary,
                                                  const QDate &first,
                                                  const QDate &endExclusive)
{
    QJsonObject event{
        {QStringLiteral("id"), id},
        {QStringLiteral("start"), QJsonObject{{QStringLiteral("date"), first.toString(Qt::ISODate)}}},
        {QStringLiteral("end"), QJsonObject{{QStringLiteral("date"), endExclusive.toString(Qt::ISODate)}}}};
    if (!summary.isNull())
        event.insert(QStringLiteral("summary"), summary);
    return event;
}

FakeGoogleCalendarServer::CalendarData *FakeGoogleCalendarServer::calendar(const QString &key)
{
    if (key == u"primary") {
        for (auto it = m_calendars.begin(); it != m_calendars.end(); ++it) {
            if (it->info.primary)
                return &*it;
        }
    }
    auto it = m_calendars.find(key);
    return it == m_calendars.end() ? nullptr : &*it;
}

QString FakeGoogleCalendarServer::newSyncToken(const QString &calendarId)
{
    const QString token = QStringLiteral("CPD+%1/sync=").arg(++m_tokenCounter);
    m_syncTokens.insert(token, SyncTokenInfo{calendarId, m_position, m_calendars[calendarId].epoch});
    return token;
}

std::optional<FakeGoogleCalendarServer::FaultRule>
FakeGoogleCalendarServer::takeFault(const QString &calendarId, int page, bool incremental)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        FaultRule &rule = m_faults[i];
        if (!rule.calendarId.isEmpty() && rule.calendarId != calendarId)
            continue;
        if (rule.page != 0 && rule.page != page)
            continue;
        if ((rule.listing == Listing::Full && incremental) || (rule.listing == Listing::Incremental && !incremental))
            continue;
        const FaultRule taken = rule;
        if (rule.times > 0 && --rule.times == 0)
            m_faults.removeAt(i);
        return taken;
    }
    return std::nullopt;
}

FakeHttpResponse FakeGoogleCalendarServer::answer(const FakeHttpRequest &request)
{
    if (request.method != "GET")
        return FakeHttpResponse::json(
            405,
            googleError(405, QStringLiteral("httpMethodNotAllowed"), QStringLiteral("Method not allowed.")));
    const QByteArray authorization = request.header("Authorization");
    const QByteArray token = authorization.startsWith("Bearer ") ? authorization.mid(7) : QByteArray();
    {
        std::lock_guard lock(m_mutex);
        if (token.isEmpty() || !m_acceptedTokens.contains(token) || m_refusedTokens.contains(token))
            return FakeHttpResponse::json(
                401,
                googleError(401, QStringLiteral("authError"), QStringLiteral("Invalid Credentials")));
    }
    const QByteArray path = request.path();
    if (path == kPrefix + QByteArrayLiteral("/users/me/calendarList"))
        return calendarList(request);
    const QByteArray calendars = kPrefix + QByteArrayLiteral("/calendars/");
    if (path.startsWith(calendars) && path.endsWith(QByteArrayLiteral("/events"))) {
        const QByteArray segment = path.mid(calendars.size(), path.size() - calendars.size() - 7);
        if (!segment.isEmpty() && !segment.contains('/'))
            return events(request, QUrl::fromPercentEncoding(segment));
    }
    return FakeHttpResponse::json(404, googleError(404, QStringLiteral("notFound"), QStringLiteral("Not Found")));
}

FakeHttpResponse FakeGoogleCalendarServer::events(const FakeHttpRequest &request, const QString &calendarKey)
{
    std::lock_guard lock(m_mutex);
    CalendarData *data = calendar(calendarKey);
    if (!data)
        return FakeHttpResponse::json(404, googleError(404, QStringLiteral("notFound"), QStringLiteral("Not Found")));
    const QString syncToken = queryValue(request, QStringLiteral("syncToken"));
    const bool incremental = hasQueryKey(request, QStringLiteral("syncToken"));
    if (incremental) {
        for (const QString &key : {QStringLiteral("timeMin"),
                                   QStringLiteral("timeMax"),
                                   QStringLiteral("orderBy"),
                                   QStringLiteral("q"),
                                   QStringLiteral("updatedMin"),
                                   QStringLiteral("iCalUID"),
                                   QStringLiteral("privateExtendedProperty"),
                                   QStringLiteral("sharedExtendedProperty")}) {
            if (hasQueryKey(request, key))
                return badRequest(QStringLiteral("The parameter %1 cannot be used together with syncToken.").arg(key));
        }
        if (queryValue(request, QStringLiteral("showDeleted")) == u"false")
            return badRequest(QStringLiteral("showDeleted cannot be false with syncToken."));
    }
    int pageSize = 250;
    if (hasQueryKey(request, QStringLiteral("maxResults"))) {
        bool ok = false;
        pageSize = queryValue(request, QStringLiteral("maxResults")).toInt(&ok);
        if (!ok || pageSize < 1 || pageSize > 2500)
            return badRequest(QStringLiteral("Invalid value for maxResults."));
    }
    pageSize = std::min(pageSize, std::max(1, m_options.pageSize));
    QDateTime timeMin;
    QDateTime timeMax;
    if (hasQueryKey(request, QStringLiteral("timeMin"))) {
        timeMin = rfc3339(queryValue(request, QStringLiteral("timeMin")));
        if (!timeMin.isValid())
            return badRequest(QStringLiteral("Bad Request: timeMin is not RFC 3339."));
    }
    if (hasQueryKey(request, QStringLiteral("timeMax"))) {
        timeMax = rfc3339(queryValue(request, QStringLiteral("timeMax")));
        if (!timeMax.isValid())
            return badRequest(QStringLiteral("Bad Request: timeMax is not RFC 3339."));
    }

    QString listingKey;
    int offset = 0;
    const QString pageTokenValue = queryValue(request, QStringLiteral("pageToken"));
    if (!pageTokenValue.isEmpty()) {
        if (!parsePageToken(pageTokenValue, &listingKey, &offset) || !m_listings.contains(listingKey)
            || m_listings.value(listingKey).calendarId != data->info.id
            || m_listings.value(listingKey).syncToken != syncToken)
            return badRequest(QStringLiteral("Invalid pageToken."));
    } else {
        ListingState listing;
        listing.calendarId = data->info.id;
        listing.syncToken = syncToken;
        const QTimeZone zone(data->info.timeZone.toUtf8());
        QList<const StoredEvent *> chosen;
        if (incremental) {
            const auto info = m_syncTokens.constFind(syncToken);
            if (info == m_syncTokens.constEnd() || info->calendarId != data->info.id || info->epoch < data->epoch) {
                m_served.append(ServedPage{data->info.id, true, 1, {}, true, 410});
                return gone();
            }
            for (const QString &id : std::as_const(data->order)) {
                const StoredEvent &stored = data->events[id];
                if (stored.changedAt > info->position)
                    chosen.append(&stored);
            }
            std::sort(chosen.begin(), chosen.end(), [](const StoredEvent *a, const StoredEvent *b) {
                return a->changedAt < b->changedAt;
            });
        } else {
            for (const QString &id : std::as_const(data->order)) {
                const StoredEvent &stored = data->events[id];
                if (stored.cancelled)
                    continue;
                const QDateTime end = boundary(stored.json.value(u"end").toObject(), zone);
                const QDateTime start = boundary(stored.json.value(u"start").toObject(), zone);
                if (timeMin.isValid() && end.isValid() && end <= timeMin)
                    continue;
                if (timeMax.isValid() && start.isValid() && start >= timeMax)
                    continue;
                chosen.append(&stored);
            }
        }
        for (const StoredEvent *stored : chosen) {
            if (stored->cancelled)
                listing.items.append(
                    QJsonObject{{QStringLiteral("kind"), QStringLiteral("calendar#event")},
                                {QStringLiteral("etag"), QStringLiteral("\"%1\"").arg(stored->changedAt)},
                                {QStringLiteral("id"), stored->json.value(u"id")},
                                {QStringLiteral("status"), QStringLiteral("cancelled")}});
            else
                listing.items.append(stored->json);
        }
        listing.nextSyncToken = newSyncToken(data->info.id);
        listingKey = QString::number(m_listings.size() + 1);
        m_listings.insert(listingKey, listing);
    }

    const ListingState &listing = m_listings[listingKey];
    const int page = offset / pageSize + 1;
    const bool last = offset + pageSize >= listing.items.size();
    QJsonArray items;
    QStringList itemIds;
    for (qsizetype i = offset; i < std::min<qsizetype>(offset + pageSize, listing.items.size()); ++i) {
        items.append(listing.items.at(i));
        itemIds.append(listing.items.at(i).value(u"id").toString());
    }
    QJsonObject body{{QStringLiteral("kind"), QStringLiteral("calendar#events")},
                     {QStringLiteral("etag"), QStringLiteral("\"p%1\"").arg(m_position)},
                     {QStringLiteral("summary"), data->info.summary},
                     {QStringLiteral("updated"), updatedAt(m_position)},
                     {QStringLiteral("timeZone"), data->info.timeZone},
                     {QStringLiteral("accessRole"), QStringLiteral("owner")},
                     {QStringLiteral("defaultReminders"), QJsonArray()},
                     {QStringLiteral("items"), items}};
    if (last)
        body.insert(QStringLiteral("nextSyncToken"), listing.nextSyncToken);
    else
        body.insert(QStringLiteral("nextPageToken"), pageToken(listingKey, offset + pageSize));
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);

    const auto fault = takeFault(data->info.id, page, incremental);
    if (!fault) {
        m_served.append(ServedPage{data->info.id, incremental, page, itemIds, false, 200});
        return FakeHttpResponse::json(200, json);
    }
    ServedPage served{data->info.id, incremental, page, {}, true, 200};
    FakeHttpResponse response;
    switch (fault->fault) {
    case Fault::ServerError:
        served.status = fault->status;
        response = FakeHttpResponse::json(
            fault->status,
            googleError(fault->status, QStringLiteral("backendError"), QStringLiteral("Backend Error")));
        break;
    case Fault::MalformedJson:
        response = FakeHttpResponse::json(200, json.left(json.size() / 2));
        break;
    case Fault::CutMidPage:
        response = FakeHttpResponse::partialBodyThenClose(200, json);
        break;
    case Fault::Gone:
        served.status = 410;
        response = gone();
        break;
    case Fault::Unauthorized:
        served.status = 401;
        m_refusedTokens.insert(request.header("Authorization").mid(7));
        response = FakeHttpResponse::json(
            401,
            googleError(401, QStringLiteral("authError"), QStringLiteral("Invalid Credentials")));
        break;
    }
    m_served.append(served);
    return response;
}

FakeHttpResponse FakeGoogleCalendarServer::calendarList(const FakeHttpRequest &request)
{
    std::lock_guard lock(m_mutex);
    int pageSize = 100;
    if (hasQueryKey(request, QStringLiteral("maxResults"))) {
        bool ok = false;
        pageSize = queryValue(request, QStringLiteral("maxResults")).toInt(&ok);
        if (!ok || pageSize < 1 || pageSize > 250)
            return badRequest(QStringLiteral("Invalid value for maxResults."));
    }
    pageSize = std::min(pageSize, std::max(1, m_options.calendarListPageSize));
    int offset = 0;
    const QString token = queryValue(request, QStringLiteral("pageToken"));
    if (!token.isEmpty()) {
        QString listing;
        if (!parsePageToken(token, &listing, &offset) || listing != u"calendarList")
            return badRequest(QStringLiteral("Invalid pageToken."));
    }
    QJsonArray items;
    for (qsizetype i = offset; i < std::min<qsizetype>(offset + pageSize, m_calendarOrder.size()); ++i) {
        const Calendar &info = m_calendars[m_calendarOrder.at(i)].info;
        QJsonObject item{{QStringLiteral("kind"), QStringLiteral("calendar#calendarListEntry")},
                         {QStringLiteral("etag"), QStringLiteral("\"c%1\"").arg(i)},
                         {QStringLiteral("id"), info.id},
                         {QStringLiteral("summary"), info.summary},
                         {QStringLiteral("timeZone"), info.timeZone},
                         {QStringLiteral("colorId"), QStringLiteral("1")},
                         {QStringLiteral("backgroundColor"), info.backgroundColor},
                         {QStringLiteral("foregroundColor"), QStringLiteral("#000000")},
                         {QStringLiteral("selected"), true},
                         {QStringLiteral("accessRole"), QStringLiteral("owner")}};
        if (info.primary)
            item.insert(QStringLiteral("primary"), true);
        items.append(item);
    }
    QJsonObject body{{QStringLiteral("kind"), QStringLiteral("calendar#calendarList")},
                     {QStringLiteral("etag"), QStringLiteral("\"cl\"")},
                     {QStringLiteral("items"), items}};
    if (offset + pageSize < m_calendarOrder.size())
        body.insert(QStringLiteral("nextPageToken"), pageToken(QStringLiteral("calendarList"), offset + pageSize));
    else
        body.insert(QStringLiteral("nextSyncToken"), QStringLiteral("CL+sync/1="));
    return FakeHttpResponse::json(200, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

} // namespace lifeos
