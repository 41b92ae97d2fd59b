// Bank statements into transactions: preview, one all-or-nothing batch, duplicates by content and occurrence.

#include "ImportTestSupport.h"
#include "importing/BankCsvImporter.h"
#include "importing/BankCsvMapping.h"

using namespace lifeos;
using namespace importtest;

namespace {

// Date, description, signed amount in rupiah: the default mapping's columns.
BankCsvMapping plainMapping(const QString &currency = QStringLiteral("IDR"))
{
    BankCsvMapping mapping;
    mapping.name = QStringLiteral("My Bank");
    mapping.currency = currency;
    mapping.decimalStyle = DecimalStyle::Point;
    return mapping;
}

CsvTable statement(const QStringList &rows)
{
    return tableOf(QStringList{QStringLiteral("Date,Description,Amount")} + rows);
}

TransactionImportPreview previewOk(Database &db, const CsvTable &table, const BankCsvMapping &mapping)
{
    auto preview = BankCsvImporter(db).preview(table, mapping);
    INFO((preview.ok() ? QString() : preview.error().message).toStdString());
    REQUIRE(preview.ok());
    for (const ImportProblem &problem : preview->problems)
        UNSCOPED_INFO("line " << problem.line << ": " << problem.message.toStdString());
    return *preview;
}

ImportBatch
commitOk(Database &db, const TransactionImportPreview &preview, const QString &file = QStringLiteral("a.csv"))
{
    auto batch = BankCsvImporter(db).commit(preview, file);
    INFO((batch.ok() ? QString() : batch.error().message).toStdString());
    REQUIRE(batch.ok());
    return *batch;
}

ImportBatch importOk(Database &db, const CsvTable &table, const BankCsvMapping &mapping = plainMapping())
{
    const TransactionImportPreview preview = previewOk(db, table, mapping);
    REQUIRE(preview.problems.isEmpty());
    return commitOk(db, preview);
}

} // namespace

TEST_CASE("A statement is written once; importing the same file again adds nothing", "[import]")
{
    ImportDb t;
    const CsvTable table =
        statement({QStringLiteral("2024-03-01,KOPI KENANGAN,-25000"), QStringLiteral("2024-03-02,GAJI MARET,5000000")});
    const TransactionImportPreview first = previewOk(*t.db, table, plainMapping());
    CHECK(first.newCount() == 2);
    CHECK(first.duplicateCount() == 0);
    CHECK(first.rows.at(0).line == 2);
    CHECK(first.rows.at(0).transaction.source == u"csv:my bank");
    const ImportBatch batch = commitOk(*t.db, first);
    CHECK_FALSE(batch.id.isEmpty());
    CHECK(batch.rowCount == 2);
    CHECK(t.rows(QStringLiteral("SELECT kind, amount_minor, currency, day, merchant, import_batch = '%1' "
                                "FROM transactions ORDER BY day"))
              .replaceInStrings(batch.id, QString())
          == QStringList{QStringLiteral("t:expense | i:25000 | t:IDR | t:2024-03-01 | t:KOPI KENANGAN | i:1"),
                         QStringLiteral("t:income | i:5000000 | t:IDR | t:2024-03-02 | t:GAJI MARET | i:1")});

    const TransactionImportPreview again = previewOk(*t.db, table, plainMapping());
    CHECK(again.newCount() == 0);
    CHECK(again.duplicateCount() == 2);
    const ImportBatch none = commitOk(*t.db, again);
    CHECK(none.id.isEmpty());
    CHECK(t.count(QStringLiteral("transactions")) == 2);
    CHECK(t.count(QStringLiteral("import_batches")) == 1);
}

TEST_CASE("The same file under another mapping name, or read with the opposite sign rule, adds nothing", "[import]")
{
    ImportDb t;
    const CsvTable table =
        statement({QStringLiteral("2024-03-01,KOPI KENANGAN,-25000"), QStringLiteral("2024-03-02,GAJI MARET,5000000")});
    importOk(*t.db, table);
    BankCsvMapping renamed = plainMapping();
    renamed.name = QStringLiteral("statement (1)");
    CHECK(previewOk(*t.db, table, renamed).newCount() == 0);
    renamed.negativeIsIncome = true; // a guess that read the file as a card statement
    const TransactionImportPreview flipped = previewOk(*t.db, table, renamed);
    CHECK(flipped.newCount() == 0);
    CHECK(flipped.duplicateCount() == 2);
    commitOk(*t.db, flipped);
    CHECK(t.count(QStringLiteral("transactions")) == 2);
}

