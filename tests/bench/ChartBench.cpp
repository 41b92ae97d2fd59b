// bench_chart: time to draw a five-year time-series chart with four series, as the Health page shows it.
//
// Each run times: TimeSeriesChart::setSeries (4 generated series of 1,826 days, ~5% of days missing) +
// setRange(All) (monthly buckets) + a full render of the chart into a 1200×600 image. Before each run the chart
// is reset (no series, 30-day range), untimed. Prints median and p95 (ms) over N runs (default 15), after one
// warm-up, for All and, for comparison, 1 y (weekly buckets) and 90 d (daily points); and a same-run baseline:
// rendering the empty chart at the same size, which is the floor any chart pays here.
// Target (issue 5): the All run under 100 ms. Run with QT_QPA_PLATFORM=offscreen (the default here).
#include "BenchStats.h"
#include "charts/ChartView.h"
#include "charts/TimeSeriesChart.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QImage>

#include <cstdio>
#include <random>
#include <vector>

using namespace lifeos;
using lifeos::bench::percentile;

namespace {

const QDate kToday(2025, 3, 31);
constexpr int kDays = 1826;

ChartSeriesInput generated(const QString &label, const QString &unit, double base, double spread, unsigned seed)
{
    std::mt19937 random(seed);
    std::uniform_real_distribution<double> noise(-spread, spread);
    std::uniform_real_distribution<double> chance(0, 1);
    ChartSeriesInput input;
    input.label = label;
    input.unit = unit;
    input.daily.first = kToday.addDays(-(kDays - 1));
    input.daily.values.reserve(kDays);
    for (int i = 0; i < kDays; ++i) {
        if (chance(random) < 0.05)
            input.daily.values.append(std::nullopt);
        else
            input.daily.values.append(base + spread * std::sin(i / 58.0) + noise(random));
    }
    return input;
}

struct Figures
{
    double median = 0;
    double p95 = 0;
};

template <typename Setup, typename Timed>
Figures measure(int runs, Setup setup, Timed timed)
{
    std::vector<double> samples;
    for (int i = 0; i <= runs; ++i) { // run 0 warms up
        setup();
        QElapsedTimer timer;
        timer.start();
        timed();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (i > 0)
            samples.push_back(ms);
    }
    return {percentile(samples, 50), percentile(samples, 95)};
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("timed runs per case"),
                                        QStringLiteral("N"), QStringLiteral("15"));
    parser.addOption(runsOption);
    const QCommandLineOption saveOption(QStringLiteral("save"), QStringLiteral("write the last All render to FILE"),
                                        QStringLiteral("FILE"));
    parser.addOption(saveOption);
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());

    const QList<ChartSeriesInput> inputs{generated(QStringLiteral("Sleep"), QStringLiteral("h"), 7, 1, 1),
                                         generated(QStringLiteral("Weight"), QStringLiteral("kg"), 72, 3, 2),
                                         generated(QStringLiteral("Mood"), QStringLiteral("/10"), 6, 2, 3),
                                         generated(QStringLiteral("Energy"), QStringLiteral("/10"), 6, 2, 4)};
    const QSize size(1200, 600);
    TimeSeriesChart chart;
    chart.setToday(kToday);
    auto *view = chart.findChild<ChartView *>();
    if (!view) {
        std::fprintf(stderr, "bench_chart: the chart has no ChartView\n");
        return 1;
    }
    QImage last;
    const auto render = [&] { last = view->renderImage(size); };
    const auto reset = [&] {
        chart.setSeries({});
        chart.setRange(ChartRange::Month);
    };

    std::printf("bench_chart: 4 series x %d days (~5%% missing), render %dx%d, %d runs (+1 warm-up)\n", kDays,
                size.width(), size.height(), runs);
    const Figures empty = measure(runs, reset, [&] { render(); });
    std::printf("baseline  empty chart render        median %7.2f ms  p95 %7.2f ms\n", empty.median, empty.p95);
    for (const auto &[range, name] : {std::pair{ChartRange::Quarter, "90 d (daily)  "},
                                      std::pair{ChartRange::Year, "1 y (weekly)  "},
                                      std::pair{ChartRange::All, "All (monthly) "}}) {
        const ChartRange r = range;
        const Figures f = measure(runs, reset, [&] {
            chart.setSeries(inputs);
            chart.setRange(r);
            render();
        });
        if (r == ChartRange::All && parser.isSet(saveOption))
            last.save(parser.value(saveOption));
        std::printf("%s setSeries+range+render  median %7.2f ms  p95 %7.2f ms%s\n", name, f.median, f.p95,
                    r == ChartRange::All ? (f.p95 < 100 ? "  (target < 100 ms: met)" : "  (target < 100 ms: MISSED)")
                                         : "");
    }
    return 0;
}
