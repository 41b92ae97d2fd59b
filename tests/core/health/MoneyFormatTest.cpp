#include "finance/MoneyFormat.h"

#include "support/QtStringMakers.h"

#include <catch2/catch.hpp>

#include <limits>

using namespace lifeos;

namespace {

// Locales put no-break spaces (U+00A0, U+202F) between symbol and number; the tables write plain spaces.
QString plain(QString text)
{
    return text.replace(QChar(0x00A0), u' ').replace(QChar(0x202F), u' ');
}

QLocale locale(const char *name)
{
    return QLocale(QString::fromLatin1(name));
}

} // namespace

TEST_CASE("each currency has its ISO 4217 number of decimals")
{
    const auto [currency, places] = GENERATE(table<const char *, int>({{"IDR", 0},
                                                                       {"JPY", 0},
                                                                       {"KRW", 0},
                                                                       {"VND", 0},
                                                                       {"USD", 2},
                                                                       {"EUR", 2},
                                                                       {"usd", 2},
                                                                       {"GBP", 2},
                                                                       {"KWD", 3},
                                                                       {"BHD", 3},
                                                                       {"OMR", 3}}));
    CHECK(MoneyFormat::decimals(QString::fromLatin1(currency)) == places);
}

TEST_CASE("amounts are formatted in the locale's currency format with the currency's decimals")
{
    const auto [minor, currency, localeName, expected] =
        GENERATE(table<qint64, const char *, const char *, const char *>({
            {5000000, "IDR", "id_ID", "Rp 5.000.000"},
            {5000000, "IDR", "en_US", "IDR 5,000,000"},
            {5000000, "IDR", "de_DE", "5.000.000 IDR"},
            {123456, "USD", "en_US", "$1,234.56"},
            {123456, "USD", "id_ID", "US$1.234,56"},
            {123456, "USD", "de_DE", "1.234,56 US$"},
            {5, "USD", "en_US", "$0.05"},
            {100, "USD", "en_US", "$1.00"},
            {123456, "EUR", "en_US", "€1,234.56"},
            {123456, "EUR", "id_ID", "€1.234,56"},
            {123456, "EUR", "de_DE", "1.234,56 €"},
            {1234567, "JPY", "en_US", "JPY 1,234,567"},
            {1234567, "JPY", "id_ID", "JPY 1.234.567"},
            {1234567, "JPY", "de_DE", "1.234.567 JPY"},
            {1234567, "KWD", "en_US", "KWD 1,234.567"},
            {1234567, "KWD", "id_ID", "KWD 1.234,567"},
            {1234007, "KWD", "de_DE", "1.234,007 KWD"},
            {0, "IDR", "id_ID", "Rp 0"},
            {-1250, "USD", "en_US", "($12.50)"},
            {-1250, "EUR", "de_DE", "-12,50 €"},
            {-50000, "IDR", "id_ID", "Rp-50.000"},
        }));
    INFO(minor << " " << currency << " in " << localeName);
    CHECK(plain(MoneyFormat::format(Money{minor, QString::fromLatin1(currency)}, locale(localeName)))
          == QString::fromUtf8(expected));
}

TEST_CASE("the number alone has group separators and the currency's decimals")
{
    const auto [minor, currency, localeName, expected] =
        GENERATE(table<qint64, const char *, const char *, const char *>({
            {123450, "USD", "en_US", "1,234.50"},
            {123450, "USD", "id_ID", "1.234,50"},
            {123450, "USD", "de_DE", "1.234,50"},
            {123450, "IDR", "id_ID", "123.450"},
            {-7, "EUR", "de_DE", "-0,07"},
            {1001, "KWD", "en_US", "1.001"},
        }));
    CHECK(MoneyFormat::formatNumber(Money{minor, QString::fromLatin1(currency)}, locale(localeName))
          == QString::fromLatin1(expected));
}

TEST_CASE("amounts beyond a double's exact integers are formatted digit for digit")
{
    // 2^53 + 1: a double would print ...992 or ...994.
    constexpr qint64 kBeyondDouble = 9007199254740993;
    CHECK(MoneyFormat::formatNumber(Money{kBeyondDouble, QStringLiteral("USD")}, locale("en_US"))
          == u"90,071,992,547,409.93");
    CHECK(plain(MoneyFormat::format(Money{kBeyondDouble, QStringLiteral("IDR")}, locale("id_ID")))
          == u"Rp 9.007.199.254.740.993");
    CHECK(plain(MoneyFormat::format(Money{kBeyondDouble, QStringLiteral("EUR")}, locale("de_DE")))
          == QStringLiteral("90.071.992.547.409,93 €"));
    CHECK(MoneyFormat::formatNumber(Money{std::numeric_limits<qint64>::max(), QStringLiteral("USD")}, locale("en_US"))
          == u"92,233,720,368,547,758.07");
    CHECK(MoneyFormat::formatNumber(Money{std::numeric_limits<qint64>::min(), QStringLiteral("USD")}, locale("en_US"))
          == u"-92,233,720,368,547,758.08");
}

