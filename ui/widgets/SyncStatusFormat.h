#pragma once

#include "sync/SyncStatus.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace lifeos {

// A sync source's status in plain words, for Settings → Connections.
class SyncStatusFormat
{
    Q_DECLARE_TR_FUNCTIONS(SyncStatusFormat)

public:
    static QString sourceName(const QString &source); // "Oura Ring", "Google Calendar"
    // "Not set up", "Not connected", "Connected", "Syncing…", "Syncing… 12 of 80".
    static QString state(const SyncStatus &status);
    // "Never synced", "Last synced just now", "Last synced 5 minutes ago", "Last synced 3 hours ago",
    // "Last synced yesterday at 14:05", "Last synced on 12 November at 14:05". Times are UTC.
    static QString lastSynced(const QDateTime &lastSuccess, const QDateTime &now, const QTimeZone &zone);
    // "Next sync in 25 minutes", "Next sync at 15:30", "Next sync tomorrow at 03:00"; empty when none is planned.
    static QString nextRun(const QDateTime &nextRun, const QDateTime &now, const QTimeZone &zone);
};

} // namespace lifeos
