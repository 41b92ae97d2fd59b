#include "FinanceTestSupport.h"
#include "finance/BudgetRepository.h"
#include "finance/CategoryRepository.h"
#include "finance/TransactionRepository.h"

using namespace lifeos;
using namespace financetest;
using testsupport::scalar;

namespace {

const QString IDR = QStringLiteral("IDR");
const QString USD = QStringLiteral("USD");
const QString kExpense = QStringLiteral("expense");
const QString kIncome = QStringLiteral("income");

QStringList merchants(const QList<Transaction> &transactions)
{
    QStringList out;
    for (const Transaction &t : transactions)
        out.append(t.merchant);
    return out;
}

QStringList listed(TransactionRepository &repository, const TransactionFilter &filter)
{
    return merchants(require(repository.list(filter)));
}

} // namespace

TEST_CASE("category names are unique per kind whatever their case, and ensure reuses the existing one")
{
    FinanceDb f;
    CategoryRepository categories(*f.db);
    const Category food = require(categories.add(Category{0, QStringLiteral(" Food "), kExpense, {}}));
    CHECK(food.name == QStringLiteral("Food"));

    auto duplicate = categories.add(Category{0, QStringLiteral("FOOD"), kExpense, {}});
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().code == ErrorCode::InvalidInput);
    CHECK(duplicate.error().message.contains(QStringLiteral("Food")));

    // The same name is fine for the other kind.
    const Category salaryFood = require(categories.add(Category{0, QStringLiteral("food"), kIncome, {}}));
    CHECK(salaryFood.id != food.id);

    CHECK(require(categories.ensure(kExpense, QStringLiteral("  fOOd"))).id == food.id);
    const Category transport = require(categories.ensure(kExpense, QStringLiteral("Transport")));
    CHECK(transport.id > food.id);
    CHECK(require(categories.ensure(kExpense, QStringLiteral("transport"))).id == transport.id);
    require(categories.add(Category{0, QStringLiteral("bills"), kExpense, QStringLiteral("#3a7bd5")}));

    QStringList names;
    for (const Category &c : require(categories.list(kExpense)))
        names.append(c.name);
    CHECK(names == QStringList{QStringLiteral("bills"), QStringLiteral("Food"), QStringLiteral("Transport")});
    CHECK(require(categories.find(kExpense, QStringLiteral("BILLS")))->color == QStringLiteral("#3a7bd5"));
    CHECK_FALSE(require(categories.find(kIncome, QStringLiteral("bills"))).has_value());
}

TEST_CASE("a category needs a name, a known kind and a #rrggbb colour")
{
    struct Row
    {
        const char *name;
        const char *kind;
        const char *color;
        const char *messagePart;
    };
    const Row row = GENERATE(Row{"   ", "expense", "", "name"},
                             Row{"", "income", "", "name"},
                             Row{"Food", "spending", "", "kind"},
                             Row{"Food", "", "", "kind"},
                             Row{"Food", "expense", "red", "colour"},
                             Row{"Food", "expense", "#12345", "colour"},
                             Row{"Food", "expense", "#1234567", "colour"});
    CAPTURE(row.name, row.kind, row.color);
    FinanceDb f;
    CategoryRepository categories(*f.db);
    auto result = categories.add(
        Category{0, QString::fromUtf8(row.name), QString::fromUtf8(row.kind), QString::fromUtf8(row.color)});
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::InvalidInput);
    CHECK(result.error().message.contains(QLatin1StringView(row.messagePart)));
    CHECK(f.count(QStringLiteral("categories")) == 0);
}

TEST_CASE("renaming a category refuses another category's name, and deleting one leaves its transactions")
{
    FinanceDb f;
    CategoryRepository categories(*f.db);
    const qint64 food = f.category(QStringLiteral("Food"));
    const qint64 fun = f.category(QStringLiteral("Fun"));
    const Transaction lunch = added(*f.db, expense(50000, IDR, day("2024-03-01"), food, QStringLiteral("Warung")));

    CHECK(require(categories.rename(food, QStringLiteral(" Groceries "))).name == QStringLiteral("Groceries"));
    auto clash = categories.rename(fun, QStringLiteral("groceries"));
    REQUIRE_FALSE(clash.ok());
    CHECK(clash.error().message.contains(QStringLiteral("Groceries")));
    // Changing only the case of its own name is allowed.
    CHECK(require(categories.rename(fun, QStringLiteral("FUN"))).name == QStringLiteral("FUN"));
    CHECK(categories.rename(fun + 100, QStringLiteral("x")).error().code == ErrorCode::NotFound);

    TransactionRepository transactions(*f.db);
    CHECK(require(transactions.get(lunch.id))->categoryName == QStringLiteral("Groceries"));
    requireOk(categories.remove(food));
    const Transaction kept = *require(transactions.get(lunch.id));
    CHECK_FALSE(kept.categoryId.has_value());
    CHECK(kept.categoryName.isEmpty());
    CHECK(kept.amount == Money{50000, IDR});
}

