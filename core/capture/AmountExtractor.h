#pragma once

#include "capture/CaptureText.h"
#include "capture/ParseContext.h"
#include "capture/ParsedCapture.h"

#include <optional>

namespace lifeos {

struct AmountMatch
{
    Money money;
    bool marked = false; // a currency or a multiplier was written (Rp, $, USD, k, rb, jt), so it is surely money
    qsizetype first = 0; // the tokens it covered
    qsizetype count = 0;
};

// Money in a line: 15k, 15rb, 15 ribu, 1.5jt, 2 juta, Rp 15.000, Rp15,000, $12.50, 12.50 USD, €3,50. Amounts are
// integer minor units of the written currency, else ctx.defaultCurrency; rb/ribu/jt/juta imply rupiah.
class AmountExtractor
{
public:
    // The first amount written with a currency or multiplier, consumed.
    static std::optional<AmountMatch> extractMarked(CaptureText &text, const ParseContext &ctx);
    // A bare number read as money in the default currency ("kopi 25000"), consumed. Only call it when the line
    // speaks of money: it skips counts ("3 eggs") and, for currencies without cents, numbers below 100.
    static std::optional<AmountMatch> extractBare(CaptureText &text, const ParseContext &ctx);
    // The ISO code a word names as a currency, standing alone ("Rp", "USD", "dollars", "€"), or empty.
    static QString currencyOf(const QString &word);
    // Digits after the decimal mark for an ISO 4217 code (IDR, JPY: 0; most others: 2).
    static int minorDigits(const QString &currency);
};

} // namespace lifeos
