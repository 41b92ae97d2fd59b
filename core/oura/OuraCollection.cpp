#include "oura/OuraCollection.h"

namespace lifeos::OuraCollections {

namespace {

// Every value percent-encoded: a next_token may hold '+', '/' or '=', which a server would otherwise misread.
void addItem(QString &query, const char *key, const QString &value)
{
    if (!query.isEmpty())
        query += u'&';
    query += QLatin1StringView(key) + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

QString name(OuraCollection collection)
{
    switch (collection) {
    case OuraCollection::DailySleep:
        return QStringLiteral("daily_sleep");
    case OuraCollection::Sleep:
        return QStringLiteral("sleep");
    case OuraCollection::DailyActivity:
        return QStringLiteral("daily_activity");
    case OuraCollection::DailyReadiness:
        return QStringLiteral("daily_readiness");
    case OuraCollection::Workout:
        return QStringLiteral("workout");
    case OuraCollection::HeartRate:
        return QStringLiteral("heartrate");
    }
    return {};
}

QList<OuraCollection> synced(bool heartrate)
{
    QList<OuraCollection> collections = {OuraCollection::DailySleep,
                                         OuraCollection::Sleep,
                                         OuraCollection::DailyActivity,
                                         OuraCollection::DailyReadiness,
                                         OuraCollection::Workout};
    if (heartrate)
        collections.append(OuraCollection::HeartRate);
    return collections;
}

QUrl pageUrl(const QUrl &apiBaseUrl,
             OuraCollection collection,
             const QDate &first,
             const QDate &last,
             const QTimeZone &zone,
             const QString &nextToken)
{
    QUrl url = apiBaseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + QStringLiteral("/v2/usercollection/") + name(collection));
    QString query;
    if (collection == OuraCollection::HeartRate) {
        const QDateTime start(first, QTime(0, 0), zone);
        const QDateTime end(last.addDays(1), QTime(0, 0), zone);
        addItem(query, "start_datetime", start.toUTC().toString(Qt::ISODate));
        addItem(query, "end_datetime", end.toUTC().toString(Qt::ISODate));
    } else {
        addItem(query, "start_date", first.addDays(-1).toString(Qt::ISODate));
        addItem(query, "end_date", last.addDays(1).toString(Qt::ISODate));
    }
    if (!nextToken.isEmpty())
        addItem(query, "next_token", nextToken);
    url.setQuery(query, QUrl::StrictMode);
    return url;
}

} // namespace lifeos::OuraCollections
