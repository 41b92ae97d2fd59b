#include "charts/ChartView.h"
#include "charts/FinanceCharts.h"
#include "charts/TimeSeriesChart.h"
#include "finance/MoneyFormat.h"
#include "support/QtStringMakers.h"
#include "support/TempDataDir.h"

#include <QAbstractButton>
#include <QAreaSeries>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTest>
#include <QValueAxis>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

using namespace lifeos;

namespace {

const QDate kToday(2025, 3, 31);

double x(const QDate &day)
{
    return double(day.startOfDay().toMSecsSinceEpoch());
}

template <typename T>
QList<T *> seriesOf(const QChart *chart, const QString &name = {})
{
    QList<T *> found;
    const QList<QAbstractSeries *> all = chart->series();
    for (QAbstractSeries *s : all) {
        auto *typed = qobject_cast<T *>(s);
        if (typed && (name.isEmpty() || s->name() == name))
            found.append(typed);
    }
    return found;
}

ChartSeriesInput input(const QString &label, const QString &unit, const QDate &first,
                       const QList<std::optional<double>> &values, MetricAggregate aggregate = MetricAggregate::Mean)
{
    ChartSeriesInput in;
    in.label = label;
    in.unit = unit;
    in.decimals = 1;
    in.aggregate = aggregate;
    in.daily.first = first;
    in.daily.values = values;
    return in;
}

// The last week of March 2025: 27 and 30 March are missing.
ChartSeriesInput sleepWeek()
{
    return input(QStringLiteral("Sleep"), QStringLiteral("h"), QDate(2025, 3, 25),
                 {5.0, 6.0, std::nullopt, 7.0, 8.0, std::nullopt, 9.0});
}

// `days` days ending today, every 10th day missing, values cycling through the week.
ChartSeriesInput longSeries(const QString &label, int days, double offset = 0)
{
    QList<std::optional<double>> values;
    for (int i = 0; i < days; ++i)
        values.append(i % 10 == 3 ? std::nullopt : std::optional<double>(offset + 6 + (i % 7) * 0.5 + (i % 13) * 0.1));
    return input(label, QStringLiteral("h"), kToday.addDays(-(days - 1)), values);
}

QList<QList<QPointF>> pointsOf(const QList<QLineSeries *> &lines)
{
    QList<QList<QPointF>> all;
    for (const QLineSeries *line : lines)
        all.append(line->points());
    return all;
}

} // namespace

TEST_CASE("a missing day splits the line into segments and a lone day becomes a dot, never a zero", "[charts]")
{
    TimeSeriesChart chart;
    chart.setToday(kToday);
    chart.setRange(ChartRange::Week);
    // Two series, so there is no average or band to tell apart.
    ChartSeriesInput other = sleepWeek();
    other.label = QStringLiteral("Mood");
    other.unit = QStringLiteral("/10");
    chart.setSeries({sleepWeek(), other});

    const QList<QLineSeries *> lines = seriesOf<QLineSeries>(chart.chart(), QStringLiteral("Sleep"));
    REQUIRE(lines.size() == 2);
    CHECK(pointsOf(lines) == QList<QList<QPointF>>{{{x(QDate(2025, 3, 25)), 5.0}, {x(QDate(2025, 3, 26)), 6.0}},
                                                   {{x(QDate(2025, 3, 28)), 7.0}, {x(QDate(2025, 3, 29)), 8.0}}});
    const QList<QScatterSeries *> dots = seriesOf<QScatterSeries>(chart.chart(), QStringLiteral("Sleep"));
    REQUIRE(dots.size() == 1);
    CHECK(dots.first()->points() == QList<QPointF>{{x(QDate(2025, 3, 31)), 9.0}});
    CHECK(seriesOf<QLineSeries>(chart.chart(), QStringLiteral("Mood")).size() == 2);
    CHECK(seriesOf<QAreaSeries>(chart.chart()).isEmpty());

    const QList<QAbstractSeries *> all = chart.chart()->series();
    for (QAbstractSeries *s : all) {
        if (auto *xy = qobject_cast<QXYSeries *>(s)) {
            const QList<QPointF> points = xy->points();
            for (const QPointF &p : points)
                CHECK(p.y() != 0.0);
        }
    }
}