TEST_CASE("what a person types is parsed exactly into minor units")
{
    const auto [text, currency, localeName, expected] =
        GENERATE(table<const char *, const char *, const char *, qint64>({
            {"12.5", "USD", "en_US", 1250},
            {"12,50", "USD", "en_US", 1250},
            {"12,5", "EUR", "de_DE", 1250},
            {"1,234.56", "USD", "en_US", 123456},
            {"1,234.56", "USD", "de_DE", 123456},
            {"1.234,56", "USD", "en_US", 123456},
            {"1.234,56", "EUR", "de_DE", 123456},
            {"1,234", "USD", "en_US", 123400},
            {"1.234", "USD", "id_ID", 123400},
            {"1.234", "KWD", "en_US", 1234},
            {"Rp 50.000", "IDR", "id_ID", 50000},
            {"Rp50.000", "IDR", "id_ID", 50000},
            {"50.000", "IDR", "en_US", 50000},
            {"50,000", "IDR", "id_ID", 50000},
            {"1.500.000", "IDR", "id_ID", 1500000},
            {"$12.50", "USD", "en_US", 1250},
            {"US$ 12,50", "USD", "id_ID", 1250},
            {"12,50 €", "EUR", "de_DE", 1250},
            {"EUR 12.50", "EUR", "en_US", 1250},
            {"usd 3", "USD", "en_US", 300},
            {"  7  ", "JPY", "en_US", 7},
            {".5", "USD", "en_US", 50},
            {"0", "USD", "en_US", 0},
            {"1 234,56", "EUR", "de_DE", 123456},
            {"1\u202F234,56", "EUR", "fr_FR", 123456},
            {"1'234.50", "CHF", "de_CH", 123450},
            {"12,34,567", "INR", "en_IN", 123456700},
            {"90,071,992,547,409.93", "USD", "en_US", 9007199254740993},
            {"9007199254740993", "IDR", "id_ID", 9007199254740993},
            {"92233720368547758.07", "USD", "en_US", std::numeric_limits<qint64>::max()},
        }));
    INFO(text << " " << currency << " in " << localeName);
    const auto parsed = MoneyFormat::parse(QString::fromUtf8(text), QString::fromLatin1(currency), locale(localeName));
    INFO((parsed.ok() ? QString() : parsed.error().message).toStdString());
    REQUIRE(parsed.ok());
    CHECK(parsed->minor == expected);
    CHECK(parsed->currency == QString::fromLatin1(currency).toUpper());
}

TEST_CASE("what is not an amount in the currency is refused with a reason")
{
    const auto [text, currency, localeName] = GENERATE(table<const char *, const char *, const char *>({
        {"", "USD", "en_US"},
        {"   ", "USD", "en_US"},
        {"abc", "USD", "en_US"},
        {"12a", "USD", "en_US"},
        {"12.50 EUR", "USD", "en_US"},
        {"-5", "USD", "en_US"},
        {"(5.00)", "USD", "en_US"},
        {"−5", "EUR", "de_DE"},
        {"1.234", "USD", "en_US"}, // the locale reads 1.234 dollars: a decimal too many
        {"1,234", "USD", "id_ID"}, // likewise in Indonesian
        {"12.345", "USD", "en_US"},
        {"12.5", "IDR", "id_ID"}, // "12.5" has a decimal where rupiah have none
        {"12,5", "JPY", "en_US"},
        {"1,2345", "KWD", "en_US"},
        {"5.", "USD", "en_US"},
        {".", "USD", "en_US"},
        {"1.2.3", "USD", "en_US"},
        {"1,234.567.8", "USD", "en_US"},
        {"1,23,4", "USD", "en_US"},
        {"12 34", "EUR", "de_DE"},
        {"1234,567,890", "USD", "en_US"},
        {"92233720368547758.08", "USD", "en_US"},
        {"99999999999999999999", "IDR", "id_ID"},
        {"12", "US", "en_US"},
        {"12", "U1D", "en_US"},
    }));
    INFO('"' << text << "\" " << currency << " in " << localeName);
    const auto parsed = MoneyFormat::parse(QString::fromUtf8(text), QString::fromLatin1(currency), locale(localeName));
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().code == ErrorCode::InvalidInput);
    CHECK_FALSE(parsed.error().message.isEmpty());
}

TEST_CASE("a formatted amount parses back to the same minor units")
{
    const qint64 minor = GENERATE(0, 1, 99, 100, 123456, 100000000, 9007199254740993);
    const char *currency = GENERATE("IDR", "USD", "EUR", "KWD");
    const char *localeName = GENERATE("en_US", "id_ID", "de_DE");
    const Money money{minor, QString::fromLatin1(currency)};
    const QString text = MoneyFormat::format(money, locale(localeName));
    INFO(text.toStdString());
    const auto parsed = MoneyFormat::parse(text, money.currency, locale(localeName));
    INFO((parsed.ok() ? QString() : parsed.error().message).toStdString());
    REQUIRE(parsed.ok());
    CHECK(parsed->minor == minor);
}

TEST_CASE("converting between major and minor units rounds half away from zero as written")
{
    const auto [major, currency, expected] = GENERATE(table<double, const char *, qint64>({
        {12.5, "USD", 1250},
        {1.005, "USD", 101},
        {2.675, "USD", 268},
        {-1.005, "USD", -101},
        {0.004, "USD", 0},
        {0.5, "IDR", 1},
        {-0.5, "IDR", -1},
        {49999.4, "IDR", 49999},
        {12.3455, "KWD", 12346},
        {1e-9, "USD", 0},
        {1e6, "USD", 100000000},
    }));
    CHECK(MoneyFormat::majorToMinor(major, QString::fromLatin1(currency)) == expected);
    CHECK(MoneyFormat::toMajor(Money{1250, QStringLiteral("USD")}) == 12.5);
    CHECK(MoneyFormat::toMajor(Money{1250, QStringLiteral("IDR")}) == 1250.0);
}
