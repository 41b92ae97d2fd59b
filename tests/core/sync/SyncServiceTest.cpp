#include "SyncTestSupport.h"
#include "oauth/TokenManager.h"
#include "oauth/TokenSet.h"
#include "secrets/MemorySecretStore.h"
#include "storage/Database.h"
#include "sync/SyncService.h"
#include "sync/SyncStateRepository.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QThread>
#include <QTimer>

#include <catch2/catch.hpp>

#include <atomic>
#include <tuple>

using namespace lifeos;
using namespace synctest;

namespace {

// The service makes its store on its own thread; the test keeps the real one to look into it.
class SharedSecretStore final : public SecretStore
{
public:
    explicit SharedSecretStore(SecretStore &inner)
        : m_inner(inner)
    {}
    Result<QByteArray> read(const QString &key) override { return m_inner.read(key); }
    Result<void> write(const QString &key, const QByteArray &secret) override { return m_inner.write(key, secret); }
    Result<void> remove(const QString &key) override { return m_inner.remove(key); }

private:
    SecretStore &m_inner;
};

// Runs the test thread's event loop (where the service's queued signals arrive) until done() or a generous limit.
template <typename Predicate>
bool waitUntil(Predicate done, int timeoutMs = 30000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return true;
}

struct ServiceFixture
{
    TempDataDir dir;
    std::unique_ptr<Database> db = testsupport::openDatabase(dir.databasePath()); // migrated before the service opens it
    Settings settings{dir.filePath(QStringLiteral("settings.ini"))};
    MemorySecretStore secrets;
    FakeOAuthServer oauth{ouraOAuth()};
    std::unique_ptr<FakeOuraServer> oura;

    QList<SyncStatus> statuses; // as they arrived on the test thread
    QStringList dataChanged;
    QList<QThread *> signalThreads;

    explicit ServiceFixture(FakeOuraServer::Options data = ouraData())
        : oura(std::make_unique<FakeOuraServer>(data))
    {
        pointOuraAt(settings, oauth, *oura);
        acceptIssuedTokens(*oura);
    }

    void connectDirectly()
    {
        const FakeOAuthServer::Grant grant = oauth.grant();
        TokenSet tokens;
        tokens.accessToken = grant.accessToken;
        tokens.refreshToken = grant.refreshToken;
        tokens.expiresAt = QDateTime::currentDateTimeUtc().addDays(365);
        REQUIRE(secrets.write(TokenManager::secretKey(QStringLiteral("oura")), tokens.toJson()).ok());
    }

    SyncService::Config config(bool scheduled = false, std::function<QDateTime()> now = fixedNow)
    {
        SyncService::Config config;
        config.databasePath = dir.databasePath();
        config.settingsPath = settings.filePath();
        config.makeSecretStore = [this] { return std::make_unique<SharedSecretStore>(secrets); };
        config.now = std::move(now);
        config.zone = testZone();
        config.retry = quickRetries();
        config.scheduled = scheduled;
        return config;
    }

    void watch(SyncService &service)
    {
        QObject::connect(&service, &SyncService::statusChanged, &service, [this](const SyncStatus &status) {
            statuses.append(status);
            signalThreads.append(QThread::currentThread());
        });
        QObject::connect(&service, &SyncService::dataChanged, &service,
                         [this](const QString &source) { dataChanged.append(source); });
    }

    QList<SyncStatus> of(const QString &source) const
    {
        QList<SyncStatus> list;
        for (const SyncStatus &status : statuses) {
            if (status.source == source)
                list.append(status);
        }
        return list;
    }

    // How many runs of source ended so far (a running status followed by a not-running one).
    int finishedRuns(const QString &source) const
    {
        int runs = 0;
        bool running = false;
        for (const SyncStatus &status : of(source)) {
            if (running && !status.running)
                ++runs;
            running = status.running;
        }
        return runs;
    }

    qint64 ouraSteps()
    {
        return rowCount(*db,
                        QStringLiteral("SELECT count(DISTINCT day) FROM metrics WHERE source = 'oura' AND name = 'steps'"));
    }
};

} // namespace

