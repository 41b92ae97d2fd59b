#include "finance/FinanceStats.h"

#include "finance/FinanceValidation.h"
#include "storage/Query.h"
#include "storage/SqlValues.h"

#include <QHash>

namespace lifeos {

namespace {

QDate firstOfMonth(const QDate &day)
{
    return QDate(day.year(), day.month(), 1);
}

QDate lastOfMonth(const QDate &day)
{
    return QDate(day.year(), day.month(), day.daysInMonth());
}

// "2024-03" (what substr(day, 1, 7) gives) → 2024-03-01.
QDate monthFromKey(const QString &key)
{
    return QDate::fromString(key + QStringLiteral("-01"), Qt::ISODate);
}

Result<void> checkRange(const QDate &from, const QDate &to, const QString &currency)
{
    if (auto ok = FinanceValidation::checkDay(from); !ok)
        return ok;
    if (auto ok = FinanceValidation::checkDay(to); !ok)
        return ok;
    return FinanceValidation::checkCurrency(currency);
}

// Expenses in one currency summed per category and whatever else `groupBy` names. The category id, its name and
// the sum are columns 0 to 2 of every total; `readExtra` reads `extraColumn`, column 3.
template <typename Total, typename ReadExtra>
Result<QList<Total>> expenseTotals(const Database &database, const QString &extraColumn, const QString &groupBy,
                                   const QString &orderBy, const QVariantList &values, const QString &what,
                                   ReadExtra readExtra)
{
    auto query = runQuery(database,
                          QStringLiteral("SELECT t.category_id, c.name, sum(t.amount_minor) AS total, %1 "
                                         "FROM transactions t LEFT JOIN categories c ON c.id = t.category_id "
                                         "WHERE t.day BETWEEN ? AND ? AND t.kind = 'expense' AND t.currency = ? "
                                         "GROUP BY %2 ORDER BY %3, c.name COLLATE NOCASE")
                              .arg(extraColumn, groupBy, orderBy),
                          values,
                          what);
    if (!query)
        return query.error();
    QList<Total> totals;
    while (query->next()) {
        Total total;
        if (!query->value(0).isNull())
            total.categoryId = query->value(0).toLongLong();
        total.categoryName = query->value(1).toString();
        total.minor = query->value(2).toLongLong();
        readExtra(*query, total);
        totals.append(total);
    }
    return totals;
}

} // namespace

FinanceStats::FinanceStats(const Database &database)
    : m_database(database)
{}

Result<QList<CategoryTotal>>
FinanceStats::expensesByCategory(const QDate &from, const QDate &to, const QString &currency) const
{
    if (auto ok = checkRange(from, to, currency); !ok)
        return ok.error();
    return expenseTotals<CategoryTotal>(
        m_database, QStringLiteral("count(*)"), QStringLiteral("t.category_id"), QStringLiteral("total DESC"),
        {sql::day(from), sql::day(to), currency}, tr("Summing expenses by category"),
        [](const QSqlQuery &row, CategoryTotal &total) { total.count = row.value(3).toInt(); });
}

Result<QList<MonthCategoryTotal>>
FinanceStats::monthlyExpensesByCategory(const QDate &fromMonth, const QDate &toMonth, const QString &currency) const
{
    if (auto ok = checkRange(fromMonth, toMonth, currency); !ok)
        return ok.error();
    return expenseTotals<MonthCategoryTotal>(
        m_database, QStringLiteral("substr(t.day, 1, 7) AS month"), QStringLiteral("month, t.category_id"),
        QStringLiteral("month, total DESC"),
        {sql::day(firstOfMonth(fromMonth)), sql::day(lastOfMonth(toMonth)), currency},
        tr("Summing expenses by month and category"),
        [](const QSqlQuery &row, MonthCategoryTotal &total) { total.month = monthFromKey(row.value(3).toString()); });
}

Result<QList<MonthFlow>>
FinanceStats::monthlyFlow(const QDate &fromMonth, const QDate &toMonth, const QString &currency) const
{
    if (auto ok = checkRange(fromMonth, toMonth, currency); !ok)
        return ok.error();
    auto query = runQuery(m_database,
                          QStringLiteral("SELECT substr(day, 1, 7) AS month, "
                                         "sum(CASE WHEN kind = 'income' THEN amount_minor ELSE 0 END), "
                                         "sum(CASE WHEN kind = 'expense' THEN amount_minor ELSE 0 END) "
                                         "FROM transactions WHERE day BETWEEN ? AND ? AND currency = ? "
                                         "GROUP BY month"),
                          {sql::day(firstOfMonth(fromMonth)), sql::day(lastOfMonth(toMonth)), currency},
                          tr("Summing income and expenses by month"));
    if (!query)
        return query.error();
    QHash<QDate, MonthFlow> byMonth;
    while (query->next()) {
        MonthFlow flow;
        flow.month = monthFromKey(query->value(0).toString());
        flow.incomeMinor = query->value(1).toLongLong();
        flow.expenseMinor = query->value(2).toLongLong();
        byMonth.insert(flow.month, flow);
    }
    // Every month of the range appears, so a chart shows a quiet month as zero rather than skipping it.
    QList<MonthFlow> flows;
    for (QDate month = firstOfMonth(fromMonth); month <= toMonth; month = month.addMonths(1)) {
        MonthFlow flow = byMonth.value(month);
        flow.month = month;
        flows.append(flow);
    }
    return flows;
}

} // namespace lifeos
