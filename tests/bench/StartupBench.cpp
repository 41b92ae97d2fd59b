// bench_startup: how fast the LifeOS window first paints, and how much memory it holds then, with an empty
// database and with a full one (SampleData at scale 1.0). See README.md in this folder for what each figure means.
//
// The app's side of the contract: with LIFEOS_EXIT_AFTER_FIRST_PAINT=1 set, on the main window's first paint it
// prints exactly one line "first_paint_ms=<int> rss_kb=<int>" to stdout (ms since main() began, VmRSS then),
// flushes it, and exits with code 0 shortly after.
#include "SampleData.h"
#include "util/DataLocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

constexpr double kFirstPaintTargetMs = 600.0;
constexpr double kRssTargetMb = 150.0;

struct Launch
{
    bool ok = false;
    QString error;
    double wallMs = 0; // QProcess::start() → the figures line read from the pipe
    double exitMs = 0; // QProcess::start() → the process has exited
    int firstPaintMs = 0;
    int rssKb = 0;
};

struct DataSet
{
    QString name;
    QString dir;
    double seedSeconds = 0;
    lifeos::SampleDataCounts counts;
    qint64 databaseBytes = 0;
    qint64 walBytes = 0;
    std::vector<Launch> runs;
};

struct Stats
{
    double median = 0;
    double min = 0;
    double max = 0;
};

void say(const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stdout);
    std::fflush(stdout);
}

Stats statsOf(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    if (n == 0)
        return {};
    const double median = n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
    return {median, values.front(), values.back()};
}

QString lastLines(const QByteArray &text, int count)
{
    QStringList lines = QString::fromUtf8(text).trimmed().split(u'\n');
    if (lines.size() > count)
        lines = lines.mid(lines.size() - count);
    return lines.join(QStringLiteral("\n      "));
}

Launch launchOnce(const QString &app, const QString &dataDir, int timeoutMs)
{
    Launch result;
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LIFEOS_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
    process.setProcessEnvironment(environment);
    process.setProgram(app);
    process.setArguments({QStringLiteral("--data-dir"), dataDir});

    static const QRegularExpression figures(QStringLiteral("^first_paint_ms=(\\d+) rss_kb=(\\d+)$"));
    QElapsedTimer timer;
    timer.start();
    process.start();
    if (!process.waitForStarted(timeoutMs)) {
        result.error = QStringLiteral("could not start %1: %2").arg(app, process.errorString());
        return result;
    }

    QByteArray pending;
    bool found = false;
    while (!found) {
        pending += process.readAllStandardOutput();
        const qint64 arrivedNs = timer.nsecsElapsed();
        for (qsizetype newline = pending.indexOf('\n'); newline >= 0 && !found; newline = pending.indexOf('\n')) {
            const QString line = QString::fromUtf8(pending.left(newline)).trimmed();
            pending.remove(0, newline + 1);
            const QRegularExpressionMatch match = figures.match(line);
            if (match.hasMatch()) {
                found = true;
                result.wallMs = double(arrivedNs) / 1e6;
                result.firstPaintMs = match.captured(1).toInt();
                result.rssKb = match.captured(2).toInt();
            }
        }
        if (found || process.state() == QProcess::NotRunning)
            break;
        const qint64 left = timeoutMs - timer.elapsed();
        if (left <= 0)
            break;
        process.waitForReadyRead(int(left)); // returns early when the process ends; the loop then reads what is left
    }

    if (!found) {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5000);
            result.error = QStringLiteral("no first_paint_ms line within %1 s (is LIFEOS_EXIT_AFTER_FIRST_PAINT "
                                          "implemented?); killed it")
                               .arg(timeoutMs / 1000);
        } else {
            result.error = QStringLiteral("exited (%1, code %2) without printing the first_paint_ms line")
                               .arg(process.exitStatus() == QProcess::CrashExit ? QStringLiteral("crashed")
                                                                                : QStringLiteral("normally"))
                               .arg(process.exitCode());
        }
        const QString stderrTail = lastLines(process.readAllStandardError(), 8);
        if (!stderrTail.isEmpty())
            result.error += QStringLiteral("\n      stderr: ") + stderrTail;
        return result;
    }

    if (!process.waitForFinished(int(std::max<qint64>(5000, timeoutMs - timer.elapsed())))) {
        process.kill();
        process.waitForFinished(5000);
        result.error = QStringLiteral("painted, but did not exit afterwards; killed it");
        return result;
    }
    result.exitMs = double(timer.nsecsElapsed()) / 1e6;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        result.error = QStringLiteral("painted, then exited with %1 (code %2)")
                           .arg(process.exitStatus() == QProcess::CrashExit ? QStringLiteral("a crash")
                                                                            : QStringLiteral("an error"))
                           .arg(process.exitCode());
        const QString stderrTail = lastLines(process.readAllStandardError(), 8);
        if (!stderrTail.isEmpty())
            result.error += QStringLiteral("\n      stderr: ") + stderrTail;
        return result;
    }
    result.ok = true;
    return result;
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

