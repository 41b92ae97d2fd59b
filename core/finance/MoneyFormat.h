#pragma once

#include "model/Money.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QLocale>

namespace lifeos {

// Money for people: locale-aware formatting with the currency's own number of decimals (IDR none, USD and
// EUR two), and parsing of what a person types into an amount field. All arithmetic stays in minor units.
class MoneyFormat
{
    Q_DECLARE_TR_FUNCTIONS(MoneyFormat)

public:
    // ISO 4217 minor-unit digits: 0 for IDR, JPY, KRW, VND …; 3 for BHD, KWD, OMR …; 2 otherwise.
    static int decimals(const QString &currency);
    // "Rp 50.000" / "IDR 50,000", "$12.50" / "US$12,50": the locale's currency format with the right decimals.
    static QString format(const Money &money, const QLocale &locale = QLocale());
    // The number only, with group separators and the currency's decimals: "1,234.50" (en), "1.234,50" (id).
    static QString formatNumber(const Money &money, const QLocale &locale = QLocale());
    // What a user typed in `currency`: "12.5", "12,50", "1,234.56", "1.234,56", "Rp 50.000": digits,
    // separators and an optional currency symbol or code only. The locale decides an ambiguous single separator
    // ("1.234" is 1234 in id, 1.234 in en). Too many decimals, letters or a negative amount are InvalidInput.
    static Result<Money> parse(const QString &text, const QString &currency, const QLocale &locale = QLocale());
    // For charts only (never for sums): 1250 USD minor → 12.5.
    static double toMajor(const Money &money);
    static qint64 majorToMinor(double major, const QString &currency); // rounded half away from zero
};

} // namespace lifeos
