#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>
#include <QUrl>

namespace lifeos {

// The Oura API v2 collections LifeOS reads, in the order a sync window fetches them.
enum class OuraCollection {
    DailySleep,
    Sleep,
    DailyActivity,
    DailyReadiness,
    Workout,
    HeartRate
};

namespace OuraCollections {

// The collection's name in its path and in messages: "daily_sleep", "sleep", ..., "heartrate".
QString name(OuraCollection collection);
// Every collection a sync reads; heartrate only when asked (it is large: one sample every 5 minutes).
QList<OuraCollection> synced(bool heartrate);

// The URL of one page of `collection` for the days first..last (inclusive) of a sync window. Oura's date
// filters disagree between collections and over time (an exclusive end_date on some, an exclusive start_date
// reported on sleep), so the day collections ask for one day more on each side and the caller drops every
// document whose "day" is outside the window. heartrate takes instants: the window's local midnights.
QUrl pageUrl(const QUrl &apiBaseUrl,
             OuraCollection collection,
             const QDate &first,
             const QDate &last,
             const QTimeZone &zone,
             const QString &nextToken);

} // namespace OuraCollections

} // namespace lifeos
