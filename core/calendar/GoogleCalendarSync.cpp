#include "calendar/GoogleCalendarSync.h"

#include "analytics/DayBoundary.h"
#include "calendar/CalendarRepository.h"
#include "calendar/GoogleEventMapping.h"
#include "storage/Query.h"
#include "sync/SyncStateRepository.h"
#include "util/Logging.h"

#include <QSet>

#include <utility>

namespace lifeos {

namespace {

const QString kSource = QStringLiteral("google");
const QString kCursorPrefix = QStringLiteral("calendar:");
constexpr int kMaxPages = 10000; // a server that keeps paging for ever is broken, not busy

using QueryItems = QList<std::pair<QString, QString>>;

bool isCancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

// Builds the URL with every value percent-encoded: sync and page tokens hold '+', which a server reads as a space
// when left bare (QUrlQuery would leave it).
QUrl endpoint(const QUrl &base, const QString &encodedPath, const QueryItems &query)
{
    QByteArray url = base.toEncoded(QUrl::StripTrailingSlash) + encodedPath.toUtf8();
    QList<QByteArray> parts;
    for (const auto &[key, value] : query)
        parts.append(QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value));
    if (!parts.isEmpty())
        url += '?' + parts.join('&');
    return QUrl::fromEncoded(url, QUrl::StrictMode);
}

Error cancelled()
{
    return Error{ErrorCode::Cancelled, GoogleCalendarSync::tr("The calendar sync was stopped.")};
}

// Google says "slow down" with 403 rateLimitExceeded as well as with 429; a refused sign-in is another 403.
Error errorFor(const HttpResponse &response)
{
    const QStringList reasons = GoogleEventMapping::errorReasons(response.body);
    for (const QString &reason : reasons) {
        if (reason == u"rateLimitExceeded" || reason == u"userRateLimitExceeded" || reason == u"quotaExceeded")
            return Error{ErrorCode::RateLimited,
                         GoogleCalendarSync::tr("Google Calendar is limiting requests. LifeOS will try again later."),
                         response.status};
    }
    return HttpClient::errorFor(response, QStringLiteral("Google Calendar"));
}

// One calendar's sync in one run: a full listing or the changes since a sync token, page by page.
class CalendarPass
{
public:
    CalendarPass(const GoogleCalendarSync::Config &config, SyncContext &context, QString calendarId, int &pagesDone)
        : m_config(config)
        , m_context(context)
        , m_calendarId(std::move(calendarId))
        , m_cursorKey(kCursorPrefix + m_calendarId)
        , m_pagesDone(pagesDone)
    {}

