#pragma once

#include "model/Money.h"
#include "storage/Database.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace lifeos {

struct CategoryTotal
{
    std::optional<qint64> categoryId; // nullopt: uncategorised
    QString categoryName;             // "" when uncategorised (the UI says "Uncategorised")
    qint64 minor = 0;
    int count = 0;
};

struct MonthCategoryTotal
{
    QDate month; // the first day of the month
    std::optional<qint64> categoryId;
    QString categoryName;
    qint64 minor = 0;
};

struct MonthFlow
{
    QDate month; // the first day of the month
    qint64 incomeMinor = 0;
    qint64 expenseMinor = 0;
};

// Sums for the Finance page and its charts, in SQL, for one currency at a time (amounts in different
// currencies are never added together).
class FinanceStats
{
    Q_DECLARE_TR_FUNCTIONS(FinanceStats)

public:
    explicit FinanceStats(const Database &database);

    // Expenses per category between two days (inclusive), the largest first.
    Result<QList<CategoryTotal>> expensesByCategory(const QDate &from, const QDate &to, const QString &currency) const;
    // Expenses per month and category for the months from `fromMonth` to `toMonth` (any days within them).
    Result<QList<MonthCategoryTotal>> monthlyExpensesByCategory(const QDate &fromMonth, const QDate &toMonth,
                                                                const QString &currency) const;
    // Income and expenses per month; months without any appear with zeros.
    Result<QList<MonthFlow>> monthlyFlow(const QDate &fromMonth, const QDate &toMonth, const QString &currency) const;

private:
    const Database &m_database;
};

} // namespace lifeos