QString runLine(const QString &label, const Launch &launch)
{
    return QStringLiteral("  %1 %2 %3 %4 %5")
        .arg(label, -9)
        .arg(launch.wallMs, 9, 'f', 0)
        .arg(launch.firstPaintMs, 16)
        .arg(double(launch.rssKb) / 1024.0, 8, 'f', 1)
        .arg(launch.exitMs, 9, 'f', 0);
}

// Prints the summary table; returns whether every target was met (judged on the median).
bool printSummary(const DataSet &set)
{
    std::vector<double> wall, paint, rss;
    for (const Launch &launch : set.runs) {
        wall.push_back(launch.wallMs);
        paint.push_back(launch.firstPaintMs);
        rss.push_back(double(launch.rssKb) / 1024.0);
    }
    bool allMet = true;
    const auto row = [&](const QString &name, const Stats &stats, int decimals, double target, const QString &unit) {
        const bool met = stats.median < target;
        allMet = allMet && met;
        QString mark = met ? QStringLiteral("PASS") : QStringLiteral("FAIL");
        if (met && stats.max >= target)
            mark += QStringLiteral(" (max over)");
        say(QStringLiteral("  %1 %2 %3 %4   < %5 %6  %7")
                .arg(name, -26)
                .arg(stats.median, 8, 'f', decimals)
                .arg(stats.min, 8, 'f', decimals)
                .arg(stats.max, 8, 'f', decimals)
                .arg(target, 0, 'f', 0)
                .arg(unit, -3)
                .arg(mark));
    };
    say(QStringLiteral("  %1 %2 %3 %4   target")
            .arg(QString(), -26)
            .arg(QStringLiteral("median"), 8)
            .arg(QStringLiteral("min"), 8)
            .arg(QStringLiteral("max"), 8));
    row(QStringLiteral("wall ms (launch to paint)"), statsOf(wall), 0, kFirstPaintTargetMs, QStringLiteral("ms"));
    row(QStringLiteral("first_paint_ms (in app)"), statsOf(paint), 0, kFirstPaintTargetMs, QStringLiteral("ms"));
    row(QStringLiteral("RSS MB at first paint"), statsOf(rss), 1, kRssTargetMb, QStringLiteral("MB"));
    return allMet;
}

lifeos::Result<void> describe(DataSet &set)
{
    const QString path = lifeos::DataLocation::databasePath(set.dir);
    {
        auto database = lifeos::Database::open(path);
        if (!database)
            return database.error();
        auto counts = lifeos::SampleData::count(*database.value());
        if (!counts)
            return counts.error();
        set.counts = counts.value();
    } // closed: the WAL is checkpointed and removed, as after a clean quit of the app
    set.databaseBytes = QFileInfo(path).size();
    set.walBytes = QFileInfo(path + QStringLiteral("-wal")).size();
    return {};
}

