#include "capture/QuantityWord.h"

#include <QList>
#include <QtNumeric>

namespace lifeos {

namespace {

constexpr int kMostDigits = 15; // beyond this nobody is typing a quantity, and qint64 arithmetic stays safe

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

qint64 powerOfTen(int exponent)
{
    qint64 result = 1;
    for (int i = 0; i < exponent; ++i)
        result *= 10;
    return result;
}

} // namespace

double DecimalNumber::value() const
{
    return double(mantissa) / double(powerOfTen(scale));
}

std::optional<qint64> DecimalNumber::timesRounded(qint64 factor) const
{
    qint64 product = 0;
    if (qMulOverflow(mantissa, factor, &product))
        return std::nullopt;
    const qint64 divisor = powerOfTen(scale);
    return (product + divisor / 2) / divisor;
}

std::optional<DecimalNumber> DecimalNumber::read(QStringView digits)
{
    if (digits.isEmpty() || !isAsciiDigit(digits.front()) || !isAsciiDigit(digits.back()))
        return std::nullopt;
    QList<QStringView> groups;
    QList<QChar> separators;
    qsizetype groupStart = 0;
    int digitCount = 0;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        const QChar c = digits.at(i);
        if (isAsciiDigit(c)) {
            ++digitCount;
            continue;
        }
        if (c != u'.' && c != u',')
            return std::nullopt;
        if (i == groupStart) // two separators in a row
            return std::nullopt;
        groups.append(digits.mid(groupStart, i - groupStart));
        separators.append(c);
        groupStart = i + 1;
    }
    groups.append(digits.mid(groupStart));
    if (digitCount > kMostDigits)
        return std::nullopt;

    qsizetype decimalGroup = -1; // index of the group after the decimal mark, or -1 for a whole number
    if (!separators.isEmpty()) {
        const QChar last = separators.back();
        const bool mixed = separators.count(last) != separators.size();
        if (mixed) {
            decimalGroup = groups.size() - 1;
        } else if (separators.size() == 1) {
            const bool thousands = groups.at(1).size() == 3 && groups.at(0) != u"0";
            decimalGroup = thousands ? -1 : 1;
        }
        // Every thousands group (all but the first, and but the decimal one) has exactly three digits.
        for (qsizetype g = 1; g < groups.size(); ++g) {
            if (g != decimalGroup && groups.at(g).size() != 3)
                return std::nullopt;
        }
        if (mixed) {
            for (qsizetype s = 0; s + 1 < separators.size(); ++s) {
                if (separators.at(s) == last)
                    return std::nullopt;
            }
        }
    }

    DecimalNumber number;
    for (qsizetype g = 0; g < groups.size(); ++g) {
        for (QChar c : groups.at(g))
            number.mantissa = number.mantissa * 10 + (c.unicode() - u'0');
        if (g == decimalGroup)
            number.scale = int(groups.at(g).size());
    }
    return number;
}

std::optional<QuantityWord> QuantityWord::read(QStringView word)
{
    qsizetype first = 0;
    while (first < word.size() && !isAsciiDigit(word.at(first)))
        ++first;
    if (first == word.size())
        return std::nullopt;
    qsizetype end = first;
    while (end < word.size()) {
        const QChar c = word.at(end);
        const bool separatorBeforeDigit =
            (c == u'.' || c == u',') && end + 1 < word.size() && isAsciiDigit(word.at(end + 1));
        if (!isAsciiDigit(c) && !separatorBeforeDigit)
            break;
        ++end;
    }
    const auto number = DecimalNumber::read(word.mid(first, end - first));
    if (!number)
        return std::nullopt;
    return QuantityWord{word.left(first).toString(), *number, word.mid(end).toString()};
}

} // namespace lifeos