TEST_CASE("an added transaction reads back with every field")
{
    FinanceDb f;
    TransactionRepository transactions(*f.db);
    const qint64 salary = f.category(QStringLiteral("Salary"), kIncome);
    const Transaction first = added(*f.db, expense(1250, USD, day("2024-02-29")));

    Transaction t = income(15000000, IDR, day("2024-03-25"), salary, QStringLiteral("  ACME Corp "));
    t.instant = QDateTime(QDate(2024, 3, 25), QTime(2, 30, 15, 123), Qt::UTC);
    t.note = QStringLiteral("March pay");
    t.recurringId = first.id;
    t.source = QStringLiteral("csv");
    t.externalId = QStringLiteral("bca:123");
    t.importBatch = QStringLiteral("batch-1");
    t.rawInput = QStringLiteral("25/03;ACME;15.000.000");
    const Transaction stored = require(transactions.add(t));
    REQUIRE(stored.id > first.id);

    const Transaction back = *require(transactions.get(stored.id));
    CHECK(back.kind == TransactionKind::Income);
    CHECK(back.amount == Money{15000000, IDR});
    CHECK(back.day == QDate(2024, 3, 25));
    CHECK(back.instant == t.instant);
    CHECK(back.categoryId == salary);
    CHECK(back.categoryName == QStringLiteral("Salary"));
    CHECK(back.merchant == QStringLiteral("ACME Corp"));
    CHECK(back.note == QStringLiteral("March pay"));
    CHECK(back.recurringId == first.id);
    CHECK(back.source == QStringLiteral("csv"));
    CHECK(back.externalId == QStringLiteral("bca:123"));
    CHECK(back.importBatch == QStringLiteral("batch-1"));
    CHECK(back.rawInput == t.rawInput);

    const Transaction plain = *require(transactions.get(first.id));
    CHECK(plain.source == QStringLiteral("manual"));
    CHECK_FALSE(plain.categoryId.has_value());
    CHECK(plain.instant.isNull());
    CHECK(scalar(f.handle(),
                 QStringLiteral("SELECT quote(external_id) || quote(import_batch) || quote(raw_input) "
                                "FROM transactions WHERE id = %1")
                     .arg(first.id))
          == QStringLiteral("t:NULLNULLNULL"));
    CHECK_FALSE(require(transactions.get(stored.id + 1)).has_value());
}

TEST_CASE("a transaction with a bad amount, currency, day or category is refused with a clear message")
{
    FinanceDb f;
    const qint64 salary = f.category(QStringLiteral("Salary"), kIncome);
    struct Row
    {
        qint64 minor;
        const char *currency;
        QDate day;
        std::optional<qint64> category;
        ErrorCode code;
        const char *messagePart;
    };
    const QDate ok(2024, 3, 1);
    const Row row = GENERATE_COPY(Row{0, "IDR", ok, std::nullopt, ErrorCode::InvalidInput, "more than zero"},
                                  Row{-500, "IDR", ok, std::nullopt, ErrorCode::InvalidInput, "more than zero"},
                                  Row{100, "idr", ok, std::nullopt, ErrorCode::InvalidInput, "three capital letters"},
                                  Row{100, "US", ok, std::nullopt, ErrorCode::InvalidInput, "three capital letters"},
                                  Row{100, "USDX", ok, std::nullopt, ErrorCode::InvalidInput, "three capital letters"},
                                  Row{100, "U5D", ok, std::nullopt, ErrorCode::InvalidInput, "three capital letters"},
                                  Row{100, "", ok, std::nullopt, ErrorCode::InvalidInput, "three capital letters"},
                                  Row{100, "IDR", QDate(), std::nullopt, ErrorCode::InvalidInput, "date"},
                                  Row{100, "IDR", QDate(2024, 2, 30), std::nullopt, ErrorCode::InvalidInput, "date"},
                                  Row{100, "IDR", ok, salary, ErrorCode::InvalidInput, "expense category"},
                                  Row{100, "IDR", ok, salary + 100, ErrorCode::NotFound, "no longer exists"});
    CAPTURE(row.minor, row.currency, row.messagePart);
    TransactionRepository transactions(*f.db);
    auto result = transactions.add(expense(row.minor, QString::fromUtf8(row.currency), row.day, row.category));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == row.code);
    CAPTURE(result.error().message);
    CHECK(result.error().message.contains(QLatin1StringView(row.messagePart)));
    CHECK(f.count(QStringLiteral("transactions")) == 0);
}

