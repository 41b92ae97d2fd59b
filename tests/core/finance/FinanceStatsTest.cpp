#include "finance/FinanceStats.h"

#include "FinanceTestSupport.h"


using namespace lifeos;
using namespace financetest;

namespace {

const QString IDR = QStringLiteral("IDR");
const QString USD = QStringLiteral("USD");

QStringList rendered(const QList<CategoryTotal> &totals)
{
    QStringList out;
    for (const CategoryTotal &t : totals)
        out.append(QStringLiteral("%1=%2x%3")
                       .arg(t.categoryId ? t.categoryName : QStringLiteral("(none)"))
                       .arg(t.minor)
                       .arg(t.count));
    return out;
}

QStringList rendered(const QList<MonthCategoryTotal> &totals)
{
    QStringList out;
    for (const MonthCategoryTotal &t : totals)
        out.append(QStringLiteral("%1 %2=%3")
                       .arg(t.month.toString(Qt::ISODate), t.categoryId ? t.categoryName : QStringLiteral("(none)"))
                       .arg(t.minor));
    return out;
}

QStringList rendered(const QList<MonthFlow> &flows)
{
    QStringList out;
    for (const MonthFlow &m : flows)
        out.append(
            QStringLiteral("%1 +%2 -%3").arg(m.month.toString(Qt::ISODate)).arg(m.incomeMinor).arg(m.expenseMinor));
    return out;
}

// A small month of money in two currencies, with income, an uncategorised expense and days on both edges.
struct Fixture
{
    FinanceDb f;
    qint64 food = f.category(QStringLiteral("Food"));
    qint64 rent = f.category(QStringLiteral("Rent"));
    qint64 salary = f.category(QStringLiteral("Salary"), QStringLiteral("income"));

    Fixture()
    {
        added(*f.db, expense(20000, IDR, day("2024-01-31"), food)); // the month before
        added(*f.db, expense(30000, IDR, day("2024-02-01"), food)); // first day
        added(*f.db, expense(45000, IDR, day("2024-02-29"), food)); // last day of a leap February
        added(*f.db, expense(500000, IDR, day("2024-02-05"), rent));
        added(*f.db, expense(7000, IDR, day("2024-02-10")));           // uncategorised
        added(*f.db, expense(8000, IDR, day("2024-02-11")));           // uncategorised
        added(*f.db, income(9000000, IDR, day("2024-02-25"), salary)); // income is not spending
        added(*f.db, expense(1250, USD, day("2024-02-12"), food));     // another currency
        added(*f.db, expense(10000, IDR, day("2024-03-01"), food));    // the month after
        added(*f.db, expense(2500, USD, day("2024-05-20"), rent));
        added(*f.db, income(100000, USD, day("2024-05-31"), salary));
    }
};

} // namespace

TEST_CASE("expenses by category sum each category and the uncategorised within the days, one currency at a time")
{
    Fixture x;
    const FinanceStats stats(*x.f.db);
    CHECK(rendered(require(stats.expensesByCategory(day("2024-02-01"), day("2024-02-29"), IDR)))
          == QStringList{QStringLiteral("Rent=500000x1"),
                         QStringLiteral("Food=75000x2"),
                         QStringLiteral("(none)=15000x2")});
    CHECK(rendered(require(stats.expensesByCategory(day("2024-02-01"), day("2024-02-29"), USD)))
          == QStringList{QStringLiteral("Food=1250x1")});
    CHECK(rendered(require(stats.expensesByCategory(day("2024-01-31"), day("2024-02-01"), IDR)))
          == QStringList{QStringLiteral("Food=50000x2")});
    CHECK(require(stats.expensesByCategory(day("2024-02-01"), day("2024-02-29"), QStringLiteral("EUR"))).isEmpty());

    const QList<CategoryTotal> totals = require(stats.expensesByCategory(day("2024-02-01"), day("2024-02-29"), IDR));
    CHECK(totals.first().categoryId == x.rent);
    CHECK_FALSE(totals.last().categoryId.has_value());
    CHECK(totals.last().categoryName.isEmpty());

    CHECK(stats.expensesByCategory(day("2024-02-01"), day("2024-02-29"), QStringLiteral("usd")).error().code
          == ErrorCode::InvalidInput);
}