TEST_CASE("a sync on the service thread publishes running, progress and the outcome, in that order")
{
    ServiceFixture f;
    f.connectDirectly();
    SyncService service(f.config());
    f.watch(service);
    CHECK_FALSE(service.status(SyncSources::Oura).connected); // before start(): the defaults
    service.start();
    service.syncNow(SyncSources::Oura);
    REQUIRE(waitUntil([&] { return f.finishedRuns(SyncSources::Oura) == 1; }));

    const QList<SyncStatus> oura = f.of(SyncSources::Oura);
    // The first status is the one read at start: connected, idle, never synced.
    REQUIRE(oura.size() >= 3);
    CHECK(oura.first().connected);
    CHECK_FALSE(oura.first().running);
    CHECK(oura.first().lastSuccess.isNull());
    qsizetype firstRunning = -1;
    for (qsizetype i = 0; i < oura.size(); ++i) {
        if (oura[i].running) {
            firstRunning = i;
            break;
        }
    }
    REQUIRE(firstRunning > 0);
    bool sawProgress = false;
    for (qsizetype i = firstRunning; i < oura.size() - 1; ++i) {
        CHECK(oura[i].running);
        sawProgress = sawProgress || (oura[i].progressTotal > 0 && oura[i].progressDone > 0);
    }
    CHECK(sawProgress);
    const SyncStatus last = oura.last();
    CHECK_FALSE(last.running);
    CHECK(last.lastSuccess == fixedNow());
    CHECK(last.itemsChanged > 0);
    CHECK(last.lastError.isEmpty());
    CHECK(last.nextRun.isNull()); // not scheduled in this test
    CHECK(f.dataChanged == QStringList{SyncSources::Oura});
    for (QThread *thread : std::as_const(f.signalThreads))
        CHECK(thread == QThread::currentThread()); // queued to the receiver's thread

    const SyncStatus published = service.status(SyncSources::Oura);
    CHECK(published.lastSuccess == fixedNow());
    CHECK(service.statuses().size() == 2);
    CHECK(f.ouraSteps() == 30); // a first incremental run reads the last 30 days
}

TEST_CASE("a failed sync publishes its error in words and plans a retry with backoff")
{
    ServiceFixture f;
    f.connectDirectly();
    f.oura->addFault({.fault = FakeOuraServer::Fault::ServerError, .times = -1});
    SyncService service(f.config(true));
    f.watch(service);
    service.start();
    service.syncNow(SyncSources::Oura);
    REQUIRE(waitUntil([&] { return f.finishedRuns(SyncSources::Oura) >= 1; }));
    const SyncStatus last = f.of(SyncSources::Oura).last();
    CHECK_FALSE(last.lastError.isEmpty());
    CHECK(last.lastSuccess.isNull());
    // First backoff step: one minute times a factor in [0.5, 1.5).
    REQUIRE(last.nextRun.isValid());
    CHECK(fixedNow().msecsTo(last.nextRun) >= 30 * 1000);
    CHECK(fixedNow().msecsTo(last.nextRun) < 90 * 1000);
    CHECK(f.dataChanged.isEmpty());
}

TEST_CASE("sync requests that arrive while one of the same source is queued are merged into one run")
{
    ServiceFixture f;
    f.connectDirectly();
    SyncService service(f.config());
    f.watch(service);
    // Before start() the calls wait in the thread's queue: the first one queues a job, the others find it queued.
    service.syncNow(SyncSources::Oura);
    service.syncNow(SyncSources::Oura);
    service.backfill(SyncSources::Oura, 40);
    service.syncNow(SyncSources::Oura);
    service.start();
    REQUIRE(waitUntil([&] { return f.finishedRuns(SyncSources::Oura) == 1; }));
    // Give a wrongly queued second run the chance to start, then check there was none.
    QElapsedTimer settle;
    settle.start();
    waitUntil([&] { return settle.elapsed() > 300; });
    CHECK(f.finishedRuns(SyncSources::Oura) == 1);
    CHECK(f.ouraSteps() == 40); // the merged run was the backfill
}

