#include "sync/SyncService.h"

#include "sync/SyncRunner.h"
#include "sync/SyncWorker.h"

#include <QMetaObject>
#include <QThread>

namespace lifeos {

SyncService::SyncService(Config config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    qRegisterMetaType<lifeos::SyncStatus>();
    qRegisterMetaType<lifeos::CalendarInfo>();
    qRegisterMetaType<QList<lifeos::CalendarInfo>>();
    for (const QString &source : SyncRunner::sources()) {
        m_cancelFlags.emplace(source, std::make_unique<std::atomic_bool>(false));
        SyncStatus status;
        status.source = source;
        m_statuses.insert(source, status);
    }
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("lifeos-sync"));
    m_worker = new SyncWorker(*this, m_config, m_cancelFlags);
    m_worker->moveToThread(m_thread);
    // started is emitted on the new thread before its event loop runs, so the worker is ready before any call.
    QObject::connect(m_thread, &QThread::started, m_worker, &SyncWorker::initialise);
    // The worker and everything it owns are destroyed on the sync thread, after its event loop ends.
    QObject::connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
}

SyncService::~SyncService()
{
    // Before the flags: a job the worker takes from now on sees it and does not start (or clear its flag).
    m_shuttingDown.store(true);
    for (auto &[source, flag] : m_cancelFlags)
        flag->store(true);
    if (m_started) {
        // stop() quits once the running job (cancelled above) has returned, never inside its local event loop.
        post([](SyncWorker &worker) { worker.stop(); });
        m_thread->wait();
    } else {
        delete m_worker; // its thread never ran, so nothing was created in it
    }
    m_worker = nullptr;
    delete m_thread;
    // Under the lock the worker last wrote them with: QThread::wait() orders this too, but invisibly to ThreadSanitizer.
    std::lock_guard lock(m_mutex);
    m_statuses.clear();
}

void SyncService::start()
{
    if (m_started)
        return;
    m_started = true;
    m_thread->start();
}

QList<SyncStatus> SyncService::statuses() const
{
    std::lock_guard lock(m_mutex);
    QList<SyncStatus> list;
    for (const QString &source : SyncRunner::sources())
        list.append(m_statuses.value(source));
    return list;
}

SyncStatus SyncService::status(const QString &source) const
{
    std::lock_guard lock(m_mutex);
    return m_statuses.value(source);
}

void SyncService::syncNow(const QString &source)
{
    post([source](SyncWorker &worker) { worker.enqueue({SyncWorker::JobKind::Sync, source, {}}); });
}

void SyncService::backfill(const QString &source, int days)
{
    SyncRequest request;
    request.mode = SyncRequest::Mode::Backfill;
    request.backfillDays = std::max(days, 1);
    post([source, request](SyncWorker &worker) { worker.enqueue({SyncWorker::JobKind::Sync, source, request}); });
}

void SyncService::connectSource(const QString &source)
{
    post([source](SyncWorker &worker) { worker.enqueue({SyncWorker::JobKind::Connect, source, {}}); });
}

void SyncService::disconnectSource(const QString &source)
{
    post([source](SyncWorker &worker) { worker.enqueue({SyncWorker::JobKind::Disconnect, source, {}}); });
}

void SyncService::cancel(const QString &source)
{
    // The flag stops a running job at once; the queued call drops the queued ones (and re-raises the flag when a
    // job of this source started in between and cleared it).
    if (auto flag = m_cancelFlags.find(source); flag != m_cancelFlags.end())
        flag->second->store(true);
    post([source](SyncWorker &worker) { worker.cancelQueued(source); });
}

void SyncService::requestCalendars()
{
    post([](SyncWorker &worker) {
        worker.enqueue({SyncWorker::JobKind::ListCalendars, SyncSources::Calendar, {}});
    });
}

void SyncService::publish(const SyncStatus &status)
{
    {
        std::lock_guard lock(m_mutex);
        m_statuses.insert(status.source, status);
    }
    Q_EMIT statusChanged(status);
}

void SyncService::post(std::function<void(SyncWorker &)> call)
{
    SyncWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, call = std::move(call)] { call(*worker); }, Qt::QueuedConnection);
}

} // namespace lifeos
