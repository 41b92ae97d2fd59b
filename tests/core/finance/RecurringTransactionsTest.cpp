#include "finance/RecurringTransactions.h"

#include "FinanceTestSupport.h"
#include "finance/TransactionRepository.h"

using namespace lifeos;
using namespace financetest;
using testsupport::rows;

namespace {

const QString IDR = QStringLiteral("IDR");

RecurringTransaction recurring(Cadence cadence, const QDate &firstDay, const QDate &lastDay = {})
{
    RecurringTransaction r;
    r.kind = TransactionKind::Expense;
    r.amount = Money{4500000, IDR};
    r.cadence = cadence;
    r.firstDay = firstDay;
    r.lastDay = lastDay;
    r.merchant = QStringLiteral("Landlord");
    return r;
}

QStringList split(const char *days)
{
    const QString text = QString::fromUtf8(days);
    return text.isEmpty() ? QStringList() : text.split(u' ');
}

} // namespace

TEST_CASE("recurring occurrences fall on the template's day, clamped to short months and non-leap years")
{
    struct Row
    {
        Cadence cadence;
        const char *first;
        const char *last; // "" for none
        const char *from;
        const char *to;
        const char *expected; // days separated by spaces
    };
    const Row row = GENERATE(
        // Monthly on the 31st: the last day of shorter months, and back to the 31st after them.
        Row{Cadence::Monthly,
            "2024-01-31",
            "",
            "2024-01-01",
            "2024-05-31",
            "2024-01-31 2024-02-29 2024-03-31 2024-04-30 2024-05-31"},
        Row{Cadence::Monthly, "2023-01-31", "", "2023-02-01", "2023-03-01", "2023-02-28"},
        Row{Cadence::Monthly, "2024-01-30", "", "2024-01-01", "2024-03-31", "2024-01-30 2024-02-29 2024-03-30"},
        Row{Cadence::Monthly, "2024-11-30", "", "2024-12-01", "2025-02-28", "2024-12-30 2025-01-30 2025-02-28"},
        Row{Cadence::Monthly, "2024-12-31", "", "2024-12-31", "2025-02-28", "2024-12-31 2025-01-31 2025-02-28"},
        // Nothing before the first day, nothing after the last.
        Row{Cadence::Monthly, "2024-03-15", "", "2024-01-01", "2024-04-30", "2024-03-15 2024-04-15"},
        Row{Cadence::Monthly,
            "2024-01-15",
            "2024-03-15",
            "2024-01-01",
            "2024-12-31",
            "2024-01-15 2024-02-15 2024-03-15"},
        Row{Cadence::Monthly, "2024-01-15", "2024-03-14", "2024-01-01", "2024-12-31", "2024-01-15 2024-02-15"},
        Row{Cadence::Monthly, "2024-06-01", "", "2024-01-01", "2024-05-31", ""},
        Row{Cadence::Monthly, "2024-01-15", "", "2024-02-16", "2024-03-14", ""},
        // Yearly on Feb 29: Feb 28 in the years between.
        Row{Cadence::Yearly,
            "2024-02-29",
            "",
            "2024-01-01",
            "2028-12-31",
            "2024-02-29 2025-02-28 2026-02-28 2027-02-28 2028-02-29"},
        Row{Cadence::Yearly,
            "2020-07-04",
            "2022-07-04",
            "2019-01-01",
            "2030-01-01",
            "2020-07-04 2021-07-04 2022-07-04"},
        Row{Cadence::Yearly, "2020-07-04", "", "2021-07-05", "2022-07-03", ""},
        // Weekly: the same weekday as the first day.
        Row{Cadence::Weekly, "2024-03-06", "", "2024-03-10", "2024-03-31", "2024-03-13 2024-03-20 2024-03-27"},
        Row{Cadence::Weekly, "2024-03-06", "", "2024-03-13", "2024-03-13", "2024-03-13"},
        Row{Cadence::Weekly, "2024-03-06", "", "2024-03-14", "2024-03-19", ""},
        Row{Cadence::Weekly,
            "2024-12-25",
            "2025-01-08",
            "2024-12-01",
            "2025-12-31",
            "2024-12-25 2025-01-01 2025-01-08"},
        Row{Cadence::Weekly, "2024-02-22", "", "2024-02-20", "2024-03-08", "2024-02-22 2024-02-29 2024-03-07"});
    CAPTURE(cadenceName(row.cadence), row.first, row.last, row.from, row.to);
    const QString last = QString::fromUtf8(row.last);
    const RecurringTransaction r =
        recurring(row.cadence, day(row.first), last.isEmpty() ? QDate() : QDate::fromString(last, Qt::ISODate));
    CHECK(isoDays(RecurringTransactions::occurrences(r, day(row.from), day(row.to))) == split(row.expected));
}

