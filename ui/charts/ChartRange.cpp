#include "charts/ChartRange.h"

#include <QCoreApplication>

namespace lifeos {

QDate chartRangeStart(ChartRange range, const QDate &today, const QDate &dataStart)
{
    switch (range) {
    case ChartRange::Week:
        return today.addDays(-6);
    case ChartRange::Month:
        return today.addDays(-29);
    case ChartRange::Quarter:
        return today.addDays(-89);
    case ChartRange::Year:
        return today.addYears(-1).addDays(1);
    case ChartRange::All:
        break;
    }
    // With no data "All" shows the last 30 days rather than an empty axis.
    return dataStart.isValid() && dataStart <= today ? dataStart : today.addDays(-29);
}

QString chartRangeLabel(ChartRange range)
{
    switch (range) {
    case ChartRange::Week:
        return QCoreApplication::translate("ChartRange", "7 d");
    case ChartRange::Month:
        return QCoreApplication::translate("ChartRange", "30 d");
    case ChartRange::Quarter:
        return QCoreApplication::translate("ChartRange", "90 d");
    case ChartRange::Year:
        return QCoreApplication::translate("ChartRange", "1 y");
    case ChartRange::All:
        break;
    }
    return QCoreApplication::translate("ChartRange", "All");
}

} // namespace lifeos
