#pragma once

#include "model/Money.h"

#include <QDate>
#include <QString>

#include <optional>

namespace lifeos {

enum class BudgetPeriod { Week, Month };

// A spending limit for one expense category per week (Monday to Sunday) or per calendar month.
struct Budget
{
    qint64 id = 0;
    qint64 categoryId = 0;
    QString categoryName; // filled when read
    BudgetPeriod period = BudgetPeriod::Month;
    Money limit;
    QDate startsOn; // the budget applies to periods that start on or after this day
};

QString budgetPeriodName(BudgetPeriod period); // "week" | "month"
std::optional<BudgetPeriod> budgetPeriodFromName(const QString &name);

} // namespace lifeos