    // Rows changed. With a syncToken, a 410 Gone comes back as an Error with httpStatus 410 and nothing written
    // by the page that got it.
    Result<int> run(const QString &syncToken)
    {
        const bool full = syncToken.isEmpty();
        CalendarRepository events(m_context.database);
        SyncStateRepository states(m_context.database);
        QSet<QString> seen;
        QString pageToken;
        int changed = 0;
        for (int page = 1;; ++page) {
            if (isCancelled(m_context.cancel))
                return cancelled();
            if (page > kMaxPages)
                return Error{ErrorCode::BadResponse,
                             GoogleCalendarSync::tr("Google Calendar kept sending more pages. Try again later.")};
            // The same parameters on every page (Google wants them repeated with pageToken), and none of those it
            // refuses next to a syncToken (timeMin, timeMax, orderBy, q, updatedMin).
            QueryItems query{{QStringLiteral("singleEvents"), QStringLiteral("true")},
                             {QStringLiteral("maxResults"), QString::number(m_config.maxResults)}};
            if (full)
                query.append({QStringLiteral("timeMin"), timeMin()});
            else
                query.append({QStringLiteral("syncToken"), syncToken});
            if (!pageToken.isEmpty())
                query.append({QStringLiteral("pageToken"), pageToken});
            HttpRequest request;
            request.url = endpoint(
                m_config.apiBaseUrl,
                QStringLiteral("/calendars/%1/events").arg(QString::fromLatin1(QUrl::toPercentEncoding(m_calendarId))),
                query);
            request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
            auto response = m_context.http.send(request, m_context.cancel);
            if (!response)
                return response.error();
            if (!full && response->status == 410)
                return Error{ErrorCode::BadResponse, QString(), 410};
            if (!response->isSuccess())
                return errorFor(*response);
            auto parsed = GoogleEventMapping::eventsPage(response->body, m_calendarId);
            if (!parsed)
                return parsed.error();
            const GoogleEventsPage &content = *parsed;
            const bool last = content.nextPageToken.isEmpty();
            if (!last && content.nextPageToken == pageToken)
                return Error{ErrorCode::BadResponse,
                             GoogleCalendarSync::tr("Google Calendar sent the same page twice. Try again later.")};

            // The whole page or nothing; the last page also settles the listing and keeps the new token.
            int pageChanged = 0;
            auto written = m_context.database.write([&]() -> Result<void> {
                for (const CalendarEvent &event : content.events) {
                    auto effect = CalendarRepository::UpsertEffect::Unchanged;
                    auto stored = events.upsert(event, m_context.zone, &effect);
                    if (!stored && stored.error().code != ErrorCode::InvalidInput)
                        return stored.error();
                    if (!stored)
                        qCDebug(lcSync) << "skipped a Google event LifeOS cannot store:" << stored.error().message;
                    else if (effect != CalendarRepository::UpsertEffect::Unchanged)
                        ++pageChanged;
                    seen.insert(event.externalId);
                }
                for (const QString &id : content.unreadableIds)
                    seen.insert(id); // unreadable now: keep what LifeOS had rather than drop it
                for (const QString &id : content.cancelledIds) {
                    auto removed = events.removeExternal(kSource, m_calendarId, id);
                    if (!removed)
                        return removed.error();
                    pageChanged += *removed;
                    auto instances = removeInstancesOf(id);
                    if (!instances)
                        return instances.error();
                    pageChanged += *instances;
                }
                if (!last)
                    return {};
                if (full) {
                    auto removed = events.removeAllExcept(kSource, m_calendarId, seen);
                    if (!removed)
                        return removed.error();
                    pageChanged += *removed;
                }
                // No token on the last page (it should not happen): the next run lists the calendar in full.
                return content.nextSyncToken.isEmpty() ? states.remove(m_cursorKey)
                                                       : states.setCursor(m_cursorKey, content.nextSyncToken);
            });
            if (!written)
                return written.error();
            changed += pageChanged;
            ++m_pagesDone;
            if (m_context.progress)
                m_context.progress(m_pagesDone, 0); // how many pages remain is unknown
            if (!content.unreadableIds.isEmpty())
                qCDebug(lcSync) << content.unreadableIds.size() << "Google events without a readable start";
            if (last)
                break;
            pageToken = content.nextPageToken;
        }
        qCDebug(lcSync) << (full ? "full" : "incremental") << "calendar sync:" << changed << "rows changed";
        return changed;
    }

private:
    // A deleted recurring series may come back as one cancelled item with the series id, while the rows hold its
    // instances "<seriesId>_<original start>". Compared with substr, not LIKE: ids may hold '_' or '%'.
    Result<int> removeInstancesOf(const QString &seriesId)
    {
        const QString prefix = seriesId + u'_';
        auto query = runQuery(m_context.database,
                              QStringLiteral("DELETE FROM calendar_events WHERE source = ? AND calendar_id = ? AND "
                                             "substr(external_id, 1, length(?)) = ?"),
                              {kSource, m_calendarId, prefix, prefix},
                              GoogleCalendarSync::tr("Deleting the events of a cancelled series"));
        if (!query)
            return query.error();
        return query->numRowsAffected();
    }

    // A full listing starts pastDays before the user's today (Google filters by the events' end).
    QString timeMin() const
    {
        const QDate today = m_context.today.isValid() ? m_context.today : days::localDay(m_context.now, m_context.zone);
        return days::startOf(today.addDays(-m_config.pastDays), m_context.zone).toUTC().toString(Qt::ISODate);
    }

    const GoogleCalendarSync::Config &m_config;
    SyncContext &m_context;
    QString m_calendarId;
    QString m_cursorKey;
    int &m_pagesDone;
};

QStringList chosenCalendars(const GoogleCalendarSync::Config &config)
{
    QStringList ids;
    for (const QString &id : config.calendarIds) {
        if (!id.trimmed().isEmpty() && !ids.contains(id.trimmed()))
            ids.append(id.trimmed());
    }
    if (ids.isEmpty())
        ids.append(QStringLiteral("primary"));
    return ids;
}

// Calendars no longer chosen: their events and sync tokens go, in one transaction. Returns the rows removed.
Result<int> forgetUnchosen(Database &database, const QStringList &chosen)
{
    int removed = 0;
    auto written = database.write([&]() -> Result<void> {
        CalendarRepository events(database);
        SyncStateRepository states(database);
        auto stored = events.calendarIds(kSource);
        if (!stored)
            return stored.error();
        QSet<QString> stale;
        for (const QString &id : *stored) {
            if (!chosen.contains(id))
                stale.insert(id);
        }
        auto cursors = runQuery(database,
                                QStringLiteral("SELECT source FROM sync_state WHERE substr(source, 1, length(?)) = ?"),
                                {kCursorPrefix, kCursorPrefix},
                                GoogleCalendarSync::tr("Reading the calendar sync state"));
        if (!cursors)
            return cursors.error();
        while (cursors->next()) {
            const QString id = cursors->value(0).toString().mid(kCursorPrefix.size());
            if (!chosen.contains(id))
                stale.insert(id);
        }
        cursors->finish();
        for (const QString &id : std::as_const(stale)) {
            auto gone = events.removeCalendar(kSource, id);
            if (!gone)
                return gone.error();
            removed += *gone;
            auto dropped = states.remove(kCursorPrefix + id);
            if (!dropped)
                return dropped;
        }
        return {};
    });
    if (!written)
        return written.error();
    return removed;
}

} // namespace

