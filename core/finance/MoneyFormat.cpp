#include "finance/MoneyFormat.h"

#include <QStringList>

#include <algorithm>
#include <cmath>
#include <limits>

namespace lifeos {

namespace {

constexpr QChar kNoBreakSpace(0x00A0);

quint64 powerOfTen(int exponent)
{
    quint64 value = 1;
    for (int i = 0; i < exponent; ++i)
        value *= 10;
    return value;
}

// |minor| without overflow, also for the smallest qint64.
quint64 magnitude(qint64 minor)
{
    return minor < 0 ? quint64(-(minor + 1)) + 1 : quint64(minor);
}

// Symbols people write for a currency that is not the locale's own; the ISO code is always accepted too.
QStringList knownSymbols(const QString &currency)
{
    if (currency == u"USD")
        return {QStringLiteral("US$"), QStringLiteral("$")};
    if (currency == u"EUR")
        return {QStringLiteral("€")};
    if (currency == u"GBP")
        return {QStringLiteral("£")};
    if (currency == u"IDR")
        return {QStringLiteral("Rp")};
    if (currency == u"JPY")
        return {QStringLiteral("JP¥"), QStringLiteral("¥"), QStringLiteral("￥")};
    return {};
}

bool isLocaleCurrency(const QString &currency, const QLocale &locale)
{
    return locale.currencySymbol(QLocale::CurrencyIsoCode) == currency;
}

// The symbol shown: the locale's own for its own currency ("Rp" in id_ID), an unambiguous sign for a few
// others (€, £, US$), else the ISO code ("IDR" in en_US), as CLDR does for currencies it has no symbol for.
QString displaySymbol(const QString &currency, const QLocale &locale)
{
    if (isLocaleCurrency(currency, locale)) {
        const QString own = locale.currencySymbol(QLocale::CurrencySymbol);
        if (!own.isEmpty())
            return own;
    }
    const QStringList symbols = knownSymbols(currency);
    if (!symbols.isEmpty() && currency != u"IDR" && currency != u"JPY")
        return symbols.first();
    return currency;
}

bool isLetterLike(QChar c)
{
    return c.isLetter() || c.category() == QChar::Mark_NonSpacing;
}

// CLDR's currency spacing: a symbol made of letters ("Rp", "IDR") touching a digit gets a no-break space.
QString withCurrencySpacing(QString pattern, const QString &symbol)
{
    const qsizetype at = pattern.indexOf(symbol);
    if (at < 0 || symbol.isEmpty())
        return pattern;
    const qsizetype end = at + symbol.size();
    if (end < pattern.size() && pattern.at(end).isDigit() && isLetterLike(symbol.back()))
        pattern.insert(end, kNoBreakSpace);
    if (at > 0 && pattern.at(at - 1).isDigit() && isLetterLike(symbol.front()))
        pattern.insert(at, kNoBreakSpace);
    return pattern;
}

bool isGroupOnlySeparator(QChar c)
{
    return c == u' ' || c == kNoBreakSpace || c == QChar(0x202F) || c == QChar(0x2009) || c == u'\''
           || c == QChar(0x2019);
}

QString stripSymbol(QString text, const QString &symbol)
{
    if (symbol.isEmpty())
        return text;
    if (text.startsWith(symbol, Qt::CaseInsensitive))
        text = text.mid(symbol.size()).trimmed();
    if (text.endsWith(symbol, Qt::CaseInsensitive))
        text.chop(symbol.size());
    return text.trimmed();
}

// The whole part through QLocale (exact for integers: its grouping, digits and separators), the fraction digit
// by digit, so no amount ever passes through a double.
QString unsignedNumber(quint64 absolute, int places, const QLocale &locale)
{
    const quint64 scale = powerOfTen(places);
    QString text = locale.toString(absolute / scale);
    if (places == 0)
        return text;
    quint64 fraction = absolute % scale;
    QString digits(places, u'0');
    for (int i = places - 1; i >= 0; --i) {
        const int digit = int(fraction % 10);
        const QString localDigit = locale.toString(digit);
        digits[i] = localDigit.size() == 1 ? localDigit.front() : QChar(u'0' + digit);
        fraction /= 10;
    }
    return text + locale.decimalPoint() + digits;
}

} // namespace

int MoneyFormat::decimals(const QString &currency)
{
    static const QStringList none = {QStringLiteral("BIF"),
                                     QStringLiteral("CLP"),
                                     QStringLiteral("DJF"),
                                     QStringLiteral("GNF"),
                                     QStringLiteral("IDR"),
                                     QStringLiteral("ISK"),
                                     QStringLiteral("JPY"),
                                     QStringLiteral("KMF"),
                                     QStringLiteral("KRW"),
                                     QStringLiteral("PYG"),
                                     QStringLiteral("RWF"),
                                     QStringLiteral("UGX"),
                                     QStringLiteral("UYI"),
                                     QStringLiteral("VND"),
                                     QStringLiteral("VUV"),
                                     QStringLiteral("XAF"),
                                     QStringLiteral("XOF"),
                                     QStringLiteral("XPF")};
    static const QStringList three = {QStringLiteral("BHD"),
                                      QStringLiteral("IQD"),
                                      QStringLiteral("JOD"),
                                      QStringLiteral("KWD"),
                                      QStringLiteral("LYD"),
                                      QStringLiteral("OMR"),
                                      QStringLiteral("TND")};
    const QString code = currency.trimmed().toUpper();
    if (none.contains(code))
        return 0;
    if (three.contains(code))
        return 3;
    return 2;
}

QString MoneyFormat::formatNumber(const Money &money, const QLocale &locale)
{
    const QString number = unsignedNumber(magnitude(money.minor), decimals(money.currency), locale);
    return money.minor < 0 ? locale.negativeSign() + number : number;
}

QString MoneyFormat::format(const Money &money, const QLocale &locale)
{
    const QString symbol = displaySymbol(money.currency.trimmed().toUpper(), locale);
    const QString number = unsignedNumber(magnitude(money.minor), decimals(money.currency), locale);
    // Learn where the locale puts the symbol and the sign ("$1", "($1)", "1 €", "Rp-1") from a small whole
    // sample, then put the exact number where the sample's number stands.
    constexpr qlonglong kSample = 1234;
    const QString pattern =
        withCurrencySpacing(locale.toCurrencyString(money.minor < 0 ? -kSample : kSample, symbol), symbol);
    const QString sampleNumber = locale.toString(kSample);
    const qsizetype at = pattern.indexOf(sampleNumber);
    if (at < 0)
        return (money.minor < 0 ? locale.negativeSign() : QString()) + number + kNoBreakSpace + symbol;
    QString result = pattern;
    result.replace(at, sampleNumber.size(), number);
    return result;
}

Result<Money> MoneyFormat::parse(const QString &text, const QString &currency, const QLocale &locale)
{
    const QString code = currency.trimmed().toUpper();
    if (code.size() != 3 || !std::all_of(code.cbegin(), code.cend(), [](QChar c) { return c >= u'A' && c <= u'Z'; }))
        return Error{ErrorCode::InvalidInput, tr("“%1” is not a currency code such as IDR or USD.").arg(currency)};
    QString rest = text.trimmed();
    if (rest.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("Enter an amount.")};

    QStringList symbols = knownSymbols(code);
    if (isLocaleCurrency(code, locale))
        symbols.prepend(locale.currencySymbol(QLocale::CurrencySymbol));
    symbols.prepend(code);
    // Longest first, so "US$" goes before "$".
    std::sort(symbols.begin(), symbols.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &symbol : std::as_const(symbols))
        rest = stripSymbol(rest, symbol);

    for (QChar c : std::as_const(rest)) {
        if (c == u'-' || c == QChar(0x2212) || c == u'(' || c == u')')
            return Error{ErrorCode::InvalidInput,
                         tr("Enter the amount without a minus sign; choose expense or income "
                            "for the direction.")};
    }
    // Digits (any script), '.', ',' and spaces or apostrophes between groups; nothing else.
    QString digits;
    QList<qsizetype> separatorAt; // where in `digits` a '.' or ',' stood
    QList<QChar> separators;
    QList<qsizetype> spaceAt; // where a space or apostrophe stood: always grouping
    for (QChar c : std::as_const(rest)) {
        if (c.isDigit()) {
            digits += QChar(u'0' + c.digitValue());
        } else if (c == u'.' || c == u',') {
            separatorAt.append(digits.size());
            separators.append(c);
        } else if (isGroupOnlySeparator(c)) {
            spaceAt.append(digits.size());
        } else {
            return Error{ErrorCode::InvalidInput,
                         tr("“%1” is not an amount: use digits and separators only.").arg(text.trimmed())};
        }
    }
    if (digits.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("“%1” is not an amount: it has no digits.").arg(text.trimmed())};

    // Which separator marks the decimals: the last one when both kinds appear; a repeated one groups; a single one
    // is decimal unless exactly three digits follow, when the locale decides (and a currency without a minor unit
    // can only mean grouping).
    const int places = decimals(code);
    std::optional<qsizetype> decimalAt;
    const bool hasDot = separators.contains(u'.');
    const bool hasComma = separators.contains(u',');
    if (hasDot && hasComma) {
        const QChar last = separators.last();
        if (separators.count(last) > 1)
            return Error{ErrorCode::InvalidInput, tr("“%1” has more than one decimal separator.").arg(text.trimmed())};
        decimalAt = separatorAt.last();
    } else if (separators.size() == 1) {
        const qsizetype after = digits.size() - separatorAt.first();
        const QChar localeDecimal = locale.decimalPoint().front() == u',' ? u',' : u'.';
        if (after != 3 || (separators.first() == localeDecimal && places > 0))
            decimalAt = separatorAt.first();
    }

    // Groups between separators: the last group before the decimals has three digits, earlier ones two or three
    // (Indian grouping writes 12,34,567), the first one to three.
    QList<qsizetype> groupAt;
    for (qsizetype i = 0; i < separatorAt.size(); ++i) {
        if (!decimalAt || separatorAt.at(i) != *decimalAt)
            groupAt.append(separatorAt.at(i));
    }
    groupAt.append(spaceAt);
    std::sort(groupAt.begin(), groupAt.end());
    const qsizetype wholeEnd = decimalAt ? *decimalAt : digits.size();
    if (!groupAt.isEmpty()) {
        bool valid = groupAt.first() >= 1 && groupAt.first() <= 3 && groupAt.last() <= wholeEnd
                     && wholeEnd - groupAt.last() == 3;
        for (qsizetype i = 1; valid && i < groupAt.size(); ++i) {
            const qsizetype size = groupAt.at(i) - groupAt.at(i - 1);
            valid = size == 2 || size == 3;
        }
        if (!valid)
            return Error{ErrorCode::InvalidInput,
                         tr("“%1” is not an amount: its thousands separators are misplaced.").arg(text.trimmed())};
    }
    const QString whole = digits.left(wholeEnd);
    QString fraction = decimalAt ? digits.mid(*decimalAt) : QString();
    if (decimalAt && fraction.isEmpty())
        return Error{ErrorCode::InvalidInput,
                     tr("“%1” is not an amount: digits must follow the decimal separator.").arg(text.trimmed())};
    if (fraction.size() > places) {
        if (places == 0)
            return Error{ErrorCode::InvalidInput, tr("%1 amounts have no decimals.").arg(code)};
        return Error{ErrorCode::InvalidInput, tr("%1 amounts have at most %n decimal(s).", nullptr, places).arg(code)};
    }
    fraction = fraction.leftJustified(places, u'0');

    quint64 value = 0;
    constexpr quint64 kMax = quint64(std::numeric_limits<qint64>::max());
    for (QChar c : QString(whole + fraction)) {
        const quint64 digit = quint64(c.unicode() - u'0');
        if (value > (kMax - digit) / 10)
            return Error{ErrorCode::InvalidInput, tr("“%1” is too large an amount.").arg(text.trimmed())};
        value = value * 10 + digit;
    }
    return Money{qint64(value), code};
}

double MoneyFormat::toMajor(const Money &money)
{
    return double(money.minor) / double(powerOfTen(decimals(money.currency)));
}

qint64 MoneyFormat::majorToMinor(double major, const QString &currency)
{
    if (!std::isfinite(major))
        return 0;
    // Through the shortest decimal text of the double, so 1.005 (stored as 1.00499…) rounds as written: to 1.01.
    const QString shortest = QString::number(std::fabs(major), 'e', QLocale::FloatingPointShortest);
    const qsizetype e = shortest.indexOf(u'e');
    const QString mantissa = shortest.left(e).remove(u'.');
    const int exponent = shortest.mid(e + 1).toInt() - int(mantissa.size() - 1) + decimals(currency);
    // value = mantissa × 10^exponent minor units.
    constexpr double kLimit = 9.2e18;
    if (std::fabs(major) * double(powerOfTen(decimals(currency))) >= kLimit)
        return major < 0 ? std::numeric_limits<qint64>::min() : std::numeric_limits<qint64>::max();
    qint64 result = 0;
    if (exponent >= 0) {
        result = mantissa.toLongLong();
        for (int i = 0; i < exponent; ++i)
            result *= 10;
    } else if (-exponent > mantissa.size()) {
        result = 0;
    } else {
        const qsizetype keep = mantissa.size() + exponent;
        result = keep > 0 ? mantissa.left(keep).toLongLong() : 0;
        if (mantissa.at(keep) >= u'5')
            ++result;
    }
    return major < 0 ? -result : result;
}

} // namespace lifeos
