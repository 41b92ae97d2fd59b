// bench_capture: how fast a captured line is understood and safely stored, against five years of data.
//
// Prints, over N lines (default 10,000; English and Indonesian, every kind):
//   parse     – CaptureParser::parse alone, p50 / p99 (µs); and one 1 MB line, median of 5 (ms)
//   committed – parse + CaptureStore::store until COMMIT returned (synchronous=FULL, WAL), p50 / p95 / p99 (ms)
//   baseline  – one bare single-row INSERT committed the same way, interleaved with the captures, p50 / p95:
//               the floor any durable write pays here, measured in the same run so a noisy machine shows in both
//   fsync     – fdatasync of a 4 KiB write in the same folder, p50 / p95: what the disk itself costs
// Target (issue 3): committed p95 under 2 ms.
#include "BenchStats.h"
#include "CaptureLines.h"
#include "SampleData.h"
#include "capture/CaptureParser.h"
#include "capture/CaptureStore.h"
#include "storage/Database.h"
#include "util/DataLocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace lifeos;
using lifeos::bench::percentile;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "bench_capture: %s\n", qUtf8Printable(message));
    return 1;
}

// Five years of what capture files, so the tables and their indexes are the size a long-time user has.
bool seedTrackedData(Database &db, const QDate &today)
{
    auto written = db.write([&]() -> Result<void> {
        QSqlQuery metric(db.connection());
        metric.prepare(QStringLiteral("INSERT INTO metrics (name, value, unit, day, source, created_at, updated_at) "
                                      "VALUES (?, ?, ?, ?, 'manual', '2020-01-01T00:00:00.000Z', "
                                      "'2020-01-01T00:00:00.000Z')"));
        QSqlQuery spend(db.connection());
        spend.prepare(QStringLiteral("INSERT INTO transactions (kind, amount_minor, currency, day, note, source, "
                                     "created_at, updated_at) VALUES ('expense', ?, 'IDR', ?, 'coffee', 'manual', "
                                     "'2020-01-01T00:00:00.000Z', '2020-01-01T00:00:00.000Z')"));
        QSqlQuery workout(db.connection());
        workout.prepare(QStringLiteral("INSERT INTO workouts (activity, day, duration_min, distance_km, created_at, "
                                       "updated_at) VALUES ('run', ?, 30, 5, '2020-01-01T00:00:00.000Z', "
                                       "'2020-01-01T00:00:00.000Z')"));
        for (int d = 0; d < 5 * 365; ++d) {
            const QString day = today.addDays(-d).toString(Qt::ISODate);
            for (const auto &[name, value, unit] : {std::tuple{"sleep", 7.2, "h"},
                                                    std::tuple{"weight", 71.5, "kg"},
                                                    std::tuple{"steps", 8400.0, "steps"}}) {
                metric.addBindValue(QString::fromUtf8(name));
                metric.addBindValue(value);
                metric.addBindValue(QString::fromUtf8(unit));
                metric.addBindValue(day);
                if (!metric.exec())
                    return Database::errorFrom(metric.lastError(), QStringLiteral("seeding metrics"));
            }
            for (int n = 0; n < 3; ++n) {
                spend.addBindValue(15000 + 1000 * n);
                spend.addBindValue(day);
                if (!spend.exec())
                    return Database::errorFrom(spend.lastError(), QStringLiteral("seeding transactions"));
            }
            if (d % 2 == 0) {
                workout.addBindValue(day);
                if (!workout.exec())
                    return Database::errorFrom(workout.lastError(), QStringLiteral("seeding workouts"));
            }
        }
        return {};
    });
    return bool(written);
}

