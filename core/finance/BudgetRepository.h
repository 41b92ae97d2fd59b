#pragma once

#include "model/Budget.h"
#include "storage/Database.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace lifeos {

// Budgets per expense category and period. One budget per (category, period, start day).
class BudgetRepository
{
    Q_DECLARE_TR_FUNCTIONS(BudgetRepository)

public:
    explicit BudgetRepository(Database &database);

    Result<Budget> add(const Budget &budget);
    Result<Budget> update(const Budget &budget);
    Result<void> remove(qint64 id);
    Result<QList<Budget>> list() const; // by category name, then period; categoryName filled

private:
    Database &m_database;
};

} // namespace lifeos
