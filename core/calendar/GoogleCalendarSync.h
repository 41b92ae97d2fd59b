#pragma once

#include "sync/SyncSource.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QUrl>

namespace lifeos {

// One calendar from Google's calendarList, for the "choose calendars" list.
struct CalendarInfo
{
    QString id;
    QString summary;
    QString timeZone;
    QString color; // "#9fc6e7"; may be empty
    bool primary = false;
    bool selected = false; // chosen in LifeOS's settings (not Google's own "selected")
};

// Google Calendar API v3. Each chosen calendar is synced with events.list?singleEvents=true (following
// pageToken); the nextSyncToken of the last page is kept per calendar ("calendar:<id>" in sync_state) and
// later runs ask only for changes. 410 Gone drops the token and resyncs that calendar in full; a full sync
// removes local events Google no longer lists; cancelled events are removed; all-day events keep dates.
// Every page is written in one transaction.
class GoogleCalendarSync final : public SyncSource
{
    Q_DECLARE_TR_FUNCTIONS(GoogleCalendarSync)

public:
    struct Config
    {
        QUrl apiBaseUrl = QUrl(QStringLiteral("https://www.googleapis.com/calendar/v3"));
        QStringList calendarIds;   // empty: "primary"
        int pastDays = 90;         // a full sync reads events from today - pastDays on (timeMin)
        int maxResults = 250;      // per page
    };

    explicit GoogleCalendarSync(Config config);
    QString id() const override;
    Result<SyncOutcome> run(const SyncRequest &request, SyncContext &context) override;

    // users/me/calendarList, every page; selected follows config.calendarIds.
    Result<QList<CalendarInfo>> listCalendars(AuthorizedHttp &http, const std::atomic_bool *cancel = nullptr) const;

private:
    Config m_config;
};

} // namespace lifeos