TEST_CASE("Two identical purchases on one day both stay, and stay two on re-import", "[import]")
{
    ImportDb t;
    const QString coffee = QStringLiteral("2024-03-01,KOPI KENANGAN,-25000");
    importOk(*t.db, statement({coffee, coffee}));
    CHECK(t.count(QStringLiteral("transactions")) == 2);
    const QStringList ids = t.rows(QStringLiteral("SELECT external_id FROM transactions ORDER BY external_id"));
    REQUIRE(ids.size() == 2);
    CHECK(ids.at(0) != ids.at(1));

    // The same two again: nothing. A later export that shows a third one: exactly one more.
    CHECK(previewOk(*t.db, statement({coffee, coffee}), plainMapping()).newCount() == 0);
    const TransactionImportPreview three = previewOk(*t.db, statement({coffee, coffee, coffee}), plainMapping());
    CHECK(three.newCount() == 1);
    CHECK(three.duplicateCount() == 2);
    commitOk(*t.db, three);
    CHECK(t.count(QStringLiteral("transactions")) == 3);
}

TEST_CASE("Overlapping statements add only the rows not imported yet", "[import]")
{
    ImportDb t;
    QStringList march;
    for (int day = 1; day <= 8; ++day)
        march.append(QStringLiteral("2024-03-%1,WARUNG %2,-%3000").arg(day, 2, 10, QLatin1Char('0')).arg(day).arg(day));
    importOk(*t.db, statement(march.mid(0, 5)));                                                       // 1–5 March
    const TransactionImportPreview second = previewOk(*t.db, statement(march.mid(3)), plainMapping()); // 4–8 March
    CHECK(second.duplicateCount() == 2);
    CHECK(second.newCount() == 3);
    commitOk(*t.db, second);
    CHECK(t.count(QStringLiteral("transactions")) == 8);
    CHECK(t.rows(QStringLiteral("SELECT count(DISTINCT day) FROM transactions")) == QStringList{QStringLiteral("i:8")});
}

