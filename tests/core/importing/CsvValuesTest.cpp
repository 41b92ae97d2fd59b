#include "importing/CsvValues.h"

#include "support/QtStringMakers.h"

#include <catch2/catch.hpp>

using namespace lifeos;

namespace {

struct AmountCase
{
    const char16_t *text;
    int decimals;
    DecimalStyle style;
    std::optional<qint64> minor;
};

} // namespace

TEST_CASE("Amounts are read into minor units", "[csv]")
{
    using S = DecimalStyle;
    const auto c = GENERATE(values<AmountCase>({
        // plain and signed
        {u"12.50", 2, S::Auto, 1250},
        {u"-12.50", 2, S::Auto, -1250},
        {u"+5", 2, S::Auto, 500},
        {u"12.50-", 2, S::Auto, -1250},
        {u"(12.50)", 2, S::Auto, -1250},
        // direction markers after the amount (BCA and others): DB/DR/D out, CR/K in
        {u"125,500.00 DB", 2, S::Auto, -12550000},
        {u"48,000.00 DR", 2, S::Auto, -4800000},
        {u"3,000.00 CR", 2, S::Auto, 300000},
        {u"1.250.000,00 K", 0, S::Auto, 1250000},
        {u"( 500.00 )", 2, S::Auto, -50000},
        {u"0.05", 2, S::Auto, 5},
        {u"  7  ", 2, S::Auto, 700},
        // thousands separators and decimal commas
        {u"1,234.56", 2, S::Auto, 123456},
        {u"1.234,56", 2, S::Auto, 123456},
        {u"1,234,567.89", 2, S::Auto, 123456789},
        {u"1.234.567,89", 2, S::Auto, 123456789},
        {u"-23,45", 2, S::Auto, -2345},
        {u"1,5", 2, S::Auto, 150},
        {u"1.250", 2, S::Auto, 125000},       // three digits after the only separator: grouping
        {u"1,250", 2, S::Point, 125000},
        {u"1.250", 2, S::Comma, 125000},
        {u"1.250", 3, S::Auto, 1250},         // ...unless the currency has three decimals
        {u"1 234,56", 2, S::Auto, 123456},
        {u"1\u00A0234,56", 2, S::Comma, 123456},
        {u"1'234.50", 2, S::Point, 123450},
        // currency marks
        {u"Rp 1.000.000", 0, S::Auto, 1000000},
        {u"Rp. 25.000", 0, S::Auto, 25000},
        {u"Rp1.250.000,00", 0, S::Auto, 1250000},
        {u"1.250.000,00", 0, S::Comma, 1250000},
        {u"IDR 15.000", 0, S::Auto, 15000},
        {u"€ 3,20", 2, S::Auto, 320},
        {u"-€3.20", 2, S::Auto, -320},
        {u"$(1,204.80)", 2, S::Auto, -120480},
        {u"3,20 EUR", 2, S::Auto, 320},
        {u"USD -14.99", 2, S::Auto, -1499},
        // rejected
        {u"", 2, S::Auto, std::nullopt},
        {u"   ", 2, S::Auto, std::nullopt},
        {u"-", 2, S::Auto, std::nullopt},
        {u"()", 2, S::Auto, std::nullopt},
        {u"12.345", 2, S::Point, std::nullopt},   // more decimals than the currency has
        {u"1234.567", 2, S::Auto, std::nullopt},
        {u"12,50", 0, S::Auto, std::nullopt},     // rupiah have no cents
        {u"12.3.4", 2, S::Auto, std::nullopt},
        {u"1,2,3", 2, S::Auto, std::nullopt},
        {u"12,50", 2, S::Point, std::nullopt},    // the file said point
        {u"1.000.000", 2, S::Point, std::nullopt},
        {u"1.234,567.8", 2, S::Auto, std::nullopt},
        {u"--5", 2, S::Auto, std::nullopt},
        {u"-(5)", 2, S::Auto, std::nullopt},
        {u"abc", 2, S::Auto, std::nullopt},
        {u"1e5", 2, S::Auto, std::nullopt},
        {u"12.", 2, S::Auto, std::nullopt},
        {u".5", 2, S::Auto, std::nullopt},
        {u"N/A", 2, S::Auto, std::nullopt},
        {u"99999999999999999999", 2, S::Auto, std::nullopt},
    }));
    const QString text = QString::fromUtf16(c.text);
    INFO(text.toStdString() << " decimals " << c.decimals << " style " << int(c.style));
    CHECK(CsvValues::amountMinor(text, c.decimals, c.style) == c.minor);
}