TEST_CASE("cancelling a backfill stops it with Cancelled, whole windows only and no error")
{
    // 400 days: five windows of 90 days. A 429 on the third window holds the run long enough to cancel it.
    ServiceFixture f(ouraData(400));
    f.connectDirectly();
    const QDate from = fixedNow().date().addDays(-399);
    f.oura->addFault({.fault = FakeOuraServer::Fault::RateLimited, .coveringDay = from.addDays(200), .times = -1,
                      .retryAfterSeconds = 1});
    SyncService service(f.config());
    f.watch(service);
    service.start();
    service.backfill(SyncSources::Oura, 400);
    REQUIRE(waitUntil([&] {
        const auto oura = f.of(SyncSources::Oura);
        return !oura.isEmpty() && oura.last().running && oura.last().progressDone >= 10;
    }));
    service.cancel(SyncSources::Oura);
    REQUIRE(waitUntil([&] { return f.finishedRuns(SyncSources::Oura) == 1; }));

    const SyncStatus last = f.of(SyncSources::Oura).last();
    CHECK(last.lastError.isEmpty());
    CHECK(last.lastSuccess.isNull());
    CHECK(f.dataChanged.isEmpty());
    // The first two windows were written whole; the third never was, and nothing after it.
    CHECK(f.ouraSteps() == 180);
    CHECK(rowCount(*f.db, QStringLiteral("SELECT count(*) FROM metrics WHERE source = 'oura' AND day > '%1'")
                              .arg(from.addDays(179).toString(Qt::ISODate)))
          == 0);
    CHECK(rowCount(*f.db, QStringLiteral("SELECT count(*) FROM sync_state WHERE source = 'oura' AND cursor IS NOT NULL"))
          == 0);
}

TEST_CASE("destroying the service while a job runs cancels it and joins the thread")
{
    ServiceFixture f(ouraData(400));
    f.connectDirectly();
    f.oura->addFault({.fault = FakeOuraServer::Fault::RateLimited, .times = -1, .retryAfterSeconds = 1});
    {
        auto service = std::make_unique<SyncService>(f.config());
        f.watch(*service);
        service->start();
        service->backfill(SyncSources::Oura, 400);
        REQUIRE(waitUntil([&] {
            const auto oura = f.of(SyncSources::Oura);
            return !oura.isEmpty() && oura.last().running;
        }));
        service.reset(); // must return: the job is cancelled, the worker's objects go away on their own thread
    }
    // The database is whole and free: a write goes through at once.
    REQUIRE(SyncStateRepository(*f.db).setCursor(QStringLiteral("probe"), QStringLiteral("x")).ok());
    CHECK(f.ouraSteps() == 0);
}

TEST_CASE("destroying the service just after a job ends neither starts the queued backfill nor waits for it")
{
    ServiceFixture f(ouraData(400));
    f.connectDirectly();
    std::atomic_bool firstEnded = false;
    std::atomic_bool destroying = false;
    std::atomic_int requestsAtEnd = -1;
    {
        auto service = std::make_unique<SyncService>(f.config());
        SyncService *raw = service.get();
        bool backfillQueued = false; // both used on the sync thread only
        bool holding = false;
        // Direct: runs on the sync thread, inside the worker's publish.
        QObject::connect(
            raw, &SyncService::statusChanged, raw,
            [&, raw](const SyncStatus &status) {
                if (status.source != SyncSources::Oura)
                    return;
                if (status.running && !backfillQueued) {
                    backfillQueued = true;
                    raw->backfill(SyncSources::Oura, 400); // queued behind the running sync, not merged into it
                } else if (!status.running && backfillQueued && !holding) {
                    holding = true;
                    requestsAtEnd = f.oura->http().requestCount();
                    // The worker posts its next pump when this publish returns. An event posted now runs before that
                    // pump and holds the thread while the destructor raises the flags and posts stop(): the pump
                    // then comes before stop(), the order in which the backfill used to start and run to its end.
                    auto *context = new QObject; // made here, so it lives on the sync thread
                    QTimer::singleShot(0, context, [&, context] {
                        firstEnded = true;
                        while (!destroying)
                            QThread::msleep(1);
                        QThread::msleep(500);
                        context->deleteLater();
                    });
                }
            },
            Qt::DirectConnection);
        service->start();
        service->syncNow(SyncSources::Oura);
        REQUIRE(waitUntil([&] { return firstEnded.load(); }));
        destroying = true;
        service.reset();
    }
    REQUIRE(requestsAtEnd > 0);
    // The backfill never sent a request: the destructor did not wait for it.
    CHECK(f.oura->http().requestCount() == requestsAtEnd);
    CHECK(f.ouraSteps() == 30); // what the first sync wrote, nothing older
}

