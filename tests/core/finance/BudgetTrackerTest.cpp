#include "finance/BudgetTracker.h"

#include "FinanceTestSupport.h"
#include "finance/BudgetRepository.h"
#include "finance/MoneyFormat.h"

#include <limits>

using namespace lifeos;
using namespace financetest;

namespace {

const QString IDR = QStringLiteral("IDR");
const QString USD = QStringLiteral("USD");
constexpr qint64 kMax = std::numeric_limits<qint64>::max();

Budget budgetFor(qint64 categoryId,
                 BudgetPeriod period,
                 qint64 limitMinor,
                 const QDate &startsOn,
                 const QString &currency = IDR)
{
    return Budget{0, categoryId, {}, period, Money{limitMinor, currency}, startsOn};
}

QStringList rendered(const QList<BudgetAlert> &alerts)
{
    QStringList out;
    for (const BudgetAlert &a : alerts)
        out.append(QStringLiteral("%1 %2 %3 %4")
                       .arg(a.progress.budget.categoryName,
                            budgetPeriodName(a.progress.budget.period),
                            a.progress.period.first.toString(Qt::ISODate))
                       .arg(a.threshold));
    return out;
}

} // namespace

TEST_CASE("budget thresholds use exact integer arithmetic at 80 and 100 percent")
{
    struct Row
    {
        qint64 spent;
        qint64 limit;
        int threshold;
    };
    const Row row = GENERATE(Row{0, 10000, 0},
                             Row{7999, 10000, 0},  // 79.99 %
                             Row{8000, 10000, 80}, // exactly 80 %
                             Row{9900, 10000, 80}, // 99 %
                             Row{9999, 10000, 80},
                             Row{10000, 10000, 100}, // exactly 100 %
                             Row{25000, 10000, 100}, // 250 %
                             Row{3, 4, 0},           // 75 %
                             Row{4, 5, 80},          // 80 % of an odd limit
                             Row{8, 11, 0},          // 72.7 %
                             Row{9, 11, 80},         // 81.8 %
                             Row{1, 1, 100},
                             Row{0, 1, 0},
                             // Amounts whose * 100 would overflow 64 bits.
                             Row{7378697629483820645, kMax, 0},
                             Row{7378697629483820646, kMax, 80}, // the smallest amount ≥ 80 % of the largest limit
                             Row{kMax - 1, kMax, 80},
                             Row{kMax, kMax, 100},
                             Row{kMax, 1, 100},
                             Row{800000000000000002, 1000000000000000003, 0},
                             Row{800000000000000003, 1000000000000000003, 80},
                             Row{5, 0, 0}); // no limit: never announced
    CAPTURE(row.spent, row.limit);
    CHECK(BudgetTracker::thresholdFor(row.spent, row.limit) == row.threshold);
}

TEST_CASE("weeks run Monday to Sunday and months are calendar months")
{
    struct Row
    {
        BudgetPeriod period;
        const char *day;
        const char *first;
        const char *last;
    };
    const Row row = GENERATE(Row{BudgetPeriod::Week, "2024-03-10", "2024-03-04", "2024-03-10"}, // Sunday
                             Row{BudgetPeriod::Week, "2024-03-11", "2024-03-11", "2024-03-17"}, // Monday
                             Row{BudgetPeriod::Week, "2024-03-13", "2024-03-11", "2024-03-17"},
                             Row{BudgetPeriod::Week, "2024-12-31", "2024-12-30", "2025-01-05"}, // across the new year
                             Row{BudgetPeriod::Week, "2025-01-05", "2024-12-30", "2025-01-05"},
                             Row{BudgetPeriod::Week, "2024-02-29", "2024-02-26", "2024-03-03"},
                             Row{BudgetPeriod::Month, "2024-02-29", "2024-02-01", "2024-02-29"}, // leap February
                             Row{BudgetPeriod::Month, "2023-02-01", "2023-02-01", "2023-02-28"},
                             Row{BudgetPeriod::Month, "2024-12-31", "2024-12-01", "2024-12-31"},
                             Row{BudgetPeriod::Month, "2025-01-01", "2025-01-01", "2025-01-31"},
                             Row{BudgetPeriod::Month, "2024-04-30", "2024-04-01", "2024-04-30"});
    CAPTURE(row.day, budgetPeriodName(row.period));
    const DayRange range = BudgetTracker::periodContaining(row.period, day(row.day));
    CHECK(range.first == day(row.first));
    CHECK(range.last == day(row.last));
}

