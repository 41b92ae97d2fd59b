#include "model/Budget.h"
#include "model/RecurringTransaction.h"
#include "model/Transaction.h"

// The names the enums are stored and printed under (SQL, JSON, the CLI).
namespace lifeos {

QString transactionKindName(TransactionKind kind)
{
    return kind == TransactionKind::Income ? QStringLiteral("income") : QStringLiteral("expense");
}

std::optional<TransactionKind> transactionKindFromName(const QString &name)
{
    if (name == u"expense")
        return TransactionKind::Expense;
    if (name == u"income")
        return TransactionKind::Income;
    return std::nullopt;
}

QString budgetPeriodName(BudgetPeriod period)
{
    return period == BudgetPeriod::Week ? QStringLiteral("week") : QStringLiteral("month");
}

std::optional<BudgetPeriod> budgetPeriodFromName(const QString &name)
{
    if (name == u"week")
        return BudgetPeriod::Week;
    if (name == u"month")
        return BudgetPeriod::Month;
    return std::nullopt;
}

QString cadenceName(Cadence cadence)
{
    switch (cadence) {
    case Cadence::Weekly: return QStringLiteral("weekly");
    case Cadence::Monthly: return QStringLiteral("monthly");
    case Cadence::Yearly: return QStringLiteral("yearly");
    }
    return QStringLiteral("monthly");
}

std::optional<Cadence> cadenceFromName(const QString &name)
{
    if (name == u"weekly")
        return Cadence::Weekly;
    if (name == u"monthly")
        return Cadence::Monthly;
    if (name == u"yearly")
        return Cadence::Yearly;
    return std::nullopt;
}

} // namespace lifeos
