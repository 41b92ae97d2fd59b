#pragma once

#include <QDate>
#include <QString>

namespace lifeos {

// The spans a chart's range selector offers: 7 days, 30 days, 90 days, a year, or everything.
enum class ChartRange { Week, Month, Quarter, Year, All };

// The first day shown for `range` ending at `today` (`dataStart` for All).
QDate chartRangeStart(ChartRange range, const QDate &today, const QDate &dataStart);
QString chartRangeLabel(ChartRange range); // translated: "7 d", "30 d", "90 d", "1 y", "All"

} // namespace lifeos
