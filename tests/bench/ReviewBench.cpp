// bench_review: the Review page's numbers (ReviewCalculator::compute) on 10 years of daily data for 12 metrics plus
// 30,000 everyday transactions, against same-run baselines. Target: under 50 ms (median).
#include "BenchStats.h"
#include "SampleData.h"
#include "SampleHealthMoney.h"
#include "analytics/Review.h"
#include "analytics/SeriesLoader.h"
#include "health/MetricCatalog.h"
#include "storage/Query.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>
#include <vector>

using namespace lifeos;

namespace {

struct Figures
{
    double median = 0;
    double p95 = 0;
};

Figures measure(int runs, const std::function<bool()> &work)
{
    std::vector<double> ms;
    work(); // warm the page cache and SQLite's statement cache once
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!work()) {
            std::fprintf(stderr, "bench_review: the measured work failed\n");
            std::exit(1);
        }
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return {bench::percentile(ms, 50), bench::percentile(ms, 95)};
}

void print(const char *what, const Figures &figures)
{
    std::printf("  %-44s median %8.2f ms   p95 %8.2f ms\n", what, figures.median, figures.p95);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Timed runs (default 30)."),
                                        QStringLiteral("N"), QStringLiteral("30"));
    parser.addOption(runsOption);
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());

    QTemporaryDir dir;
    auto database = Database::open(dir.filePath(QStringLiteral("lifeos.db")));
    if (!database) {
        std::fprintf(stderr, "bench_review: %s\n", qPrintable(database.error().message));
        return 1;
    }
    const QDate today(2026, 11, 22);
    QElapsedTimer seedTimer;
    seedTimer.start();
    SampleData::Options journal;
    journal.today = today;
    journal.scale = 0.25; // journal days, tasks and notes for streaks and "on this day"
    auto seeded = SampleData::fill(*database.value(), journal);
    SampleHealthMoney::Options options;
    options.today = today;
    options.years = 10;
    options.metricCount = 12;
    options.transactions = 30000;
    options.everyMetricDaily = true;
    auto health = seeded ? SampleHealthMoney::fill(*database.value(), options) : Result<HealthMoneyCounts>(seeded.error());
    if (!health) {
        std::fprintf(stderr, "bench_review: %s\n", qPrintable(health.error().message));
        return 1;
    }
    std::printf("bench_review: %d metric rows, %d workouts, %d transactions (%d everyday), %d journal days; seeded in "
                "%.1f s\n",
                health->metrics, health->workouts, health->transactions, options.transactions,
                seeded->journalEntries, double(seedTimer.elapsed()) / 1000.0);

    QList<MetricDefinition> definitions = MetricCatalog::builtIns();
    definitions.append(MetricDefinition{QStringLiteral("meditation"), QStringLiteral("min"), MetricAggregate::Sum, 0,
                                        false});
    const ReviewCalculator calculator(*database.value());
    int tracked = 0;
    const Figures review = measure(runs, [&] {
        auto report = calculator.compute(today, definitions);
        tracked = report ? int(report->metrics.size() + report->spending.size()) : 0;
        return report.ok();
    });

    // Baselines from the same run: the cheapest query on the same tables, and one metric's 97-day series.
    const Figures count = measure(runs, [&] {
        auto query = runQuery(*database.value(), QStringLiteral("SELECT count(*) FROM metrics WHERE day >= ?"),
                              {today.addDays(-96).toString(Qt::ISODate)}, QStringLiteral("count"));
        return query && query->next();
    });
    const SeriesLoader loader(*database.value());
    const Figures oneSeries = measure(runs, [&] {
        return loader.metric(definitions.first(), today.addDays(-96), today).ok();
    });

    std::printf("bench_review (%d runs each):\n", runs);
    print("ReviewCalculator::compute (target < 50 ms)", review);
    print("baseline: count(*) of the 97-day window", count);
    print("baseline: one metric's 97-day series", oneSeries);
    std::printf("  the report compares %d metrics and spending categories\n", tracked);
    return 0;
}