TEST_CASE("a sync queued behind a disconnect is dropped and leaves no false error")
{
    ServiceFixture f;
    f.connectDirectly();
    SyncService service(f.config());
    f.watch(service);
    QStringList listed;
    QObject::connect(&service, &SyncService::calendarsListed, &service,
                     [&](const QList<CalendarInfo> &, const QString &error) { listed.append(error); });
    // Before start() the calls wait in order: the disconnect, a sync, then a listing that ends after both.
    service.disconnectSource(SyncSources::Oura);
    service.syncNow(SyncSources::Oura);
    service.requestCalendars();
    service.start();
    REQUIRE(waitUntil([&] { return !listed.isEmpty(); }));

    for (const SyncStatus &status : f.of(SyncSources::Oura))
        CHECK_FALSE(status.running);
    const SyncStatus last = f.of(SyncSources::Oura).last();
    CHECK_FALSE(last.connected);
    CHECK(last.lastError.isEmpty());
    CHECK(f.oauth.revokeRequests().size() == 1);
    CHECK(f.oura->http().requestCount() == 0);
}

TEST_CASE("a sync that falls due while the source is being disconnected does not run")
{
    // The real clock: the timer waits for it. The next run is due one second after start, while the revoke is
    // held for three, so the timer fires inside the disconnect.
    ServiceFixture f;
    f.settings.setValue(SettingKeys::OuraSyncIntervalMinutes, 0);
    f.settings.sync();
    f.connectDirectly();
    SyncState synced;
    synced.source = SyncSources::Oura;
    synced.lastSuccess = QDateTime::currentDateTimeUtc();
    REQUIRE(SyncStateRepository(*f.db).save(synced).ok());
    f.oauth.http().enqueue(FakeHttpResponse::json(200, "{}").withDelay(3000));

    SyncService service(f.config(true, [] { return QDateTime::currentDateTimeUtc(); }));
    f.watch(service);
    QStringList listed;
    QObject::connect(&service, &SyncService::calendarsListed, &service,
                     [&](const QList<CalendarInfo> &, const QString &error) { listed.append(error); });
    service.start();
    service.disconnectSource(SyncSources::Oura);
    REQUIRE(waitUntil([&] {
        const auto oura = f.of(SyncSources::Oura);
        return !oura.isEmpty() && !oura.last().connected;
    }));
    service.requestCalendars(); // queued after anything the timer queued during the disconnect
    REQUIRE(waitUntil([&] { return !listed.isEmpty(); }));

    for (const SyncStatus &status : f.of(SyncSources::Oura))
        CHECK_FALSE(status.running);
    const SyncStatus last = f.of(SyncSources::Oura).last();
    CHECK(last.lastError.isEmpty());
    CHECK(last.nextRun.isNull());
    CHECK(f.oura->http().requestCount() == 0);
}

TEST_CASE("a sign-in cancelled while queued or while waiting for the browser is reported as cancelled")
{
    ServiceFixture f;
    SyncService service(f.config());
    QList<QUrl> opened;
    QList<std::tuple<QString, bool, QString>> finished;
    QObject::connect(&service, &SyncService::connectFinished, &service,
                     [&](const QString &source, bool ok, const QString &message) {
                         finished.append({source, ok, message});
                     });
    const std::tuple<QString, bool, QString> cancelled{SyncSources::Oura, false, QStringLiteral("Sign-in cancelled.")};

    SECTION("queued")
    {
        QObject::connect(&service, &SyncService::openBrowserRequested, &service,
                         [&](const QUrl &url) { opened.append(url); });
        service.connectSource(SyncSources::Oura);
        service.cancel(SyncSources::Oura); // reaches the worker before the sign-in starts
        service.start();
        REQUIRE(waitUntil([&] { return !finished.isEmpty(); }));
        CHECK(finished.first() == cancelled);
        CHECK(opened.isEmpty());
    }
    SECTION("waiting for the browser")
    {
        QObject::connect(&service, &SyncService::openBrowserRequested, &service, [&](const QUrl &url) {
            opened.append(url);
            service.cancel(SyncSources::Oura); // the user closed the tab and pressed Cancel
        });
        service.start();
        service.connectSource(SyncSources::Oura);
        REQUIRE(waitUntil([&] { return !finished.isEmpty(); }));
        CHECK(opened.size() == 1);
        CHECK(finished.first() == cancelled);
    }
    CHECK(finished.size() == 1);
    CHECK(f.oauth.tokenRequests().isEmpty());
}

TEST_CASE("destroying a service that never started is harmless")
{
    ServiceFixture f;
    SyncService service(f.config());
    service.syncNow(SyncSources::Oura);
}

