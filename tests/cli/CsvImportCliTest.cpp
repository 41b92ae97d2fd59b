// `lifeos import FILE --format csv`, `import --list` and `import --undo`, run as a user or script runs them.

#include "CliRunner.h"
#include "storage/Database.h"
#include "support/QtStringMakers.h"
#include "support/TempDataDir.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace {

const QByteArray kStatement = "Date,Description,Amount\n"
                              "2024-03-01,KOPI KENANGAN,-25000\n"
                              "2024-03-01,KOPI KENANGAN,-25000\n"
                              "2024-03-02,GAJI MARET,5000000\n";

QString writeFile(const TempDataDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
    return path;
}

qint64 countOf(const TempDataDir &dir, const QString &table)
{
    auto db = lifeos::Database::open(dir.databasePath());
    REQUIRE(db.ok());
    QSqlQuery query((*db)->connection());
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM ") + table));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

CliResult importCsv(const CliRunner &cli, const QString &path, const QStringList &extra = {})
{
    return cli.run(QStringList{QStringLiteral("import"), path, QStringLiteral("--format"), QStringLiteral("csv")}
                   + extra);
}

} // namespace

TEST_CASE("lifeos import --format csv imports a statement once and --json prints the documented shape")
{
    TempDataDir dir;
    const CliRunner cli(dir.path());
    const QString path = writeFile(dir, QStringLiteral("bank.csv"), kStatement);

    const CliResult first = importCsv(cli, path, {QStringLiteral("--json")});
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    const QJsonObject json = first.json();
    CHECK(json.keys()
          == QStringList{QStringLiteral("batch"),
                         QStringLiteral("duplicates"),
                         QStringLiteral("kind"),
                         QStringLiteral("new"),
                         QStringLiteral("problems")});
    CHECK(json.value(QStringLiteral("batch")).toString().size() == 36); // a UUID
    CHECK(json.value(QStringLiteral("kind")).toString() == u"bank_csv");
    CHECK(json.value(QStringLiteral("new")).toInt() == 3);
    CHECK(json.value(QStringLiteral("duplicates")).toInt() == 0);
    CHECK(json.value(QStringLiteral("problems")).toArray().isEmpty());
    CHECK(countOf(dir, QStringLiteral("transactions")) == 3);

    const CliResult again = importCsv(cli, path, {QStringLiteral("--json")});
    REQUIRE(again.exitCode == 0);
    CHECK(again.json().value(QStringLiteral("batch")).isNull());
    CHECK(again.json().value(QStringLiteral("new")).toInt() == 0);
    CHECK(again.json().value(QStringLiteral("duplicates")).toInt() == 3);
    CHECK(countOf(dir, QStringLiteral("transactions")) == 3);

    const CliResult text = importCsv(cli, path);
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("3")));
}

TEST_CASE("lifeos import of a file with bad rows exits 1, names every bad line and writes nothing")
{
    TempDataDir dir;
    const CliRunner cli(dir.path());
    const QString path = writeFile(dir,
                                   QStringLiteral("bad.csv"),
                                   "Date,Description,Amount\n"
                                   "2024-03-01,Coffee,-25000\n"
                                   "2024-03-02,Groceries,-45100\n"
                                   "2024-13-45,Bad date row,-9990\n"
                                   "2024-03-04,Bus ticket,-2750\n"
                                   "2024-03-05,Bad amount row,12x4\n"
                                   "2024-03-06,Salary,2500000\n");
    const CliResult result = importCsv(cli, path);
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QStringLiteral("line 4: ")));
    CHECK(result.err.contains(QStringLiteral("line 6: ")));
    CHECK_FALSE(result.err.contains(QStringLiteral("line 2: ")));
    CHECK(countOf(dir, QStringLiteral("transactions")) == 0);
    CHECK(countOf(dir, QStringLiteral("import_batches")) == 0);

    const CliResult json = importCsv(cli, path, {QStringLiteral("--json")});
    CHECK(json.exitCode == 1);
    const QJsonArray problems = json.json().value(QStringLiteral("problems")).toArray();
    REQUIRE(problems.size() == 2);
    CHECK(problems.at(0).toObject().keys() == QStringList{QStringLiteral("line"), QStringLiteral("message")});
    CHECK(problems.at(0).toObject().value(QStringLiteral("line")).toInt() == 4);
    CHECK(problems.at(1).toObject().value(QStringLiteral("line")).toInt() == 6);
    CHECK(json.json().value(QStringLiteral("batch")).isNull());
}

