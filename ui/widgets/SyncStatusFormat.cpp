#include "widgets/SyncStatusFormat.h"

#include "DisplayFormat.h"
#include "sync/SyncSource.h"

#include <QLocale>

namespace lifeos {

QString SyncStatusFormat::sourceName(const QString &source)
{
    if (source == SyncSources::Oura)
        return tr("Oura Ring");
    if (source == SyncSources::Calendar)
        return tr("Google Calendar");
    return source;
}

QString SyncStatusFormat::state(const SyncStatus &status)
{
    if (status.running) {
        if (status.progressTotal > 0)
            return tr("Syncing… %1 of %2").arg(QLocale().toString(status.progressDone),
                                                QLocale().toString(status.progressTotal));
        return tr("Syncing…");
    }
    if (!status.configured)
        return tr("Not set up");
    return status.connected ? tr("Connected") : tr("Not connected");
}

QString SyncStatusFormat::lastSynced(const QDateTime &lastSuccess, const QDateTime &now, const QTimeZone &zone)
{
    if (!lastSuccess.isValid())
        return tr("Never synced");
    const qint64 seconds = lastSuccess.secsTo(now);
    if (seconds < 60)
        return tr("Last synced just now");
    if (seconds < 60 * 60)
        return tr("Last synced %n minute(s) ago", nullptr, int(seconds / 60));
    const QDateTime local = lastSuccess.toTimeZone(zone);
    const QDate today = now.toTimeZone(zone).date();
    if (seconds < 6 * 60 * 60 || local.date() == today)
        return tr("Last synced %n hour(s) ago", nullptr, int(seconds / 3600));
    if (local.date() == today.addDays(-1))
        return tr("Last synced yesterday at %1").arg(shortTime(local.time()));
    return tr("Last synced on %1 at %2")
        .arg(QLocale().toString(local.date(), QLocale::ShortFormat), shortTime(local.time()));
}

QString SyncStatusFormat::nextRun(const QDateTime &nextRun, const QDateTime &now, const QTimeZone &zone)
{
    if (!nextRun.isValid())
        return {};
    const qint64 seconds = now.secsTo(nextRun);
    if (seconds < 60)
        return tr("Next sync in less than a minute");
    if (seconds < 60 * 60)
        return tr("Next sync in %n minute(s)", nullptr, int((seconds + 59) / 60));
    const QDateTime local = nextRun.toTimeZone(zone);
    const QDate today = now.toTimeZone(zone).date();
    if (local.date() == today)
        return tr("Next sync at %1").arg(shortTime(local.time()));
    if (local.date() == today.addDays(1))
        return tr("Next sync tomorrow at %1").arg(shortTime(local.time()));
    return tr("Next sync on %1 at %2").arg(QLocale().toString(local.date(), QLocale::ShortFormat),
                                           shortTime(local.time()));
}

} // namespace lifeos
