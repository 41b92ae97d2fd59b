#include "SampleHealthMoney.h"

#include "SampleRandom.h"
#include "storage/Query.h"
#include "storage/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <cmath>

namespace lifeos {

namespace {

struct MetricShape
{
    const char16_t *name;
    const char16_t *unit;
    double mean;
    double deviation;
    double weekendShift; // added on Saturdays and Sundays
    double minimum;
    double maximum;
    int decimals;
};

// The order decides which metrics a smaller metricCount keeps.
constexpr std::array<MetricShape, 12> kMetrics{{
    {u"sleep", u"h", 7.1, 0.7, 0.6, 3.5, 10.5, 1},
    {u"sleep_score", u"", 78, 8, 3, 30, 99, 0},
    {u"weight", u"kg", 74, 0.4, 0.2, 60, 90, 1},
    {u"water", u"ml", 2000, 400, -200, 500, 4000, 0},
    {u"steps", u"steps", 8500, 2500, -2000, 500, 30000, 0},
    {u"mood", u"/10", 6.8, 1.2, 0.5, 1, 10, 0},
    {u"energy", u"/10", 6.4, 1.3, 0.3, 1, 10, 0},
    {u"hrv", u"ms", 52, 9, 2, 15, 120, 0},
    {u"readiness", u"", 76, 9, 2, 30, 99, 0},
    {u"resting_hr", u"bpm", 58, 3, -1, 42, 80, 0},
    {u"sauna", u"min", 20, 5, 0, 5, 45, 0},
    {u"meditation", u"min", 12, 5, 3, 2, 40, 0},
}};

struct SpendingShape
{
    const char16_t *category;
    const char16_t *merchants[3];
    int perWeek;    // how often, on average
    qint64 low;     // rupiah
    qint64 high;
};

constexpr std::array<SpendingShape, 10> kSpending{{
    {u"Food", {u"Warung Bu Sri", u"GrabFood", u"Sate Khas Senayan"}, 7, 20000, 150000},
    {u"Groceries", {u"Superindo", u"Ranch Market", u"Pasar Santa"}, 2, 100000, 800000},
    {u"Coffee", {u"Kopi Kenangan", u"Tanamera", u"Starbucks"}, 5, 25000, 65000},
    {u"Transport", {u"Gojek", u"Grab", u"MRT Jakarta"}, 6, 10000, 90000},
    {u"Utilities", {u"PLN", u"PDAM", u"Telkomsel"}, 1, 150000, 700000},
    {u"Entertainment", {u"CGV", u"Steam", u"Gramedia"}, 1, 50000, 400000},
    {u"Health", {u"Kimia Farma", u"Guardian", u"Klinik Sehat"}, 0, 50000, 600000},
    {u"Shopping", {u"Tokopedia", u"Shopee", u"Uniqlo"}, 1, 80000, 1200000},
    {u"Travel", {u"Traveloka", u"Garuda", u"Tiket.com"}, 0, 500000, 4000000},
    {u"Gifts", {u"Tokopedia", u"Sogo", u"Florist"}, 0, 100000, 900000},
}};

struct Recurring
{
    const char16_t *kind;
    const char16_t *category;
    const char16_t *merchant;
    qint64 amount;
    int dayOfMonth;
};

constexpr std::array<Recurring, 3> kRecurring{{
    {u"expense", u"Rent", u"Pak Budi (kos)", 4500000, 1},
    {u"expense", u"Entertainment", u"Netflix", 186000, 12},
    {u"income", u"Salary", u"PT Maju Jaya", 18000000, 25},
}};

QString text(const char16_t *value)
{
    return QString::fromUtf16(value);
}

double clamp(double value, const MetricShape &shape)
{
    const double factor = std::pow(10.0, shape.decimals);
    return std::round(std::clamp(value, shape.minimum, shape.maximum) * factor) / factor;
}

class Inserter
{
public:
    explicit Inserter(Database &database)
        : m_database(database)
    {}
    Result<qint64> run(const QString &sql, const QVariantList &values)
    {
        QSqlQuery &query = m_prepared[sql];
        if (query.lastQuery() != sql) {
            query = QSqlQuery(m_database.connection());
            if (!query.prepare(sql))
                return Database::errorFrom(query.lastError(), QStringLiteral("Preparing sample data"));
        }
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values.at(i));
        if (!query.exec())
            return Database::errorFrom(query.lastError(), QStringLiteral("Adding sample data"));
        return query.lastInsertId().toLongLong();
    }

private:
    Database &m_database;
    QHash<QString, QSqlQuery> m_prepared;
};

} // namespace

