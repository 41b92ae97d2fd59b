#pragma once

#include <QString>

namespace lifeos {

// Money as integer minor units of an ISO 4217 currency (IDR has no minor unit; USD and EUR have cents).
// Never a float: sums and comparisons are exact. Formatting and parsing live in finance/MoneyFormat.
struct Money
{
    qint64 minor = 0;
    QString currency;
    bool operator==(const Money &) const = default;
};

} // namespace lifeos