TEST_CASE("the one-year range draws weekly means from Monday to Monday", "[charts]")
{
    const ChartSeriesInput sleep = longSeries(QStringLiteral("Sleep"), 500);
    TimeSeriesChart chart;
    chart.setToday(kToday);
    chart.setSeries({sleep});
    chart.setRange(ChartRange::Year);

    const QDate start = chartRangeStart(ChartRange::Year, kToday, sleep.daily.first);
    QList<QPointF> expected;
    for (QDate monday = start.addDays(1 - start.dayOfWeek()); monday <= kToday; monday = monday.addDays(7)) {
        double sum = 0;
        int count = 0;
        for (QDate day = std::max(monday, start); day <= std::min(monday.addDays(6), kToday); day = day.addDays(1)) {
            if (const std::optional<double> v = sleep.daily.at(day)) {
                sum += *v;
                ++count;
            }
        }
        REQUIRE(count > 0);
        expected.append(QPointF(x(monday), sum / count));
    }
    const QList<QLineSeries *> lines = seriesOf<QLineSeries>(chart.chart(), QStringLiteral("Sleep"));
    REQUIRE(lines.size() == 1);
    const QList<QPointF> points = lines.first()->points();
    REQUIRE(points.size() == expected.size());
    CHECK(points.size() >= 52);
    for (qsizetype i = 0; i < points.size(); ++i) {
        INFO("week " << i);
        CHECK(points[i].x() == expected[i].x());
        CHECK(points[i].y() == Approx(expected[i].y()));
    }
    // Weekly points have no 7-day average; the band is sampled at each week.
    CHECK(seriesOf<QLineSeries>(chart.chart(), QStringLiteral("7-day average")).isEmpty());
    CHECK_FALSE(seriesOf<QAreaSeries>(chart.chart(), QStringLiteral("90-day baseline")).isEmpty());
}

TEST_CASE("All over five years uses monthly buckets", "[charts]")
{
    TimeSeriesChart chart;
    chart.setToday(kToday);
    chart.setSeries({longSeries(QStringLiteral("Sleep"), 1826), longSeries(QStringLiteral("Weight"), 1826, 60)});
    chart.setRange(ChartRange::All);
    const QList<QLineSeries *> lines = seriesOf<QLineSeries>(chart.chart(), QStringLiteral("Sleep"));
    REQUIRE(lines.size() == 1);
    const QList<QPointF> points = lines.first()->points();
    CHECK(points.size() == 60); // 1 April 2020 … March 2025
    for (const QPointF &p : points)
        CHECK(QDateTime::fromMSecsSinceEpoch(qint64(p.x())).date().day() == 1);
    // June 2022 is the mean of its days that have values.
    const ChartSeriesInput sleep = longSeries(QStringLiteral("Sleep"), 1826);
    double sum = 0;
    int count = 0;
    for (QDate day(2022, 6, 1); day.month() == 6; day = day.addDays(1)) {
        if (const std::optional<double> v = sleep.daily.at(day)) {
            sum += *v;
            ++count;
        }
    }
    const auto june = std::find_if(points.cbegin(), points.cend(),
                                   [](const QPointF &p) { return p.x() == x(QDate(2022, 6, 1)); });
    REQUIRE(june != points.cend());
    CHECK(june->y() == Approx(sum / count));
}

