#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace lifeos {

// How to read "5/12": 5 December (day first, as in Indonesia and most of the world) or May 12 (month first).
enum class DateOrder {
    DayFirst,
    MonthFirst
};

// A metric the user defined in settings, e.g. {"caffeine", "mg", {"kopi"}}.
struct CustomMetric
{
    QString name;
    QString unit;
    QStringList aliases;
};

// Everything the parser needs besides the text; injectable so tests and `lifeos parse --now` are repeatable.
struct ParseContext
{
    QDateTime now;                                // the current instant
    QTimeZone zone = QTimeZone::systemTimeZone(); // the user's time zone: which day "today" is
    QString defaultCurrency = QStringLiteral("IDR");
    DateOrder dateOrder = DateOrder::DayFirst;
    QList<CustomMetric> customMetrics;
    QStringList categories; // the user's category names, for category hints

    QDateTime localNow() const { return now.toTimeZone(zone); }
    QDate today() const { return localNow().date(); }
};

} // namespace lifeos
