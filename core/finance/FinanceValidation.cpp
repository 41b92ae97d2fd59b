#include "finance/FinanceValidation.h"

#include "storage/Query.h"

namespace lifeos {

bool FinanceValidation::isCurrencyCode(const QString &currency)
{
    if (currency.size() != 3)
        return false;
    for (const QChar c : currency) {
        if (c < u'A' || c > u'Z')
            return false;
    }
    return true;
}

Result<void> FinanceValidation::checkAmount(qint64 minor)
{
    if (minor <= 0)
        return Error{ErrorCode::InvalidInput, tr("The amount must be more than zero.")};
    return {};
}

Result<void> FinanceValidation::checkCurrency(const QString &currency)
{
    if (!isCurrencyCode(currency))
        return Error{
            ErrorCode::InvalidInput,
            tr("“%1” is not a currency code: use three capital letters, such as IDR, USD or EUR.").arg(currency)};
    return {};
}

Result<void> FinanceValidation::checkDay(const QDate &day)
{
    if (!day.isValid())
        return Error{ErrorCode::InvalidInput, tr("The date is missing or is not a real day.")};
    if (day.year() < 1000 || day.year() > 9999)
        return Error{ErrorCode::InvalidInput, tr("The date must have a four-digit year.")};
    return {};
}

Result<void>
FinanceValidation::checkCategory(const Database &database, const std::optional<qint64> &categoryId, const QString &kind)
{
    if (!categoryId)
        return {};
    auto query = runQuery(database,
                          QStringLiteral("SELECT name, kind FROM categories WHERE id = ?"),
                          {*categoryId},
                          tr("Reading the category"));
    if (!query)
        return query.error();
    if (!query->next())
        return Error{ErrorCode::NotFound, tr("The category no longer exists. Choose another one.")};
    if (query->value(1).toString() != kind) {
        const QString name = query->value(0).toString();
        return Error{ErrorCode::InvalidInput,
                     kind == u"income" ? tr("“%1” is not an income category. Choose an income category.").arg(name)
                                       : tr("“%1” is not an expense category. Choose an expense category.").arg(name)};
    }
    return {};
}

} // namespace lifeos