TEST_CASE("the baseline band and 7-day average show with one series and not with four", "[charts]")
{
    TimeSeriesChart chart;
    chart.setToday(kToday);
    chart.setRange(ChartRange::Month);
    chart.setSeries({longSeries(QStringLiteral("Sleep"), 200)});
    const QList<QAreaSeries *> bands = seriesOf<QAreaSeries>(chart.chart(), QStringLiteral("90-day baseline"));
    REQUIRE(bands.size() >= 1);
    for (const QAreaSeries *band : bands) {
        const QList<QPointF> upper = band->upperSeries()->points();
        const QList<QPointF> lower = band->lowerSeries()->points();
        REQUIRE(upper.size() == lower.size());
        for (qsizetype i = 0; i < upper.size(); ++i)
            CHECK(upper[i].y() >= lower[i].y());
    }
    CHECK_FALSE(seriesOf<QLineSeries>(chart.chart(), QStringLiteral("7-day average")).isEmpty());

    chart.setSeries({longSeries(QStringLiteral("Sleep"), 200), longSeries(QStringLiteral("Weight"), 200, 60),
                     longSeries(QStringLiteral("Mood"), 200, 1), longSeries(QStringLiteral("Energy"), 200, 2)});
    CHECK(seriesOf<QAreaSeries>(chart.chart()).isEmpty());
    CHECK(seriesOf<QLineSeries>(chart.chart(), QStringLiteral("7-day average")).isEmpty());
    for (const char *name : {"Sleep", "Weight", "Mood", "Energy"})
        CHECK_FALSE(seriesOf<QLineSeries>(chart.chart(), QLatin1StringView(name)).isEmpty());
}

TEST_CASE("arrow keys move the cursor over days with values and name the date and value", "[charts]")
{
    TimeSeriesChart chart;
    chart.setToday(kToday);
    chart.setRange(ChartRange::Week);
    chart.setSeries({sleepWeek()});
    CHECK(chart.cursorText().isEmpty());

    QTest::keyClick(&chart, Qt::Key_End);
    CHECK(chart.cursorText().startsWith(QStringLiteral("31 Mar 2025 · Sleep 9.0 h")));
    QTest::keyClick(&chart, Qt::Key_Left); // 30 March has no value: skipped
    CHECK(chart.cursorText().startsWith(QStringLiteral("29 Mar 2025 · Sleep 8.0 h")));
    QTest::keyClick(&chart, Qt::Key_Right);
    CHECK(chart.cursorText().startsWith(QStringLiteral("31 Mar 2025 · Sleep 9.0 h")));
    QTest::keyClick(&chart, Qt::Key_Right); // stays on the last day
    CHECK(chart.cursorText().startsWith(QStringLiteral("31 Mar 2025")));
    QTest::keyClick(&chart, Qt::Key_Home);
    CHECK(chart.cursorText() == QStringLiteral("25 Mar 2025 · Sleep 5.0 h"));
    QTest::keyClick(&chart, Qt::Key_Right);
    CHECK(chart.cursorText().startsWith(QStringLiteral("26 Mar 2025 · Sleep 6.0 h")));

    auto *label = chart.findChild<QLabel *>(QStringLiteral("chartCursor"));
    REQUIRE(label);
    CHECK(label->text() == chart.cursorText());
}

TEST_CASE("hovering a line shows its exact value and date in the tooltip", "[charts]")
{
    TimeSeriesChart chart;
    chart.resize(800, 500);
    chart.show();
    REQUIRE(QTest::qWaitForWindowExposed(&chart));
    chart.setToday(kToday);
    chart.setRange(ChartRange::Week);
    chart.setSeries({sleepWeek()});
    const QList<QLineSeries *> lines = seriesOf<QLineSeries>(chart.chart(), QStringLiteral("Sleep"));
    REQUIRE(lines.size() == 2);
    // Near 28 March, a little after midnight: the tooltip snaps to the day.
    Q_EMIT lines[1]->hovered(QPointF(x(QDate(2025, 3, 28)) + 3600000.0, 7.1), true);
    auto *view = chart.findChild<ChartView *>();
    REQUIRE(view);
    CHECK(view->tipText().startsWith(QStringLiteral("28 Mar 2025 · Sleep 7.0 h")));
    Q_EMIT lines[1]->hovered(QPointF(x(QDate(2025, 3, 28)), 7.0), false);
    CHECK(view->tipText().isEmpty());
}

