#pragma once

#include "model/Budget.h"
#include "storage/Database.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace lifeos {

struct DayRange
{
    QDate first; // inclusive
    QDate last;  // inclusive
    bool operator==(const DayRange &) const = default;
};

struct BudgetProgress
{
    Budget budget;
    DayRange period;     // the week (Monday–Sunday) or calendar month containing the day asked about
    qint64 spentMinor = 0; // expenses in the budget's category and currency within the period
    double fraction = 0;   // spent / limit (may exceed 1)
    int threshold = 0;     // the highest threshold reached: 0, 80 or 100
};

struct BudgetAlert
{
    BudgetProgress progress;
    int threshold = 0; // 80 or 100
};

// Spending against budgets, and the 80% / 100% alerts, each announced once per budget and period.
class BudgetTracker
{
    Q_DECLARE_TR_FUNCTIONS(BudgetTracker)

public:
    explicit BudgetTracker(Database &database);

    static DayRange periodContaining(BudgetPeriod period, const QDate &day);
    // 100 when spent >= limit, 80 when spent * 100 >= limit * 80 (exact integer arithmetic), else 0.
    static int thresholdFor(qint64 spentMinor, qint64 limitMinor);

    // Every budget that applies on `day`, with its spending so far.
    Result<QList<BudgetProgress>> progress(const QDate &day) const;
    // The thresholds reached on `day` that were not announced before for that period, recorded as announced
    // in the same transaction (reaching 100 at once announces only 100 but records 80 too).
    Result<QList<BudgetAlert>> takeNewAlerts(const QDate &day);
    // The sentence a notification shows: "Food: 82% of the monthly budget spent (Rp 820.000 of Rp 1.000.000)."
    static QString alertText(const BudgetAlert &alert);

private:
    Database &m_database;
};

} // namespace lifeos
