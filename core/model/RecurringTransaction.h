#pragma once

#include "model/Transaction.h"

#include <QDate>
#include <QString>

#include <optional>

namespace lifeos {

enum class Cadence { Weekly, Monthly, Yearly };

// A template that posts the same expense or income every week, month or year (rent, a subscription, salary).
// Monthly on the 31st posts on the last day of shorter months.
struct RecurringTransaction
{
    qint64 id = 0;
    TransactionKind kind = TransactionKind::Expense;
    Money amount;
    std::optional<qint64> categoryId;
    QString categoryName; // filled when read
    QString merchant;
    QString note;
    Cadence cadence = Cadence::Monthly;
    QDate firstDay;
    QDate lastDay;     // null: no end
    QDate postedUntil; // null: nothing posted yet
};

QString cadenceName(Cadence cadence); // "weekly" | "monthly" | "yearly"
std::optional<Cadence> cadenceFromName(const QString &name);

} // namespace lifeos