TEST_CASE("an income needs an income category, and an expense an expense category")
{
    FinanceDb f;
    const qint64 food = f.category(QStringLiteral("Food"));
    TransactionRepository transactions(*f.db);
    auto wrong = transactions.add(income(100, IDR, day("2024-03-01"), food));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().message.contains(QStringLiteral("“Food” is not an income category")));
}

TEST_CASE("updating a transaction changes it, keeps its id and refuses one that is gone")
{
    FinanceDb f;
    TransactionRepository transactions(*f.db);
    const qint64 food = f.category(QStringLiteral("Food"));
    Transaction t = added(*f.db, expense(50000, IDR, day("2024-03-01"), std::nullopt, QStringLiteral("Warung")));
    t.amount = Money{1299, USD};
    t.day = day("2024-03-02");
    t.categoryId = food;
    const Transaction updated = require(transactions.update(t));
    CHECK(updated.categoryName == QStringLiteral("Food"));
    const Transaction back = *require(transactions.get(t.id));
    CHECK(back.amount == Money{1299, USD});
    CHECK(back.day == QDate(2024, 3, 2));
    CHECK(back.categoryId == food);

    t.amount.minor = 0;
    CHECK(transactions.update(t).error().code == ErrorCode::InvalidInput);
    CHECK(require(transactions.get(t.id))->amount == Money{1299, USD});

    requireOk(transactions.remove(t.id));
    t.amount.minor = 5;
    CHECK(transactions.update(t).error().code == ErrorCode::NotFound);
    CHECK(f.count(QStringLiteral("transactions")) == 0);
}

TEST_CASE("upserting by source and external id updates the row and never duplicates it")
{
    FinanceDb f;
    TransactionRepository transactions(*f.db);
    Transaction t = expense(50000, IDR, day("2024-03-01"), std::nullopt, QStringLiteral("Warung"));
    t.source = QStringLiteral("csv");
    t.externalId = QStringLiteral("bca:2024-03-01:1");
    const Transaction first = require(transactions.upsert(t));
    t.amount.minor = 65000;
    const Transaction second = require(transactions.upsert(t));
    CHECK(second.id == first.id);
    CHECK(f.count(QStringLiteral("transactions")) == 1);
    CHECK(require(transactions.get(first.id))->amount.minor == 65000);

    // The same external id from another source is another transaction.
    t.source = QStringLiteral("ocbc");
    const Transaction other = require(transactions.upsert(t));
    CHECK(other.id != first.id);
    CHECK(f.count(QStringLiteral("transactions")) == 2);

    // Without an external id there is nothing to match: each upsert adds.
    Transaction manual = expense(100, IDR, day("2024-03-02"));
    require(transactions.upsert(manual));
    require(transactions.upsert(manual));
    CHECK(f.count(QStringLiteral("transactions")) == 4);

    // A refused upsert leaves the stored row as it was.
    t.source = QStringLiteral("csv");
    t.amount.currency = QStringLiteral("rp");
    CHECK_FALSE(transactions.upsert(t).ok());
    CHECK(require(transactions.get(first.id))->amount == Money{65000, IDR});
}

TEST_CASE("listing transactions filters by days, kind, category, text and limit, newest first")
{
    FinanceDb f;
    TransactionRepository transactions(*f.db);
    const qint64 food = f.category(QStringLiteral("Food"));
    const qint64 salary = f.category(QStringLiteral("Salary"), kIncome);
    added(*f.db, expense(100, IDR, day("2024-02-29"), food, QStringLiteral("a-feb")));
    added(*f.db, expense(100, IDR, day("2024-03-01"), food, QStringLiteral("b-mar1")));
    added(*f.db, expense(100, IDR, day("2024-03-01"), std::nullopt, QStringLiteral("c-mar1 100%_off")));
    added(*f.db, income(100, IDR, day("2024-03-25"), salary, QStringLiteral("d-pay")));
    Transaction noted = expense(100, USD, day("2024-04-01"), std::nullopt, QStringLiteral("e-apr"));
    noted.note = QStringLiteral("Coffee with Ana");
    added(*f.db, noted);

    CHECK(listed(transactions, {})
          == QStringList{QStringLiteral("e-apr"),
                         QStringLiteral("d-pay"),
                         QStringLiteral("c-mar1 100%_off"),
                         QStringLiteral("b-mar1"),
                         QStringLiteral("a-feb")});
    TransactionFilter march;
    march.from = day("2024-03-01");
    march.to = day("2024-03-31");
    CHECK(listed(transactions, march)
          == QStringList{QStringLiteral("d-pay"), QStringLiteral("c-mar1 100%_off"), QStringLiteral("b-mar1")});
    march.kind = TransactionKind::Expense;
    CHECK(listed(transactions, march) == QStringList{QStringLiteral("c-mar1 100%_off"), QStringLiteral("b-mar1")});

    TransactionFilter byCategory;
    byCategory.categoryId = food;
    CHECK(listed(transactions, byCategory) == QStringList{QStringLiteral("b-mar1"), QStringLiteral("a-feb")});
    TransactionFilter uncategorised;
    uncategorised.uncategorisedOnly = true;
    CHECK(listed(transactions, uncategorised)
          == QStringList{QStringLiteral("e-apr"), QStringLiteral("c-mar1 100%_off")});

    TransactionFilter text;
    text.text = QStringLiteral("coffee");
    CHECK(listed(transactions, text) == QStringList{QStringLiteral("e-apr")});
    text.text = QStringLiteral("%_"); // wildcards are matched literally
    CHECK(listed(transactions, text) == QStringList{QStringLiteral("c-mar1 100%_off")});

    TransactionFilter limited;
    limited.limit = 2;
    CHECK(listed(transactions, limited) == QStringList{QStringLiteral("e-apr"), QStringLiteral("d-pay")});

    const QList<Transaction> withNames = require(transactions.list(byCategory));
    REQUIRE(withNames.size() == 2);
    CHECK(withNames.first().categoryName == QStringLiteral("Food"));
}

