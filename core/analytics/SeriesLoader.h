#pragma once

#include "analytics/DailySeries.h"
#include "health/MetricCatalog.h"
#include "storage/Database.h"
#include "util/Result.h"

#include <QCoreApplication>

#include <optional>

namespace lifeos {

// Daily series read from SQLite with one grouped query each (never a query per day).
class SeriesLoader
{
    Q_DECLARE_TR_FUNCTIONS(SeriesLoader)

public:
    explicit SeriesLoader(const Database &database);

    // One value per day of [from, to] for one metric, aggregated as the definition says.
    Result<DailySeries> metric(const MetricDefinition &definition, const QDate &from, const QDate &to) const;
    // Expenses per day (minor units as doubles) in one currency; categoryId nullopt = all categories.
    // Days without spending are 0 here, not missing: not spending is a real value.
    Result<DailySeries> spending(const QString &currency, std::optional<qint64> categoryId, const QDate &from,
                                 const QDate &to) const;
    // Workout minutes per day (0 on days without one).
    Result<DailySeries> workoutMinutes(const QDate &from, const QDate &to) const;
    // The first and last day any value of this metric exists; nullopt when none.
    Result<std::optional<std::pair<QDate, QDate>>> metricSpan(const QString &name) const;

private:
    const Database &m_database;
};

} // namespace lifeos