TEST_CASE("lifeos import --list shows the imports and --undo takes one back, once")
{
    TempDataDir dir;
    const CliRunner cli(dir.path());
    const CliResult imported =
        importCsv(cli, writeFile(dir, QStringLiteral("bank.csv"), kStatement), {QStringLiteral("--json")});
    REQUIRE(imported.exitCode == 0);
    const QString batch = imported.json().value(QStringLiteral("batch")).toString();

    const CliResult listed = cli.run({QStringLiteral("import"), QStringLiteral("--list"), QStringLiteral("--json")});
    INFO(listed.err.toStdString());
    REQUIRE(listed.exitCode == 0);
    const QJsonArray imports = listed.json().value(QStringLiteral("imports")).toArray();
    REQUIRE(imports.size() == 1);
    const QJsonObject entry = imports.first().toObject();
    CHECK(entry.keys()
          == QStringList{QStringLiteral("batch"),
                         QStringLiteral("created"),
                         QStringLiteral("file"),
                         QStringLiteral("kind"),
                         QStringLiteral("mapping"),
                         QStringLiteral("rows"),
                         QStringLiteral("undone")});
    CHECK(entry.value(QStringLiteral("batch")).toString() == batch);
    CHECK(entry.value(QStringLiteral("file")).toString() == u"bank.csv");
    CHECK(entry.value(QStringLiteral("rows")).toInt() == 3);
    CHECK(entry.value(QStringLiteral("undone")).isNull());
    const CliResult listText = cli.run({QStringLiteral("import"), QStringLiteral("--list")});
    CHECK(listText.out.contains(batch));

    const CliResult undone =
        cli.run({QStringLiteral("import"), QStringLiteral("--undo"), batch, QStringLiteral("--json")});
    INFO(undone.err.toStdString());
    REQUIRE(undone.exitCode == 0);
    CHECK(undone.json() == QJsonObject{{QStringLiteral("batch"), batch}, {QStringLiteral("removed"), 3}});
    CHECK(countOf(dir, QStringLiteral("transactions")) == 0);
    const CliResult after = cli.run({QStringLiteral("import"), QStringLiteral("--list"), QStringLiteral("--json")});
    CHECK(after.json()
              .value(QStringLiteral("imports"))
              .toArray()
              .first()
              .toObject()
              .value(QStringLiteral("undone"))
              .isString());

    const CliResult twice = cli.run({QStringLiteral("import"), QStringLiteral("--undo"), batch});
    CHECK(twice.exitCode == 1);
    CHECK_FALSE(twice.err.isEmpty());
    const CliResult unknown = cli.run({QStringLiteral("import"), QStringLiteral("--undo"), QStringLiteral("nope")});
    CHECK(unknown.exitCode == 1);
}

TEST_CASE("lifeos import of a metrics CSV imports metric values")
{
    TempDataDir dir;
    const CliRunner cli(dir.path());
    const QString path = writeFile(dir,
                                   QStringLiteral("health.csv"),
                                   "date,metric,value,unit\n2024-03-01,weight,72.4,kg\n2024-03-01,sleep,7.5,h\n");
    const CliResult result = importCsv(cli, path, {QStringLiteral("--json")});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(result.json().value(QStringLiteral("kind")).toString() == u"metrics_csv");
    CHECK(result.json().value(QStringLiteral("new")).toInt() == 2);
    CHECK(countOf(dir, QStringLiteral("metrics")) == 2);
    CHECK(importCsv(cli, path, {QStringLiteral("--json")}).json().value(QStringLiteral("duplicates")).toInt() == 2);
}

TEST_CASE("lifeos import --dry-run writes nothing")
{
    TempDataDir dir;
    const CliRunner cli(dir.path());
    const CliResult result = importCsv(cli,
                                       writeFile(dir, QStringLiteral("bank.csv"), kStatement),
                                       {QStringLiteral("--dry-run"), QStringLiteral("--json")});
    REQUIRE(result.exitCode == 0);
    CHECK(result.json().value(QStringLiteral("new")).toInt() == 3);
    CHECK(result.json().value(QStringLiteral("batch")).isNull());
    CHECK(countOf(dir, QStringLiteral("transactions")) == 0);
}

TEST_CASE("lifeos import --mapping uses a saved mapping and names the saved ones when it is unknown")
{
    TempDataDir dir;
    const CliRunner cli(dir.path());
    const QString march = writeFile(dir, QStringLiteral("march.csv"), kStatement);
    const CliResult unknownFirst = importCsv(cli, march, {QStringLiteral("--mapping"), QStringLiteral("BCA")});
    CHECK(unknownFirst.exitCode == 1);
    CHECK(countOf(dir, QStringLiteral("transactions")) == 0);

    const CliResult saved = importCsv(cli, march, {QStringLiteral("--mapping-save"), QStringLiteral("My Bank")});
    INFO(saved.err.toStdString());
    REQUIRE(saved.exitCode == 0);
    // The same rows in another file, read with the saved mapping: all already there.
    const QString copy = writeFile(dir, QStringLiteral("march-again.csv"), kStatement);
    const CliResult reused =
        importCsv(cli, copy, {QStringLiteral("--mapping"), QStringLiteral("my bank"), QStringLiteral("--json")});
    INFO(reused.err.toStdString());
    REQUIRE(reused.exitCode == 0);
    CHECK(reused.json().value(QStringLiteral("duplicates")).toInt() == 3);

    const CliResult unknown = importCsv(cli, copy, {QStringLiteral("--mapping"), QStringLiteral("BCA")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("My Bank")));
}

TEST_CASE("lifeos import --currency reads a statement that names no currency")
{
    TempDataDir dir;
    const CliRunner cli(dir.path());
    const QString path = writeFile(dir,
                                   QStringLiteral("checking.csv"),
                                   "Posting Date,Description,Amount\n03/01/2024,PAYROLL,2450.00\n"
                                   "03/02/2024,STARBUCKS,-5.75\n");
    const CliResult rupiah = importCsv(cli, path); // the default currency has no cents
    CHECK(rupiah.exitCode == 1);
    CHECK(rupiah.err.contains(QStringLiteral("line 3: ")));
    const CliResult dollars =
        importCsv(cli, path, {QStringLiteral("--currency"), QStringLiteral("usd"), QStringLiteral("--json")});
    INFO(dollars.err.toStdString());
    REQUIRE(dollars.exitCode == 0);
    CHECK(dollars.json().value(QStringLiteral("new")).toInt() == 2);
    auto db = lifeos::Database::open(dir.databasePath());
    REQUIRE(db.ok());
    QSqlQuery query((*db)->connection());
    REQUIRE(
        query.exec(QStringLiteral("SELECT sum(amount_minor), min(currency) FROM transactions WHERE kind = 'expense'")));
    REQUIRE(query.next());
    CHECK(query.value(0).toLongLong() == 575);
    CHECK(query.value(1).toString() == u"USD");
}
