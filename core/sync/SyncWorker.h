#pragma once

#include "sync/SyncSchedule.h"
#include "sync/SyncService.h"
#include "sync/SyncSource.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>

#include <atomic>
#include <map>
#include <memory>

class QNetworkAccessManager;
class QTimer;

namespace lifeos {

class Database;
class Settings;
class SyncRunner;

// SyncService's half that lives on the sync thread: it owns the network manager, database connection, settings,
// secret store and runner (all created and destroyed in that thread), the job queue and the schedules.
// Internal to core/sync; only SyncService talks to it, through queued calls.
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    enum class JobKind { Sync, Connect, Disconnect, ListCalendars };
    struct Job
    {
        JobKind kind = JobKind::Sync;
        QString source;
        SyncRequest request;
    };

    SyncWorker(SyncService &service, SyncService::Config config,
               const std::map<QString, std::unique_ptr<std::atomic_bool>> &cancelFlags);
    ~SyncWorker() override;

    // All of these run on the sync thread.
    void initialise();
    void enqueue(const Job &job);
    void cancelQueued(const QString &source);
    void stop(); // quits the thread once no job runs

private:
    void pump();
    void schedulePump();
    void runJob(const Job &job);
    void runSync(const Job &job);
    void runConnect(const Job &job);
    void runDisconnect(const Job &job);
    void runListCalendars();
    bool disconnectPending(const QString &source) const; // a Disconnect of source runs, or is queued last
    void reportConnectsDropped(const QString &source, qsizetype count);
    void refreshStatus(const QString &source);
    void planNextRun(const QString &source, const QDateTime &next);
    void armTimer();
    void onTimer();
    qint64 intervalMs(const QString &source) const;
    SyncSchedule &schedule(const QString &source);
    std::atomic_bool *cancelFlag(const QString &source) const;
    void publish(const QString &source);

    SyncService &m_service;
    SyncService::Config m_config;
    const std::map<QString, std::unique_ptr<std::atomic_bool>> &m_cancelFlags; // owned by the service
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<SyncRunner> m_runner;
    QString m_openError; // why the database could not be opened; every job reports it
    QTimer *m_timer = nullptr;
    QTimer *m_progressTimer = nullptr; // publishes the latest progress that the throttle held back
    QList<Job> m_queue;
    bool m_busy = false;          // a blocking call runs (its local event loop may call back into us)
    bool m_pumpPosted = false;
    bool m_stopRequested = false;
    QString m_runningSource;      // of the job that runs now
    JobKind m_runningKind = JobKind::Sync;
    QHash<QString, SyncStatus> m_statuses;
    QHash<QString, std::shared_ptr<SyncSchedule>> m_schedules;
    QElapsedTimer m_lastProgress;
};

} // namespace lifeos