TEST_CASE("a connected source runs by itself on its schedule")
{
    // The real clock here: the timer waits for it. A 0-minute interval is the shortest (one second).
    FakeOuraServer::Options data = ouraData();
    data.last = QDateTime::currentDateTimeUtc().date().addDays(1);
    data.first = data.last.addDays(-60);
    ServiceFixture f(data);
    f.settings.setValue(SettingKeys::OuraSyncIntervalMinutes, 0);
    f.settings.sync();
    f.connectDirectly();
    SyncService service(f.config(true, [] { return QDateTime::currentDateTimeUtc(); }));
    f.watch(service);
    service.start(); // never synced: it runs soon after start, then again one interval after each success
    REQUIRE(waitUntil([&] { return f.finishedRuns(SyncSources::Oura) >= 2; }));
    const auto oura = f.of(SyncSources::Oura);
    CHECK(oura.last().lastSuccess.isValid());
    CHECK(oura.last().lastError.isEmpty());
    // The calendar is not connected: it never runs and has no next run.
    for (const SyncStatus &status : f.of(SyncSources::Calendar)) {
        CHECK_FALSE(status.running);
        CHECK(status.nextRun.isNull());
    }
}

TEST_CASE("connecting through the service opens the browser, reports the result and syncs right away")
{
    ServiceFixture f;
    SyncService service(f.config());
    f.watch(service);
    QList<QUrl> opened;
    QList<std::tuple<QString, bool, QString>> finished;
    QObject::connect(&service, &SyncService::openBrowserRequested, &service, [&](const QUrl &url) {
        opened.append(url);
        f.oauth.simulateBrowser(url);
    });
    QObject::connect(&service, &SyncService::connectFinished, &service,
                     [&](const QString &source, bool ok, const QString &message) {
                         finished.append({source, ok, message});
                     });
    service.start();
    service.connectSource(SyncSources::Oura);
    REQUIRE(waitUntil([&] { return !finished.isEmpty(); }));
    f.oauth.waitForBrowser();
    REQUIRE(opened.size() == 1);
    CHECK(opened.first().toString().startsWith(f.oauth.authorizeUrl().toString()));
    CHECK(finished.first() == std::tuple<QString, bool, QString>{SyncSources::Oura, true, QString()});
    REQUIRE(waitUntil([&] { return f.finishedRuns(SyncSources::Oura) == 1; }));
    CHECK(f.of(SyncSources::Oura).last().connected);
    CHECK(f.of(SyncSources::Oura).last().lastSuccess == fixedNow());

    service.disconnectSource(SyncSources::Oura);
    REQUIRE(waitUntil([&] { return !f.of(SyncSources::Oura).last().connected; }));
    CHECK(f.oauth.revokeRequests().size() == 1);
    CHECK(f.ouraSteps() == 30); // the history stays
}

TEST_CASE("the calendars are listed on the sync thread and answered by signal")
{
    ServiceFixture f;
    FakeOAuthServer googleOAuth;
    FakeGoogleCalendarServer google;
    pointGoogleAt(f.settings, googleOAuth, google.apiBaseUrl());
    google.addCalendar({QStringLiteral("me@example.com"), QStringLiteral("Me"), QStringLiteral("UTC"),
                        QStringLiteral("#9fc6e7"), true});
    google.addCalendar({QStringLiteral("team@group.calendar.google.com"), QStringLiteral("Team")});
    const FakeOAuthServer::Grant grant = googleOAuth.grant();
    google.acceptToken(grant.accessToken);
    TokenSet tokens;
    tokens.accessToken = grant.accessToken;
    tokens.refreshToken = grant.refreshToken;
    REQUIRE(f.secrets.write(TokenManager::secretKey(QStringLiteral("google")), tokens.toJson()).ok());

    SyncService service(f.config());
    QList<QList<CalendarInfo>> lists;
    QStringList errors;
    QObject::connect(&service, &SyncService::calendarsListed, &service,
                     [&](const QList<CalendarInfo> &calendars, const QString &error) {
                         lists.append(calendars);
                         errors.append(error);
                     });
    service.start();
    service.requestCalendars();
    REQUIRE(waitUntil([&] { return !lists.isEmpty(); }));
    CHECK(errors.first().isEmpty());
    REQUIRE(lists.first().size() == 2);
    CHECK(lists.first().first().summary == QStringLiteral("Me"));
}
