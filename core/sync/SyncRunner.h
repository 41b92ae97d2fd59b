#pragma once

#include "calendar/GoogleCalendarSync.h"
#include "net/HttpClient.h"
#include "secrets/SecretStore.h"
#include "storage/Database.h"
#include "sync/SyncSource.h"
#include "sync/SyncStatus.h"
#include "util/Settings.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <functional>

class QNetworkAccessManager;

namespace lifeos {

// Everything one sync needs, in one thread: builds the source (OuraSync or GoogleCalendarSync) and its
// TokenManager from the settings, runs it, and records the outcome in sync_state (last success, or the last
// error in words). Blocking. The SyncService worker thread and `lifeos sync` both use it; every object in
// Environment belongs to the calling thread.
class SyncRunner
{
    Q_DECLARE_TR_FUNCTIONS(SyncRunner)

public:
    struct Environment
    {
        Database &database;
        Settings &settings;
        SecretStore &secrets;
        QNetworkAccessManager &network;
        RetryPolicy retry;
        std::function<QDateTime()> now;   // UTC
        QTimeZone zone;                   // the user's zone
    };
    using Progress = std::function<void(int done, int total)>;

    explicit SyncRunner(Environment environment);
    ~SyncRunner();

    // Unknown source: InvalidInput. Not configured (no client id) or not connected: AuthFailed with a message
    // that says where to connect. On failure the error is also stored as the source's last error.
    Result<SyncOutcome> run(const QString &source, const SyncRequest &request,
                            const std::atomic_bool *cancel = nullptr, const Progress &progress = {});
    // The browser sign-in (OAuthConnectFlow), then the tokens are stored in the SecretStore.
    Result<void> connect(const QString &source, const std::function<void(const QUrl &)> &openBrowser,
                         const std::atomic_bool *cancel = nullptr, int timeoutMs = 5 * 60 * 1000);
    // Revokes (best effort), removes the tokens and the source's cursors. Google events are removed too (they
    // are a mirror of the user's calendar); Oura metrics and workouts stay (they are the user's history).
    Result<void> disconnect(const QString &source, const std::atomic_bool *cancel = nullptr);
    // From settings, the keychain and sync_state; a keychain failure shows as lastError, not as an Error.
    Result<SyncStatus> status(const QString &source);
    Result<QList<CalendarInfo>> listCalendars(const std::atomic_bool *cancel = nullptr);

    static QStringList sources(); // oura, calendar

private:
    Environment m_env;
    HttpClient m_http;
};

} // namespace lifeos
