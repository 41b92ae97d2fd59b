#pragma once

#include "storage/Database.h"
#include "util/Result.h"

#include <QDate>

namespace lifeos {

struct HealthMoneyCounts
{
    int metrics = 0;
    int workouts = 0;
    int transactions = 0;
    int categories = 0;
    int budgets = 0;
    int recurring = 0;
};

// Health and money for the sample person: up to 12 daily metrics (sleep, sleep score, weight, water, steps,
// mood, energy, HRV, readiness, resting heart rate, sauna, and the user metric "meditation"), with about 4% of
// days missing, weekday rhythms and slow drifts; about three workouts a week; everyday IDR spending in ten
// categories plus monthly rent, a subscription and salary as recurring templates (already posted); budgets.
// Deterministic like SampleData. Refuses a database that already has metrics or transactions.
class SampleHealthMoney
{
public:
    struct Options
    {
        QDate today;             // required
        int years = 5;           // how far back the data goes
        int metricCount = 12;    // 1 … 12, in the order above
        int transactions = 0;    // everyday transactions in all (0: about four a day)
        bool everyMetricDaily = false; // sauna and meditation on ~96% of days too, not only on ~40%
        quint32 seed = 20240301;
    };

    static Result<HealthMoneyCounts> fill(Database &database, const Options &options);
};

} // namespace lifeos
