#include "analytics/Review.h"

#include "analytics/DayBoundary.h"
#include "finance/MoneyFormat.h"
#include "storage/Query.h"
#include "storage/SqlValues.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

namespace lifeos {

namespace {

// The window every comparison needs: today and the 96 days before it (this week, then 90 baseline days).
constexpr int kWeekDays = 7;
constexpr int kBaselineDays = 90;
constexpr int kWindowDays = kWeekDays + kBaselineDays;                       // offsets 0 (today) … 96
constexpr int kSameWeekdays = (kWindowDays - 1 - kWeekDays) / kWeekDays + 1; // offsets 7, 14 … 91
constexpr double kFlatBand = 0.05;
constexpr int kOnThisDayYears = 100;
constexpr qsizetype kTitleLength = 80;

// Values per day of the window, indexed by how many days before today.
using WindowValues = std::array<std::optional<double>, kWindowDays>;

// The distinct metric names by an index skip-scan on metrics(name, day), so each name's days are read through
// the index instead of scanning every row ever stored.
const QString kMetricNames = QStringLiteral(
    "names(name) AS (SELECT (SELECT min(name) FROM metrics) UNION ALL "
    "SELECT (SELECT min(name) FROM metrics WHERE name > names.name) FROM names WHERE names.name IS NOT NULL)");

std::optional<double> meanOf(const WindowValues &values, int from, int to, int step = 1)
{
    double sum = 0;
    int count = 0;
    for (int i = from; i <= to; i += step) {
        if (values[i]) {
            sum += *values[i];
            ++count;
        }
    }
    return count > 0 ? std::optional<double>(sum / count) : std::nullopt;
}

qint64 totalOf(const std::array<qint64, kWindowDays> &values, int from, int to, int step = 1)
{
    qint64 total = 0;
    for (int i = from; i <= to; i += step)
        total += values[i];
    return total;
}

// total * numerator / denominator, rounded half up, in integers (amounts are never negative).
qint64 scaled(qint64 total, qint64 numerator, qint64 denominator)
{
    return (total * numerator * 2 + denominator) / (2 * denominator);
}

std::optional<double> relativeChange(const std::optional<double> &value, const std::optional<double> &reference)
{
    if (!value || !reference || *reference == 0)
        return std::nullopt;
    return (*value - *reference) / std::fabs(*reference);
}

QString shortTitle(const QString &text)
{
    const QString line = text.section(u'\n', 0, 0, QString::SectionSkipEmpty).simplified();
    if (line.size() <= kTitleLength)
        return line;
    const qsizetype space = line.lastIndexOf(u' ', kTitleLength - 1);
    return line.left(space > kTitleLength / 2 ? space : kTitleLength - 1) + QChar(0x2026);
}

QString formatValue(double value, int decimals)
{
    QString text = QString::number(value, 'f', std::clamp(decimals, 0, 6));
    if (text.contains(u'.')) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(u'.'))
            text.chop(1);
    }
    return text;
}

