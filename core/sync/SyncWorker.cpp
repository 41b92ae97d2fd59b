#include "sync/SyncWorker.h"

#include "secrets/MemorySecretStore.h"
#include "storage/Database.h"
#include "sync/SyncRunner.h"
#include "sync/SyncStateRepository.h"
#include "util/Logging.h"
#include "util/Settings.h"

#include <QNetworkAccessManager>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <climits>

namespace lifeos {

namespace {

// A connected source that is due when the app starts waits this long, so the first paint and the first page
// load do not compete with it for the disk.
constexpr qint64 kStartDelayMs = 2000;
// The timer never sleeps longer than this, so a suspended laptop or a changed clock is noticed within the hour.
constexpr qint64 kMaxTimerMs = 60 * 60 * 1000;
// At most ~10 progress updates a second reach the GUI.
constexpr qint64 kProgressGapMs = 100;
// Intervals below a second (the settings allow 0 minutes) would spin.
constexpr qint64 kMinIntervalMs = 1000;

QString signInCancelled()
{
    return SyncWorker::tr("Sign-in cancelled.");
}

} // namespace

// Marks a blocking call: its local event loop may deliver our queued calls, which must then only queue work.
class BusyScope
{
public:
    explicit BusyScope(bool &busy, std::function<void()> after)
        : m_busy(busy)
        , m_after(std::move(after))
    {
        m_busy = true;
    }
    ~BusyScope()
    {
        m_busy = false;
        m_after();
    }
    Q_DISABLE_COPY_MOVE(BusyScope)

private:
    bool &m_busy;
    std::function<void()> m_after;
};

SyncWorker::SyncWorker(SyncService &service, SyncService::Config config,
                       const std::map<QString, std::unique_ptr<std::atomic_bool>> &cancelFlags)
    : m_service(service)
    , m_config(std::move(config))
    , m_cancelFlags(cancelFlags)
{
    for (const QString &source : SyncRunner::sources()) {
        SyncStatus status;
        status.source = source;
        m_statuses.insert(source, status);
    }
}

// Members go in reverse order of their dependencies: the runner refers to the others.
SyncWorker::~SyncWorker()
{
    m_runner.reset();
    m_secrets.reset();
    m_settings.reset();
    m_database.reset();
    m_network.reset();
}

void SyncWorker::initialise()
{
    BusyScope busy(m_busy, [this] { schedulePump(); });
    m_network = std::make_unique<QNetworkAccessManager>();
    m_settings = std::make_unique<Settings>(m_config.settingsPath);
    m_secrets = m_config.makeSecretStore ? m_config.makeSecretStore() : nullptr;
    if (!m_secrets) {
        // Without a store every call reports a missing keychain, which is what the user has to fix.
        auto unavailable = std::make_unique<MemorySecretStore>();
        unavailable->setUnavailable(true);
        m_secrets = std::move(unavailable);
    }
    auto database = Database::open(m_config.databasePath);
    if (database) {
        m_database = std::move(database).value();
        m_runner = std::make_unique<SyncRunner>(SyncRunner::Environment{
            *m_database, *m_settings, *m_secrets, *m_network, m_config.retry, m_config.now, m_config.zone});
    } else {
        m_openError = database.error().message;
        qCWarning(lcSync) << "the sync thread could not open the database";
    }
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    QObject::connect(m_timer, &QTimer::timeout, this, &SyncWorker::onTimer);
    // Fires inside the running job's local event loop, so a held-back count shows even while a request waits.
    m_progressTimer = new QTimer(this);
    m_progressTimer->setSingleShot(true);
    m_progressTimer->setInterval(int(kProgressGapMs));
    QObject::connect(m_progressTimer, &QTimer::timeout, this, [this] {
        if (m_runningSource.isEmpty() || !m_statuses.value(m_runningSource).running)
            return;
        m_lastProgress.start();
        publish(m_runningSource);
    });

    const QDateTime now = m_config.now();
    for (const QString &source : SyncRunner::sources()) {
        refreshStatus(source);
        const SyncStatus &status = m_statuses[source];
        QDateTime next;
        if (status.connected && status.lastError.isEmpty()) {
            const QDateTime due = status.lastSuccess.isValid() ? status.lastSuccess.addMSecs(intervalMs(source))
                                                               : QDateTime();
            next = due.isValid() && due > now ? due : now.addMSecs(kStartDelayMs);
        } else if (status.connected) {
            // The last run failed: try again soon, the backoff takes over from there.
            next = now.addMSecs(kStartDelayMs);
        }
        planNextRun(source, next);
        publish(source);
    }
}

void SyncWorker::enqueue(const Job &job)
{
    if (m_stopRequested)
        return;
    switch (job.kind) {
    case JobKind::Sync:
        if (disconnectPending(job.source)) {
            // It would only fail with "not connected" once the disconnect is done.
            qCDebug(lcSync) << "sync of" << job.source << "dropped: it is being disconnected";
            return;
        }
        for (Job &queued : m_queue) {
            if (queued.kind == JobKind::Sync && queued.source == job.source) {
                // Merged: one run does both; a backfill covers an incremental run, the longer backfill wins.
                if (job.request.mode == SyncRequest::Mode::Backfill) {
                    queued.request.mode = SyncRequest::Mode::Backfill;
                    queued.request.backfillDays = std::max(queued.request.backfillDays, job.request.backfillDays);
                }
                qCDebug(lcSync) << "sync of" << job.source << "merged with the queued one";
                return;
            }
        }
        break;
    case JobKind::Connect:
    case JobKind::ListCalendars:
        for (const Job &queued : m_queue) {
            if (queued.kind == job.kind && queued.source == job.source)
                return;
        }
        break;
    case JobKind::Disconnect: {
        // Nothing of this source runs after it is disconnected; a running job of it stops first.
        const auto connects = m_queue.removeIf(
            [&](const Job &queued) { return queued.source == job.source && queued.kind == JobKind::Connect; });
        m_queue.removeIf([&](const Job &queued) { return queued.source == job.source; });
        reportConnectsDropped(job.source, connects);
        if (m_runningSource == job.source) {
            if (std::atomic_bool *flag = cancelFlag(job.source))
                flag->store(true);
        }
        break;
    }
    }
    m_queue.append(job);
    schedulePump();
}

void SyncWorker::cancelQueued(const QString &source)
{
    const auto connects = m_queue.removeIf(
        [&](const Job &queued) { return queued.source == source && queued.kind == JobKind::Connect; });
    const auto others = m_queue.removeIf(
        [&](const Job &queued) { return queued.source == source && queued.kind != JobKind::Disconnect; });
    const auto dropped = connects + others;
    reportConnectsDropped(source, connects);
    if (m_runningSource == source) {
        if (std::atomic_bool *flag = cancelFlag(source))
            flag->store(true);
    }
    if (dropped > 0)
        qCDebug(lcSync) << dropped << "queued job(s) of" << source << "cancelled";
}

void SyncWorker::stop()
{
    m_stopRequested = true;
    m_queue.clear();
    // Again: a job that started between the destructor raising the flags and this call may have cleared its flag.
    for (const auto &[source, flag] : m_cancelFlags)
        flag->store(true);
    schedulePump();
}

bool SyncWorker::disconnectPending(const QString &source) const
{
    bool pending = m_runningSource == source && m_runningKind == JobKind::Disconnect;
    for (const Job &queued : m_queue) {
        if (queued.source == source && queued.kind == JobKind::Disconnect)
            pending = true;
        else if (queued.source == source && queued.kind == JobKind::Connect)
            pending = false; // a sign-in queued after the disconnect: a sync after that one is wanted
    }
    return pending;
}

// A queued sign-in that will never run still owes the UI its answer, or the card stays at "Signing in…".
void SyncWorker::reportConnectsDropped(const QString &source, qsizetype count)
{
    if (count > 0)
        Q_EMIT m_service.connectFinished(source, false, signInCancelled());
}

void SyncWorker::schedulePump()
{
    if (m_pumpPosted)
        return;
    m_pumpPosted = true;
    QMetaObject::invokeMethod(this, &SyncWorker::pump, Qt::QueuedConnection);
}

void SyncWorker::pump()
{
    m_pumpPosted = false;
    if (m_busy)
        return; // the blocking call reposts the pump when it returns
    if (m_stopRequested) {
        if (m_timer)
            m_timer->stop();
        QThread::currentThread()->quit();
        return;
    }
    if (m_queue.isEmpty())
        return;
    const Job job = m_queue.takeFirst();
    runJob(job);
}

void SyncWorker::runJob(const Job &job)
{
    // A pump posted before the destructor's stop() may still take a job: it must not start (nor clear its flag).
    if (m_service.m_shuttingDown.load())
        return;
    BusyScope busy(m_busy, [this] {
        m_runningSource.clear();
        schedulePump();
    });
    m_runningSource = job.source;
    m_runningKind = job.kind;
    // Not false: the destructor may raise the flags between the check above and this line.
    if (std::atomic_bool *flag = cancelFlag(job.source))
        flag->store(m_service.m_shuttingDown.load());
    if (m_settings)
        m_settings->sync(); // the GUI may have changed ids, calendars or intervals meanwhile
    switch (job.kind) {
    case JobKind::Sync:
        runSync(job);
        break;
    case JobKind::Connect:
        runConnect(job);
        break;
    case JobKind::Disconnect:
        runDisconnect(job);
        break;
    case JobKind::ListCalendars:
        runListCalendars();
        break;
    }
}

void SyncWorker::runSync(const Job &job)
{
    const QString source = job.source;
    if (!m_runner) {
        m_statuses[source].lastError = m_openError;
        publish(source);
        return;
    }
    SyncStatus &status = m_statuses[source];
    status.running = true;
    status.progressDone = 0;
    status.progressTotal = 0;
    publish(source);

    m_lastProgress.invalidate();
    const auto progress = [this, source](int done, int total) {
        SyncStatus &current = m_statuses[source];
        current.progressDone = done;
        current.progressTotal = total;
        const bool last = total > 0 && done >= total;
        if (!m_lastProgress.isValid() || m_lastProgress.elapsed() >= kProgressGapMs || last) {
            m_progressTimer->stop();
            m_lastProgress.start();
            publish(source);
        } else if (!m_progressTimer->isActive()) {
            m_progressTimer->start();
        }
    };
    auto outcome = m_runner->run(source, job.request, cancelFlag(source), progress);
    m_progressTimer->stop();

    const QDateTime now = m_config.now();
    const QDateTime plannedBefore = m_statuses[source].nextRun;
    refreshStatus(source);
    SyncStatus &after = m_statuses[source];
    after.running = false;
    after.progressDone = 0;
    after.progressTotal = 0;
    if (outcome) {
        planNextRun(source, schedule(source).afterSuccess(now));
    } else if (outcome.error().code == ErrorCode::Cancelled) {
        // The user stopped it: no retry storm, the plan stays (or one interval when nothing was planned).
        planNextRun(source, plannedBefore.isValid() && plannedBefore > now ? plannedBefore
                                                                            : now.addMSecs(intervalMs(source)));
    } else {
        planNextRun(source, schedule(source).afterFailure(outcome.error(), now));
    }
    publish(source);
    if (outcome && outcome->itemsChanged > 0)
        Q_EMIT m_service.dataChanged(source);
}

void SyncWorker::runConnect(const Job &job)
{
    const QString source = job.source;
    if (!m_runner) {
        Q_EMIT m_service.connectFinished(source, false, m_openError);
        return;
    }
    auto connected = m_runner->connect(
        source, [this](const QUrl &url) { Q_EMIT m_service.openBrowserRequested(url); }, cancelFlag(source));
    m_schedules.remove(source); // a new sign-in starts the backoff afresh
    refreshStatus(source);
    publish(source);
    QString message;
    if (!connected)
        message = connected.error().code == ErrorCode::Cancelled ? signInCancelled() : connected.error().message;
    Q_EMIT m_service.connectFinished(source, connected.ok(), message);
    if (connected)
        enqueue({JobKind::Sync, source, {}}); // the first data right away, not at the next scheduled run
}

void SyncWorker::runDisconnect(const Job &job)
{
    const QString source = job.source;
    if (!m_runner) {
        m_statuses[source].lastError = m_openError;
        publish(source);
        return;
    }
    // No scheduled run may start while the revoke waits (its event loop fires timers), nor after it.
    planNextRun(source, QDateTime());
    auto disconnected = m_runner->disconnect(source, cancelFlag(source));
    m_schedules.remove(source);
    refreshStatus(source);
    SyncStatus &status = m_statuses[source];
    if (!disconnected)
        status.lastError = disconnected.error().message;
    planNextRun(source, status.connected ? status.nextRun : QDateTime());
    publish(source);
    if (disconnected && source == SyncSources::Calendar)
        Q_EMIT m_service.dataChanged(source); // the mirrored events are gone
}

void SyncWorker::runListCalendars()
{
    if (!m_runner) {
        Q_EMIT m_service.calendarsListed({}, m_openError);
        return;
    }
    auto calendars = m_runner->listCalendars(cancelFlag(SyncSources::Calendar));
    if (calendars)
        Q_EMIT m_service.calendarsListed(*calendars, QString());
    else
        Q_EMIT m_service.calendarsListed({}, calendars.error().message);
}

// Reads what the runner knows (configured, connected, sync_state) and keeps what only the worker knows.
void SyncWorker::refreshStatus(const QString &source)
{
    SyncStatus &status = m_statuses[source];
    if (!m_runner) {
        status.lastError = m_openError;
        return;
    }
    auto fresh = m_runner->status(source);
    if (!fresh) {
        status.lastError = fresh.error().message;
        return;
    }
    SyncStatus next = *fresh;
    next.running = status.running;
    next.progressDone = status.progressDone;
    next.progressTotal = status.progressTotal;
    next.nextRun = status.nextRun; // the worker's plan, not the runner's guess
    status = next;
}

void SyncWorker::planNextRun(const QString &source, const QDateTime &next)
{
    SyncStatus &status = m_statuses[source];
    status.nextRun = m_config.scheduled && status.connected ? next : QDateTime();
    if (m_database) {
        // Kept in sync_state so `lifeos sync --status` can show it while the app runs.
        SyncStateRepository states(*m_database);
        auto stored = states.get(source);
        if (stored && (stored->has_value() || status.nextRun.isValid())) {
            SyncState state = stored->value_or(SyncState{});
            state.source = source;
            if (state.nextRun != status.nextRun) {
                state.nextRun = status.nextRun;
                if (!states.save(state))
                    qCWarning(lcSync) << "could not store the next run of" << source;
            }
        }
    }
    armTimer();
}

void SyncWorker::armTimer()
{
    if (!m_timer)
        return;
    QDateTime earliest;
    for (const SyncStatus &status : std::as_const(m_statuses)) {
        if (status.nextRun.isValid() && (!earliest.isValid() || status.nextRun < earliest))
            earliest = status.nextRun;
    }
    if (!earliest.isValid()) {
        m_timer->stop();
        return;
    }
    const qint64 wait = std::clamp<qint64>(m_config.now().msecsTo(earliest), 0, kMaxTimerMs);
    m_timer->start(int(wait));
}

void SyncWorker::onTimer()
{
    const QDateTime now = m_config.now();
    for (const QString &source : SyncRunner::sources()) {
        SyncStatus &status = m_statuses[source];
        if (status.nextRun.isValid() && status.nextRun <= now) {
            qCDebug(lcSync) << "scheduled sync of" << source;
            status.nextRun = QDateTime(); // planned again when the run ends
            enqueue({JobKind::Sync, source, {}});
        }
    }
    armTimer();
}

qint64 SyncWorker::intervalMs(const QString &source) const
{
    const int minutes = source == SyncSources::Oura ? m_settings->value(SettingKeys::OuraSyncIntervalMinutes)
                                                    : m_settings->value(SettingKeys::CalendarSyncIntervalMinutes);
    return std::max<qint64>(qint64(minutes) * 60 * 1000, kMinIntervalMs);
}

SyncSchedule &SyncWorker::schedule(const QString &source)
{
    const qint64 interval = intervalMs(source);
    auto found = m_schedules.find(source);
    if (found == m_schedules.end() || (*found)->config().intervalMs != interval) {
        SyncSchedule::Config config;
        config.intervalMs = interval;
        found = m_schedules.insert(source, std::make_shared<SyncSchedule>(config));
    }
    return **found;
}

std::atomic_bool *SyncWorker::cancelFlag(const QString &source) const
{
    const auto found = m_cancelFlags.find(source);
    return found == m_cancelFlags.end() ? nullptr : found->second.get();
}

void SyncWorker::publish(const QString &source)
{
    m_service.publish(m_statuses.value(source));
}

} // namespace lifeos