GoogleCalendarSync::GoogleCalendarSync(Config config)
    : m_config(std::move(config))
{
    m_config.maxResults = std::clamp(m_config.maxResults, 1, 2500);
    m_config.pastDays = std::max(0, m_config.pastDays);
}

QString GoogleCalendarSync::id() const
{
    return SyncSources::Calendar;
}

Result<SyncOutcome> GoogleCalendarSync::run(const SyncRequest &request, SyncContext &context)
{
    const QStringList calendars = chosenCalendars(m_config);
    SyncOutcome outcome;
    auto forgotten = forgetUnchosen(context.database, calendars);
    if (!forgotten)
        return forgotten.error();
    outcome.itemsChanged += *forgotten;

    SyncStateRepository states(context.database);
    int pagesDone = 0;
    std::optional<Error> missing; // a calendar Google no longer has does not stop the others
    for (const QString &calendarId : calendars) {
        if (isCancelled(context.cancel))
            return cancelled();
        const QString cursorKey = kCursorPrefix + calendarId;
        QString syncToken;
        if (request.mode == SyncRequest::Mode::Incremental) {
            auto state = states.get(cursorKey);
            if (!state)
                return state.error();
            if (state->has_value())
                syncToken = (*state)->cursor;
        }
        CalendarPass pass(m_config, context, calendarId, pagesDone);
        auto changed = pass.run(syncToken);
        if (!changed && changed.error().httpStatus == 410 && !syncToken.isEmpty()) {
            // The token expired: forget it first (a fault during the resync must not bring it back), keep the
            // rows, and list the calendar in full; its last page removes what Google no longer has.
            qCDebug(lcSync) << "Google refused a calendar's sync token (410); resyncing it in full";
            auto dropped = states.remove(cursorKey);
            if (!dropped)
                return dropped.error();
            changed = pass.run(QString());
        }
        if (!changed && changed.error().code == ErrorCode::NotFound) {
            qCDebug(lcSync) << "Google has no calendar by a chosen id (404); skipping it";
            if (!missing)
                missing = Error{ErrorCode::NotFound,
                                tr("Google Calendar no longer has one of the chosen calendars. Choose the calendars "
                                   "again in Settings → Connections."),
                                404};
            continue;
        }
        if (!changed)
            return changed.error();
        outcome.itemsChanged += *changed;
    }
    if (missing)
        return *missing;
    return outcome;
}

Result<QList<CalendarInfo>> GoogleCalendarSync::listCalendars(AuthorizedHttp &http,
                                                              const std::atomic_bool *cancel) const
{
    QList<CalendarInfo> calendars;
    QString pageToken;
    for (int page = 1;; ++page) {
        if (isCancelled(cancel))
            return cancelled();
        if (page > kMaxPages)
            return Error{ErrorCode::BadResponse, tr("Google Calendar kept sending more pages. Try again later.")};
        QueryItems query{{QStringLiteral("maxResults"), QStringLiteral("250")}};
        if (!pageToken.isEmpty())
            query.append({QStringLiteral("pageToken"), pageToken});
        HttpRequest request;
        request.url = endpoint(m_config.apiBaseUrl, QStringLiteral("/users/me/calendarList"), query);
        request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
        auto response = http.send(request, cancel);
        if (!response)
            return response.error();
        if (!response->isSuccess())
            return errorFor(*response);
        auto parsed = GoogleEventMapping::calendarListPage(response->body);
        if (!parsed)
            return parsed.error();
        for (CalendarInfo info : std::as_const(parsed->calendars)) {
            info.selected =
                m_config.calendarIds.contains(info.id)
                || (info.primary
                    && (m_config.calendarIds.isEmpty() || m_config.calendarIds.contains(QStringLiteral("primary"))));
            calendars.append(info);
        }
        if (parsed->nextPageToken.isEmpty())
            break;
        if (parsed->nextPageToken == pageToken)
            return Error{ErrorCode::BadResponse, tr("Google Calendar sent the same page twice. Try again later.")};
        pageToken = parsed->nextPageToken;
    }
    return calendars;
}

} // namespace lifeos