TEST_CASE("monthly expenses by category group the days of each month")
{
    Fixture x;
    const FinanceStats stats(*x.f.db);
    // Any day inside the first and last month selects the whole months.
    CHECK(rendered(require(stats.monthlyExpensesByCategory(day("2024-01-15"), day("2024-03-02"), IDR)))
          == QStringList{QStringLiteral("2024-01-01 Food=20000"),
                         QStringLiteral("2024-02-01 Rent=500000"),
                         QStringLiteral("2024-02-01 Food=75000"),
                         QStringLiteral("2024-02-01 (none)=15000"),
                         QStringLiteral("2024-03-01 Food=10000")});
    CHECK(rendered(require(stats.monthlyExpensesByCategory(day("2024-01-01"), day("2024-12-01"), USD)))
          == QStringList{QStringLiteral("2024-02-01 Food=1250"), QStringLiteral("2024-05-01 Rent=2500")});
}

TEST_CASE("the monthly flow lists every month, quiet ones as zero, across a new year, one currency at a time")
{
    Fixture x;
    added(*x.f.db, expense(400, IDR, day("2023-12-31")));
    const FinanceStats stats(*x.f.db);
    CHECK(rendered(require(stats.monthlyFlow(day("2023-12-01"), day("2024-04-30"), IDR)))
          == QStringList{QStringLiteral("2023-12-01 +0 -400"),
                         QStringLiteral("2024-01-01 +0 -20000"),
                         QStringLiteral("2024-02-01 +9000000 -590000"),
                         QStringLiteral("2024-03-01 +0 -10000"),
                         QStringLiteral("2024-04-01 +0 -0")});
    CHECK(rendered(require(stats.monthlyFlow(day("2024-04-10"), day("2024-05-10"), USD)))
          == QStringList{QStringLiteral("2024-04-01 +0 -0"), QStringLiteral("2024-05-01 +100000 -2500")});
    CHECK(rendered(require(stats.monthlyFlow(day("2020-01-01"), day("2020-02-01"), QStringLiteral("EUR"))))
          == QStringList{QStringLiteral("2020-01-01 +0 -0"), QStringLiteral("2020-02-01 +0 -0")});
}

TEST_CASE("finance sums over thirty thousand transactions are exact")
{
    FinanceDb f;
    for (const char *name : {"Food", "Transport", "Bills", "Fun", "Health", "Home", "Gifts", "Travel"})
        f.category(QString::fromUtf8(name));
    // 30,000 rows over ten years in one statement (as fast as an import's single transaction), with amounts the
    // loop below knows exactly.
    testsupport::exec(
        f.handle(),
        QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 29999) "
            "INSERT INTO transactions (kind, amount_minor, currency, day, category_id, created_at, updated_at) "
            "SELECT CASE WHEN i % 10 = 0 THEN 'income' ELSE 'expense' END, 1000 + (i * 7919) % 100000, 'IDR', "
            "date('2015-01-01', '+' || (i % 3650) || ' days'), "
            "CASE WHEN i % 10 = 0 OR i % 13 = 0 THEN NULL "
            "ELSE (SELECT min(id) FROM categories) + i % 8 END, 'x', 'x' "
            "FROM n"));
    REQUIRE(f.count(QStringLiteral("transactions")) == 30000);
    qint64 expected2020 = 0;
    const QDate start(2015, 1, 1);
    for (int i = 0; i < 30000; ++i) {
        if (i % 10 != 0 && start.addDays(i % 3650).year() == 2020)
            expected2020 += 1000 + (i * 7919) % 100000;
    }

    // Speed is measured in bench_review, never asserted here.
    const FinanceStats stats(*f.db);
    const auto byCategory = require(stats.expensesByCategory(day("2020-01-01"), day("2020-12-31"), IDR));
    const auto monthly = require(stats.monthlyExpensesByCategory(day("2015-01-01"), day("2024-12-31"), IDR));
    const auto flow = require(stats.monthlyFlow(day("2015-01-01"), day("2024-12-31"), IDR));

    qint64 sum2020 = 0;
    for (const CategoryTotal &t : byCategory)
        sum2020 += t.minor;
    CHECK(sum2020 == expected2020);
    CHECK(byCategory.size() == 9); // eight categories and the uncategorised
    CHECK(flow.size() == 120);
    CHECK(monthly.size() <= 120 * 9);
}