TEST_CASE("Plain numbers are read for metrics", "[csv]")
{
    struct Case
    {
        const char16_t *text;
        DecimalStyle style;
        std::optional<double> value;
    };
    const auto c = GENERATE(values<Case>({
        {u"7.5", DecimalStyle::Auto, 7.5},
        {u"7,5", DecimalStyle::Auto, 7.5},
        {u"-3", DecimalStyle::Auto, -3.0},
        {u"1,234.5", DecimalStyle::Auto, 1234.5},
        {u"1.234,5", DecimalStyle::Auto, 1234.5},
        {u"0.125", DecimalStyle::Auto, 0.125},
        {u"1234.567", DecimalStyle::Auto, 1234.567},
        {u"10.432", DecimalStyle::Comma, 10432.0},
        {u"10.432", DecimalStyle::Point, 10.432},
        {u"6,75", DecimalStyle::Comma, 6.75},
        {u"", DecimalStyle::Auto, std::nullopt},
        {u"seven", DecimalStyle::Auto, std::nullopt},
        {u"7.5.1", DecimalStyle::Point, std::nullopt},
    }));
    const QString text = QString::fromUtf16(c.text);
    INFO(text.toStdString());
    const auto value = CsvValues::number(text, c.style);
    REQUIRE(value.has_value() == c.value.has_value());
    if (value)
        CHECK(*value == Approx(*c.value));
}

TEST_CASE("Dates are read in every bank format", "[csv]")
{
    struct Case
    {
        const char16_t *text;
        const char16_t *format;
        QDate day; // null: rejected
    };
    const QDate march5(2024, 3, 5);
    const auto c = GENERATE_COPY(values<Case>({
        {u"2024-03-05", u"yyyy-MM-dd", march5},
        {u"05/03/2024", u"dd/MM/yyyy", march5},
        {u"03/05/2024", u"MM/dd/yyyy", march5},
        {u"05.03.2024", u"dd.MM.yyyy", march5},
        {u"05-03-2024", u"dd-MM-yyyy", march5},
        {u"2024/03/05", u"yyyy/MM/dd", march5},
        {u"20240305", u"yyyyMMdd", march5},
        {u"5 Mar 2024", u"d MMM yyyy", march5},
        {u"05 mar 2024", u"dd MMM yyyy", march5},
        {u"5 March 2024", u"d MMM yyyy", march5},
        {u"5 Mei 2024", u"d MMM yyyy", QDate(2024, 5, 5)},
        {u"17 Agt 2024", u"d MMM yyyy", QDate(2024, 8, 17)},
        {u"5/3/2024", u"d/M/yyyy", march5},
        {u"3/5/2024", u"M/d/yyyy", march5},
        {u"05/03/24", u"dd/MM/yy", march5},
        {u"03/05/24", u"MM/dd/yy", march5},
        {u"31/12/99", u"dd/MM/yy", QDate(1999, 12, 31)},
        {u"01/01/69", u"dd/MM/yy", QDate(2069, 1, 1)},
        {u"29/02/00", u"dd/MM/yy", QDate(2000, 2, 29)}, // 2000 was a leap year, 1900 was not
        {u"05-Mar-2024", u"dd-MMM-yyyy", march5},
        // trailing times are ignored
        {u"2024-03-05 14:22:05", u"yyyy-MM-dd", march5},
        {u"2024-03-05T14:22:05Z", u"yyyy-MM-dd", march5},
        {u"2024-03-05T14:22:05.123+07:00", u"yyyy-MM-dd", march5},
        {u"05/03/2024 09:15", u"dd/MM/yyyy", march5},
        {u"3/5/2024 1:05 PM", u"M/d/yyyy", march5},
        {u" 2024-03-05 ", u"yyyy-MM-dd", march5},
        // rejected
        {u"31/02/2024", u"dd/MM/yyyy", QDate()},
        {u"29/02/2023", u"dd/MM/yyyy", QDate()},
        {u"2024-13-01", u"yyyy-MM-dd", QDate()},
        {u"2024-00-10", u"yyyy-MM-dd", QDate()},
        {u"00/03/2024", u"dd/MM/yyyy", QDate()},
        {u"5/3/2024", u"dd/MM/yyyy", QDate()},       // dd wants two digits
        {u"05/03/2024", u"yyyy-MM-dd", QDate()},
        {u"2024-03-05 later", u"yyyy-MM-dd", QDate()},
        {u"2024-03-05x", u"yyyy-MM-dd", QDate()},
        {u"5 Foo 2024", u"d MMM yyyy", QDate()},
        {u"05/03/2024", u"dd/MM/yy", QDate()},
        {u"", u"yyyy-MM-dd", QDate()},
    }));
    const QString text = QString::fromUtf16(c.text);
    const QString format = QString::fromUtf16(c.format);
    INFO(text.toStdString() << " as " << format.toStdString());
    const QDate read = CsvValues::date(text, format);
    if (c.day.isValid())
        CHECK(read == c.day);
    else
        CHECK_FALSE(read.isValid());
}