TEST_CASE("budget progress counts only expenses in the budget's category, currency and period")
{
    FinanceDb f;
    const qint64 food = f.category(QStringLiteral("Food"));
    const qint64 transport = f.category(QStringLiteral("Transport"));
    BudgetRepository budgets(*f.db);
    require(budgets.add(budgetFor(food, BudgetPeriod::Month, 1000000, day("2024-01-01"))));
    require(budgets.add(budgetFor(food, BudgetPeriod::Week, 300000, day("2024-01-01"))));
    require(budgets.add(budgetFor(transport, BudgetPeriod::Month, 100000, day("2024-04-01")))); // not yet started

    added(*f.db, expense(500000, IDR, day("2024-02-29"), food)); // the month before
    added(*f.db, expense(300000, IDR, day("2024-03-01"), food));
    added(*f.db, expense(200000, IDR, day("2024-03-25"), food)); // Monday of the last week
    added(*f.db, expense(50000, IDR, day("2024-03-31"), food));  // Sunday
    added(*f.db, expense(100, USD, day("2024-03-30"), food));    // another currency
    added(*f.db, expense(400000, IDR, day("2024-03-30"), transport));
    added(*f.db, expense(9000, IDR, day("2024-03-30"))); // uncategorised

    BudgetTracker tracker(*f.db);
    const QList<BudgetProgress> progress = require(tracker.progress(day("2024-03-31")));
    REQUIRE(progress.size() == 2);
    CHECK(progress.at(0).budget.period == BudgetPeriod::Week);
    CHECK(progress.at(0).period == DayRange{day("2024-03-25"), day("2024-03-31")});
    CHECK(progress.at(0).spentMinor == 250000);
    CHECK(progress.at(0).threshold == 80);
    CHECK(progress.at(1).budget.period == BudgetPeriod::Month);
    CHECK(progress.at(1).budget.categoryName == QStringLiteral("Food"));
    CHECK(progress.at(1).period == DayRange{day("2024-03-01"), day("2024-03-31")});
    CHECK(progress.at(1).spentMinor == 550000);
    CHECK(progress.at(1).fraction == Approx(0.55));
    CHECK(progress.at(1).threshold == 0);

    // From April the transport budget applies too; a newer food budget replaces the older one from its month on.
    require(budgets.add(budgetFor(food, BudgetPeriod::Month, 400000, day("2024-04-01"))));
    added(*f.db, expense(90000, IDR, day("2024-04-02"), transport));
    const QList<BudgetProgress> april = require(tracker.progress(day("2024-04-02")));
    QStringList seen;
    for (const BudgetProgress &p : april)
        seen.append(QStringLiteral("%1 %2 %3/%4 %5")
                        .arg(p.budget.categoryName, budgetPeriodName(p.budget.period))
                        .arg(p.spentMinor)
                        .arg(p.budget.limit.minor)
                        .arg(p.threshold));
    CHECK(seen
          == QStringList{QStringLiteral("Food week 0/300000 0"),
                         QStringLiteral("Food month 0/400000 0"),
                         QStringLiteral("Transport month 90000/100000 80")});
    // March still measures against the older limit.
    CHECK(require(tracker.progress(day("2024-03-15"))).at(1).budget.limit.minor == 1000000);
}

TEST_CASE("new alerts announce 80 then 100 percent once each per period, and again in the next period")
{
    FinanceDb f;
    const qint64 food = f.category(QStringLiteral("Food"));
    BudgetRepository budgets(*f.db);
    const Budget monthly = require(budgets.add(budgetFor(food, BudgetPeriod::Month, 100000, day("2024-01-01"))));
    BudgetTracker tracker(*f.db);

    added(*f.db, expense(50000, IDR, day("2024-03-05"), food));
    CHECK(require(tracker.takeNewAlerts(day("2024-03-05"))).isEmpty());
    added(*f.db, expense(29999, IDR, day("2024-03-06"), food));
    CHECK(require(tracker.takeNewAlerts(day("2024-03-06"))).isEmpty()); // 79.999 %
    added(*f.db, expense(1, IDR, day("2024-03-06"), food));
    CHECK(rendered(require(tracker.takeNewAlerts(day("2024-03-06"))))
          == QStringList{QStringLiteral("Food month 2024-03-01 80")});
    CHECK(require(tracker.takeNewAlerts(day("2024-03-06"))).isEmpty());
    added(*f.db, expense(15000, IDR, day("2024-03-20"), food));
    CHECK(require(tracker.takeNewAlerts(day("2024-03-20"))).isEmpty()); // 95 %: 80 already said
    added(*f.db, expense(5000, IDR, day("2024-03-21"), food));
    const QList<BudgetAlert> full = require(tracker.takeNewAlerts(day("2024-03-21")));
    CHECK(rendered(full) == QStringList{QStringLiteral("Food month 2024-03-01 100")});
    CHECK(full.first().progress.spentMinor == 100000);
    added(*f.db, expense(50000, IDR, day("2024-03-22"), food));
    CHECK(require(tracker.takeNewAlerts(day("2024-03-31"))).isEmpty());
    CHECK(testsupport::rows(f.handle(),
                            QStringLiteral("SELECT budget_id, period_start, threshold FROM budget_alerts "
                                           "ORDER BY period_start, threshold"))
          == QStringList{QStringLiteral("i:%1 | t:2024-03-01 | i:80").arg(monthly.id),
                         QStringLiteral("i:%1 | t:2024-03-01 | i:100").arg(monthly.id)});

    // A new month starts afresh; jumping straight past 100 announces only 100 but records 80 too.
    CHECK(require(tracker.takeNewAlerts(day("2024-04-01"))).isEmpty());
    added(*f.db, expense(120000, IDR, day("2024-04-02"), food));
    CHECK(rendered(require(tracker.takeNewAlerts(day("2024-04-02"))))
          == QStringList{QStringLiteral("Food month 2024-04-01 100")});
    CHECK(require(tracker.takeNewAlerts(day("2024-04-03"))).isEmpty());
    CHECK(testsupport::count(f.handle(), QStringLiteral("budget_alerts")) == 4);

    // Raising the limit makes the old announcements stale: reaching 80 % of the new one is news again.
    Budget raised = monthly;
    raised.limit.minor = 150000;
    require(budgets.update(raised));
    CHECK(rendered(require(tracker.takeNewAlerts(day("2024-04-03"))))
          == QStringList{QStringLiteral("Food month 2024-04-01 80")});
}