TEST_CASE("the range buttons switch the range and announce it", "[charts]")
{
    TimeSeriesChart chart;
    chart.setToday(kToday);
    chart.setSeries({longSeries(QStringLiteral("Sleep"), 500)});
    QSignalSpy spy(&chart, &TimeSeriesChart::rangeChanged);
    auto *yearButton = chart.findChild<QAbstractButton *>(QStringLiteral("range1y"));
    REQUIRE(yearButton);
    CHECK(yearButton->text() == QStringLiteral("1 y"));
    yearButton->click();
    CHECK(chart.range() == ChartRange::Year);
    REQUIRE(spy.size() == 1);
    CHECK(yearButton->isChecked());
    const auto *axis = qobject_cast<QDateTimeAxis *>(chart.chart()->axes(Qt::Horizontal).value(0));
    REQUIRE(axis);
    CHECK(axis->min().date() <= kToday.addYears(-1).addDays(1));
}

TEST_CASE("exportPng writes a PNG of the chart at 1200 by 600 when hidden", "[charts]")
{
    TempDataDir dir;
    TimeSeriesChart chart;
    chart.setToday(kToday);
    chart.setSeries({longSeries(QStringLiteral("Sleep"), 200)});
    const QString path = dir.path() + QStringLiteral("/chart.png");
    REQUIRE(chart.exportPng(path));
    QImage image(path);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.size() == QSize(1200, 600));
    // Something was drawn: not every pixel is the background.
    const QRgb background = image.pixel(2, 2);
    int different = 0;
    for (int yy = 0; yy < image.height(); yy += 7)
        for (int xx = 0; xx < image.width(); xx += 7)
            different += image.pixel(xx, yy) != background ? 1 : 0;
    CHECK(different > 200);
}

TEST_CASE("a dark palette turns the chart background and labels dark-theme colours", "[charts]")
{
    TimeSeriesChart chart;
    chart.setToday(kToday);
    chart.setSeries({sleepWeek()});
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Window, QColor(0xf0, 0xf0, 0xf0));
    light.setColor(QPalette::Text, Qt::black);
    chart.setPalette(light);
    CHECK(chart.chart()->backgroundBrush().color() == QColor(Qt::white));

    QPalette dark = light;
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    chart.setPalette(dark);
    CHECK(chart.chart()->backgroundBrush().color() == QColor(0x1e, 0x1e, 0x1e));
    const auto *axis = chart.chart()->axes(Qt::Vertical).value(0);
    REQUIRE(axis);
    CHECK(axis->labelsBrush().color() == QColor(0xee, 0xee, 0xee));
}

TEST_CASE("spending by category stacks the top seven categories and Other per month", "[charts]")
{
    QList<MonthCategoryTotal> totals;
    const QDate jan(2025, 1, 1);
    const QDate feb(2025, 2, 1);
    // Nine categories: A largest … I smallest; H and I fall into Other.
    const QStringList names{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D"),
                            QStringLiteral("E"), QStringLiteral("F"), QStringLiteral("G"), QStringLiteral("H"),
                            QStringLiteral("I")};
    for (int i = 0; i < names.size(); ++i) {
        totals.append({jan, qint64(i + 1), names[i], qint64((9 - i) * 1000)});
        if (i % 2 == 0)
            totals.append({feb, qint64(i + 1), names[i], qint64((9 - i) * 100 + 50)});
    }
    CategorySpendingChart chart;
    chart.setData(totals, QStringLiteral("USD"));
    const QList<QStackedBarSeries *> stacks = seriesOf<QStackedBarSeries>(chart.chart());
    REQUIRE(stacks.size() == 1);
    const QList<QBarSet *> sets = stacks.first()->barSets();
    QStringList labels;
    for (const QBarSet *set : sets)
        labels.append(set->label());
    CHECK(labels == QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D"),
                                QStringLiteral("E"), QStringLiteral("F"), QStringLiteral("G"),
                                QStringLiteral("Other")});
    REQUIRE(sets.size() == 8);
    CHECK(sets[0]->at(0) == Approx(90.0)); // 9000 cents
    CHECK(sets[0]->at(1) == Approx(9.5));
    CHECK(sets[1]->at(1) == Approx(0.0));  // B spent nothing in February
    CHECK(sets[7]->at(0) == Approx(30.0)); // H 2000 + I 1000 cents
    CHECK(sets[7]->at(1) == Approx(1.5));  // I in February
}

