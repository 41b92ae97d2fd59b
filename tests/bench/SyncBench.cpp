// bench_sync: a 5-year Oura backfill (about 1,826 days, every collection) from the loopback fake server through the
// real SyncService thread, while the main thread runs the real MainWindow (offscreen) showing the Health page, which
// reloads on every dataChanged as in the app. A 5 ms precise timer on the GUI thread records the gap between ticks,
// so a gap of 5 + s ms means the event loop was blocked for s ms.
// Targets: the backfill under 10 s; no stall over 50 ms. Baseline in the same run: the same meter with sync idle.
#include "BenchStats.h"
#include "FakeOuraServer.h"
#include "oauth/TokenManager.h"
#include "oauth/TokenSet.h"
#include "secrets/MemorySecretStore.h"
#include "MainWindow.h"
#include "UiContext.h"
#include "storage/Database.h"
#include "storage/JournalRepository.h"
#include "storage/NoteRepository.h"
#include "storage/TaskRepository.h"
#include "storage/Query.h"
#include "sync/SyncService.h"
#include "sync/SyncSource.h"
#include "util/Settings.h"

#include <QCommandLineParser>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <vector>

using namespace lifeos;

namespace {

constexpr int TickMs = 5;

// Gaps between ticks of a 5 ms timer on the calling thread's event loop, while it runs.
class StallMeter
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(TickMs);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            m_gaps.push_back(double(m_clock.nsecsElapsed()) / 1e6);
            m_clock.restart();
        });
    }
    void start()
    {
        m_gaps.clear();
        m_clock.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    // The longest block of the loop: the longest gap minus the interval it was due after.
    double maxStallMs() const
    {
        double longest = 0;
        for (double gap : m_gaps)
            longest = std::max(longest, gap);
        return std::max(0.0, longest - TickMs);
    }
    double gapPercentile(double p) const { return bench::percentile(m_gaps, p); }
    std::size_t ticks() const { return m_gaps.size(); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    std::vector<double> m_gaps;
};

struct Run
{
    double backfillMs = 0;
    double maxStallMs = 0;
    double gapP99Ms = 0;
    double idleMaxStallMs = 0;
    qint64 metrics = 0;
    qint64 workouts = 0;
    bool ok = false;
};

Run runOnce(FakeOuraServer &oura, int days)
{
    Run run;
    QTemporaryDir dir;
    const QString databasePath = dir.filePath(QStringLiteral("lifeos.db"));
    auto database = Database::open(databasePath); // the GUI's own connection, as in the app
    if (!database) {
        std::fprintf(stderr, "bench_sync: %s\n", qPrintable(database.error().message));
        return run;
    }
    const QString settingsPath = dir.filePath(QStringLiteral("settings.ini"));
    {
        Settings settings(settingsPath);
        settings.setValue(SettingKeys::OuraClientId, QStringLiteral("bench-client"));
        settings.setValue(SettingKeys::OuraApiBaseUrl, oura.baseUrl().toString());
        settings.sync();
    }

    SyncService::Config config;
    config.databasePath = databasePath;
    config.settingsPath = settingsPath;
    config.scheduled = false;
    config.makeSecretStore = [] {
        auto store = std::make_unique<MemorySecretStore>();
        TokenSet tokens;
        tokens.accessToken = "test-token";
        tokens.refreshToken = "bench-refresh";
        tokens.expiresAt = QDateTime::currentDateTimeUtc().addDays(1);
        (void)store->write(TokenManager::secretKey(QStringLiteral("oura")), tokens.toJson());
        return std::unique_ptr<SecretStore>(std::move(store));
    };
    SyncService service(config);
    Settings settings(settingsPath);
    JournalRepository journal(*database.value());
    TaskRepository tasks(*database.value());
    NoteRepository notes(*database.value());
    UiContext context{*database.value(), journal, tasks, notes, settings, dir.path()};
    context.sync = &service;
    MainWindow window(context);
    window.resize(1200, 800);
    window.show();
    window.showPage(MainWindow::Health); // the page an Oura sync reloads
    QCoreApplication::processEvents();
    service.start();

    StallMeter meter;
    // Baseline: the same loop for one second with the sync thread started but idle.
    {
        QEventLoop idle;
        meter.start();
        QTimer::singleShot(1000, &idle, &QEventLoop::quit);
        idle.exec();
        meter.stop();
        run.idleMaxStallMs = meter.maxStallMs();
    }

    QEventLoop loop;
    bool started = false;
    QString lastError;
    QObject::connect(&service, &SyncService::statusChanged, &loop, [&](const SyncStatus &status) {
        if (status.source != SyncSources::Oura)
            return;
        if (status.running)
            started = true;
        else if (started) {
            lastError = status.lastError;
            loop.quit();
        }
    });
    QTimer::singleShot(120000, &loop, &QEventLoop::quit); // a hung sync ends the run as a failure
    QElapsedTimer clock;
    meter.start();
    clock.start();
    service.backfill(SyncSources::Oura, days);
    loop.exec();
    run.backfillMs = double(clock.nsecsElapsed()) / 1e6;
    meter.stop();
    run.maxStallMs = meter.maxStallMs();
    run.gapP99Ms = meter.gapPercentile(99);

    auto count = [&](const char *sql) {
        auto query = runQuery(*database.value(), QString::fromLatin1(sql), {}, QStringLiteral("count synced rows"));
        return query && query->next() ? query->value(0).toLongLong() : qint64(-1);
    };
    run.metrics = count("SELECT count(*) FROM metrics WHERE source = 'oura'");
    run.workouts = count("SELECT count(*) FROM workouts WHERE source = 'oura'");
    run.ok = started && lastError.isEmpty() && run.metrics > 0;
    if (!run.ok)
        std::fprintf(stderr, "bench_sync: the backfill failed: %s\n", qPrintable(lastError));
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Backfills to run (default 5)."),
                                        QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption daysOption(QStringLiteral("days"), QStringLiteral("Days to backfill (default 1826)."),
                                        QStringLiteral("N"), QStringLiteral("1826"));
    parser.addOption(runsOption);
    parser.addOption(daysOption);
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int days = std::max(1, parser.value(daysOption).toInt());

    const QDate today = QDate::currentDate();
    FakeOuraServer::Options options;
    options.first = today.addDays(-(days - 1));
    options.last = today;
    FakeOuraServer oura(options);

    std::printf("bench_sync: Oura backfill of %d days (%s .. %s) from the loopback fake, page size %d, %d runs\n",
                days, qPrintable(options.first.toString(Qt::ISODate)), qPrintable(today.toString(Qt::ISODate)),
                options.pageSize, runs);
    std::vector<double> times, stalls, idleStalls, p99s;
    for (int i = 0; i < runs; ++i) {
        const Run run = runOnce(oura, days);
        if (!run.ok)
            return 1;
        std::printf("  run %d: backfill %8.1f ms   main-loop max stall %6.1f ms (gap p99 %5.1f ms)   idle max stall "
                    "%5.1f ms   rows: %lld metrics, %lld workouts\n",
                    i + 1, run.backfillMs, run.maxStallMs, run.gapP99Ms, run.idleMaxStallMs,
                    static_cast<long long>(run.metrics), static_cast<long long>(run.workouts));
        times.push_back(run.backfillMs);
        stalls.push_back(run.maxStallMs);
        idleStalls.push_back(run.idleMaxStallMs);
        p99s.push_back(run.gapP99Ms);
    }
    std::printf("median backfill %.1f ms (target < 10000)   median max stall %.1f ms, worst %.1f ms (target < 50)   "
                "baseline idle max stall median %.1f ms\n",
                bench::percentile(times, 50), bench::percentile(stalls, 50), bench::percentile(stalls, 100),
                bench::percentile(idleStalls, 50));
    return 0;
}