TEST_CASE("weekly alerts start again on Monday")
{
    FinanceDb f;
    const qint64 fun = f.category(QStringLiteral("Fun"));
    BudgetRepository budgets(*f.db);
    require(budgets.add(budgetFor(fun, BudgetPeriod::Week, 1000, day("2024-01-01"), USD)));
    BudgetTracker tracker(*f.db);
    added(*f.db, expense(850, USD, day("2024-03-10"), fun)); // Sunday
    CHECK(rendered(require(tracker.takeNewAlerts(day("2024-03-10"))))
          == QStringList{QStringLiteral("Fun week 2024-03-04 80")});
    CHECK(require(tracker.takeNewAlerts(day("2024-03-11"))).isEmpty()); // Monday: nothing spent this week
    added(*f.db, expense(800, USD, day("2024-03-11"), fun));
    CHECK(rendered(require(tracker.takeNewAlerts(day("2024-03-11"))))
          == QStringList{QStringLiteral("Fun week 2024-03-11 80")});
}

TEST_CASE("the alert text names the category, the percentage, the period and both amounts")
{
    FinanceDb f;
    const qint64 food = f.category(QStringLiteral("Food"));
    BudgetRepository budgets(*f.db);
    require(budgets.add(budgetFor(food, BudgetPeriod::Month, 1000000, day("2024-01-01"))));
    require(budgets.add(budgetFor(food, BudgetPeriod::Week, 200000, day("2024-01-01"))));
    added(*f.db, expense(820000, IDR, day("2024-03-14"), food));
    BudgetTracker tracker(*f.db);
    const QList<BudgetAlert> alerts = require(tracker.takeNewAlerts(day("2024-03-14")));
    REQUIRE(alerts.size() == 2);
    const QString weekly = BudgetTracker::alertText(alerts.at(0));
    const QString monthly = BudgetTracker::alertText(alerts.at(1));
    CHECK(weekly
          == QStringLiteral("Food: 410% of the weekly budget spent (%1 of %2).")
                 .arg(MoneyFormat::format(Money{820000, IDR}), MoneyFormat::format(Money{200000, IDR})));
    CHECK(monthly
          == QStringLiteral("Food: 82% of the monthly budget spent (%1 of %2).")
                 .arg(MoneyFormat::format(Money{820000, IDR}), MoneyFormat::format(Money{1000000, IDR})));

    // The percentage is rounded down, so 80 % is never shown as 79 % nor 99.9 % as 100 %.
    BudgetProgress almost;
    almost.budget = budgetFor(food, BudgetPeriod::Month, 1000, day("2024-01-01"), USD);
    almost.budget.categoryName = QStringLiteral("Food");
    almost.spentMinor = 999;
    CHECK(BudgetTracker::alertText(BudgetAlert{almost, 80}).startsWith(QStringLiteral("Food: 99% of the monthly")));
    almost.spentMinor = kMax;
    almost.budget.limit.minor = kMax;
    CHECK(BudgetTracker::alertText(BudgetAlert{almost, 100}).startsWith(QStringLiteral("Food: 100% of the monthly")));
}
