#pragma once

#include "model/Metric.h"
#include "model/Workout.h"
#include "oura/OuraCollection.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QTimeZone>

#include <optional>

namespace lifeos {

// What one sync window (the days first..last) read from Oura, mapped to LifeOS rows: page after page is added,
// and only when every page is in are the rows taken out, so a choice that spans pages (the long sleep of a day)
// is made on everything the window holds. Documents outside the window are dropped. Pure: no I/O.
//
// Mapping (metric names and units are MetricCatalog's built-ins; source "oura", external id "<name>:<day>"):
// daily_sleep.score → sleep_score; daily_readiness.score → readiness; daily_activity.steps → steps;
// sleep → sleep (h), hrv (ms), resting_hr (bpm) from the day's main sleep: a long_sleep beats a "sleep" period,
// naps and rest periods never count, and among equals the longest wins; workout → Workout (external id = the
// document id); heartrate → heart_rate (bpm) samples with their instant. A value that is null is skipped.
class OuraWindowData
{
    Q_DECLARE_TR_FUNCTIONS(OuraWindowData)

public:
    OuraWindowData(const QDate &first, const QDate &last, const QTimeZone &zone);

    QDate first() const { return m_first; }
    QDate last() const { return m_last; }

    // Maps one page of `collection`; returns its next_token (empty on the last page), or BadResponse.
    Result<QString> addPage(OuraCollection collection, const QByteArray &body);

    // The rows of every page added so far, ordered by external id.
    QList<Metric> metrics() const;
    QList<Workout> workouts() const;
    // The metric names the collections added so far own (a stored value of these that Oura no longer has is gone).
    QStringList ownedMetricNames() const;
    bool hasWorkouts() const { return m_collections.contains(OuraCollection::Workout); }

    static QStringList metricNamesOf(OuraCollection collection);

private:
    struct SleepPeriod
    {
        int rank = 0; // 2: long_sleep, 1: sleep
        double seconds = 0;
        QString id;
        std::optional<double> totalSleepSeconds;
        std::optional<double> averageHrv;
        std::optional<double> lowestHeartRate;
    };

    Result<void> addDocument(OuraCollection collection, const QJsonObject &document);
    Result<void> addSleep(const QDate &day, const QJsonObject &document);
    Result<void> addWorkout(const QDate &day, const QJsonObject &document);
    Result<void> addHeartRate(const QJsonObject &document);
    void putDaily(const QString &name, const QDate &day, std::optional<double> value);
    Error unreadable(OuraCollection collection, const QString &detail) const;
    bool inWindow(const QDate &day) const { return day >= m_first && day <= m_last; }

    QDate m_first;
    QDate m_last;
    QTimeZone m_zone;
    QList<OuraCollection> m_collections;
    QMap<QString, Metric> m_metrics;   // by external id
    QMap<QDate, SleepPeriod> m_sleeps; // the main sleep of each day so far
    QMap<QString, Workout> m_workouts; // by Oura document id
};

} // namespace lifeos