TEST_CASE("currencies in use are listed the most used first")
{
    FinanceDb f;
    TransactionRepository transactions(*f.db);
    CHECK(require(transactions.currencies()).isEmpty());
    added(*f.db, expense(1, USD, day("2024-03-01")));
    added(*f.db, expense(1, IDR, day("2024-03-01")));
    added(*f.db, expense(1, IDR, day("2024-03-02")));
    added(*f.db, expense(1, QStringLiteral("EUR"), day("2024-03-02")));
    added(*f.db, expense(1, QStringLiteral("EUR"), day("2024-03-02")));
    added(*f.db, expense(1, QStringLiteral("EUR"), day("2024-03-02")));
    CHECK(require(transactions.currencies()) == QStringList{QStringLiteral("EUR"), IDR, USD});
}

TEST_CASE("budgets are added for expense categories only, one per category, period and start day")
{
    FinanceDb f;
    BudgetRepository budgets(*f.db);
    const qint64 food = f.category(QStringLiteral("Food"));
    const qint64 bills = f.category(QStringLiteral("Bills"));
    const qint64 salary = f.category(QStringLiteral("Salary"), kIncome);

    Budget monthly{0, food, {}, BudgetPeriod::Month, Money{3000000, IDR}, day("2024-03-01")};
    const Budget stored = require(budgets.add(monthly));
    CHECK(stored.id > 0);
    CHECK(stored.categoryName == QStringLiteral("Food"));

    auto duplicate = budgets.add(monthly);
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().message.contains(QStringLiteral("monthly budget")));

    Budget weekly{0, food, {}, BudgetPeriod::Week, Money{500000, IDR}, day("2024-03-04")};
    require(budgets.add(weekly));
    require(budgets.add(Budget{0, bills, {}, BudgetPeriod::Month, Money{100, USD}, day("2024-01-01")}));

    Budget income = monthly;
    income.categoryId = salary;
    CHECK(budgets.add(income).error().message.contains(QStringLiteral("expense category")));
    Budget zero = monthly;
    zero.startsOn = day("2024-04-01");
    zero.limit.minor = 0;
    CHECK(budgets.add(zero).error().message.contains(QStringLiteral("more than zero")));
    zero.limit = Money{5, QStringLiteral("Rp")};
    CHECK(budgets.add(zero).error().message.contains(QStringLiteral("three capital letters")));

    // A budget without a start day applies from the current period on.
    Budget undated{0, bills, {}, BudgetPeriod::Week, Money{700, USD}, QDate()};
    const Budget startedNow = require(budgets.add(undated));
    CHECK(startedNow.startsOn.dayOfWeek() == 1);
    CHECK(startedNow.startsOn <= QDate::currentDate());
    CHECK(startedNow.startsOn.daysTo(QDate::currentDate()) < 7);

    QStringList order;
    for (const Budget &b : require(budgets.list()))
        order.append(b.categoryName + u' ' + budgetPeriodName(b.period));
    CHECK(order
          == QStringList{QStringLiteral("Bills week"),
                         QStringLiteral("Bills month"),
                         QStringLiteral("Food week"),
                         QStringLiteral("Food month")});

    Budget changed = stored;
    changed.limit.minor = 3500000;
    CHECK(require(budgets.update(changed)).limit.minor == 3500000);
    requireOk(budgets.remove(stored.id));
    CHECK(budgets.update(changed).error().code == ErrorCode::NotFound);
    CHECK(f.count(QStringLiteral("budgets")) == 3);

    // Deleting a category deletes its budgets.
    requireOk(CategoryRepository(*f.db).remove(bills));
    CHECK(f.count(QStringLiteral("budgets")) == 1);
}