TEST_CASE("Malformed rows are reported with their line numbers and nothing is written", "[import]")
{
    ImportDb t;
    CsvTable table = statement({QStringLiteral("2024-03-01,Coffee,-3.50"),
                                QStringLiteral("2024-03-02,Groceries,-45.10"),
                                QStringLiteral("2024-13-45,Bad date,-9.99"),
                                QStringLiteral("2024-03-04,Bus,-2.75"),
                                QStringLiteral("2024-03-05,Bad amount,12.3.4"),
                                QStringLiteral("2024-03-06,Short"),
                                QStringLiteral("2024-03-07,Too precise,1.234")});
    table.lines = {1, 2, 3, 5, 6, 7, 9, 10}; // a quoted line break and a blank line shift the numbering
    const TransactionImportPreview preview = previewOk(*t.db, table, plainMapping(QStringLiteral("USD")));
    QList<int> lines;
    for (const ImportProblem &problem : preview.problems) {
        lines.append(problem.line);
        CHECK_FALSE(problem.message.isEmpty());
    }
    CHECK(lines == QList<int>{5, 7, 9, 10});
    CHECK(preview.problems.at(0).message.contains(u"2024-13-45"));
    CHECK(preview.problems.at(1).message.contains(u"12.3.4"));

    auto refused = BankCsvImporter(*t.db).commit(preview, QStringLiteral("bad.csv"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(t.count(QStringLiteral("transactions")) == 0);
    CHECK(t.count(QStringLiteral("import_batches")) == 0);
}

TEST_CASE("Amounts are read in the currency's minor units and the sign decides the kind", "[import]")
{
    struct Case
    {
        const char16_t *currency;
        const char16_t *amount;
        bool negativeIsIncome;
        const char16_t *kind;
        qint64 minor;
    };
    const auto c = GENERATE(values<Case>({
        {u"USD", u"-12.50", false, u"expense", 1250},
        {u"USD", u"2450.00", false, u"income", 245000},
        {u"IDR", u"-25000", false, u"expense", 25000},
        {u"USD", u"15.49", true, u"expense", 1549},    // a card statement: spending is positive
        {u"USD", u"(500.00)", true, u"income", 50000}, // and a payment negative
        {u"KWD", u"-1.250", false, u"expense", 1250},
    }));
    ImportDb t;
    BankCsvMapping mapping = plainMapping(QString::fromUtf16(c.currency));
    mapping.negativeIsIncome = c.negativeIsIncome;
    CsvTable table =
        tableOf(QList<QStringList>{{QStringLiteral("Date"), QStringLiteral("Text"), QStringLiteral("Amount")},
                                   {QStringLiteral("2024-03-01"), QStringLiteral("X"), QString::fromUtf16(c.amount)}});
    const TransactionImportPreview preview = previewOk(*t.db, table, mapping);
    REQUIRE(preview.problems.isEmpty());
    REQUIRE(preview.rows.size() == 1);
    const Transaction &transaction = preview.rows.first().transaction;
    CHECK(transactionKindName(transaction.kind) == QString::fromUtf16(c.kind));
    CHECK(transaction.amount == Money{c.minor, QString::fromUtf16(c.currency)});
}

TEST_CASE("Debit and credit columns become expenses and income; a row with neither is a problem", "[import]")
{
    ImportDb t;
    BankCsvMapping mapping = plainMapping();
    mapping.amountColumn = -1;
    mapping.debitColumn = 2;
    mapping.creditColumn = 3;
    mapping.decimalStyle = DecimalStyle::Comma;
    const CsvTable table = tableOf(QList<QStringList>{
        {QStringLiteral("Tanggal"), QStringLiteral("Keterangan"), QStringLiteral("Debet"), QStringLiteral("Kredit")},
        {QStringLiteral("2024-03-01"), QStringLiteral("SETORAN"), QString(), QStringLiteral("5.000.000,00")},
        {QStringLiteral("2024-03-02"), QStringLiteral("INDOMARET"), QStringLiteral("125.500,00"), QString()},
        {QStringLiteral("2024-03-03"), QStringLiteral("NOTHING"), QString(), QString()}});
    const TransactionImportPreview preview = previewOk(*t.db, table, mapping);
    REQUIRE(preview.rows.size() == 2);
    CHECK(preview.rows.at(0).transaction.kind == TransactionKind::Income);
    CHECK(preview.rows.at(0).transaction.amount.minor == 5000000);
    CHECK(preview.rows.at(1).transaction.kind == TransactionKind::Expense);
    CHECK(preview.rows.at(1).transaction.amount.minor == 125500);
    REQUIRE(preview.problems.size() == 1);
    CHECK(preview.problems.first().line == 4);
}

TEST_CASE("Summary lines after the last transaction are not rows, a short row in the middle is a problem", "[import]")
{
    ImportDb t;
    const CsvTable table =
        tableOf(QList<QStringList>{{QStringLiteral("Date"), QStringLiteral("Text"), QStringLiteral("Amount")},
                                   {QStringLiteral("2024-03-01"), QStringLiteral("A"), QStringLiteral("-1000")},
                                   {QStringLiteral("Subtotal")},
                                   {QStringLiteral("2024-03-02"), QStringLiteral("B"), QStringLiteral("-2000")},
                                   {QStringLiteral("Saldo Awal"), QStringLiteral("7.500.000,00")},
                                   {QStringLiteral("Saldo Akhir"), QStringLiteral("18.811.500,00")}});
    const TransactionImportPreview preview = previewOk(*t.db, table, plainMapping());
    CHECK(preview.rows.size() == 2);
    REQUIRE(preview.problems.size() == 1);
    CHECK(preview.problems.first().line == 3);
}

TEST_CASE("A last row cut short inside its date is a problem, not a summary line", "[import]")
{
    ImportDb t;
    const CsvTable table =
        tableOf(QList<QStringList>{{QStringLiteral("Date"), QStringLiteral("Text"), QStringLiteral("Amount")},
                                   {QStringLiteral("2024-03-01"), QStringLiteral("A"), QStringLiteral("-1000")},
                                   {QStringLiteral("2024-03-0")}});
    const TransactionImportPreview preview = previewOk(*t.db, table, plainMapping());
    CHECK(preview.rows.size() == 1);
    REQUIRE(preview.problems.size() == 1);
    CHECK(preview.problems.first().line == 3);
}

TEST_CASE("A per-row currency overrides the mapping's and a bad code is a problem", "[import]")
{
    ImportDb t;
    BankCsvMapping mapping = plainMapping();
    mapping.currencyColumn = 3;
    const CsvTable table = tableOf(QStringList{QStringLiteral("Date,Text,Amount,Currency"),
                                               QStringLiteral("2024-03-01,Hotel,-120.50,usd"),
                                               QStringLiteral("2024-03-01,Nasi,-35000,"),
                                               QStringLiteral("2024-03-02,Odd,-1,DOLLARS")});
    const TransactionImportPreview preview = previewOk(*t.db, table, mapping);
    REQUIRE(preview.rows.size() == 2);
    CHECK(preview.rows.at(0).transaction.amount == Money{12050, QStringLiteral("USD")});
    CHECK(preview.rows.at(1).transaction.amount == Money{35000, QStringLiteral("IDR")});
    REQUIRE(preview.problems.size() == 1);
    CHECK(preview.problems.first().line == 4);
}

TEST_CASE("The bank's own category is used when it names one of ours", "[import]")
{
    ImportDb t;
    const qint64 travel = t.addCategory(QStringLiteral("expense"), QStringLiteral("Travel"));
    BankCsvMapping mapping = plainMapping(QStringLiteral("USD"));
    mapping.categoryColumn = 3;
    const CsvTable table = tableOf(QStringList{QStringLiteral("Date,Text,Amount,Category"),
                                               QStringLiteral("2024-03-05,UBER TRIP,-23.10,travel"),
                                               QStringLiteral("2024-03-06,SHOP,-5.00,Unknown")});
    const TransactionImportPreview preview = previewOk(*t.db, table, mapping);
    REQUIRE(preview.rows.size() == 2);
    CHECK(preview.rows.at(0).suggestedCategoryId == std::optional<qint64>(travel));
    CHECK(preview.rows.at(0).transaction.categoryId == std::optional<qint64>(travel));
    CHECK_FALSE(preview.rows.at(1).suggestedCategoryId.has_value());
}

TEST_CASE("A mapping without a date or amount column, or without a name, is refused", "[import]")
{
    ImportDb t;
    BankCsvMapping mapping = plainMapping();
    const int which = GENERATE(0, 1, 2);
    if (which == 0)
        mapping.dateColumn = -1;
    else if (which == 1)
        mapping.amountColumn = -1;
    else
        mapping.name = QStringLiteral("  ");
    auto preview = BankCsvImporter(*t.db).preview(statement({QStringLiteral("2024-03-01,A,-1")}), mapping);
    REQUIRE_FALSE(preview.ok());
    CHECK(preview.error().code == ErrorCode::InvalidInput);
}

TEST_CASE("Every bank fixture imports with its guessed mapping, once", "[import][fixtures]")
{
    struct Case
    {
        const char16_t *file;
        const char16_t *currency; // when the file names none, the user sets it in the mapping
        int rows;
        qint64 expenses; // sum of expense minor units
        qint64 income;
    };
    const auto c = GENERATE(values<Case>({
        {u"us_bank_checking.csv", u"USD", 8, 575 + 1499 + 120000 + 8712 + 4260 + 1200, 245000 + 50000},
        {u"eu_bank_giro.csv", nullptr, 6, 2345 + 112000 + 85000 + 1280, 324567 + 15000},
        {u"id_bank_bca.csv", nullptr, 7, 125500 + 48000 + 1250000 + 1000000 + 15000, 5000000 + 8750000},
        {u"credit_card.csv", nullptr, 6, 1549 + 2310 + 6437 + 120480, 50000 + 2999},
        {u"windows1252.csv", u"EUR", 4, 850 + 2400 + 620, 1500},
        {u"tab_separated.tsv", nullptr, 4, 185000 + 9640 + 3105, 412000},
    }));
    const QString file = QString::fromUtf16(c.file);
    INFO(file.toStdString());
    ImportDb t;
    const CsvTable table = fixtureTable(file);
    BankCsvMapping mapping = BankCsvMapping::guess(table);
    mapping.name = file;
    if (c.currency)
        mapping.currency = QString::fromUtf16(c.currency);
    const TransactionImportPreview preview = previewOk(*t.db, table, mapping);
    CHECK(preview.problems.isEmpty());
    CHECK(preview.newCount() == c.rows);
    commitOk(*t.db, preview, file);
    CHECK(t.rows(QStringLiteral("SELECT coalesce(sum(amount_minor), 0) FROM transactions WHERE kind = 'expense'"))
          == QStringList{QStringLiteral("i:%1").arg(c.expenses)});
    CHECK(t.rows(QStringLiteral("SELECT coalesce(sum(amount_minor), 0) FROM transactions WHERE kind = 'income'"))
          == QStringList{QStringLiteral("i:%1").arg(c.income)});

    const TransactionImportPreview again = previewOk(*t.db, fixtureTable(file), mapping);
    CHECK(again.newCount() == 0);
    CHECK(again.duplicateCount() == c.rows);
}

TEST_CASE("The malformed fixture names its two bad lines and writes nothing", "[import][fixtures]")
{
    ImportDb t;
    const CsvTable table = fixtureTable(QStringLiteral("malformed_rows.csv"));
    BankCsvMapping mapping = BankCsvMapping::guess(table);
    mapping.name = QStringLiteral("malformed");
    mapping.currency = QStringLiteral("USD"); // the file names none; in rupiah every cent would be a problem
    const TransactionImportPreview preview = previewOk(*t.db, table, mapping);
    QList<int> lines;
    for (const ImportProblem &problem : preview.problems)
        lines.append(problem.line);
    CHECK(lines == QList<int>{4, 6});
    CHECK_FALSE(BankCsvImporter(*t.db).commit(preview, QStringLiteral("malformed_rows.csv")).ok());
    CHECK(t.count(QStringLiteral("transactions")) == 0);
}
