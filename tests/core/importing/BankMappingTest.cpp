#include "importing/BankCsvMapping.h"

#include "StorageTestSupport.h"
#include "support/TempDataDir.h"

#include <QFile>
#include <QJsonDocument>

using namespace lifeos;
using namespace testsupport;

namespace {

CsvTable fixtureTable(const char *name)
{
    QFile file(QStringLiteral(LIFEOS_CSV_FIXTURES "/") + QString::fromLatin1(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    auto table = CsvReader::parse(file.readAll());
    INFO((table.ok() ? QString() : table.error().message).toStdString());
    REQUIRE(table.ok());
    return *table;
}

CsvTable tableOf(const char *text)
{
    auto table = CsvReader::parse(QByteArray(text));
    REQUIRE(table.ok());
    return *table;
}

// Every field, so two mappings compare as a whole and a failure shows what differs.
QString describe(const BankCsvMapping &m)
{
    return QStringLiteral("sep=%1 header=%2 date=%3 '%4' desc=%5 merchant=%6 amount=%7 debit=%8 credit=%9 ")
               .arg(m.separator == u'\t' ? QStringLiteral("\\t") : QString(m.separator))
               .arg(m.headerRows)
               .arg(m.dateColumn)
               .arg(m.dateFormat)
               .arg(m.descriptionColumn)
               .arg(m.merchantColumn)
               .arg(m.amountColumn)
               .arg(m.debitColumn)
               .arg(m.creditColumn)
           + QStringLiteral("negIncome=%1 style=%2 currency=%3 currencyCol=%4 category=%5")
                 .arg(m.negativeIsIncome ? 1 : 0)
                 .arg(int(m.decimalStyle))
                 .arg(m.currency)
                 .arg(m.currencyColumn)
                 .arg(m.categoryColumn);
}

BankCsvMapping mapping(QChar separator, int headerRows, int date, const char16_t *format, int description,
                       int merchant, int amount, int debit, int credit, bool negativeIsIncome, DecimalStyle style,
                       const char16_t *currency, int currencyColumn, int category)
{
    BankCsvMapping m;
    m.separator = separator;
    m.headerRows = headerRows;
    m.dateColumn = date;
    m.dateFormat = QString::fromUtf16(format);
    m.descriptionColumn = description;
    m.merchantColumn = merchant;
    m.amountColumn = amount;
    m.debitColumn = debit;
    m.creditColumn = credit;
    m.negativeIsIncome = negativeIsIncome;
    m.decimalStyle = style;
    m.currency = QString::fromUtf16(currency);
    m.currencyColumn = currencyColumn;
    m.categoryColumn = category;
    return m;
}

} // namespace

TEST_CASE("Mapping guess finds the columns of each bank fixture", "[csv]")
{
    using S = DecimalStyle;
    struct Case
    {
        const char *file;
        BankCsvMapping expected;
    };
    const auto c = GENERATE_COPY(values<Case>({
        // Posting Date, Description, Amount, Type, Balance, Memo: signed amounts, no currency anywhere
        {"us_bank_checking.csv", mapping(u',', 1, 0, u"MM/dd/yyyy", 1, -1, 2, -1, -1, false, S::Point, u"IDR", -1, -1)},
        // German headers, BOM, CRLF: Buchungstag beats Valuta (both days), Betrag in decimal commas, Währung
        {"eu_bank_giro.csv", mapping(u';', 1, 0, u"dd.MM.yyyy", 4, 3, 5, -1, -1, false, S::Comma, u"EUR", 6, -1)},
        // six lines of account information (one blank, skipped), Debet/Kredit columns, IDR from "Mata Uang,IDR"
        {"id_bank_bca.csv", mapping(u',', 6, 0, u"dd/MM/yyyy", 1, -1, -1, 3, 4, false, S::Comma, u"IDR", -1, -1)},
        // card statement: spending positive, payments in parentheses; the merchant is the description
        {"credit_card.csv", mapping(u',', 1, 0, u"d MMM yyyy", 2, -1, 4, -1, -1, true, S::Point, u"USD", 5, 3)},
        {"windows1252.csv", mapping(u',', 1, 0, u"yyyy-MM-dd", 1, -1, 2, -1, -1, false, S::Point, u"IDR", -1, -1)},
        {"tab_separated.tsv", mapping(u'\t', 1, 0, u"yyyy/MM/dd", 2, 1, 3, -1, -1, false, S::Point, u"USD", 4, -1)},
        // the bad row's date does not change the format or the header rows
        {"malformed_rows.csv", mapping(u',', 1, 0, u"yyyy-MM-dd", 1, -1, 2, -1, -1, false, S::Point, u"IDR", -1, -1)},
    }));
    INFO(c.file);
    CHECK(describe(BankCsvMapping::guess(fixtureTable(c.file))) == describe(c.expected));
}

TEST_CASE("Mapping guess reads Indonesian and English header words", "[csv]")
{
    struct Case
    {
        const char *text;
        int date;
        int description;
        int amount;
        int debit;
        int credit;
        int merchant;
        int category;
    };
    const auto c = GENERATE(values<Case>({
        {"Tgl,Uraian,Nominal\n01/03/2024,Makan siang,-45.000\n", 0, 1, 2, -1, -1, -1, -1},
        {"Nilai;Keterangan;Tanggal\n-45.000;Makan;01/03/2024\n", 2, 1, 0, -1, -1, -1, -1},
        {"Jumlah,Kategori,Tanggal,Memo\n15000,Makan,2024-03-01,Kopi\n", 2, 3, 0, -1, -1, -1, 1},
        {"Date,Details,Withdrawal,Deposit\n2024-03-01,Rent,1200.00,\n2024-03-02,Pay,,3000.00\n", 0, 1, -1, 2, 3,
         -1, -1},
        {"Tanggal,Keterangan,Keluar,Masuk\n01/03/2024,Bensin,150.000,\n", 0, 1, -1, 2, 3, -1, -1},
        {"Date,Payee,Memo,Amount\n2024-03-01,ACME,Lunch,-12.00\n", 0, 2, 3, -1, -1, 1, -1},
        // a reference number that reads as a day (yyyyMMdd) loses to the column headed Tgl
        {"Ref,Tgl,Uraian,Nilai\n20240301,01/03/2024,Parkir,-5.000\n20240302,02/03/2024,Tol,-12.000\n", 1, 2, 3, -1, -1,
         -1, -1},
        // "Debit/Credit" holding DR/CR is no money column: the signed Amount is used
        {"Date,Description,Debit/Credit,Amount\n2024-03-01,Coffee,DR,-3.50\n", 0, 1, 3, -1, -1, -1, -1},
    }));
    INFO(c.text);
    const BankCsvMapping m = BankCsvMapping::guess(tableOf(c.text));
    CHECK(m.headerRows == 1);
    CHECK(m.dateColumn == c.date);
    CHECK(m.descriptionColumn == c.description);
    CHECK(m.amountColumn == c.amount);
    CHECK(m.debitColumn == c.debit);
    CHECK(m.creditColumn == c.credit);
    CHECK(m.merchantColumn == c.merchant);
    CHECK(m.categoryColumn == c.category);
}

TEST_CASE("Mapping guess falls back to what the values look like", "[csv]")
{
    SECTION("no header row at all")
    {
        const BankCsvMapping m =
            BankCsvMapping::guess(tableOf("15/03/2024;Supermarkt Einkauf;-1.234,56;10.000,00\n"
                                          "16/03/2024;Tankstelle;-60,00;9.940,00\n"
                                          "02/04/2024;Gehalt;2.500,00;12.440,00\n"));
        CHECK(m.headerRows == 0);
        CHECK(m.dateColumn == 0);
        CHECK(m.dateFormat == u"dd/MM/yyyy");
        CHECK(m.descriptionColumn == 1);
        CHECK(m.amountColumn == 2); // the first money column with a negative value, not the balance
        CHECK(m.decimalStyle == DecimalStyle::Comma);
        CHECK(m.negativeIsIncome == false);
    }
    SECTION("headers in a language we do not know")
    {
        const BankCsvMapping m = BankCsvMapping::guess(
            tableOf("Saldo,Datum Transakce,Popis,Castka\n100.00,03/15/2024,Obchod Albert Praha,-12.50\n"
                    "87.50,03/16/2024,Kavarna u Zlateho,-4.20\n"));
        CHECK(m.dateColumn == 1);
        CHECK(m.dateFormat == u"MM/dd/yyyy");
        CHECK(m.descriptionColumn == 2);
        CHECK(m.amountColumn == 3);
        CHECK(m.currency == u"IDR"); // nothing says otherwise
    }
    SECTION("currency symbols in the amounts")
    {
        const BankCsvMapping m =
            BankCsvMapping::guess(tableOf("Date,Text,Sum\n2024-03-01,Tea,-€3.20\n2024-03-02,Cake,-€4.10\n"));
        CHECK(m.amountColumn == 2);
        CHECK(m.currency == u"EUR");
    }
    SECTION("an empty table keeps the defaults")
    {
        const BankCsvMapping m = BankCsvMapping::guess(CsvTable{});
        CHECK(describe(m) == describe(BankCsvMapping{}));
    }
}

TEST_CASE("Mapping survives a JSON round trip", "[csv]")
{
    using S = DecimalStyle;
    const auto original = GENERATE(
        mapping(u';', 3, 2, u"dd.MM.yyyy", 4, 5, -1, 6, 7, false, S::Comma, u"EUR", 8, 9),
        mapping(u'\t', 0, 0, u"d MMM yyyy", 1, -1, 2, -1, -1, true, S::Point, u"USD", -1, -1),
        mapping(u'|', 1, 1, u"yyyyMMdd", 0, -1, 3, -1, -1, false, S::Auto, u"IDR", -1, 2));
    BankCsvMapping named = original;
    named.name = QStringLiteral("Bank \"Ü\"; test");
    const QByteArray text = QJsonDocument(named.toJson()).toJson();
    const auto back = BankCsvMapping::fromJson(QJsonDocument::fromJson(text).object());
    REQUIRE(back.ok());
    CHECK(back->name == named.name);
    CHECK(describe(*back) == describe(named));
}

TEST_CASE("Mapping JSON with wrong values is refused", "[csv]")
{
    const QJsonObject good = BankCsvMapping().toJson();
    struct Case
    {
        const char16_t *key;
        QJsonValue value;
    };
    const auto c = GENERATE(values<Case>({
        {u"separator", QStringLiteral(",;")},
        {u"separator", QStringLiteral("\"")},
        {u"separator", 44},
        {u"dateColumn", -1},
        {u"dateColumn", 1.5},
        {u"dateColumn", QStringLiteral("0")},
        {u"amountColumn", -2},
        {u"amountColumn", -1}, // and no debit/credit column either
        {u"headerRows", -1},
        {u"dateFormat", QString()},
        {u"decimalStyle", QStringLiteral("dot")},
        {u"currency", QStringLiteral("rupiah")},
        {u"negativeIsIncome", QStringLiteral("yes")},
        {u"version", 99},
    }));
    QJsonObject json = good;
    json.insert(QString::fromUtf16(c.key), c.value);
    INFO(QJsonDocument(json).toJson(QJsonDocument::Compact).toStdString());
    const auto result = BankCsvMapping::fromJson(json);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::InvalidInput);
    CHECK_FALSE(result.error().message.isEmpty());
}

TEST_CASE("Mapping JSON without some keys keeps the defaults", "[csv]")
{
    const auto result = BankCsvMapping::fromJson(QJsonObject{{QStringLiteral("name"), QStringLiteral("Old")},
                                                             {QStringLiteral("debitColumn"), 3},
                                                             {QStringLiteral("creditColumn"), 4}});
    REQUIRE(result.ok());
    BankCsvMapping expected;
    expected.debitColumn = 3;
    expected.creditColumn = 4;
    CHECK(result->name == u"Old");
    CHECK(describe(*result) == describe(expected));
}

TEST_CASE("Mapping store saves, loads, lists and removes by name", "[csv]")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    BankCsvMappingStore store(*db);

