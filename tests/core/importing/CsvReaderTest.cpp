#include "importing/CsvTable.h"

#include "support/QtStringMakers.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace lifeos;

namespace {

QStringList row(std::initializer_list<const char16_t *> fields)
{
    QStringList list;
    for (const char16_t *field : fields)
        list.append(QString::fromUtf16(field));
    return list;
}

CsvTable parsed(const QByteArray &bytes, std::optional<QChar> separator = std::nullopt)
{
    auto table = CsvReader::parse(bytes, separator);
    INFO((table.ok() ? QString() : table.error().message).toStdString());
    REQUIRE(table.ok());
    REQUIRE(table->rows.size() == table->lines.size());
    return *table;
}

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(LIFEOS_CSV_FIXTURES "/") + QString::fromLatin1(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("CSV reader detects the separator from the first lines", "[csv]")
{
    struct Case
    {
        const char *bytes;
        char16_t separator;
    };
    const auto c = GENERATE(values<Case>({
        {"a,b,c\n1,2,3\n", u','},
        {"a;b;c\n1;2,5;3\n", u';'},
        {"a\tb\tc\n1\t2,50\t3\n", u'\t'},
        {"a|b|c\n1|2|3\n", u'|'},
        {"date;amount\n01.03.2024;-23,45\n02.03.2024;1.234,56\n", u';'},  // one comma per line is not enough
        {"\"x;y\",b\n\"1;2\",3\n", u','},                                 // separators inside quotes do not count
        {"Account;123\nName;Me\n\nDate,Text,Debit,Credit\n1,a,2,3\n4,b,5,6\n7,c,8,9\n", u','},
        {"single column\nvalue\n", u','},                                  // nothing found: comma
    }));
    INFO(c.bytes);
    CHECK(parsed(c.bytes).separator == QChar(c.separator));
}

TEST_CASE("CSV reader splits rows and fields", "[csv]")
{
    struct Case
    {
        const char *name;
        QByteArray bytes;
        QList<QStringList> rows;
        QList<int> lines;
    };
    const auto c = GENERATE(values<Case>({
        {"LF", "a,b\n1,2\n", {row({u"a", u"b"}), row({u"1", u"2"})}, {1, 2}},
        {"CRLF", "a,b\r\n1,2\r\n", {row({u"a", u"b"}), row({u"1", u"2"})}, {1, 2}},
        {"CR only", "a,b\r1,2\r", {row({u"a", u"b"}), row({u"1", u"2"})}, {1, 2}},
        {"no final line end", "a,b\n1,2", {row({u"a", u"b"}), row({u"1", u"2"})}, {1, 2}},
        {"trailing empty fields", "a,b,,\n1,,,\n", {row({u"a", u"b", u"", u""}), row({u"1", u"", u"", u""})}, {1, 2}},
        {"blank and separator-only lines skipped", "a,b\n\n\r\n,,\n1,2\n", {row({u"a", u"b"}), row({u"1", u"2"})},
         {1, 5}},
        {"quoted separator", "\"x, y\",z\n", {row({u"x, y", u"z"})}, {1}},
        {"doubled quotes", "\"say \"\"hi\"\"\",2\n", {row({u"say \"hi\"", u"2"})}, {1}},
        {"empty quoted field", "\"\",x\n", {row({u"", u"x"})}, {1}},
        {"quote inside an unquoted field is a character", "5\" screen,1\n", {row({u"5\" screen", u"1"})}, {1}},
        {"space before an opening quote", "a, \"b,c\"\n", {row({u"a", u"b,c"})}, {1}},
        {"line break in a quoted field keeps later line numbers right", "h\n\"one\ntwo\nthree\",x\nnext,y\n",
         {row({u"h"}), row({u"one\ntwo\nthree", u"x"}), row({u"next", u"y"})}, {1, 2, 5}},
        {"CRLF inside a quoted field becomes LF", "\"a\r\nb\",c\r\nd,e\r\n", {row({u"a\nb", u"c"}), row({u"d", u"e"})},
         {1, 3}},
        {"UTF-8 text", "caf\xC3\xA9,\xE2\x82\xAC" "5\n", {row({u"café", u"€5"})}, {1}},
    }));
    INFO(c.name);
    const CsvTable table = parsed(c.bytes, QChar(u','));
    CHECK(table.rows == c.rows);
    CHECK(table.lines == c.lines);
}

TEST_CASE("CSV reader strips a UTF-8 byte order mark and says so", "[csv]")
{
    const CsvTable withBom = parsed("\xEF\xBB\xBF" "Date;Amount\r\n01.03.2024;1,50\r\n");
    CHECK(withBom.hadBom);
    CHECK(withBom.separator == u';');
    CHECK(withBom.rows.front().front() == u"Date");
    CHECK_FALSE(parsed("Date;Amount\n").hadBom);
}

TEST_CASE("CSV reader falls back to Windows-1252 when the bytes are not UTF-8", "[csv]")
{
    // é = E9, ü = FC, € = 80, en dash = 96, curly quotes = 93/94 in Windows-1252.
    const CsvTable table = parsed("Caf\xE9,M\xFCller,\x80 5,a\x96" "b,\x93q\x94\n", QChar(u','));
    CHECK(table.rows.front() == row({u"Café", u"Müller", u"€ 5", u"a–b", u"“q”"}));

    const CsvTable file = parsed(fixture("windows1252.csv"));
    REQUIRE(file.rows.size() == 5);
    CHECK(file.rows.at(1).at(1) == u"Café de Flore");
    CHECK(file.rows.at(2).at(1) == u"Bücherei Müller");
    CHECK(file.rows.at(3).at(1) == u"Crème brûlée – Pâtisserie");
    CHECK(file.rows.at(4).at(1) == u"Remboursement €");
}

TEST_CASE("CSV reader reports an unterminated quote with the line it started on", "[csv]")
{
    struct Case
    {
        QByteArray bytes;
        int line;
    };
    const auto c = GENERATE(values<Case>({
        {"\"abc", 1},
        {"a,b\n1,\"open\n2,3\n", 2},
        {"a\n\"x\ny\",ok\n\n\"never closed,\n\n", 5},
    }));
    auto table = CsvReader::parse(c.bytes, QChar(u','));
    REQUIRE_FALSE(table.ok());
    CHECK(table.error().code == ErrorCode::InvalidInput);
    INFO(table.error().message.toStdString());
    CHECK(table.error().message.contains(QString::number(c.line)));
    CHECK(table.error().message.startsWith(QStringLiteral("Line %1:").arg(c.line)));

    auto file = CsvReader::parse(fixture("unterminated_quote.csv"));
    REQUIRE_FALSE(file.ok());
    CHECK(file.error().message.startsWith(u"Line 3:"));
}

TEST_CASE("CSV reader reads each bank fixture", "[csv]")
{
    struct Case
    {
        const char *file;
        char16_t separator;
        bool bom;
        qsizetype rows;
        qsizetype columns; // of the last transaction row checked below
        int checkRow;
        const char16_t *field; // a tricky field of that row
        int column;
        int line;
    };
    const auto c = GENERATE(values<Case>({
        {"us_bank_checking.csv", u',', false, 9, 6, 3, u"AMAZON.COM*2K4 \"PRIME\" MEMBERSHIP", 1, 4},
        {"us_bank_checking.csv", u',', false, 9, 6, 4, u"Rent for March\npaid to landlord, unit 4B", 5, 5},
        {"us_bank_checking.csv", u',', false, 9, 6, 5, u"WHOLE FOODS MARKET, #10234", 1, 7},
        {"eu_bank_giro.csv", u';', true, 7, 7, 6, u"Anteil Urlaub; Ferienhaus", 4, 7},
        {"eu_bank_giro.csv", u';', true, 7, 7, 0, u"Auftraggeber / Empfänger", 3, 1},
        {"id_bank_bca.csv", u',', false, 17, 6, 9, u"1.250.000,00", 3, 11},
        {"credit_card.csv", u',', false, 7, 6, 6, u"1,204.80", 4, 7},
        {"tab_separated.tsv", u'\t', false, 5, 5, 4, u"Paperbacks\tx3", 2, 5},
        {"metrics_id.csv", u';', false, 6, 3, 2, u"10.432", 2, 3},
    }));
    INFO(c.file << " row " << c.checkRow);
    const CsvTable table = parsed(fixture(c.file));
    CHECK(table.separator == QChar(c.separator));
    CHECK(table.hadBom == c.bom);
    CHECK(table.rows.size() == c.rows);
    REQUIRE(c.checkRow < table.rows.size());
    CHECK(table.rows.at(c.checkRow).size() == c.columns);
    CHECK(table.rows.at(c.checkRow).at(c.column) == QString::fromUtf16(c.field));
    CHECK(table.lines.at(c.checkRow) == c.line);
}