lifeos::Result<void> seed(DataSet &set, double scale)
{
    QElapsedTimer timer;
    timer.start();
    auto dir = lifeos::DataLocation::ensure(set.dir);
    if (!dir)
        return dir.error();
    auto database = lifeos::Database::open(lifeos::DataLocation::databasePath(set.dir));
    if (!database)
        return database.error();
    if (scale > 0) {
        lifeos::SampleData::Options options;
        options.today = QDate::currentDate(); // the app's "today"
        options.scale = scale;
        auto filled = lifeos::SampleData::fill(*database.value(), options);
        if (!filled)
            return filled.error();
    }
    database.value().reset();
    set.seedSeconds = double(timer.nsecsElapsed()) / 1e9;
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_startup"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Launches the LifeOS app repeatedly on an empty and on a full data folder and reports the time to the first "
        "paint of the main window and the memory held then. Run it under a real X server: "
        "tests/bench/run-startup.sh."));
    parser.addHelpOption();
#ifdef LIFEOS_APP_PATH
    const QString defaultApp = QString::fromUtf8(LIFEOS_APP_PATH);
#else
    const QString defaultApp;
#endif
    const QCommandLineOption appOption(
        QStringLiteral("app"),
        QStringLiteral("The lifeos executable (default: the one this build made%1).")
            .arg(defaultApp.isEmpty() ? QStringLiteral(", none in this build") : QStringLiteral(", ") + defaultApp),
        QStringLiteral("PATH"),
        defaultApp);
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Counted launches per data set, after one warm-up (default 9)."),
                                        QStringLiteral("N"),
                                        QStringLiteral("9"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"),
                                         QStringLiteral("Size of the full data set (default 1.0: ~2,000 journal "
                                                        "days, 20,000 tasks, 5,000 notes)."),
                                         QStringLiteral("FACTOR"),
                                         QStringLiteral("1.0"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
                                           QStringLiteral("Seconds to wait for one launch (default 60)."),
                                           QStringLiteral("S"),
                                           QStringLiteral("60"));
    const QCommandLineOption workDirOption(QStringLiteral("work-dir"),
                                           QStringLiteral("Where to create the data folders (default: the system's "
                                                          "temporary folder). Put it on the disk a user's data is on."),
                                           QStringLiteral("DIR"));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
                                        QStringLiteral("Keep the data folders afterwards and print where they are."));
    parser.addOptions({appOption, runsOption, scaleOption, timeoutOption, workDirOption, keepOption});
    parser.process(application);

    const QString app = parser.value(appOption);
    bool runsOk = false, scaleOk = false, timeoutOk = false;
    const int runs = parser.value(runsOption).toInt(&runsOk);
    const double scale = parser.value(scaleOption).toDouble(&scaleOk);
    const int timeoutS = parser.value(timeoutOption).toInt(&timeoutOk);
    if (app.isEmpty() || !QFileInfo(app).isExecutable()) {
        std::fprintf(stderr,
                     "bench_startup: %s\n",
                     qPrintable(app.isEmpty()
                                    ? QStringLiteral("no app to launch: pass --app PATH_TO_lifeos.")
                                    : QStringLiteral("%1 is not an executable; pass --app PATH_TO_lifeos.").arg(app)));
        return 1;
    }
    if (!runsOk || runs < 1 || !scaleOk || scale < 0.01 || scale > 10 || !timeoutOk || timeoutS < 1) {
        std::fprintf(stderr, "bench_startup: --runs wants N >= 1, --scale 0.01 to 10, --timeout seconds >= 1.\n");
        return 1;
    }

    QString base = parser.isSet(workDirOption) ? parser.value(workDirOption) : QDir::tempPath();
    QDir().mkpath(base);
    QTemporaryDir work(QDir(base).filePath(QStringLiteral("lifeos-bench-XXXXXX")));
    if (!work.isValid()) {
        std::fprintf(stderr,
                     "bench_startup: cannot create a folder in %s: %s\n",
                     qPrintable(base),
                     qPrintable(work.errorString()));
        return 1;
    }
    work.setAutoRemove(!parser.isSet(keepOption));

    say(QStringLiteral("LifeOS startup benchmark"));
    say(QStringLiteral("  app        %1").arg(QFileInfo(app).canonicalFilePath()));
    say(QStringLiteral("  display    QT_QPA_PLATFORM=%1 DISPLAY=%2 WAYLAND_DISPLAY=%3")
            .arg(qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("(unset)")),
                 qEnvironmentVariable("DISPLAY", QStringLiteral("(unset)")),
                 qEnvironmentVariable("WAYLAND_DISPLAY", QStringLiteral("(unset)"))));
    say(QStringLiteral("  machine    %1, %2 logical CPUs, Qt %3")
            .arg(QSysInfo::prettyProductName())
            .arg(QThread::idealThreadCount())
            .arg(QString::fromLatin1(qVersion())));
    say(QStringLiteral("  launches   1 warm-up per data set (NOT counted: it loads the app, Qt and the database "
                       "into the page cache), then %1 counted")
            .arg(runs));
    say(QStringLiteral("  data       %1%2")
            .arg(work.path(),
                 parser.isSet(keepOption) ? QStringLiteral(" (kept)") : QStringLiteral(" (removed at the end)")));

    std::vector<DataSet> sets(2);
    sets[0].name = QStringLiteral("EMPTY (new user: schema, no rows)");
    sets[0].dir = work.filePath(QStringLiteral("empty"));
    sets[1].name = QStringLiteral("FULL (sample data, scale %1)").arg(scale, 0, 'f', 2);
    sets[1].dir = work.filePath(QStringLiteral("full"));
    for (std::size_t i = 0; i < sets.size(); ++i) {
        if (auto seeded = seed(sets[i], i == 0 ? 0.0 : scale); !seeded) {
            std::fprintf(stderr,
                         "bench_startup: seeding %s failed: %s\n",
                         qPrintable(sets[i].name),
                         qPrintable(seeded.error().message));
            return 1;
        }
        say(QStringLiteral("  seeded     %1 in %2 s").arg(sets[i].name).arg(sets[i].seedSeconds, 0, 'f', 2));
    }

    bool allMet = true;
    for (DataSet &set : sets) {
        if (auto described = describe(set); !described) {
            std::fprintf(stderr,
                         "bench_startup: reading %s failed: %s\n",
                         qPrintable(set.dir),
                         qPrintable(described.error().message));
            return 1;
        }
        const lifeos::SampleDataCounts &c = set.counts;
        say(QString());
        say(QStringLiteral("== %1").arg(set.name));
        say(QStringLiteral("  lifeos.db %1 MB%2; %3 journal entries, %4 tasks (%5 open, %6 done), %7 notes, %8 tags, "
                           "%9 categories")
                .arg(megabytes(set.databaseBytes),
                     set.walBytes > 0 ? QStringLiteral(" + %1 MB WAL").arg(megabytes(set.walBytes)) : QString())
                .arg(c.journalEntries)
                .arg(c.tasks)
                .arg(c.openTasks)
                .arg(c.doneTasks)
                .arg(c.notes)
                .arg(c.tags)
                .arg(c.categories));
        say(QStringLiteral("  %1 %2 %3 %4 %5")
                .arg(QStringLiteral("launch"), -9)
                .arg(QStringLiteral("wall ms"), 9)
                .arg(QStringLiteral("first_paint_ms"), 16)
                .arg(QStringLiteral("RSS MB"), 8)
                .arg(QStringLiteral("exit ms"), 9));
        for (int run = 0; run <= runs; ++run) {
            const Launch launch = launchOnce(app, set.dir, timeoutS * 1000);
            const QString label = run == 0 ? QStringLiteral("warm-up") : QString::number(run);
            if (!launch.ok) {
                say(QStringLiteral("  %1 FAILED: %2").arg(label, -9).arg(launch.error));
                say(QStringLiteral("bench_startup: stopped; the app did not keep the first-paint contract."));
                return 1;
            }
            say(runLine(label, launch) + (run == 0 ? QStringLiteral("   (not counted)") : QString()));
            if (run > 0)
                set.runs.push_back(launch);
        }
        say(QString());
        allMet = printSummary(set) && allMet;
    }

    say(QString());
    say(QStringLiteral("Targets: first paint < %1 ms (both the wall time a user sees and the in-app figure), RSS < %2 "
                       "MB; PASS/FAIL on the median of %3 runs.")
            .arg(kFirstPaintTargetMs, 0, 'f', 0)
            .arg(kRssTargetMb, 0, 'f', 0)
            .arg(runs));
    say(allMet ? QStringLiteral("All targets met.") : QStringLiteral("Some targets missed."));
    return allMet ? 0 : 2;
}