TEST_CASE("posting recurring transactions posts each due day once; posting again adds nothing")
{
    FinanceDb f;
    const qint64 rent = f.category(QStringLiteral("Rent"));
    RecurringTransactions templates(*f.db);
    RecurringTransaction monthly = recurring(Cadence::Monthly, day("2024-01-31"));
    monthly.categoryId = rent;
    monthly.note = QStringLiteral("Flat");
    const RecurringTransaction stored = require(templates.add(monthly));
    REQUIRE(stored.id > 0);

    CHECK(require(templates.postDue(day("2024-01-30"))) == 0);
    CHECK(require(templates.postDue(day("2024-04-15"))) == 3);
    CHECK(require(templates.postDue(day("2024-04-15"))) == 0);
    const QString id = QString::number(stored.id);
    CHECK(
        rows(f.handle(),
             QStringLiteral("SELECT day, kind, amount_minor, currency, category_id, merchant, note, "
                            "source, external_id, quote(recurring_id) FROM transactions ORDER BY day"))
        == QStringList{
            QStringLiteral("t:2024-01-31 | t:expense | i:4500000 | t:IDR | i:%1 | t:Landlord | t:Flat | t:recurring | "
                           "t:%2:2024-01-31 | t:NULL")
                .arg(rent)
                .arg(id),
            QStringLiteral("t:2024-02-29 | t:expense | i:4500000 | t:IDR | i:%1 | t:Landlord | t:Flat | t:recurring | "
                           "t:%2:2024-02-29 | t:NULL")
                .arg(rent)
                .arg(id),
            QStringLiteral("t:2024-03-31 | t:expense | i:4500000 | t:IDR | i:%1 | t:Landlord | t:Flat | t:recurring | "
                           "t:%2:2024-03-31 | t:NULL")
                .arg(rent)
                .arg(id)});
    const QList<RecurringTransaction> listed = require(templates.list());
    REQUIRE(listed.size() == 1);
    CHECK(listed.first().postedUntil == day("2024-04-15"));
    CHECK(listed.first().categoryName == QStringLiteral("Rent"));

    // A posted occurrence the user deleted stays deleted.
    TransactionFilter march;
    march.from = day("2024-03-01");
    TransactionRepository transactions(*f.db);
    requireOk(transactions.remove(require(transactions.list(march)).first().id));
    CHECK(require(templates.postDue(day("2024-04-29"))) == 0);
    CHECK(require(templates.postDue(day("2024-04-30"))) == 1);
    CHECK(f.count(QStringLiteral("transactions")) == 3);

    // Even with its progress forgotten a template never posts a day twice: the external id holds.
    RecurringTransaction forgotten = require(templates.list()).first();
    forgotten.postedUntil = QDate();
    require(templates.update(forgotten));
    CHECK(require(templates.postDue(day("2024-04-30"))) == 1); // only the deleted March 31 comes back
    CHECK(require(templates.postDue(day("2024-04-30"))) == 0);
    CHECK(f.count(QStringLiteral("transactions")) == 4);
}

TEST_CASE("posting handles several templates, their last days, and income")
{
    FinanceDb f;
    const qint64 salary = f.category(QStringLiteral("Salary"), QStringLiteral("income"));
    RecurringTransactions templates(*f.db);
    RecurringTransaction pay = recurring(Cadence::Monthly, day("2024-01-25"));
    pay.kind = TransactionKind::Income;
    pay.categoryId = salary;
    require(templates.add(pay));
    RecurringTransaction gym = recurring(Cadence::Weekly, day("2024-01-01"), day("2024-01-21"));
    gym.amount = Money{1500, QStringLiteral("USD")};
    require(templates.add(gym));
    CHECK(require(templates.postDue(day("2024-02-29"))) == 2 + 3);
    CHECK(rows(f.handle(),
               QStringLiteral("SELECT kind, count(*), sum(amount_minor) FROM transactions "
                              "GROUP BY kind ORDER BY kind"))
          == QStringList{QStringLiteral("t:expense | i:3 | i:4500"), QStringLiteral("t:income | i:2 | i:9000000")});
    CHECK(require(templates.postDue(day("2024-03-31"))) == 1);
}

TEST_CASE("a recurring template needs a positive amount, a currency, an order of days and the right category")
{
    FinanceDb f;
    const qint64 salary = f.category(QStringLiteral("Salary"), QStringLiteral("income"));
    RecurringTransactions templates(*f.db);
    RecurringTransaction r = recurring(Cadence::Monthly, day("2024-01-31"));
    r.amount.minor = 0;
    CHECK(templates.add(r).error().message.contains(QStringLiteral("more than zero")));
    r.amount = Money{100, QStringLiteral("Rp")};
    CHECK(templates.add(r).error().message.contains(QStringLiteral("three capital letters")));
    r.amount = Money{100, IDR};
    r.lastDay = day("2024-01-30");
    CHECK(templates.add(r).error().message.contains(QStringLiteral("before the first day")));
    r.lastDay = QDate();
    r.firstDay = QDate();
    CHECK(templates.add(r).error().message.contains(QStringLiteral("date")));
    r.firstDay = day("2024-01-31");
    r.categoryId = salary;
    CHECK(templates.add(r).error().message.contains(QStringLiteral("expense category")));
    CHECK(f.count(QStringLiteral("recurring_transactions")) == 0);
}

TEST_CASE("removing a recurring template keeps what it posted")
{
    FinanceDb f;
    RecurringTransactions templates(*f.db);
    const RecurringTransaction stored = require(templates.add(recurring(Cadence::Weekly, day("2024-03-04"))));
    CHECK(require(templates.postDue(day("2024-03-18"))) == 3);
    RecurringTransaction changed = stored;
    changed.amount.minor = 10;
    CHECK(require(templates.update(changed)).amount.minor == 10);
    requireOk(templates.remove(stored.id));
    CHECK(require(templates.list()).isEmpty());
    CHECK(f.count(QStringLiteral("transactions")) == 3);
    CHECK(templates.update(changed).error().code == ErrorCode::NotFound);
}