TEST_CASE("the budget chart compares each limit with what was spent", "[charts]")
{
    BudgetProgress food;
    food.budget.categoryName = QStringLiteral("Food");
    food.budget.period = BudgetPeriod::Month;
    food.budget.limit = Money{1000000, QStringLiteral("IDR")};
    food.spentMinor = 820000;
    food.fraction = 0.82;
    BudgetProgress fun = food;
    fun.budget.categoryName = QStringLiteral("Fun");
    fun.budget.period = BudgetPeriod::Week;
    fun.budget.limit = Money{200000, QStringLiteral("IDR")};
    fun.spentMinor = 250000;
    fun.fraction = 1.25;

    BudgetChart chart;
    chart.setData({food, fun});
    const QList<QHorizontalBarSeries *> bars = seriesOf<QHorizontalBarSeries>(chart.chart());
    REQUIRE(bars.size() == 1);
    const QList<QBarSet *> sets = bars.first()->barSets();
    REQUIRE(sets.size() == 2);
    CHECK(sets[0]->label() == QStringLiteral("Budget"));
    CHECK(sets[1]->label() == QStringLiteral("Spent"));
    // Bottom to top: Fun, then Food (the first budget is drawn on top).
    CHECK(sets[0]->at(0) == Approx(200000.0));
    CHECK(sets[1]->at(0) == Approx(250000.0));
    CHECK(sets[0]->at(1) == Approx(1000000.0));
    CHECK(sets[1]->at(1) == Approx(820000.0));
    CHECK(sets[1]->isBarSelected(0)); // over budget: drawn in the warning colour
    CHECK_FALSE(sets[1]->isBarSelected(1));
}

TEST_CASE("the cash-flow chart shows income and expenses as bars and the net as a line", "[charts]")
{
    const QList<MonthFlow> flow{{QDate(2025, 1, 1), 500000, 320050}, {QDate(2025, 2, 1), 250000, 410000}};
    CashFlowChart chart;
    chart.setData(flow, QStringLiteral("USD"));
    const QList<QBarSeries *> bars = seriesOf<QBarSeries>(chart.chart());
    REQUIRE(bars.size() == 1);
    const QList<QBarSet *> sets = bars.first()->barSets();
    REQUIRE(sets.size() == 2);
    CHECK(sets[0]->label() == QStringLiteral("Income"));
    CHECK(sets[1]->label() == QStringLiteral("Expenses"));
    CHECK(sets[0]->at(0) == Approx(5000.0));
    CHECK(sets[1]->at(0) == Approx(3200.5));
    const QList<QLineSeries *> net = seriesOf<QLineSeries>(chart.chart(), QStringLiteral("Net"));
    REQUIRE(net.size() == 1);
    CHECK(net.first()->points() == QList<QPointF>{{0, 1799.5}, {1, -1600.0}});
}

TEST_CASE("in the 7-day range every date tick sits on its own day", "[charts]")
{
    TimeSeriesChart chart;
    chart.setToday(kToday);
    chart.setRange(ChartRange::Week);
    chart.setSeries({sleepWeek()});
    const auto *axis = qobject_cast<QDateTimeAxis *>(chart.chart()->axes(Qt::Horizontal).value(0));
    REQUIRE(axis);
    // A day of room either side: 24 March … 1 April, one tick a day.
    REQUIRE(axis->tickCount() == 9);
    const qint64 min = axis->min().toMSecsSinceEpoch();
    const qint64 step = (axis->max().toMSecsSinceEpoch() - min) / 8;
    for (int i = 0; i < 9; ++i) {
        const QDateTime tick = QDateTime::fromMSecsSinceEpoch(min + i * step);
        CHECK(tick.date() == QDate(2025, 3, 24).addDays(i));
        CHECK(tick.time().hour() <= 2);
    }
}
