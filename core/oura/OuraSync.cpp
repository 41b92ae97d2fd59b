#include "oura/OuraSync.h"

#include "health/MetricRepository.h"
#include "health/WorkoutRepository.h"
#include "oura/OuraCollection.h"
#include "oura/OuraWindowData.h"
#include "sync/SyncStateRepository.h"
#include "util/Logging.h"

#include <QHash>

#include <algorithm>
#include <utility>

namespace lifeos {

namespace {

bool cancelled(const SyncContext &context)
{
    return context.cancel && context.cancel->load();
}

bool sameMetric(const Metric &stored, const Metric &fresh)
{
    return stored.name == fresh.name && stored.value == fresh.value && stored.unit == fresh.unit
           && stored.day == fresh.day && stored.instant == fresh.instant;
}

bool sameWorkout(const Workout &stored, const Workout &fresh)
{
    return stored.activity == fresh.activity && stored.day == fresh.day && stored.startedAt == fresh.startedAt
           && stored.durationMin == fresh.durationMin && stored.distanceKm == fresh.distanceKm
           && stored.calories == fresh.calories && stored.notes == fresh.notes;
}

// The windows first..last of at most `windowDays` days that cover from..to, oldest first.
QList<std::pair<QDate, QDate>> windowsOf(const QDate &from, const QDate &to, int windowDays)
{
    QList<std::pair<QDate, QDate>> windows;
    for (QDate first = from; first <= to; first = first.addDays(windowDays))
        windows.append({first, std::min(first.addDays(windowDays - 1), to)});
    return windows;
}

} // namespace

OuraSync::OuraSync(Config config)
    : m_config(std::move(config))
{
    m_config.windowDays = std::max(1, m_config.windowDays);
    m_config.incrementalDays = std::max(1, m_config.incrementalDays);
    m_config.firstRunDays = std::max(1, m_config.firstRunDays);
}

QString OuraSync::id() const
{
    return SyncSources::Oura;
}

Result<SyncOutcome> OuraSync::run(const SyncRequest &request, SyncContext &context)
{
    SyncStateRepository states(context.database);
    const QDate to = context.today;
    QDate from;
    if (request.mode == SyncRequest::Mode::Backfill) {
        from = to.addDays(1 - std::max(1, request.backfillDays));
    } else {
        auto state = states.get(id());
        if (!state)
            return state.error();
        const QDate cursor = *state ? QDate::fromString((*state)->cursor, Qt::ISODate) : QDate();
        // Oura revises the last days (a late sync from the ring, a rescored night), so they are read again.
        from = cursor.isValid() ? std::min(cursor, to).addDays(1 - m_config.incrementalDays)
                                : to.addDays(1 - m_config.firstRunDays);
    }

    const QList<OuraCollection> collections = OuraCollections::synced(m_config.heartrate);
    const QList<std::pair<QDate, QDate>> windows = windowsOf(from, to, m_config.windowDays);
    const int total = int(windows.size() * collections.size());
    int done = 0;
    if (context.progress)
        context.progress(done, total);
    qCDebug(lcSync) << "Oura sync from" << from << "to" << to << "in" << windows.size() << "windows";

    SyncOutcome outcome;
    for (const auto &[first, last] : windows) {
        OuraWindowData data(first, last, context.zone);
        for (OuraCollection collection : collections) {
            auto read = readCollection(collection, data, context);
            if (!read)
                return read.error();
            ++done;
            if (context.progress)
                context.progress(done, total);
        }
        auto written = writeWindow(data, context.database);
        if (!written)
            return written.error();
        outcome.itemsChanged += *written;
    }
    // Only now: a run that stopped half way starts again from the old cursor, and upserts absorb the overlap.
    auto saved = states.setCursor(id(), to.toString(Qt::ISODate));
    if (!saved)
        return saved.error();
    return outcome;
}

Result<void> OuraSync::readCollection(OuraCollection collection, OuraWindowData &data, SyncContext &context)
{
    QString token;
    do {
        if (cancelled(context))
            return Error{ErrorCode::Cancelled, tr("The Oura sync was stopped.")};
        HttpRequest request;
        request.url =
            OuraCollections::pageUrl(m_config.apiBaseUrl, collection, data.first(), data.last(), context.zone, token);
        auto response = context.http.send(request, context.cancel);
        if (!response)
            return response.error();
        if (response->status == 401)
            return Error{ErrorCode::AuthFailed,
                         tr("Oura refused the sign-in; connect again in Settings → Connections."),
                         401};
        if (!response->isSuccess())
            return HttpClient::errorFor(*response, QStringLiteral("Oura"));
        auto next = data.addPage(collection, response->body);
        if (!next)
            return next.error();
        if (!next->isEmpty() && *next == token) {
            qCDebug(lcSync) << "Oura repeated a next_token for" << OuraCollections::name(collection);
            return Error{ErrorCode::BadResponse,
                         tr("Oura sent %1 data that LifeOS cannot read. Try again later; if it keeps happening, "
                            "the Oura service may have changed.")
                             .arg(OuraCollections::name(collection))};
        }
        token = *next;
    } while (!token.isEmpty());
    return {};
}

Result<int> OuraSync::writeWindow(const OuraWindowData &data, Database &database)
{
    int changed = 0;
    auto written = database.write([&]() -> Result<void> {
        MetricRepository metrics(database);
        WorkoutRepository workouts(database);

        // What is stored for the window, to write only what changed and to drop what Oura no longer has.
        MetricFilter filter;
        filter.from = data.first();
        filter.to = data.last();
        auto storedMetrics = metrics.list(filter);
        if (!storedMetrics)
            return storedMetrics.error();
        const QStringList owned = data.ownedMetricNames();
        QHash<QString, Metric> stale;
        for (const Metric &metric : std::as_const(*storedMetrics)) {
            if (metric.source == SyncSources::Oura && owned.contains(metric.name))
                stale.insert(metric.externalId, metric);
        }
        for (const Metric &metric : data.metrics()) {
            auto stored = stale.constFind(metric.externalId);
            const bool unchanged = stored != stale.cend() && sameMetric(*stored, metric);
            stale.remove(metric.externalId);
            if (unchanged)
                continue;
            auto upserted = metrics.upsert(metric);
            if (!upserted)
                return upserted.error();
            ++changed;
        }
        for (const Metric &metric : std::as_const(stale)) {
            auto removed = metrics.remove(metric.id);
            if (!removed)
                return removed.error();
            ++changed;
        }

        if (!data.hasWorkouts())
            return {};
        auto storedWorkouts = workouts.list(data.first(), data.last());
        if (!storedWorkouts)
            return storedWorkouts.error();
        QHash<QString, Workout> staleWorkouts;
        for (const Workout &workout : std::as_const(*storedWorkouts)) {
            if (workout.source == SyncSources::Oura)
                staleWorkouts.insert(workout.externalId, workout);
        }
        for (const Workout &workout : data.workouts()) {
            auto stored = staleWorkouts.constFind(workout.externalId);
            const bool unchanged = stored != staleWorkouts.cend() && sameWorkout(*stored, workout);
            staleWorkouts.remove(workout.externalId);
            if (unchanged)
                continue;
            auto upserted = workouts.upsert(workout);
            if (!upserted)
                return upserted.error();
            ++changed;
        }
        for (const Workout &workout : std::as_const(staleWorkouts)) {
            auto removed = workouts.remove(workout.id);
            if (!removed)
                return removed.error();
            ++changed;
        }
        return {};
    });
    if (!written)
        return written.error();
    qCDebug(lcSync) << "Oura window" << data.first() << "to" << data.last() << "changed" << changed << "rows";
    return changed;
}

} // namespace lifeos