// The disk's own price for durability: write 4 KiB, fdatasync, repeated.
std::vector<double> fsyncMs(const QString &folder, int count)
{
    std::vector<double> times;
    const QByteArray path = (folder + QStringLiteral("/fsync-probe")).toLocal8Bit();
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0)
        return times;
    const QByteArray block(4096, 'x');
    QElapsedTimer timer;
    for (int i = 0; i < count; ++i) {
        if (::write(fd, block.constData(), size_t(block.size())) != block.size())
            break;
        timer.start();
        ::fdatasync(fd);
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    ::close(fd);
    ::unlink(path.constData());
    return times;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Quick-capture parse and commit latency."));
    parser.addHelpOption();
    const QCommandLineOption linesOption(QStringLiteral("lines"),
                                         QStringLiteral("Lines to capture (10000)."),
                                         QStringLiteral("N"),
                                         QStringLiteral("10000"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"),
                                         QStringLiteral("Sample data scale (1.0)."),
                                         QStringLiteral("F"),
                                         QStringLiteral("1.0"));
    const QCommandLineOption workDirOption(QStringLiteral("work-dir"),
                                           QStringLiteral("Where the data folder goes (system temp)."),
                                           QStringLiteral("DIR"));
    parser.addOptions({linesOption, scaleOption, workDirOption});
    parser.process(app);

    const int lineCount = parser.value(linesOption).toInt();
    QTemporaryDir dir(parser.isSet(workDirOption) ? parser.value(workDirOption) + QStringLiteral("/capture-XXXXXX")
                                                  : QString());
    if (!dir.isValid())
        return fail(QStringLiteral("no temporary folder"));
    auto opened = Database::open(DataLocation::databasePath(dir.path()));
    if (!opened)
        return fail(opened.error().message);
    Database &db = **opened;

    ParseContext ctx;
    ctx.zone = QTimeZone("Asia/Jakarta");
    ctx.now = QDateTime(QDate(2026, 11, 22), QTime(10, 0), ctx.zone);
    ctx.defaultCurrency = QStringLiteral("IDR");

    QElapsedTimer seeding;
    seeding.start();
    auto seeded = SampleData::fill(db, {ctx.today(), parser.value(scaleOption).toDouble()});
    if (!seeded || !seedTrackedData(db, ctx.today()))
        return fail(QStringLiteral("seeding failed"));
    std::printf("data: %d journal days, %d tasks, %d notes + 5 years of metrics, spending and workouts (%.1f s)\n",
                seeded->journalEntries,
                seeded->tasks,
                seeded->notes,
                double(seeding.elapsed()) / 1000.0);

    QSqlQuery(db.connection()).exec(QStringLiteral("CREATE TABLE bench_baseline (id INTEGER PRIMARY KEY, x TEXT)"));
    const QStringList lines = sampleCaptureLines(lineCount);

    // Parse alone (after one untimed pass so first-use costs, like static tables, are not counted).
    for (const QString &line : lines)
        CaptureParser::parse(line, ctx);
    std::vector<double> parseUs;
    parseUs.reserve(lines.size());
    QElapsedTimer timer;
    for (const QString &line : lines) {
        timer.start();
        const ParsedCapture parsed = CaptureParser::parse(line, ctx);
        parseUs.push_back(double(timer.nsecsElapsed()) / 1000.0);
        Q_UNUSED(parsed)
    }

    // A megabyte pasted into one line: kept whole as a note, without stalling the window.
    QString megabyte;
    while (megabyte.size() < 1024 * 1024)
        megabyte += QStringLiteral("buy 3 eggs at home 7.5 km on the way and 15k minggu ini ");
    std::vector<double> megabyteMs;
    for (int i = 0; i < 5; ++i) {
        timer.start();
        CaptureParser::parse(megabyte, ctx);
        megabyteMs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }

    CaptureStore store(db);
    std::vector<double> committedMs;
    std::vector<double> baselineMs;
    int refused = 0;
    QSqlQuery baseline(db.connection());
    baseline.prepare(QStringLiteral("INSERT INTO bench_baseline (x) VALUES (?)"));
    for (const QString &line : lines) {
        timer.start();
        auto stored = store.store(CaptureParser::parse(line, ctx), ctx);
        committedMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!stored)
            ++refused;

        timer.start();
        auto written = db.write([&]() -> Result<void> {
            baseline.addBindValue(line);
            if (!baseline.exec())
                return Database::errorFrom(baseline.lastError(), QStringLiteral("baseline"));
            return {};
        });
        baselineMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!written)
            return fail(written.error().message);
    }

    std::printf("lines: %lld (%d refused by the store, e.g. a kind without its number)\n",
                qlonglong(lines.size()),
                refused);
    std::printf("parse      p50 %7.1f us   p99 %7.1f us   max %7.1f us\n",
                percentile(parseUs, 50),
                percentile(parseUs, 99),
                percentile(parseUs, 100));
    std::printf("parse 1 MB median %.1f ms (5 runs)\n", percentile(megabyteMs, 50));
    std::printf("committed  p50 %7.3f ms   p95 %7.3f ms   p99 %7.3f ms   (target: p95 < 2 ms)\n",
                percentile(committedMs, 50),
                percentile(committedMs, 95),
                percentile(committedMs, 99));
    std::printf("baseline   p50 %7.3f ms   p95 %7.3f ms   (one bare INSERT + COMMIT, same run)\n",
                percentile(baselineMs, 50),
                percentile(baselineMs, 95));
    const std::vector<double> fsyncs = fsyncMs(dir.path(), 500);
    std::printf("fsync      p50 %7.3f ms   p95 %7.3f ms   (fdatasync of 4 KiB in the same folder)\n",
                percentile(fsyncs, 50),
                percentile(fsyncs, 95));
    return 0;
}
