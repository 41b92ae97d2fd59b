#pragma once

#include "FakeHttpServer.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <mutex>
#include <optional>

namespace lifeos {

// Google Calendar API v3 on loopback, under {baseUrl}/calendar/v3 (apiBaseUrl()):
// - GET /calendars/{calendarId}/events: singleEvents, maxResults (1..2500), pageToken, syncToken, timeMin, timeMax,
//   showDeleted. A full listing (no syncToken) serves the calendar's live events (end after timeMin), a few per page,
//   with nextPageToken on all pages but the last and nextSyncToken on the last. With a syncToken it serves only the
//   events changed since that token, cancelled ones as {"id","status":"cancelled"}. Like Google it refuses
//   syncToken together with timeMin, timeMax, orderBy, q, updatedMin or iCalUID (400), and answers a token it no
//   longer honours with 410 {"error":{"code":410,"errors":[{"reason":"fullSyncRequired"}]}}.
// - GET /users/me/calendarList with maxResults and pageToken.
// Every request needs "Authorization: Bearer <accepted token>" (401 otherwise). Page and sync tokens hold '+', '/'
// and '=', so a client that does not percent-encode them breaks here as it would against Google. Thread-safe.
class FakeGoogleCalendarServer
{
public:
    struct Options
    {
        QByteArray token = "google-token"; // the first accepted access token
        int pageSize = 250;                // at most this many events per page, whatever maxResults asks
        int calendarListPageSize = 100;
    };

    struct Calendar
    {
        QString id;
        QString summary;
        QString timeZone = QStringLiteral("UTC");
        QString backgroundColor = QStringLiteral("#9fc6e7");
        bool primary = false;
    };

    enum class Fault {
        ServerError,   // `status` (500 unless told) with a Google error body
        MalformedJson, // 200 with the page cut in half (a complete HTTP message, broken JSON)
        CutMidPage,    // the headers announce the whole page, half of it arrives, then the connection closes
        Gone,          // 410 fullSyncRequired, whatever the token
        Unauthorized,  // 401; the token presented is refused from then on
    };

    enum class Listing {
        Any,
        Full,
        Incremental
    };

    struct FaultRule
    {
        Fault fault = Fault::ServerError;
        QString calendarId = {}; // empty: any calendar
        int page = 0;       // 1-based page of the listing (from its pageToken); 0: any page
        Listing listing = Listing::Any;
        int times = 1; // matching requests that get the fault; -1: every one
        int status = 500;
    };

    // One events.list answer as served (faults included), for tests that check what was fetched.
    struct ServedPage
    {
        QString calendarId;
        bool incremental = false;
        int page = 0;        // 1-based
        QStringList itemIds; // in order; empty for a fault
        bool faulted = false;
        int status = 200;
    };

    FakeGoogleCalendarServer();
    explicit FakeGoogleCalendarServer(Options options);
    ~FakeGoogleCalendarServer();
    FakeGoogleCalendarServer(const FakeGoogleCalendarServer &) = delete;
    FakeGoogleCalendarServer &operator=(const FakeGoogleCalendarServer &) = delete;

    FakeHttpServer &http() { return *m_http; }
    QUrl apiBaseUrl() const; // http://127.0.0.1:<port>/calendar/v3

    // Calendars: the primary one answers to "primary" as well as to its id.
    void addCalendar(const Calendar &calendar);
    // Adds or changes an event (an object with at least "id" and "start"; "status", "updated" and "etag" are filled
    // in). Each change gets the next position in the server's change log.
    void putEvent(const QString &calendarId, QJsonObject event);
    void cancelEvent(const QString &calendarId, const QString &eventId);
    // Deletes a whole recurring series as Google may report it to a sync token: the instances
    // ("<seriesId>_20261120T080000Z", "<seriesId>_20261120") vanish without tombstones of their own and one
    // cancelled item with the series id stands for them all.
    void cancelSeries(const QString &calendarId, const QString &seriesId);
    // Deletes an event without a trace in the change log (as when Google forgets old tombstones): only a full
    // sync notices it.
    void purgeEvent(const QString &calendarId, const QString &eventId);
    // Every sync token issued so far for the calendar (empty: for every calendar) gets 410 from now on.
    void invalidateSyncTokens(const QString &calendarId = {});

    void addFault(const FaultRule &rule);
    void clearFaults();
    void acceptToken(const QByteArray &token);

    QList<ServedPage> served() const;
    void clearServed();
    // Recorded events.list requests for one calendar id as sent (percent-decoded path segment).
    QList<FakeHttpRequest> eventRequests(const QString &calendarId) const;
    static QString queryValue(const FakeHttpRequest &request, const QString &key);
    static bool hasQueryKey(const FakeHttpRequest &request, const QString &key);

    // Event JSON as Google sends it.
    static QJsonObject timedEvent(const QString &id,
                                  const QString &summary,
                                  const QDateTime &start,
                                  const QDateTime &end,
                                  const QString &timeZone);
    static QJsonObject
    allDayEvent(const QString &id, const QString &summary, const QDate &first, const QDate &endExclusive);

private:
    struct StoredEvent
    {
        QJsonObject json;
        qint64 changedAt = 0; // position in the change log
        bool cancelled = false;
    };

    struct CalendarData
    {
        Calendar info;
        QStringList order; // event ids in insertion order
        QHash<QString, StoredEvent> events;
        int epoch = 0; // raised by invalidateSyncTokens
    };

    // What a pageToken stands for: the listing's items, fixed when its first page was served.
    struct ListingState
    {
        QString calendarId;
        QString syncToken; // the syncToken the listing was made with (must be repeated with the pageToken)
        QList<QJsonObject> items;
        QString nextSyncToken;
    };

    struct SyncTokenInfo
    {
        QString calendarId;
        qint64 position = 0;
        int epoch = 0;
    };

    FakeHttpResponse answer(const FakeHttpRequest &request);
    FakeHttpResponse events(const FakeHttpRequest &request, const QString &calendarKey);
    FakeHttpResponse calendarList(const FakeHttpRequest &request);
    CalendarData *calendar(const QString &key); // by id or "primary"
    QString newSyncToken(const QString &calendarId);
    std::optional<FaultRule> takeFault(const QString &calendarId, int page, bool incremental);

    Options m_options;

    mutable std::mutex m_mutex; // guards what follows (the handler runs on the server's thread)
    QMap<QString, CalendarData> m_calendars;
    QStringList m_calendarOrder;
    qint64 m_position = 0;
    QHash<QString, SyncTokenInfo> m_syncTokens;
    QHash<QString, ListingState> m_listings;
    int m_tokenCounter = 0;
    QList<FaultRule> m_faults;
    QSet<QByteArray> m_acceptedTokens;
    QSet<QByteArray> m_refusedTokens;
    QList<ServedPage> m_served;

    std::unique_ptr<FakeHttpServer> m_http; // last: stopped before the data it serves goes away
};

} // namespace lifeos