TEST_CASE("Every listed date format reads a day it writes", "[csv]")
{
    const QDate day(2024, 11, 23);
    for (const QString &format : CsvValues::dateFormats()) {
        INFO(format.toStdString());
        const QString text = QLocale::c().toString(day, format);
        CHECK(CsvValues::date(text, format) == day);
    }
}

TEST_CASE("Date format detection picks the first format every sample fits", "[csv]")
{
    struct Case
    {
        QStringList samples;
        const char16_t *format;
    };
    const auto c = GENERATE(values<Case>({
        {{QStringLiteral("2024-03-01"), QStringLiteral("2024-03-15")}, u"yyyy-MM-dd"},
        // every sample fits both day-first and month-first: day-first wins (it is tried first)
        {{QStringLiteral("01/03/2024"), QStringLiteral("02/03/2024"), QStringLiteral("12/03/2024")}, u"dd/MM/yyyy"},
        // a day above 12 settles it either way
        {{QStringLiteral("01/03/2024"), QStringLiteral("15/03/2024")}, u"dd/MM/yyyy"},
        {{QStringLiteral("03/01/2024"), QStringLiteral("03/15/2024")}, u"MM/dd/yyyy"},
        {{QStringLiteral("3/1/2024"), QStringLiteral("3/15/2024")}, u"M/d/yyyy"},
        {{QStringLiteral("1.3.2024"), QStringLiteral("15.3.2024")}, u"d.M.yyyy"},
        {{QStringLiteral("01.03.2024"), QString(), QStringLiteral("  ")}, u"dd.MM.yyyy"},
        {{QStringLiteral("3 Mar 2024"), QStringLiteral("21 Mar 2024")}, u"d MMM yyyy"},
        {{QStringLiteral("20240301")}, u"yyyyMMdd"},
        {{QStringLiteral("01/03/24"), QStringLiteral("31/03/24")}, u"dd/MM/yy"},
        {{QStringLiteral("03/31/24")}, u"MM/dd/yy"},
        {{QStringLiteral("2024-03-01 10:00:00")}, u"yyyy-MM-dd"},
        {{QStringLiteral("2024-03-01"), QStringLiteral("01/03/2024")}, u""}, // mixed: nothing fits all
        {{QStringLiteral("Tanggal")}, u""},
        {{QString()}, u""},
    }));
    INFO(c.samples.join(QStringLiteral(" | ")).toStdString());
    CHECK(CsvValues::detectDateFormat(c.samples) == QString::fromUtf16(c.format));
}
