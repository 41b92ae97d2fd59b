#pragma once

#include "storage/Database.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QTimeZone>

namespace lifeos {

struct IcsImportOptions
{
    QDate today;                 // the window for recurring events is built around it
    int pastDays = 365;          // recurring events are expanded from today - pastDays ...
    int futureDays = 365;        // ... to today + futureDays; single events are imported whatever their date
    int maxInstancesPerEvent = 1000;
    QTimeZone zone = QTimeZone::systemTimeZone(); // the user's zone: local days, floating times
    QString calendarName;        // empty: X-WR-CALNAME, else the file's base name
    bool dryRun = false;
};

struct IcsImportSummary
{
    QString calendarId;  // what the events are filed under (source "ics")
    int events = 0;      // VEVENTs read
    int instances = 0;   // rows after expanding recurrences
    int added = 0;
    int updated = 0;
    int removed = 0;     // rows of an earlier import of the same calendar no longer in the file
    QStringList warnings; // lines skipped, with their line numbers ("line 42: DTSTART is missing")
};

// Imports an iCalendar file (RFC 5545) as the offline alternative to Google sync: VEVENTs with DTSTART/DTEND or
// DURATION, all-day (VALUE=DATE), UTC, floating and TZID times (IANA or Windows zone names, VTIMEZONE ids),
// folded lines, escaped text, STATUS:CANCELLED, RRULE (DAILY/WEEKLY/MONTHLY/YEARLY with INTERVAL, COUNT,
// UNTIL, BYDAY, BYMONTHDAY, BYMONTH), EXDATE and RECURRENCE-ID overrides, expanded within the window only.
// Re-importing the same calendar updates it: one write transaction, nothing written when the file is unreadable.
class IcsImporter
{
    Q_DECLARE_TR_FUNCTIONS(IcsImporter)

public:
    explicit IcsImporter(Database &database);
    Result<IcsImportSummary> importFile(const QString &path, const IcsImportOptions &options);
    Result<IcsImportSummary> importData(const QByteArray &data, const QString &fallbackName,
                                        const IcsImportOptions &options);

private:
    Database &m_database;
};

} // namespace lifeos