Result<HealthMoneyCounts> SampleHealthMoney::fill(Database &database, const Options &options)
{
    auto existing = runQuery(database,
                             QStringLiteral("SELECT (SELECT count(*) FROM metrics) + (SELECT count(*) FROM transactions)"),
                             {}, QStringLiteral("Counting health and money rows"));
    if (!existing)
        return existing.error();
    if (existing->next() && existing->value(0).toLongLong() > 0)
        return Error{ErrorCode::DatabaseNotEmpty, QStringLiteral("The database already has metrics or transactions.")};

    SampleRandom random(options.seed);
    const QDate today = options.today;
    const QDate first = today.addYears(-options.years).addDays(1);
    const int metricCount = std::clamp(options.metricCount, 1, int(kMetrics.size()));
    const qint64 days = first.daysTo(today) + 1;
    const int everyday = options.transactions > 0 ? options.transactions : int(days * 4);
    const QString created = sql::instant(QDateTime(first, QTime(8, 0), QTimeZone::utc())).toString();
    HealthMoneyCounts counts;
    Inserter insert(database);

    auto written = database.write([&]() -> Result<void> {
        // Categories: the everyday ones, rent, and salary as income.
        QHash<QString, qint64> categoryIds;
        auto ensureCategory = [&](const QString &name, const QString &kind) -> Result<qint64> {
            const QString key = kind + u':' + name;
            if (auto it = categoryIds.constFind(key); it != categoryIds.constEnd())
                return it.value();
            auto id = insert.run(QStringLiteral("INSERT INTO categories (name, kind, created_at) VALUES (?, ?, ?)"),
                                 {name, kind, created});
            if (!id)
                return id.error();
            categoryIds.insert(key, id.value());
            ++counts.categories;
            return id.value();
        };

        // Metrics: one value per day, with slow drifts and correlated sleep/mood/energy.
        double weightDrift = 0;
        for (qint64 d = 0; d < days; ++d) {
            const QDate day = first.addDays(d);
            const bool weekend = day.dayOfWeek() >= 6;
            const double night = random.gaussian(0, 1); // a good or bad night moves several metrics together
            weightDrift = std::clamp(weightDrift + random.gaussian(0, 0.05), -4.0, 4.0);
            for (int m = 0; m < metricCount; ++m) {
                const MetricShape &shape = kMetrics[std::size_t(m)];
                const QString name = text(shape.name);
                const bool occasional = !options.everyMetricDaily && (name == u"sauna" || name == u"meditation");
                if (random.chance(occasional ? 0.6 : 0.04))
                    continue;
                double value = random.gaussian(shape.mean, shape.deviation) + (weekend ? shape.weekendShift : 0);
                if (name == u"weight")
                    value += weightDrift;
                else if (name != u"water" && name != u"steps" && name != u"sauna")
                    value += night * shape.deviation * (name == u"resting_hr" ? -0.5 : 0.5);
                auto added = insert.run(QStringLiteral("INSERT INTO metrics (name, value, unit, day, source, created_at, "
                                                       "updated_at) VALUES (?, ?, ?, ?, 'manual', ?, ?)"),
                                        {name, clamp(value, shape), text(shape.unit), sql::day(day), created, created});
                if (!added)
                    return added.error();
                ++counts.metrics;
            }
            // About three workouts a week.
            if (random.chance(weekend ? 0.55 : 0.36)) {
                static const QStringList activities{QStringLiteral("run"), QStringLiteral("walk"),
                                                    QStringLiteral("cycle"), QStringLiteral("swim"),
                                                    QStringLiteral("yoga"), QStringLiteral("gym")};
                const QString activity = random.pick(activities);
                const double minutes = std::round(std::clamp(random.gaussian(45, 15), 10.0, 150.0));
                QVariant distance;
                if (activity == u"run" || activity == u"walk" || activity == u"cycle")
                    distance = std::round(minutes * (activity == u"cycle" ? 0.4 : activity == u"run" ? 0.16 : 0.09)
                                          * 10.0) / 10.0;
                auto added = insert.run(QStringLiteral("INSERT INTO workouts (activity, day, duration_min, distance_km, "
                                                       "calories, source, created_at, updated_at) "
                                                       "VALUES (?, ?, ?, ?, ?, 'manual', ?, ?)"),
                                        {activity, sql::day(day), minutes, distance, std::round(minutes * 8.5),
                                         created, created});
                if (!added)
                    return added.error();
                ++counts.workouts;
            }
        }

        // Everyday spending: categories weighted by how often they happen.
        int weightSum = 0;
        for (const SpendingShape &shape : kSpending)
            weightSum += std::max(shape.perWeek, 1);
        for (int i = 0; i < everyday; ++i) {
            int pick = random.between(0, weightSum - 1);
            const SpendingShape *shape = &kSpending[0];
            for (const SpendingShape &candidate : kSpending) {
                pick -= std::max(candidate.perWeek, 1);
                if (pick < 0) {
                    shape = &candidate;
                    break;
                }
            }
            auto categoryId = ensureCategory(text(shape->category), QStringLiteral("expense"));
            if (!categoryId)
                return categoryId.error();
            const QDate day = first.addDays(random.between(0, int(days - 1)));
            const double u = random.real();
            const qint64 amount = (shape->low + qint64(u * u * double(shape->high - shape->low))) / 500 * 500;
            auto added = insert.run(QStringLiteral("INSERT INTO transactions (kind, amount_minor, currency, day, "
                                                   "category_id, merchant, source, created_at, updated_at) "
                                                   "VALUES ('expense', ?, 'IDR', ?, ?, ?, 'manual', ?, ?)"),
                                    {std::max<qint64>(amount, 500), sql::day(day), categoryId.value(),
                                     text(shape->merchants[random.between(0, 2)]), created, created});
            if (!added)
                return added.error();
            ++counts.transactions;
        }

        // Recurring templates, posted up to today as RecurringTransactions would have posted them.
        for (const Recurring &recurring : kRecurring) {
            const QString kind = text(recurring.kind);
            auto categoryId = ensureCategory(text(recurring.category), kind);
            if (!categoryId)
                return categoryId.error();
            const QDate start(first.year(), first.month(), recurring.dayOfMonth);
            auto templateId = insert.run(
                QStringLiteral("INSERT INTO recurring_transactions (kind, amount_minor, currency, category_id, merchant, "
                               "cadence, first_day, posted_until, created_at, updated_at) "
                               "VALUES (?, ?, 'IDR', ?, ?, 'monthly', ?, ?, ?, ?)"),
                {kind, recurring.amount, categoryId.value(), text(recurring.merchant), sql::day(start), sql::day(today),
                 created, created});
            if (!templateId)
                return templateId.error();
            ++counts.recurring;
            for (QDate day = start; day <= today; day = day.addMonths(1)) {
                if (day < first)
                    continue;
                auto added = insert.run(
                    QStringLiteral("INSERT INTO transactions (kind, amount_minor, currency, day, category_id, merchant, "
                                   "source, external_id, created_at, updated_at) "
                                   "VALUES (?, ?, 'IDR', ?, ?, ?, 'recurring', ?, ?, ?)"),
                    {kind, recurring.amount, sql::day(day), categoryId.value(), text(recurring.merchant),
                     QStringLiteral("%1:%2").arg(templateId.value()).arg(day.toString(Qt::ISODate)), created, created});
                if (!added)
                    return added.error();
                ++counts.transactions;
            }
        }

        // Budgets: a monthly food and transport limit and a weekly coffee one.
        const struct {
            const char16_t *category;
            const char16_t *period;
            qint64 limit;
        } budgets[] = {{u"Food", u"month", 2500000}, {u"Transport", u"month", 900000}, {u"Coffee", u"week", 250000},
                       {u"Entertainment", u"month", 600000}};
        for (const auto &budget : budgets) {
            auto categoryId = ensureCategory(text(budget.category), QStringLiteral("expense"));
            if (!categoryId)
                return categoryId.error();
            auto added = insert.run(QStringLiteral("INSERT INTO budgets (category_id, period, amount_minor, currency, "
                                                   "starts_on, created_at) VALUES (?, ?, ?, 'IDR', ?, ?)"),
                                    {categoryId.value(), text(budget.period), budget.limit, sql::day(first), created});
            if (!added)
                return added.error();
            ++counts.budgets;
        }
        return {};
    });
    if (!written)
        return written.error();
    return counts;
}

} // namespace lifeos
