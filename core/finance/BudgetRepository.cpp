#include "finance/BudgetRepository.h"

#include "finance/BudgetTracker.h"
#include "finance/FinanceValidation.h"
#include "storage/Query.h"
#include "storage/SqlValues.h"

namespace lifeos {

namespace {

const QString kSelect =
    QStringLiteral("SELECT b.id, b.category_id, c.name, b.period, b.amount_minor, b.currency, b.starts_on "
                   "FROM budgets b JOIN categories c ON c.id = b.category_id");

Budget budgetFromRow(const QSqlQuery &row)
{
    Budget budget;
    budget.id = row.value(0).toLongLong();
    budget.categoryId = row.value(1).toLongLong();
    budget.categoryName = row.value(2).toString();
    budget.period = budgetPeriodFromName(row.value(3).toString()).value_or(BudgetPeriod::Month);
    budget.limit.minor = row.value(4).toLongLong();
    budget.limit.currency = row.value(5).toString();
    budget.startsOn = sql::toDay(row.value(6));
    return budget;
}

// A budget without a start day applies from the period that contains today.
Budget withDefaults(const Budget &input)
{
    Budget budget = input;
    if (budget.startsOn.isNull())
        budget.startsOn = BudgetTracker::periodContaining(budget.period, QDate::currentDate()).first;
    return budget;
}

} // namespace

BudgetRepository::BudgetRepository(Database &database)
    : m_database(database)
{}

namespace {

Result<void> validate(const Database &database, const Budget &budget)
{
    if (auto ok = FinanceValidation::checkAmount(budget.limit.minor); !ok)
        return ok;
    if (auto ok = FinanceValidation::checkCurrency(budget.limit.currency); !ok)
        return ok;
    if (auto ok = FinanceValidation::checkDay(budget.startsOn); !ok)
        return ok;
    return FinanceValidation::checkCategory(database, budget.categoryId, QStringLiteral("expense"));
}

// One budget per (category, period, start day): say so in words rather than as a constraint failure.
Result<void> checkUnique(const Database &database, const Budget &budget)
{
    auto query = runQuery(database,
                          QStringLiteral("SELECT 1 FROM budgets WHERE category_id = ? AND period = ? AND starts_on = ? "
                                         "AND id <> ?"),
                          {budget.categoryId, budgetPeriodName(budget.period), sql::day(budget.startsOn), budget.id},
                          BudgetRepository::tr("Reading budgets"));
    if (!query)
        return query.error();
    if (query->next())
        return Error{ErrorCode::InvalidInput,
                     budget.period == BudgetPeriod::Week
                         ? BudgetRepository::tr("This category already has a weekly budget starting on that day.")
                         : BudgetRepository::tr("This category already has a monthly budget starting on that day.")};
    return {};
}

Result<Budget> withCategoryName(const Database &database, Budget budget)
{
    auto query = runQuery(database,
                          QStringLiteral("SELECT name FROM categories WHERE id = ?"),
                          {budget.categoryId},
                          BudgetRepository::tr("Reading the category"));
    if (!query)
        return query.error();
    if (query->next())
        budget.categoryName = query->value(0).toString();
    return budget;
}

} // namespace

Result<Budget> BudgetRepository::add(const Budget &input)
{
    Budget budget = withDefaults(input);
    budget.id = 0;
    auto written = m_database.write([&]() -> Result<void> {
        if (auto valid = validate(m_database, budget); !valid)
            return valid;
        if (auto unique = checkUnique(m_database, budget); !unique)
            return unique;
        auto query = runQuery(m_database,
                              QStringLiteral("INSERT INTO budgets (category_id, period, amount_minor, currency, "
                                             "starts_on, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                              {budget.categoryId,
                               budgetPeriodName(budget.period),
                               budget.limit.minor,
                               budget.limit.currency,
                               sql::day(budget.startsOn),
                               sql::instant(sql::now())},
                              tr("Adding the budget"));
        if (!query)
            return query.error();
        budget.id = query->lastInsertId().toLongLong();
        return {};
    });
    if (!written)
        return written.error();
    return withCategoryName(m_database, budget);
}

Result<Budget> BudgetRepository::update(const Budget &input)
{
    Budget budget = withDefaults(input);
    auto written = m_database.write([&]() -> Result<void> {
        if (auto valid = validate(m_database, budget); !valid)
            return valid;
        if (auto unique = checkUnique(m_database, budget); !unique)
            return unique;
        auto before = runQuery(m_database,
                               QStringLiteral("SELECT period, amount_minor, currency FROM budgets WHERE id = ?"),
                               {budget.id},
                               tr("Reading budgets"));
        if (!before)
            return before.error();
        if (!before->next())
            return Error{ErrorCode::NotFound, tr("The budget no longer exists.")};
        const bool limitChanged = before->value(0).toString() != budgetPeriodName(budget.period)
                                  || before->value(1).toLongLong() != budget.limit.minor
                                  || before->value(2).toString() != budget.limit.currency;
        before->finish();
        auto query = runQuery(m_database,
                              QStringLiteral("UPDATE budgets SET category_id = ?, period = ?, amount_minor = ?, "
                                             "currency = ?, starts_on = ? WHERE id = ?"),
                              {budget.categoryId,
                               budgetPeriodName(budget.period),
                               budget.limit.minor,
                               budget.limit.currency,
                               sql::day(budget.startsOn),
                               budget.id},
                              tr("Saving the budget"));
        if (!query)
            return query.error();
        if (query->numRowsAffected() != 1)
            return Error{ErrorCode::NotFound, tr("The budget no longer exists.")};
        if (!limitChanged)
            return {};
        // A changed limit or period makes earlier announcements stale: the thresholds are judged afresh.
        auto cleared = runQuery(m_database,
                                QStringLiteral("DELETE FROM budget_alerts WHERE budget_id = ?"),
                                {budget.id},
                                tr("Saving the budget"));
        if (!cleared)
            return cleared.error();
        return {};
    });
    if (!written)
        return written.error();
    return withCategoryName(m_database, budget);
}

Result<void> BudgetRepository::remove(qint64 id)
{
    auto query =
        runQuery(m_database, QStringLiteral("DELETE FROM budgets WHERE id = ?"), {id}, tr("Deleting the budget"));
    if (!query)
        return query.error();
    return {};
}

Result<QList<Budget>> BudgetRepository::list() const
{
    auto query = runQuery(m_database,
                          kSelect
                              + QStringLiteral(" ORDER BY c.name COLLATE NOCASE, CASE b.period WHEN 'week' THEN 0 "
                                               "ELSE 1 END, b.starts_on, b.id"),
                          QVariantList(),
                          tr("Reading budgets"));
    if (!query)
        return query.error();
    QList<Budget> budgets;
    while (query->next())
        budgets.append(budgetFromRow(*query));
    return budgets;
}

} // namespace lifeos