QJsonValue optionalJson(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalMinorJson(const std::optional<double> &value)
{
    return value ? QJsonValue(qint64(std::llround(*value))) : QJsonValue(QJsonValue::Null);
}

QJsonValue dayJson(const QDate &day)
{
    return day.isValid() ? QJsonValue(day.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

int kindOrder(const QString &kind)
{
    static const QStringList order = {QStringLiteral("journal"),
                                      QStringLiteral("note"),
                                      QStringLiteral("task"),
                                      QStringLiteral("expense"),
                                      QStringLiteral("income"),
                                      QStringLiteral("workout"),
                                      QStringLiteral("metric")};
    const qsizetype index = order.indexOf(kind);
    return index < 0 ? int(order.size()) : int(index);
}

// The current and longest run of consecutive days among `days` (Julian day numbers, distinct).
Streak streakOf(const QString &name, QList<qint64> days, const QDate &today)
{
    std::sort(days.begin(), days.end());
    Streak streak;
    streak.name = name;
    int run = 0;
    for (qsizetype i = 0; i < days.size(); ++i) {
        run = i > 0 && days[i - 1] + 1 == days[i] ? run + 1 : 1;
        streak.longest = std::max(streak.longest, run);
    }
    if (days.isEmpty())
        return streak;
    streak.lastDay = QDate::fromJulianDay(days.last());
    // A streak still counts on a day not written yet: it may end today or yesterday.
    if (streak.lastDay.daysTo(today) <= 1)
        streak.current = run;
    return streak;
}

struct OnThisDayDays
{
    QList<QDate> days;          // distinct, in earlier years only
    QHash<QDate, int> yearsAgo; // per day
    QSet<QString> monthDays;    // "MM-DD" of every day ± 1: a cheap prefilter on UTC instants
};

OnThisDayDays onThisDayDays(const QDate &today)
{
    OnThisDayDays result;
    const auto add = [&](const QDate &day) {
        if (!day.isValid() || result.yearsAgo.contains(day))
            return;
        result.days.append(day);
        result.yearsAgo.insert(day, today.year() - day.year());
        for (int shift = -1; shift <= 1; ++shift)
            result.monthDays.insert(day.addDays(shift).toString(QStringLiteral("MM-dd")));
    };
    const bool leapDay = today.month() == 2 && today.day() == 29;
    // On 28 February of a common year, the leap days of earlier years come round too.
    const bool alsoLeapDays = today.month() == 2 && today.day() == 28 && !QDate::isLeapYear(today.year());
    for (int yearsAgo = 1; yearsAgo <= kOnThisDayYears; ++yearsAgo) {
        const int year = today.year() - yearsAgo;
        if (leapDay && !QDate::isLeapYear(year)) {
            add(QDate(year, 2, 28));
            continue;
        }
        add(QDate(year, today.month(), today.day()));
        if (alsoLeapDays && QDate::isLeapYear(year))
            add(QDate(year, 2, 29));
    }
    return result;
}

QString placeholders(qsizetype count)
{
    QStringList marks(count, QStringLiteral("(?)"));
    return marks.join(u',');
}

} // namespace

ReviewCalculator::ReviewCalculator(const Database &database)
    : m_database(database)
{}

Comparison ReviewCalculator::compare(const std::optional<double> &thisWeek,
                                     const std::optional<double> &lastWeek,
                                     const std::optional<double> &baseline,
                                     const std::optional<double> &today,
                                     const std::optional<double> &sameWeekday)
{
    Comparison comparison;
    comparison.thisWeek = thisWeek;
    comparison.lastWeek = lastWeek;
    comparison.baseline = baseline;
    comparison.today = today;
    comparison.sameWeekdayBaseline = sameWeekday;
    comparison.changeVsLastWeek = relativeChange(thisWeek, lastWeek);
    comparison.changeVsBaseline = relativeChange(thisWeek, baseline);
    comparison.todayVsSameWeekday = relativeChange(today, sameWeekday);
    if (comparison.changeVsBaseline) {
        // A little slack so that exactly 5% (1.05 / 1.0 in floating point) still reads as flat.
        const double change = *comparison.changeVsBaseline;
        comparison.trend = change > kFlatBand + 1e-9    ? Trend::Up
                           : change < -kFlatBand - 1e-9 ? Trend::Down
                                                        : Trend::Flat;
    } else if (thisWeek && baseline) { // a zero baseline: only the direction is known
        comparison.trend = *thisWeek > *baseline ? Trend::Up : *thisWeek < *baseline ? Trend::Down : Trend::Flat;
    }
    return comparison;
}

QString ReviewCalculator::trendName(Trend trend)
{
    switch (trend) {
    case Trend::Up:
        return QStringLiteral("up");
    case Trend::Down:
        return QStringLiteral("down");
    case Trend::Flat:
        return QStringLiteral("flat");
    case Trend::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

Result<ReviewReport> ReviewCalculator::compute(const QDate &today, const QList<MetricDefinition> &definitions) const
{
    if (!today.isValid())
        return Error{ErrorCode::InvalidInput, tr("The review needs a valid day.")};
    ReviewReport report;
    report.today = today;
    const QDate first = today.addDays(-(kWindowDays - 1));
    const auto offsetOf = [&](const QDate &day) { return day.isValid() ? int(day.daysTo(today)) : -1; };

    // Metrics: each (name, day) aggregated once in SQL; the last value of a day only where there are several.
    {
        auto query = runQuery(
            m_database,
            QStringLiteral("WITH RECURSIVE ") + kMetricNames
                + QStringLiteral(
                    " SELECT m.name, coalesce(CAST(julianday(?) - julianday(m.day) AS INTEGER), -1), sum(m.value), "
                    "count(*), max(m.unit), "
                    "CASE WHEN count(*) > 1 THEN (SELECT l.value FROM metrics l WHERE l.name = m.name AND l.day = "
                    "m.day "
                    "ORDER BY coalesce(l.instant, l.created_at) DESC, l.id DESC LIMIT 1) ELSE max(m.value) END "
                    "FROM names JOIN metrics m ON m.name = names.name AND m.day BETWEEN ? AND ? "
                    "GROUP BY m.name, m.day"),
            {sql::day(today), sql::day(first), sql::day(today)},
            tr("Reading the metrics for the review"));
        if (!query)
            return query.error();
        std::map<QString, WindowValues> values;
        QHash<QString, QString> units;
        QHash<QString, MetricAggregate> aggregates;
        for (const MetricDefinition &definition : definitions)
            aggregates.insert(definition.name, definition.aggregate);
        while (query->next()) {
            const QString name = query->value(0).toString();
            const int offset = query->value(1).toInt(); // days before today
            if (offset < 0 || offset >= kWindowDays)
                continue;
            const double sum = query->value(2).toDouble();
            const int count = query->value(3).toInt();
            units.insert(name, query->value(4).toString());
            double value = sum / count;
            switch (aggregates.value(name, MetricAggregate::Mean)) {
            case MetricAggregate::Mean:
                break;
            case MetricAggregate::Sum:
                value = sum;
                break;
            case MetricAggregate::Last:
                value = query->value(5).toDouble();
                break;
            }
            values[name][offset] = value;
        }
        const auto review = [&](const MetricDefinition &definition, const WindowValues &days) {
            MetricReview metric;
            metric.definition = definition;
            metric.comparison = compare(meanOf(days, 0, kWeekDays - 1),
                                        meanOf(days, kWeekDays, 2 * kWeekDays - 1),
                                        meanOf(days, kWeekDays, kWindowDays - 1),
                                        days[0],
                                        meanOf(days, kWeekDays, kWindowDays - 1, kWeekDays));
            report.metrics.append(metric);
        };
        for (const MetricDefinition &definition : definitions) {
            const auto found = values.find(definition.name);
            if (found == values.end())
                continue;
            review(definition, found->second);
            values.erase(found);
        }
        // Names in the data that no definition knows (imported, or a removed user metric): Mean, as stored.
        for (const auto &[name, days] : values) {
            MetricDefinition definition;
            definition.name = name;
            definition.unit = units.value(name);
            definition.builtIn = false;
            review(definition, days);
        }
    }

    // Spending: day totals per currency and category in one grouped query; the main currency is the one most
    // expenses were written in.
    {
        auto query =
            runQuery(m_database,
                     QStringLiteral("SELECT t.currency, t.category_id, c.name, t.day, sum(t.amount_minor), "
                                    "count(*) FROM transactions t LEFT JOIN categories c ON c.id = t.category_id "
                                    "WHERE t.kind = 'expense' AND t.day BETWEEN ? AND ? "
                                    "GROUP BY t.currency, t.category_id, t.day"),
                     {sql::day(first), sql::day(today)},
                     tr("Reading the spending for the review"));
        if (!query)
            return query.error();
        struct CategoryDays
        {
            std::optional<qint64> id;
            QString name;
            std::array<qint64, kWindowDays> totals{};
            qint64 windowTotal = 0;
        };
        QHash<QString, qint64> rowsPerCurrency;
        QHash<QString, QHash<qint64, CategoryDays>> perCurrency; // key -1: uncategorised
        while (query->next()) {
            const QString currency = query->value(0).toString();
            const int offset = offsetOf(sql::toDay(query->value(3)));
            if (offset < 0 || offset >= kWindowDays)
                continue;
            rowsPerCurrency[currency] += query->value(5).toLongLong();
            const bool uncategorised = query->value(1).isNull();
            CategoryDays &category = perCurrency[currency][uncategorised ? -1 : query->value(1).toLongLong()];
            if (!uncategorised) {
                category.id = query->value(1).toLongLong();
                category.name = query->value(2).toString();
            }
            const qint64 amount = query->value(4).toLongLong();
            category.totals[offset] += amount;
            category.windowTotal += amount;
        }
        QString mainCurrency;
        for (auto it = rowsPerCurrency.cbegin(); it != rowsPerCurrency.cend(); ++it) {
            const qint64 best = rowsPerCurrency.value(mainCurrency, -1);
            if (it.value() > best || (it.value() == best && it.key() < mainCurrency))
                mainCurrency = it.key();
        }
        QList<CategoryDays> categories = perCurrency.value(mainCurrency).values();
        std::sort(categories.begin(), categories.end(), [](const CategoryDays &a, const CategoryDays &b) {
            if (a.windowTotal != b.windowTotal)
                return a.windowTotal > b.windowTotal;
            return a.name.localeAwareCompare(b.name) < 0;
        });
        for (const CategoryDays &category : std::as_const(categories)) {
            SpendingReview spending;
            spending.categoryId = category.id;
            spending.categoryName = category.name;
            spending.currency = mainCurrency;
            const qint64 baselineTotal = totalOf(category.totals, kWeekDays, kWindowDays - 1);
            const qint64 sameWeekdayTotal = totalOf(category.totals, kWeekDays, kWindowDays - 1, kWeekDays);
            spending.comparison = compare(double(totalOf(category.totals, 0, kWeekDays - 1)),
                                          double(totalOf(category.totals, kWeekDays, 2 * kWeekDays - 1)),
                                          double(scaled(baselineTotal, kWeekDays, kBaselineDays)),
                                          double(category.totals[0]),
                                          double(scaled(sameWeekdayTotal, 1, kSameWeekdays)));
            report.spending.append(spending);
        }
    }

    // On this day: the same month and day in earlier years. Rows with a day column are found through their day
    // index; notes and done tasks carry UTC instants, so a cheap month-day prefilter runs in SQL and the exact
    // local day is decided here.
    {
        const OnThisDayDays wanted = onThisDayDays(today);
        QVariantList dayValues;
        for (const QDate &day : wanted.days)
            dayValues.append(sql::day(day));
        const QString days = QStringLiteral("wanted(day) AS (VALUES %1)").arg(placeholders(wanted.days.size()));
        auto query = runQuery(
            m_database,
            QStringLiteral("WITH RECURSIVE ") + days + QStringLiteral(", ") + kMetricNames
                + QStringLiteral(
                    " SELECT 'journal', id, day, body, NULL, NULL, NULL FROM journal_entries "
                    "WHERE day IN (SELECT day FROM wanted) AND length(trim(body)) > 0 "
                    "UNION ALL SELECT t.kind, t.id, t.day, coalesce(nullif(t.merchant, ''), nullif(t.note, ''), "
                    "c.name, ''), "
                    "t.amount_minor, NULL, t.currency FROM transactions t LEFT JOIN categories c ON c.id = "
                    "t.category_id "
                    "WHERE t.day IN (SELECT day FROM wanted) "
                    "UNION ALL SELECT 'workout', id, day, activity, duration_min, distance_km, NULL FROM workouts "
                    "WHERE day IN (SELECT day FROM wanted) "
                    "UNION ALL SELECT 'metric', count(*), m.day, m.name, sum(m.value), avg(m.value), max(m.unit) "
                    "FROM names JOIN metrics m ON m.name = names.name AND m.day IN (SELECT day FROM wanted) "
                    "GROUP BY m.day, m.name"),
            dayValues,
            tr("Reading what happened on this day"));
        if (!query)
            return query.error();
        QHash<QString, MetricDefinition> known;
        for (const MetricDefinition &definition : definitions)
            known.insert(definition.name, definition);
        std::map<QDate, std::map<QString, QString>> metricsPerDay; // day → name → "sleep 7.5 h"
        while (query->next()) {
            const QString kind = query->value(0).toString();
            const QDate day = sql::toDay(query->value(2));
            const QString text = query->value(3).toString();
            if (kind == u"metric") {
                const auto definition = known.constFind(text);
                const bool sum = definition != known.cend() && definition->aggregate == MetricAggregate::Sum;
                const int decimals = definition != known.cend() ? definition->decimals : 1;
                const QString unit = definition != known.cend() ? definition->unit : query->value(6).toString();
                const QString value = formatValue(query->value(sum ? 4 : 5).toDouble(), decimals);
                metricsPerDay[day][text] =
                    unit.isEmpty() ? tr("%1 %2").arg(text, value) : tr("%1 %2 %3").arg(text, value, unit);
                continue;
            }
            OnThisDayItem item;
            item.day = day;
            item.yearsAgo = wanted.yearsAgo.value(day);
            item.kind = kind;
            item.origin = kind + u':' + query->value(1).toString();
            if (kind == u"journal") {
                item.title = shortTitle(text);
            } else if (kind == u"workout") {
                QStringList parts{text};
                if (!query->value(4).isNull())
                    parts.append(tr("%1 min").arg(formatValue(query->value(4).toDouble(), 0)));
                if (!query->value(5).isNull())
                    parts.append(tr("%1 km").arg(formatValue(query->value(5).toDouble(), 2)));
                item.title = parts.join(QStringLiteral(", "));
            } else { // expense or income
                const QString amount =
                    MoneyFormat::format(Money{query->value(4).toLongLong(), query->value(6).toString()});
                item.title = text.isEmpty() ? amount : tr("%1 %2").arg(shortTitle(text), amount);
            }
            report.onThisDay.append(item);
        }
        for (const auto &[day, perName] : metricsPerDay) {
            QStringList lines;
            for (const auto &[name, line] : perName)
                lines.append(line);
            OnThisDayItem item;
            item.day = day;
            item.yearsAgo = wanted.yearsAgo.value(day);
            item.kind = QStringLiteral("metric");
            item.title = lines.join(QStringLiteral(", "));
            item.origin = QStringLiteral("health:") + day.toString(Qt::ISODate); // as search names a day's health
            report.onThisDay.append(item);
        }

        QVariantList monthDays;
        for (const QString &monthDay : wanted.monthDays)
            monthDays.append(monthDay);
        const QString marks = QStringList(wanted.monthDays.size(), QStringLiteral("?")).join(u',');
        auto instants = runQuery(
            m_database,
            QStringLiteral("SELECT 'note', id, created_at, CASE WHEN length(trim(title)) > 0 THEN title ELSE "
                           "substr(body, 1, 400) END FROM notes WHERE substr(created_at, 6, 5) IN (%1) "
                           "UNION ALL SELECT 'task', id, completed_at, title FROM tasks WHERE completed_at IS NOT NULL "
                           "AND substr(completed_at, 6, 5) IN (%1)")
                .arg(marks),
            monthDays + monthDays,
            tr("Reading what happened on this day"));
        if (!instants)
            return instants.error();
        const QTimeZone zone = QTimeZone::systemTimeZone();
        while (instants->next()) {
            const QDate day = days::localDay(sql::toInstant(instants->value(2)), zone);
            if (!wanted.yearsAgo.contains(day))
                continue;
            OnThisDayItem item;
            item.day = day;
            item.yearsAgo = wanted.yearsAgo.value(day);
            item.kind = instants->value(0).toString();
            item.title = shortTitle(instants->value(3).toString());
            item.origin = item.kind + u':' + instants->value(1).toString();
            report.onThisDay.append(item);
        }
        std::stable_sort(report.onThisDay.begin(),
                         report.onThisDay.end(),
                         [](const OnThisDayItem &a, const OnThisDayItem &b) {
                             if (a.yearsAgo != b.yearsAgo)
                                 return a.yearsAgo < b.yearsAgo;
                             if (a.day != b.day)
                                 return a.day > b.day;
                             if (kindOrder(a.kind) != kindOrder(b.kind))
                                 return kindOrder(a.kind) < kindOrder(b.kind);
                             return a.origin.section(u':', 1).toLongLong() < b.origin.section(u':', 1).toLongLong();
                         });
    }

    // Streaks: every day ever written or worked out, up to today, as Julian day numbers (no date parsing for a few
    // thousand rows); both parts are read through their day index.
    {
        auto query = runQuery(m_database,
                              QStringLiteral("SELECT 0, CAST(julianday(day) + 0.5 AS INTEGER) FROM journal_entries "
                                             "WHERE day <= ? AND length(trim(body)) > 0 "
                                             "UNION ALL SELECT 1, CAST(julianday(day) + 0.5 AS INTEGER) FROM "
                                             "(SELECT DISTINCT day FROM workouts WHERE day <= ?)"),
                              {sql::day(today), sql::day(today)},
                              tr("Reading the streaks for the review"));
        if (!query)
            return query.error();
        std::array<QList<qint64>, 2> days; // journal, workouts
        while (query->next()) {
            if (!query->value(1).isNull())
                days[query->value(0).toInt() == 0 ? 0 : 1].append(query->value(1).toLongLong());
        }
        report.streaks = {streakOf(QStringLiteral("journal"), days[0], today),
                          streakOf(QStringLiteral("workout"), days[1], today)};
    }
    return report;
}

QJsonObject ReviewCalculator::toJson(const ReviewReport &report)
{
    const auto comparisonInto = [](QJsonObject &object, const Comparison &comparison, bool minor) {
        const auto amount = minor ? optionalMinorJson : optionalJson;
        const QString suffix = minor ? QStringLiteral("_minor") : QString();
        object.insert(QStringLiteral("this_week") + suffix, amount(comparison.thisWeek));
        object.insert(QStringLiteral("last_week") + suffix, amount(comparison.lastWeek));
        object.insert(QStringLiteral("baseline") + suffix, amount(comparison.baseline));
        object.insert(QStringLiteral("today") + suffix, amount(comparison.today));
        object.insert(QStringLiteral("same_weekday_baseline") + suffix, amount(comparison.sameWeekdayBaseline));
        object.insert(QStringLiteral("change_vs_last_week"), optionalJson(comparison.changeVsLastWeek));
        object.insert(QStringLiteral("change_vs_baseline"), optionalJson(comparison.changeVsBaseline));
        object.insert(QStringLiteral("today_vs_same_weekday"), optionalJson(comparison.todayVsSameWeekday));
        object.insert(QStringLiteral("trend"), trendName(comparison.trend));
    };

    QJsonArray metrics;
    for (const MetricReview &metric : report.metrics) {
        QJsonObject object{{QStringLiteral("name"), metric.definition.name},
                           {QStringLiteral("unit"), metric.definition.unit}};
        comparisonInto(object, metric.comparison, false);
        metrics.append(object);
    }
    QJsonArray spending;
    for (const SpendingReview &category : report.spending) {
        QJsonObject object{{QStringLiteral("category"),
                            category.categoryId ? QJsonValue(category.categoryName) : QJsonValue(QJsonValue::Null)},
                           {QStringLiteral("category_id"),
                            category.categoryId ? QJsonValue(*category.categoryId) : QJsonValue(QJsonValue::Null)},
                           {QStringLiteral("currency"), category.currency}};
        comparisonInto(object, category.comparison, true);
        spending.append(object);
    }
    QJsonArray onThisDay;
    for (const OnThisDayItem &item : report.onThisDay) {
        onThisDay.append(QJsonObject{{QStringLiteral("years_ago"), item.yearsAgo},
                                     {QStringLiteral("day"), dayJson(item.day)},
                                     {QStringLiteral("kind"), item.kind},
                                     {QStringLiteral("title"), item.title},
                                     {QStringLiteral("origin"), item.origin}});
    }
    QJsonArray streaks;
    for (const Streak &streak : report.streaks) {
        streaks.append(QJsonObject{{QStringLiteral("name"), streak.name},
                                   {QStringLiteral("current"), streak.current},
                                   {QStringLiteral("longest"), streak.longest},
                                   {QStringLiteral("last_day"), dayJson(streak.lastDay)}});
    }
    return {{QStringLiteral("today"), dayJson(report.today)},
            {QStringLiteral("metrics"), metrics},
            {QStringLiteral("spending"), spending},
            {QStringLiteral("on_this_day"), onThisDay},
            {QStringLiteral("streaks"), streaks}};
}

} // namespace lifeos
