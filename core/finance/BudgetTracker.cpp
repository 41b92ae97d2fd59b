#include "finance/BudgetTracker.h"

#include "finance/BudgetRepository.h"
#include "finance/MoneyFormat.h"
#include "storage/Query.h"
#include "storage/SqlValues.h"

#include <QHash>
#include <QLocale>

#include <limits>
#include <utility>

namespace lifeos {

namespace {

constexpr qint64 kMaxMinor = std::numeric_limits<qint64>::max();

// floor(spent * 100 / limit) without overflowing for any amounts (the text only shows it; thresholds don't use it).
qint64 percentFloor(qint64 spent, qint64 limit)
{
    if (limit <= 0 || spent <= 0)
        return 0;
    const qint64 whole = spent / limit;
    const qint64 rest = spent % limit;
    if (whole > kMaxMinor / 100 - 100)
        return kMaxMinor / 100;
    const qint64 part =
        rest <= kMaxMinor / 100 ? rest * 100 / limit : qint64(static_cast<long double>(rest) * 100 / limit);
    return whole * 100 + part;
}

} // namespace

BudgetTracker::BudgetTracker(Database &database)
    : m_database(database)
{}

DayRange BudgetTracker::periodContaining(BudgetPeriod period, const QDate &day)
{
    if (!day.isValid())
        return {};
    if (period == BudgetPeriod::Week) {
        const QDate monday = day.addDays(1 - day.dayOfWeek());
        return {monday, monday.addDays(6)};
    }
    return {QDate(day.year(), day.month(), 1), QDate(day.year(), day.month(), day.daysInMonth())};
}

int BudgetTracker::thresholdFor(qint64 spentMinor, qint64 limitMinor)
{
    if (limitMinor <= 0)
        return 0;
    if (spentMinor >= limitMinor)
        return 100;
    // spent * 100 >= limit * 80  ⇔  spent * 5 >= limit * 4  ⇔  spent >= limit - floor(limit / 5) for integers,
    // which never overflows (limit = 5q + r needs 4q + ceil(4r / 5) = 4q + r).
    if (spentMinor >= limitMinor - limitMinor / 5)
        return 80;
    return 0;
}

Result<QList<BudgetProgress>> BudgetTracker::progress(const QDate &day) const
{
    if (!day.isValid())
        return Error{ErrorCode::InvalidInput, tr("The date is missing or is not a real day.")};
    auto budgets = BudgetRepository(m_database).list();
    if (!budgets)
        return budgets.error();

    // Per category and period, the budget with the latest start that has begun by this period applies
    // (a new limit from some month on replaces the older one without rewriting history).
    QList<BudgetProgress> applying;
    QHash<QPair<qint64, int>, qsizetype> slot;
    for (const Budget &budget : std::as_const(*budgets)) {
        const DayRange period = periodContaining(budget.period, day);
        if (budget.startsOn > period.first)
            continue;
        const QPair<qint64, int> key(budget.categoryId, int(budget.period));
        const auto found = slot.constFind(key);
        if (found != slot.cend()) {
            if (applying[*found].budget.startsOn <= budget.startsOn)
                applying[*found].budget = budget;
            continue;
        }
        BudgetProgress item;
        item.budget = budget;
        item.period = period;
        slot.insert(key, applying.size());
        applying.append(item);
    }

    for (BudgetProgress &item : applying) {
        auto query = runQuery(m_database,
                              QStringLiteral("SELECT coalesce(sum(amount_minor), 0) FROM transactions "
                                             "WHERE category_id = ? AND day BETWEEN ? AND ? AND kind = 'expense' "
                                             "AND currency = ?"),
                              {item.budget.categoryId,
                               sql::day(item.period.first),
                               sql::day(item.period.last),
                               item.budget.limit.currency},
                              tr("Summing spending for the budget"));
        if (!query)
            return query.error();
        item.spentMinor = query->next() ? query->value(0).toLongLong() : 0;
        // A display value only; the threshold comes from exact integers.
        item.fraction = double(item.spentMinor) / double(item.budget.limit.minor);
        item.threshold = thresholdFor(item.spentMinor, item.budget.limit.minor);
    }
    return applying;
}

Result<QList<BudgetAlert>> BudgetTracker::takeNewAlerts(const QDate &day)
{
    QList<BudgetAlert> alerts;
    auto written = m_database.write([&]() -> Result<void> {
        alerts.clear();
        auto all = progress(day);
        if (!all)
            return all.error();
        const QVariant now = sql::instant(sql::now());
        for (const BudgetProgress &item : std::as_const(*all)) {
            if (item.threshold == 0)
                continue;
            const QVariant periodStart = sql::day(item.period.first);
            auto announced = runQuery(m_database,
                                      QStringLiteral("SELECT threshold FROM budget_alerts WHERE budget_id = ? AND "
                                                     "period_start = ?"),
                                      {item.budget.id, periodStart},
                                      tr("Reading budget alerts"));
            if (!announced)
                return announced.error();
            int highestAnnounced = 0;
            while (announced->next())
                highestAnnounced = qMax(highestAnnounced, announced->value(0).toInt());
            announced->finish();
            if (item.threshold <= highestAnnounced)
                continue;
            // Reaching 100 at once records 80 as well, so a later 80 in this period is never announced.
            for (const int threshold : {80, 100}) {
                if (threshold > item.threshold)
                    break;
                auto recorded = runQuery(m_database,
                                         QStringLiteral("INSERT OR IGNORE INTO budget_alerts (budget_id, period_start, "
                                                        "threshold, notified_at) VALUES (?, ?, ?, ?)"),
                                         {item.budget.id, periodStart, threshold, now},
                                         tr("Recording the budget alert"));
                if (!recorded)
                    return recorded.error();
            }
            alerts.append(BudgetAlert{item, item.threshold});
        }
        return {};
    });
    if (!written)
        return written.error();
    return alerts;
}

QString BudgetTracker::alertText(const BudgetAlert &alert)
{
    const BudgetProgress &progress = alert.progress;
    const QString percent = QLocale().toString(percentFloor(progress.spentMinor, progress.budget.limit.minor));
    const QString spent = MoneyFormat::format(Money{progress.spentMinor, progress.budget.limit.currency});
    const QString limit = MoneyFormat::format(progress.budget.limit);
    const QString text = progress.budget.period == BudgetPeriod::Week
                             ? tr("%1: %2% of the weekly budget spent (%3 of %4).")
                             : tr("%1: %2% of the monthly budget spent (%3 of %4).");
    return text.arg(progress.budget.categoryName, percent, spent, limit);
}

} // namespace lifeos
