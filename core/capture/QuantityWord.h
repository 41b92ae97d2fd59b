#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace lifeos {

// An exact decimal as typed: value = mantissa / 10^scale, so money never goes through a float.
struct DecimalNumber
{
    qint64 mantissa = 0;
    int scale = 0;

    double value() const;
    bool isWhole() const { return scale == 0; }
    // value × factor rounded half up to an integer; nullopt when it would overflow.
    std::optional<qint64> timesRounded(qint64 factor) const;

    // Reads digits with '.' or ',' separators, the whole view or nothing. One separator followed by exactly
    // three digits groups thousands ("15.000", "15,000"), otherwise it is the decimal mark ("12.50", "3,50",
    // "0.500"); repeated separators group thousands ("1.500.000"); with both kinds the last is the decimal mark
    // ("1.234,56", "1,234.56").
    static std::optional<DecimalNumber> read(QStringView digits);
};

// One token's word split around its number: "rp15.000" → "rp" 15000 "", "7h20" → "" 7 "h20", "1.5jt" →
// "" 1.5 "jt", "7/10" → "" 7 "/10". The extractors decide whether prefix and suffix mean anything to them.
struct QuantityWord
{
    QString prefix;
    DecimalNumber number;
    QString suffix;

    // Null when the word holds no digit or its number is malformed ("1.2.3").
    static std::optional<QuantityWord> read(QStringView word);
    bool isBare() const { return prefix.isEmpty() && suffix.isEmpty(); }
};

} // namespace lifeos
