#pragma once

#include "health/MetricCatalog.h"
#include "storage/Database.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace lifeos {

enum class Trend { Up, Down, Flat, Unknown };

// One number compared four ways. "This week" is the 7 days ending today, "last week" the 7 before them, the
// baseline the 90 days before this week, and the same-weekday baseline the same weekday as today in those 90
// days (compared with today's value). Changes are relative (0.12 = 12% higher); trend is Flat within ±5%.
struct Comparison
{
    std::optional<double> thisWeek;
    std::optional<double> lastWeek;
    std::optional<double> baseline;
    std::optional<double> today;
    std::optional<double> sameWeekdayBaseline;
    std::optional<double> changeVsLastWeek;
    std::optional<double> changeVsBaseline;
    std::optional<double> todayVsSameWeekday;
    Trend trend = Trend::Unknown; // this week vs the baseline
};

struct MetricReview
{
    MetricDefinition definition;
    Comparison comparison; // daily means (Sum metrics: the mean daily total)
};

struct SpendingReview
{
    std::optional<qint64> categoryId;
    QString categoryName; // "" = uncategorised
    QString currency;
    Comparison comparison; // weekly totals in minor units; the baseline is the 90-day total scaled to 7 days;
                           // today/sameWeekday are day totals
};

struct OnThisDayItem
{
    int yearsAgo = 0;
    QDate day;
    QString kind;  // journal | note | task | expense | income | workout | metric
    QString title; // a short line: the journal's first words, "Ran 5 km", "Sleep 7.5 h" …
    QString origin; // "<kind>:<id>" (as search uses), to open it
};

struct Streak
{
    QString name;  // "journal" | "workout"
    int current = 0; // consecutive days ending today (or yesterday, when today has none yet)
    int longest = 0;
    QDate lastDay;
};

struct ReviewReport
{
    QDate today;
    QList<MetricReview> metrics;    // tracked metrics: a value in the last 90 days + this week
    QList<SpendingReview> spending; // expense categories with spending in those days, main currency only
    QList<OnThisDayItem> onThisDay; // same month and day in earlier years, newest first
    QList<Streak> streaks;
};

// The Review page's numbers, computed with a handful of grouped queries (well under 50 ms at 10 years of data).
class ReviewCalculator
{
    Q_DECLARE_TR_FUNCTIONS(ReviewCalculator)

public:
    explicit ReviewCalculator(const Database &database);
    Result<ReviewReport> compute(const QDate &today, const QList<MetricDefinition> &definitions) const;

    static Comparison compare(const std::optional<double> &thisWeek, const std::optional<double> &lastWeek,
                              const std::optional<double> &baseline, const std::optional<double> &today,
                              const std::optional<double> &sameWeekday);
    static QString trendName(Trend trend); // "up" | "down" | "flat" | "unknown"
    // `lifeos stats --json`: {"today", "metrics":[…], "spending":[…], "on_this_day":[…], "streaks":[…]}
    static QJsonObject toJson(const ReviewReport &report);

private:
    const Database &m_database;
};

} // namespace lifeos
