#include "oura/OuraWindowData.h"

#include "health/MetricCatalog.h"
#include "util/Logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace lifeos {

namespace {

const QString kSource = QStringLiteral("oura");
const QString kSleepScore = QStringLiteral("sleep_score");
const QString kSleep = QStringLiteral("sleep");
const QString kHrv = QStringLiteral("hrv");
const QString kRestingHr = QStringLiteral("resting_hr");
const QString kSteps = QStringLiteral("steps");
const QString kReadiness = QStringLiteral("readiness");
const QString kHeartRate = QStringLiteral("heart_rate"); // not a built-in: only the optional heartrate sync writes it

// The catalog's unit for a built-in metric, so synced values sit with typed and imported ones.
QString unitOf(const QString &name)
{
    static const QList<MetricDefinition> builtIns = MetricCatalog::builtIns();
    if (auto definition = MetricCatalog::find(builtIns, name))
        return definition->unit;
    return QStringLiteral("bpm");
}

std::optional<double> numberOf(const QJsonObject &document, QLatin1StringView key)
{
    const QJsonValue value = document.value(key);
    if (!value.isDouble())
        return std::nullopt;
    return value.toDouble();
}

QDateTime instantOf(const QJsonObject &document, QLatin1StringView key)
{
    const QDateTime value = QDateTime::fromString(document.value(key).toString(), Qt::ISODateWithMs);
    return value.isValid() ? value.toUTC() : QDateTime();
}

int sleepRank(const QString &type)
{
    if (type == u"long_sleep")
        return 2;
    if (type == u"sleep")
        return 1;
    return 0; // late_nap, rest, deleted and anything new: never the night's sleep
}

// Whether `candidate` beats `current` as the day's main sleep; ties fall to the id so page order does not matter.
bool beats(int rank, double seconds, const QString &id, const auto &current)
{
    if (rank != current.rank)
        return rank > current.rank;
    if (seconds != current.seconds)
        return seconds > current.seconds;
    return id < current.id;
}

} // namespace

OuraWindowData::OuraWindowData(const QDate &first, const QDate &last, const QTimeZone &zone)
    : m_first(first)
    , m_last(last)
    , m_zone(zone)
{}

QStringList OuraWindowData::metricNamesOf(OuraCollection collection)
{
    switch (collection) {
    case OuraCollection::DailySleep:
        return {kSleepScore};
    case OuraCollection::Sleep:
        return {kSleep, kHrv, kRestingHr};
    case OuraCollection::DailyActivity:
        return {kSteps};
    case OuraCollection::DailyReadiness:
        return {kReadiness};
    case OuraCollection::Workout:
        return {};
    case OuraCollection::HeartRate:
        return {kHeartRate};
    }
    return {};
}

Error OuraWindowData::unreadable(OuraCollection collection, const QString &detail) const
{
    qCDebug(lcSync) << "Oura" << OuraCollections::name(collection) << "page unreadable:" << detail;
    return Error{ErrorCode::BadResponse,
                 tr("Oura sent %1 data that LifeOS cannot read. Try again later; if it keeps happening, the "
                    "Oura service may have changed.")
                     .arg(OuraCollections::name(collection))};
}

Result<QString> OuraWindowData::addPage(OuraCollection collection, const QByteArray &body)
{
    if (!m_collections.contains(collection))
        m_collections.append(collection);
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !json.isObject())
        return unreadable(collection, QStringLiteral("not a JSON object: %1").arg(parseError.errorString()));
    const QJsonObject page = json.object();
    const QJsonValue data = page.value(QLatin1StringView("data"));
    if (!data.isArray())
        return unreadable(collection, QStringLiteral("no data array"));
    const QJsonValue next = page.value(QLatin1StringView("next_token"));
    if (!next.isNull() && !next.isUndefined() && !next.isString())
        return unreadable(collection, QStringLiteral("next_token is neither null nor a string"));
    for (const QJsonValue &item : data.toArray()) {
        if (!item.isObject())
            return unreadable(collection, QStringLiteral("a document is not an object"));
        auto added = addDocument(collection, item.toObject());
        if (!added)
            return added.error();
    }
    return next.toString();
}

Result<void> OuraWindowData::addDocument(OuraCollection collection, const QJsonObject &document)
{
    if (collection == OuraCollection::HeartRate)
        return addHeartRate(document);
    const QDate day = QDate::fromString(document.value(QLatin1StringView("day")).toString(), Qt::ISODate);
    if (!day.isValid())
        return unreadable(collection, QStringLiteral("a document without a day"));
    if (!inWindow(day))
        return {}; // asked for a day more on each side: the neighbouring window owns it
    switch (collection) {
    case OuraCollection::DailySleep:
        putDaily(kSleepScore, day, numberOf(document, QLatin1StringView("score")));
        return {};
    case OuraCollection::DailyReadiness:
        putDaily(kReadiness, day, numberOf(document, QLatin1StringView("score")));
        return {};
    case OuraCollection::DailyActivity:
        putDaily(kSteps, day, numberOf(document, QLatin1StringView("steps")));
        return {};
    case OuraCollection::Sleep:
        return addSleep(day, document);
    case OuraCollection::Workout:
        return addWorkout(day, document);
    case OuraCollection::HeartRate:
        break;
    }
    return {};
}

