#pragma once

#include "model/Money.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace lifeos {

enum class TransactionKind { Expense, Income };

// One expense or income. The amount is never negative; `kind` says which way the money went.
struct Transaction
{
    qint64 id = 0;
    TransactionKind kind = TransactionKind::Expense;
    Money amount;
    QDate day;
    QDateTime instant; // UTC; null when only the day is known
    std::optional<qint64> categoryId;
    QString categoryName; // filled when read; ignored when written
    QString merchant;
    QString note;
    std::optional<qint64> recurringId; // the recurring template that posted it
    QString source = QStringLiteral("manual");
    QString externalId;
    QString importBatch;
    QString rawInput;
};

QString transactionKindName(TransactionKind kind);                    // "expense" | "income"
std::optional<TransactionKind> transactionKindFromName(const QString &name);

} // namespace lifeos