    BankCsvMapping bca = BankCsvMapping::guess(fixtureTable("id_bank_bca.csv"));
    bca.name = QStringLiteral("  BCA  ");
    REQUIRE(store.save(bca).ok());
    BankCsvMapping wise = BankCsvMapping::guess(fixtureTable("eu_bank_giro.csv"));
    wise.name = QStringLiteral("My Wise account");
    REQUIRE(store.save(wise).ok());
    BankCsvMapping amex = BankCsvMapping::guess(fixtureTable("credit_card.csv"));
    amex.name = QStringLiteral("amex");
    REQUIRE(store.save(amex).ok());

    auto names = store.names();
    REQUIRE(names.ok());
    CHECK(*names == QStringList{QStringLiteral("amex"), QStringLiteral("BCA"), QStringLiteral("My Wise account")});

    // Names are trimmed and matched without regard to case.
    auto loaded = store.load(QStringLiteral("bca"));
    REQUIRE(loaded.ok());
    REQUIRE(loaded->has_value());
    CHECK((*loaded)->name == u"BCA");
    bca.name = QStringLiteral("BCA");
    CHECK(describe(**loaded) == describe(bca));

    auto missing = store.load(QStringLiteral("Mandiri"));
    REQUIRE(missing.ok());
    CHECK_FALSE(missing->has_value());

