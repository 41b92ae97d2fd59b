#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace lifeos {

// How a file writes its decimal point: "1,234.56" (Point), "1.234,56" (Comma), or decided per value (Auto:
// the last separator followed by exactly `decimals` digits, or any 1–2 digits when decimals is 0, is the point).
enum class DecimalStyle { Auto, Point, Comma };

// Reading the numbers and dates in bank and metric exports.
class CsvValues
{
public:
    // A signed amount in minor units with `decimals` digits: "1.234,56", "1,234.56", "-12.50", "12.50-",
    // "(12.50)" (negative), "Rp 1.000.000", "€ 3,20", "+5", spaces inside groups ("1 234,56").
    // nullopt for anything else, for more decimals than the currency has, or for an empty field.
    static std::optional<qint64> amountMinor(const QString &text, int decimals, DecimalStyle style);
    // A plain number (metrics): "7.5", "7,5", "1,234.5", "-3".
    static std::optional<double> number(const QString &text, DecimalStyle style);
    // Day formats a bank may use, in the order detect() tries them.
    static QStringList dateFormats(); // yyyy-MM-dd, dd/MM/yyyy, MM/dd/yyyy, dd.MM.yyyy, dd-MM-yyyy, yyyy/MM/dd,
                                      // yyyyMMdd, d MMM yyyy, dd MMM yyyy, d/M/yyyy, M/d/yyyy, dd/MM/yy,
                                      // MM/dd/yy, dd-MMM-yyyy, dd-MMM-yy, d.M.yyyy
    // A day in `format` (Qt format string, English month names); a trailing time ("2024-03-01 14:22:05",
    // "2024-03-01T14:22:05Z") is ignored. Invalid: a null QDate.
    static QDate date(const QString &text, const QString &format);
    // The first format that reads every sample (empty samples skipped); empty when none does.
    static QString detectDateFormat(const QStringList &samples);
};

} // namespace lifeos