void OuraWindowData::putDaily(const QString &name, const QDate &day, std::optional<double> value)
{
    const QString externalId = name + u':' + day.toString(Qt::ISODate);
    if (!value) {
        m_metrics.remove(externalId);
        return;
    }
    Metric metric;
    metric.name = name;
    metric.value = *value;
    metric.unit = unitOf(name);
    metric.day = day;
    metric.source = kSource;
    metric.externalId = externalId;
    m_metrics.insert(externalId, metric);
}

Result<void> OuraWindowData::addSleep(const QDate &day, const QJsonObject &document)
{
    const int rank = sleepRank(document.value(QLatin1StringView("type")).toString());
    if (rank == 0)
        return {};
    SleepPeriod period;
    period.rank = rank;
    period.id = document.value(QLatin1StringView("id")).toString();
    period.totalSleepSeconds = numberOf(document, QLatin1StringView("total_sleep_duration"));
    period.averageHrv = numberOf(document, QLatin1StringView("average_hrv"));
    period.lowestHeartRate = numberOf(document, QLatin1StringView("lowest_heart_rate"));
    // "The longest" is time asleep; a period Oura has not scored yet falls back to its time in bed.
    if (period.totalSleepSeconds) {
        period.seconds = *period.totalSleepSeconds;
    } else {
        const QDateTime start = instantOf(document, QLatin1StringView("bedtime_start"));
        const QDateTime end = instantOf(document, QLatin1StringView("bedtime_end"));
        period.seconds = start.isValid() && end.isValid() ? double(start.secsTo(end)) : 0.0;
    }
    auto current = m_sleeps.constFind(day);
    if (current == m_sleeps.cend() || beats(period.rank, period.seconds, period.id, *current))
        m_sleeps.insert(day, period);
    return {};
}

Result<void> OuraWindowData::addWorkout(const QDate &day, const QJsonObject &document)
{
    const QString id = document.value(QLatin1StringView("id")).toString();
    const QString activity = document.value(QLatin1StringView("activity")).toString().trimmed().toLower();
    if (id.isEmpty() || activity.isEmpty())
        return unreadable(OuraCollection::Workout, QStringLiteral("a workout without an id or activity"));
    Workout workout;
    workout.activity = activity;
    workout.day = day;
    workout.startedAt = instantOf(document, QLatin1StringView("start_datetime"));
    const QDateTime end = instantOf(document, QLatin1StringView("end_datetime"));
    if (workout.startedAt.isValid() && end.isValid() && workout.startedAt <= end)
        workout.durationMin = double(workout.startedAt.secsTo(end)) / 60.0;
    if (auto metres = numberOf(document, QLatin1StringView("distance")); metres && *metres >= 0)
        workout.distanceKm = *metres / 1000.0;
    if (auto calories = numberOf(document, QLatin1StringView("calories")); calories && *calories >= 0)
        workout.calories = *calories;
    workout.notes = document.value(QLatin1StringView("label")).toString();
    workout.source = kSource;
    workout.externalId = id;
    m_workouts.insert(id, workout);
    return {};
}

Result<void> OuraWindowData::addHeartRate(const QJsonObject &document)
{
    const QDateTime instant = instantOf(document, QLatin1StringView("timestamp"));
    if (!instant.isValid())
        return unreadable(OuraCollection::HeartRate, QStringLiteral("a sample without a timestamp"));
    const QDate day = instant.toTimeZone(m_zone).date();
    if (!inWindow(day))
        return {};
    const std::optional<double> bpm = numberOf(document, QLatin1StringView("bpm"));
    if (!bpm)
        return {};
    Metric metric;
    metric.name = kHeartRate;
    metric.value = *bpm;
    metric.unit = unitOf(kHeartRate);
    metric.day = day;
    metric.instant = instant;
    metric.source = kSource;
    metric.externalId = kHeartRate + u':' + instant.toString(Qt::ISODate);
    m_metrics.insert(metric.externalId, metric);
    return {};
}

QList<Metric> OuraWindowData::metrics() const
{
    QMap<QString, Metric> all = m_metrics;
    for (auto it = m_sleeps.cbegin(); it != m_sleeps.cend(); ++it) {
        const SleepPeriod &sleep = it.value();
        auto put = [&](const QString &name, std::optional<double> value) {
            if (!value)
                return;
            Metric metric;
            metric.name = name;
            metric.value = *value;
            metric.unit = unitOf(name);
            metric.day = it.key();
            metric.source = kSource;
            metric.externalId = name + u':' + it.key().toString(Qt::ISODate);
            all.insert(metric.externalId, metric);
        };
        put(kSleep, sleep.totalSleepSeconds ? std::optional<double>(*sleep.totalSleepSeconds / 3600.0) : std::nullopt);
        put(kHrv, sleep.averageHrv);
        put(kRestingHr, sleep.lowestHeartRate);
    }
    return all.values();
}

QList<Workout> OuraWindowData::workouts() const
{
    return m_workouts.values();
}

QStringList OuraWindowData::ownedMetricNames() const
{
    QStringList names;
    for (OuraCollection collection : m_collections)
        names += metricNamesOf(collection);
    return names;
}

} // namespace lifeos