    // Saving under the same name in other case replaces it (one row, new spelling, new columns).
    BankCsvMapping changed = bca;
    changed.name = QStringLiteral("bca");
    changed.headerRows = 7;
    changed.currency = QStringLiteral("SGD");
    REQUIRE(store.save(changed).ok());
    names = store.names();
    REQUIRE(names.ok());
    CHECK(*names == QStringList{QStringLiteral("amex"), QStringLiteral("bca"), QStringLiteral("My Wise account")});
    loaded = store.load(QStringLiteral("BCA"));
    REQUIRE(loaded.ok());
    REQUIRE(loaded->has_value());
    CHECK((*loaded)->headerRows == 7);
    CHECK((*loaded)->currency == u"SGD");

    REQUIRE(store.remove(QStringLiteral("MY WISE ACCOUNT")).ok());
    REQUIRE(store.remove(QStringLiteral("never saved")).ok());
    names = store.names();
    REQUIRE(names.ok());
    CHECK(*names == QStringList{QStringLiteral("amex"), QStringLiteral("bca")});
    loaded = store.load(QStringLiteral("My Wise account"));
    REQUIRE(loaded.ok());
    CHECK_FALSE(loaded->has_value());
}

TEST_CASE("Mapping store refuses a blank name and reports a damaged definition", "[csv]")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    BankCsvMappingStore store(*db);
    BankCsvMapping blank;
    blank.name = QStringLiteral("   ");
    const auto saved = store.save(blank);
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().code == ErrorCode::InvalidInput);
    auto names = store.names();
    REQUIRE(names.ok());
    CHECK(names->isEmpty());

    {
        RawConnection raw(dir.databasePath());
        raw.exec(QStringLiteral("INSERT INTO csv_mappings (name, definition, updated_at) VALUES "
                                "('Broken', '{not json', '2024-01-01T00:00:00.000Z'), "
                                "('Wrong', '{\"currency\": \"rupiah\"}', '2024-01-01T00:00:00.000Z')"));
    }
    for (const QString &name : {QStringLiteral("Broken"), QStringLiteral("Wrong")}) {
        INFO(name.toStdString());
        const auto loaded = store.load(name);
        REQUIRE_FALSE(loaded.ok());
        CHECK(loaded.error().code == ErrorCode::InvalidInput);
    }
}
