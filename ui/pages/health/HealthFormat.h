#pragma once

#include "health/MetricCatalog.h"
#include "model/Workout.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace lifeos {

// How the Health page writes and reads numbers: in the user's locale, with each metric's decimals and unit.
class HealthFormat
{
    Q_DECLARE_TR_FUNCTIONS(HealthFormat)

public:
    // "7.5 h", "8,432 steps", "7/10", "62" (a score has no unit).
    static QString metricValue(double value, const MetricDefinition &definition);
    // A number as the editor shows it: every stored digit, no group separators ("71.25", "10000").
    static QString editableNumber(double value);
    // A number typed in the user's locale or with a '.' decimal point; nullopt when it is not a finite number.
    static std::optional<double> parseNumber(const QString &text);
    // "Run", or the activity as the user typed it with a capital first letter.
    static QString activity(const QString &activity);
    static QString duration(std::optional<double> minutes); // "45 min", "1 h 15 min"; empty when unknown
    static QString distance(std::optional<double> km);      // "5.2 km"
    static QString calories(std::optional<double> kcal);    // "320 kcal"
    // "Run · 45 min · 5.2 km · 320 kcal"
    static QString workoutSummary(const Workout &workout);
    // "Manual", "Oura", "Import", "Quick capture", or the source as stored.
    static QString source(const QString &source);
    // A day for a heading: "Today · Sunday, 22 November 2026".
    static QString dayTitle(const QDate &day, const QDate &today);
};

} // namespace lifeos
