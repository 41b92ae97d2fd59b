#pragma once

#include "storage/Database.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace lifeos {

// The checks the finance repositories share, each failing with a sentence the user can act on.
class FinanceValidation
{
    Q_DECLARE_TR_FUNCTIONS(FinanceValidation)

public:
    static bool isCurrencyCode(const QString &currency); // three letters A–Z
    static Result<void> checkAmount(qint64 minor);
    static Result<void> checkCurrency(const QString &currency);
    static Result<void> checkDay(const QDate &day);
    // The category exists and is of `kind` ("expense" or "income"); an absent category is fine when allowed.
    static Result<void>
    checkCategory(const Database &database, const std::optional<qint64> &categoryId, const QString &kind);
};

} // namespace lifeos
