#pragma once

#include "calendar/GoogleCalendarSync.h"
#include "net/HttpClient.h"
#include "secrets/SecretStore.h"
#include "sync/SyncStatus.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QTimeZone>
#include <QUrl>

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <mutex>

class QThread;

namespace lifeos {

class SyncWorker;

// Background sync for the app: a QThread of its own with its own QNetworkAccessManager, Database connection,
// Settings and SecretStore (all created in that thread), running SyncRunner. Each connected source runs on its
// schedule (Oura every 6 hours, the calendar every 30 minutes, settings can change both), on demand, and after
// failures with backoff and jitter (SyncSchedule; 429 Retry-After honoured). One job runs at a time; requests
// that arrive meanwhile are queued. Status goes out by signals, which reach GUI objects queued.
//
// Every public function is thread-safe and returns at once. The destructor cancels what runs and joins the thread.
class SyncService : public QObject
{
    Q_OBJECT

public:
    struct Config
    {
        QString databasePath;
        QString settingsPath;
        // Called on the sync thread once: the KeychainSecretStore in the app, a MemorySecretStore in tests.
        std::function<std::unique_ptr<SecretStore>()> makeSecretStore;
        std::function<QDateTime()> now = [] { return QDateTime::currentDateTimeUtc(); };
        QTimeZone zone = QTimeZone::systemTimeZone();
        RetryPolicy retry;
        bool scheduled = true; // false: runs only on demand (tests, benchmarks)
    };

    explicit SyncService(Config config, QObject *parent = nullptr);
    ~SyncService() override;

    void start();

    // The last published status of each source (before start(): the defaults).
    QList<SyncStatus> statuses() const;
    SyncStatus status(const QString &source) const;

    void syncNow(const QString &source);
    void backfill(const QString &source, int days);
    void connectSource(const QString &source);
    void disconnectSource(const QString &source);
    void cancel(const QString &source); // the running or queued job of source
    void requestCalendars();            // answered by calendarsListed

Q_SIGNALS:
    void statusChanged(const lifeos::SyncStatus &status);
    void dataChanged(const QString &source); // rows were written: pages showing them should reload
    void openBrowserRequested(const QUrl &url); // the app opens it with QDesktopServices
    void connectFinished(const QString &source, bool ok, const QString &message);
    void calendarsListed(const QList<lifeos::CalendarInfo> &calendars, const QString &error);

private:
    void publish(const SyncStatus &status);
    void post(std::function<void(SyncWorker &)> call); // runs call on the sync thread, queued

    Config m_config;
    // One flag per source, made in the constructor and never added to: both threads read the map freely.
    std::map<QString, std::unique_ptr<std::atomic_bool>> m_cancelFlags;
    QThread *m_thread = nullptr;
    SyncWorker *m_worker = nullptr; // lives in m_thread
    bool m_started = false;
    // Raised first thing in the destructor: the worker then starts no job (read on the sync thread).
    std::atomic_bool m_shuttingDown = false;
    // std::mutex rather than QMutex: ThreadSanitizer sees its pthread calls, while Qt's futex-based QMutex is
    // partly invisible in an uninstrumented Qt (see tests/tsan.supp).
    mutable std::mutex m_mutex;
    QHash<QString, SyncStatus> m_statuses;
    friend class SyncWorker;
};

} // namespace lifeos

Q_DECLARE_METATYPE(lifeos::CalendarInfo)
