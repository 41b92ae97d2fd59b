#include "sync/SyncRunner.h"

#include "calendar/CalendarRepository.h"
#include "net/AuthorizedHttp.h"
#include "oauth/OAuthConnectFlow.h"
#include "oauth/TokenManager.h"
#include "oura/OuraSync.h"
#include "sync/Connections.h"
#include "sync/SyncStateRepository.h"
#include "util/Logging.h"

#include <memory>

namespace lifeos {

namespace {

// The OAuth objects of one source for one call; they refer to each other, so they live and die together.
struct Session
{
    Session(const OAuthProvider &provider, HttpClient &http, SecretStore &secrets, std::function<QDateTime()> now)
        : client(provider, http)
        , tokens(client, secrets, std::move(now))
        , authorized(http, tokens)
    {}

    OAuthClient client;
    TokenManager tokens;
    AuthorizedHttp authorized;
};

// The display name a message uses for a source: the service the user knows.
QString displayName(const QString &source)
{
    return source == SyncSources::Oura ? QStringLiteral("Oura") : QStringLiteral("Google Calendar");
}

qint64 intervalMs(const QString &source, const Settings &settings)
{
    const int minutes = source == SyncSources::Oura ? settings.value(SettingKeys::OuraSyncIntervalMinutes)
                                                    : settings.value(SettingKeys::CalendarSyncIntervalMinutes);
    return qint64(std::max(minutes, 0)) * 60 * 1000;
}

} // namespace

SyncRunner::SyncRunner(Environment environment)
    : m_env(std::move(environment))
    , m_http(m_env.network, m_env.retry)
{
    if (!m_env.now)
        m_env.now = [] { return QDateTime::currentDateTimeUtc(); };
    if (!m_env.zone.isValid())
        m_env.zone = QTimeZone::systemTimeZone();
}

SyncRunner::~SyncRunner() = default;

QStringList SyncRunner::sources()
{
    return {SyncSources::Oura, SyncSources::Calendar};
}

// Checks that source is known, configured and connected, in the order a user fixes them. notConnected says the
// failure was only that no tokens are stored.
static Result<void> checkReady(const QString &source, const OAuthProvider &provider, TokenManager &tokens,
                               bool *notConnected = nullptr)
{
    if (!provider.isConfigured())
        return Error{ErrorCode::AuthFailed,
                     SyncRunner::tr("%1 is not set up: add the app's client id in Settings → Connections.")
                         .arg(displayName(source))};
    auto connected = tokens.isConnected();
    if (!connected)
        return connected.error();
    if (!*connected) {
        if (notConnected)
            *notConnected = true;
        return Error{ErrorCode::AuthFailed,
                     SyncRunner::tr("%1 is not connected. Connect it in Settings → Connections, or run "
                                    "\"lifeos sync %2 --connect\".")
                         .arg(displayName(source), source)};
    }
    return {};
}

Result<SyncOutcome> SyncRunner::run(const QString &source, const SyncRequest &request,
                                    const std::atomic_bool *cancel, const Progress &progress)
{
    if (!sources().contains(source))
        return Error{ErrorCode::InvalidInput,
                     tr("There is no source called \"%1\"; choose oura or calendar.").arg(source)};
    const OAuthProvider provider = providerForSource(source, m_env.settings);
    Session session(provider, m_http, m_env.secrets, m_env.now);

    Result<SyncOutcome> outcome = SyncOutcome{};
    bool notConnected = false;
    if (auto ready = checkReady(source, provider, session.tokens, &notConnected); !ready) {
        // Not connected is a state the status shows already, not a failed run: recorded, it would outlive a
        // disconnect as a false error.
        if (notConnected)
            return ready.error();
        outcome = ready.error();
    } else {
        std::unique_ptr<SyncSource> sync;
        if (source == SyncSources::Oura) {
            OuraSync::Config config;
            config.apiBaseUrl = QUrl(m_env.settings.value(SettingKeys::OuraApiBaseUrl));
            config.heartrate = m_env.settings.value(SettingKeys::OuraHeartRate);
            sync = std::make_unique<OuraSync>(config);
        } else {
            GoogleCalendarSync::Config config;
            config.apiBaseUrl = QUrl(m_env.settings.value(SettingKeys::GoogleCalendarApiBaseUrl));
            config.calendarIds = m_env.settings.value(SettingKeys::GoogleCalendarIds);
            sync = std::make_unique<GoogleCalendarSync>(config);
        }
        const QDateTime now = m_env.now();
        SyncContext context{m_env.database, session.authorized, now.toTimeZone(m_env.zone).date(), now, m_env.zone,
                            cancel, progress};
        qCDebug(lcSync) << "sync" << source << "starts"
                        << (request.mode == SyncRequest::Mode::Backfill ? "backfill" : "incremental")
                        << request.backfillDays;
        outcome = sync->run(request, context);
    }

    // The source may have moved its cursor in the same row, so read it back before writing the status.
    SyncStateRepository states(m_env.database);
    auto stored = states.get(source);
    SyncState state = stored && stored->has_value() ? **stored : SyncState{};
    state.source = source;
    if (outcome) {
        state.lastSuccess = m_env.now();
        state.itemsChanged = outcome->itemsChanged;
        state.lastError.clear();
        qCDebug(lcSync) << "sync" << source << "done," << outcome->itemsChanged << "items changed";
    } else if (outcome.error().code == ErrorCode::Cancelled) {
        qCDebug(lcSync) << "sync" << source << "cancelled";
        return outcome; // stopping is not a failure: the last error stays what it was
    } else {
        state.lastError = outcome.error().message;
        qCDebug(lcSync) << "sync" << source << "failed, code" << int(outcome.error().code) << "http"
                        << outcome.error().httpStatus;
    }
    if (!stored)
        qCWarning(lcSync) << "could not read the sync state of" << source;
    else if (auto saved = states.save(state); !saved)
        qCWarning(lcSync) << "could not record the sync outcome of" << source;
    return outcome;
}

Result<void> SyncRunner::connect(const QString &source, const std::function<void(const QUrl &)> &openBrowser,
                                 const std::atomic_bool *cancel, int timeoutMs)
{
    if (!sources().contains(source))
        return Error{ErrorCode::InvalidInput,
                     tr("There is no source called \"%1\"; choose oura or calendar.").arg(source)};
    const OAuthProvider provider = providerForSource(source, m_env.settings);
    if (!provider.isConfigured())
        return Error{ErrorCode::AuthFailed,
                     tr("%1 is not set up: add the app's client id in Settings → Connections.")
                         .arg(displayName(source))};
    Session session(provider, m_http, m_env.secrets, m_env.now);
    auto tokens = OAuthConnectFlow::run(session.client, openBrowser, m_env.now, timeoutMs, cancel);
    if (!tokens)
        return tokens.error();
    if (auto stored = session.tokens.store(*tokens); !stored)
        return stored.error();
    qCDebug(lcSync) << source << "connected";

    // A new sign-in answers whatever error the last run left ("connect again").
    SyncStateRepository states(m_env.database);
    if (auto state = states.get(source); state && state->has_value() && !(*state)->lastError.isEmpty()) {
        SyncState cleared = **state;
        cleared.lastError.clear();
        if (!states.save(cleared))
            qCWarning(lcSync) << "could not clear the last error of" << source;
    }
    return {};
}

Result<void> SyncRunner::disconnect(const QString &source, const std::atomic_bool *cancel)
{
    if (!sources().contains(source))
        return Error{ErrorCode::InvalidInput,
                     tr("There is no source called \"%1\"; choose oura or calendar.").arg(source)};
    const OAuthProvider provider = providerForSource(source, m_env.settings);
    Session session(provider, m_http, m_env.secrets, m_env.now);
    auto connected = session.tokens.isConnected();
    if (!connected)
        return connected.error();
    if (*connected) {
        if (auto removed = session.tokens.disconnect(cancel); !removed)
            return removed.error();
    }

    SyncStateRepository states(m_env.database);
    return m_env.database.write([&]() -> Result<void> {
        if (auto removed = states.remove(source); !removed)
            return removed;
        if (source == SyncSources::Calendar) {
            if (auto removed = states.removeWithPrefix(source + u':'); !removed)
                return removed;
            // The events are a mirror of the Google calendar, and stale once nothing keeps them in step.
            auto events = CalendarRepository(m_env.database).removeCalendar(QStringLiteral("google"));
            if (!events)
                return events.error();
        }
        qCDebug(lcSync) << source << "disconnected";
        return {};
    });
}

Result<SyncStatus> SyncRunner::status(const QString &source)
{
    if (!sources().contains(source))
        return Error{ErrorCode::InvalidInput,
                     tr("There is no source called \"%1\"; choose oura or calendar.").arg(source)};
    const OAuthProvider provider = providerForSource(source, m_env.settings);
    SyncStatus status;
    status.source = source;
    status.configured = provider.isConfigured();

    auto stored = SyncStateRepository(m_env.database).get(source);
    if (!stored)
        return stored.error();
    if (stored->has_value()) {
        const SyncState &state = **stored;
        status.lastSuccess = state.lastSuccess;
        status.lastError = state.lastError;
        status.nextRun = state.nextRun;
        status.itemsChanged = state.itemsChanged;
    }

    // Without a client id there is nothing to sign in with, so the keychain is not asked (and cannot complain).
    if (status.configured) {
        Session session(provider, m_http, m_env.secrets, m_env.now);
        auto connected = session.tokens.isConnected();
        if (!connected)
            status.lastError = connected.error().message; // the keychain is the problem to show, not a past run's
        else
            status.connected = *connected;
    }
    // Without a scheduler's word (the command line), the next run is one interval after the last success.
    if (!status.connected) {
        status.nextRun = QDateTime();
    } else if (status.nextRun.isNull() && status.lastSuccess.isValid()) {
        status.nextRun = status.lastSuccess.addMSecs(intervalMs(source, m_env.settings));
    }
    return status;
}

Result<QList<CalendarInfo>> SyncRunner::listCalendars(const std::atomic_bool *cancel)
{
    const QString source = SyncSources::Calendar;
    const OAuthProvider provider = providerForSource(source, m_env.settings);
    Session session(provider, m_http, m_env.secrets, m_env.now);
    if (auto ready = checkReady(source, provider, session.tokens); !ready)
        return ready.error();
    GoogleCalendarSync::Config config;
    config.apiBaseUrl = QUrl(m_env.settings.value(SettingKeys::GoogleCalendarApiBaseUrl));
    config.calendarIds = m_env.settings.value(SettingKeys::GoogleCalendarIds);
    return GoogleCalendarSync(config).listCalendars(session.authorized, cancel);
}

} // namespace lifeos
