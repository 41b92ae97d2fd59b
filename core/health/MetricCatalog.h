#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace lifeos {

class Settings;

// How a day's values of one metric become one number: water and steps add up, sleep and weight average.
enum class MetricAggregate { Mean, Sum, Last };

struct MetricDefinition
{
    QString name;  // canonical, stored in metrics.name: "sleep", "sleep_score", "weight", "hrv" …
    QString unit;  // canonical unit: "h", "kg", "ml", "steps", "/10", "ms", "bpm", "" (a score)
    MetricAggregate aggregate = MetricAggregate::Mean;
    int decimals = 1; // how many decimals a value is shown with
    bool builtIn = true;
};

// The metrics LifeOS knows: the built-in ones (sleep hours and score, weight, water, steps, mood, energy,
// heart-rate variability, readiness, resting heart rate) and the user's own, which are kept in the
// SettingKeys::CustomMetrics lines that quick capture already reads ("name unit alias…").
class MetricCatalog
{
    Q_DECLARE_TR_FUNCTIONS(MetricCatalog)

public:
    static QList<MetricDefinition> builtIns();
    // Built-ins first, then the user's metrics in the order they were defined.
    static QList<MetricDefinition> all(const Settings &settings);
    static std::optional<MetricDefinition> find(const QList<MetricDefinition> &definitions, const QString &name);
    // A definition for any name: the known one, or a Mean metric with `unit` for a name seen only in the data.
    static MetricDefinition resolve(const QList<MetricDefinition> &definitions, const QString &name,
                                    const QString &unit = {});
    // The translated name for display: "Sleep", "Sleep score", "Heart-rate variability"; a user metric as typed.
    static QString label(const QString &name);
    // Adds a user metric (name: letters, digits, '_' and '-'; not a built-in; unit may be empty).
    static Result<MetricDefinition> addCustom(Settings &settings, const QString &name, const QString &unit);
    static Result<void> removeCustom(Settings &settings, const QString &name);
};

} // namespace lifeos
