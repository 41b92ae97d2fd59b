#include "cli/StatsCommands.h"

#include "analytics/Review.h"
#include "cli/CliOutput.h"
#include "cli/OpenDatabase.h"
#include "finance/MoneyFormat.h"
#include "health/MetricCatalog.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>
#include <optional>

namespace lifeos::cli {

namespace {

// "2026-11-22" or "2026-11-22T10:00:00" (local, or with an offset): the day the review is for.
std::optional<QDate> todayOf(const CliRequest &request)
{
    const QString value = request.value(QStringLiteral("now"));
    if (value.isEmpty())
        return QDate::currentDate();
    const QDate day = QDate::fromString(value, Qt::ISODate);
    if (day.isValid())
        return day;
    const QDateTime now = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (now.isValid())
        return now.toLocalTime().date();
    return std::nullopt;
}

QString dash()
{
    return QStringLiteral("–");
}

QString number(const std::optional<double> &value, int decimals)
{
    return value ? QString::number(*value, 'f', std::clamp(decimals, 0, 6)) : dash();
}

QString money(const std::optional<double> &minor, const QString &currency)
{
    return minor ? MoneyFormat::formatNumber(Money{qint64(std::llround(*minor)), currency}) : dash();
}

QString change(const std::optional<double> &value)
{
    if (!value)
        return dash();
    const double percent = *value * 100;
    return (percent > 0 ? QStringLiteral("+") : QString()) + QString::number(percent, 'f', 0) + u'%';
}

QString arrow(Trend trend)
{
    switch (trend) {
    case Trend::Up:
        return QStringLiteral("↑");
    case Trend::Down:
        return QStringLiteral("↓");
    case Trend::Flat:
        return QStringLiteral("→");
    case Trend::Unknown:
        break;
    }
    return QStringLiteral("?");
}

// Columns padded to the widest cell; the first column left-aligned, the numbers right-aligned.
void printTable(const QStringList &header, const QList<QStringList> &rows)
{
    QList<qsizetype> widths(header.size(), 0);
    for (qsizetype i = 0; i < header.size(); ++i)
        widths[i] = header[i].size();
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    }
    const auto line = [&](const QStringList &cells) {
        QStringList padded;
        for (qsizetype i = 0; i < cells.size() && i < widths.size(); ++i)
            padded.append(i == 0 ? cells[i].leftJustified(widths[i]) : cells[i].rightJustified(widths[i]));
        printLine(stdout, QStringLiteral("  ") + padded.join(QStringLiteral("  ")).trimmed());
    };
    line(header);
    for (const QStringList &row : rows)
        line(row);
}

// One row of a review table: the name, then the comparison's amounts written by `format`, its changes and trend.
template <typename Format>
QStringList comparisonRow(const QString &name, const Comparison &c, const Format &format)
{
    return {name,
            format(c.thisWeek),
            format(c.lastWeek),
            format(c.baseline),
            change(c.changeVsLastWeek),
            change(c.changeVsBaseline),
            arrow(c.trend),
            format(c.today),
            format(c.sameWeekdayBaseline)};
}

// The rows of comparisonRow() under their header; `nameHeader` heads the first column.
void printComparisonTable(const QString &nameHeader, const QList<QStringList> &rows)
{
    printTable({nameHeader,
                StatsCommands::tr("This week"),
                StatsCommands::tr("Last week"),
                StatsCommands::tr("Baseline"),
                StatsCommands::tr("vs last"),
                StatsCommands::tr("vs base"),
                StatsCommands::tr("Trend"),
                StatsCommands::tr("Today"),
                StatsCommands::tr("Same weekday")},
               rows);
}

void printReport(const ReviewReport &report)
{
    printLine(stdout,
              StatsCommands::tr("Review for %1 (this week: the 7 days ending today; baseline: the 90 days "
                                "before them)")
                  .arg(report.today.toString(Qt::ISODate)));
    printLine(stdout, QString());
    printLine(stdout, StatsCommands::tr("Health (daily means)"));
    if (report.metrics.isEmpty()) {
        printLine(stdout, StatsCommands::tr("  Nothing tracked in the last 97 days."));
    } else {
        QList<QStringList> rows;
        for (const MetricReview &metric : report.metrics) {
            const int decimals = metric.definition.decimals;
            const QString name = metric.definition.unit.isEmpty()
                                     ? metric.definition.name
                                     : QStringLiteral("%1 (%2)").arg(metric.definition.name, metric.definition.unit);
            rows.append(comparisonRow(name, metric.comparison, [decimals](const std::optional<double> &value) {
                return number(value, decimals);
            }));
        }
        printComparisonTable(StatsCommands::tr("Metric"), rows);
    }
    printLine(stdout, QString());
    if (report.spending.isEmpty()) {
        printLine(stdout, StatsCommands::tr("Spending"));
        printLine(stdout, StatsCommands::tr("  No expenses in the last 97 days."));
    } else {
        const QString currency = report.spending.first().currency;
        printLine(stdout, StatsCommands::tr("Spending (weekly totals, %1)").arg(currency));
        QList<QStringList> rows;
        for (const SpendingReview &spending : report.spending) {
            rows.append(
                comparisonRow(spending.categoryId ? spending.categoryName : StatsCommands::tr("(uncategorised)"),
                              spending.comparison,
                              [&currency](const std::optional<double> &minor) { return money(minor, currency); }));
        }
        printComparisonTable(StatsCommands::tr("Category"), rows);
    }
    printLine(stdout, QString());
    printLine(stdout, StatsCommands::tr("Streaks"));
    for (const Streak &streak : report.streaks) {
        const QString name = streak.name == u"journal" ? StatsCommands::tr("Journal") : StatsCommands::tr("Workouts");
        printLine(
            stdout,
            StatsCommands::tr("  %1: %2 days now, longest %3, last %4")
                .arg(name)
                .arg(streak.current)
                .arg(streak.longest)
                .arg(streak.lastDay.isValid() ? streak.lastDay.toString(Qt::ISODate) : StatsCommands::tr("never")));
    }
    printLine(stdout, QString());
    printLine(stdout, StatsCommands::tr("On this day"));
    if (report.onThisDay.isEmpty())
        printLine(stdout, StatsCommands::tr("  Nothing from earlier years."));
    for (const OnThisDayItem &item : report.onThisDay) {
        printLine(stdout,
                  QStringLiteral("  %1  %2  %3  %4")
                      .arg(StatsCommands::tr("%n year(s) ago", nullptr, item.yearsAgo),
                           item.day.toString(Qt::ISODate),
                           item.kind.leftJustified(7),
                           item.title));
    }
}

} // namespace

int StatsCommands::stats(const CliRequest &request)
{
    if (!request.arguments.isEmpty())
        return fail(tr("stats takes no arguments; try --help"), 2);
    const auto today = todayOf(request);
    if (!today)
        return fail(tr("--now needs an ISO 8601 date, such as 2026-11-22"), 2);
    auto database = openDatabase(request.dataDir);
    if (!database)
        return fail(database.error().message);
    auto report = ReviewCalculator(**database).compute(*today, MetricCatalog::all(request.settings));
    if (!report)
        return fail(report.error().message);
    if (request.json())
        printJson(ReviewCalculator::toJson(*report));
    else
        printReport(*report);
    return 0;
}

} // namespace lifeos::cli
