#include "CliRunner.h"
#include "storage/Database.h"
#include "support/CaptureContract.h"
#include "support/QtStringMakers.h"
#include "support/TempDataDir.h"
#include "util/DataLocation.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace {

const QString kNow = QStringLiteral("--now=2026-11-22T10:00:00");

} // namespace

TEST_CASE("lifeos parse --json prints every field of the contract, null where nothing was understood")
{
    TempDataDir dir;
    const CliResult result =
        CliRunner(dir.path()).run({QStringLiteral("parse"), QStringLiteral("3 eggs"), kNow, QStringLiteral("--json")});
    REQUIRE(result.exitCode == 0);
    const QJsonObject json = result.json();
    checkHasEveryContractField(json);
    CHECK(json.value(QStringLiteral("raw")).toString() == QStringLiteral("3 eggs"));
    CHECK(json.value(QStringLiteral("amount")).isNull());
    CHECK(json.value(QStringLiteral("when")).isNull());
    CHECK(json.value(QStringLiteral("confidence")).isDouble());
}

TEST_CASE("lifeos parse reads dates against --now and stores nothing")
{
    TempDataDir dir;
    const CliRunner cli(dir.path());
    const QJsonObject json =
        cli.run({QStringLiteral("parse"), QStringLiteral("buy bread tomorrow"), kNow, QStringLiteral("--json")}).json();
    CHECK(json.value(QStringLiteral("kind")).toString() == QStringLiteral("task"));
    CHECK(json.value(QStringLiteral("title")).toString() == QStringLiteral("Buy bread"));
    CHECK(json.value(QStringLiteral("when")).toString() == QStringLiteral("2026-11-23"));
    const QJsonObject later = cli.run({QStringLiteral("parse"),
                                       QStringLiteral("call Ana at 5pm"),
                                       QStringLiteral("--now=2026-11-22T18:00:00"),
                                       QStringLiteral("--json")})
                                  .json();
    CHECK(later.value(QStringLiteral("when")).toString() == QStringLiteral("2026-11-23T17:00"));
    CHECK_FALSE(QFile::exists(dir.databasePath()));
}

TEST_CASE("lifeos capture stores the line and prints it with its ids, several words being one line")
{
    TempDataDir dir;
    const CliRunner cli(dir.path());
    const CliResult result = cli.run(
        {QStringLiteral("capture"), QStringLiteral("kopi"), QStringLiteral("15rb"), kNow, QStringLiteral("--json")});
    REQUIRE(result.exitCode == 0);
    const QJsonObject json = result.json();
    CHECK(json.value(QStringLiteral("kind")).toString() == QStringLiteral("expense"));
    CHECK(json.value(QStringLiteral("raw")).toString() == QStringLiteral("kopi 15rb"));
    CHECK(json.value(QStringLiteral("amount")).toObject().value(QStringLiteral("minor")).toInteger() == 15000);
    CHECK(json.value(QStringLiteral("amount")).toObject().value(QStringLiteral("currency")).toString()
          == QStringLiteral("IDR"));
    CHECK(json.value(QStringLiteral("id")).toInteger() > 0);
    CHECK(json.value(QStringLiteral("capture_id")).toInteger() > 0);
    CHECK(json.value(QStringLiteral("day")).toString() == QStringLiteral("2026-11-22"));

    const CliResult human = cli.run({QStringLiteral("capture"), QStringLiteral("remember the milk"), kNow});
    REQUIRE(human.exitCode == 0);
    CHECK(human.out.contains(QStringLiteral("remember the milk"), Qt::CaseInsensitive));
}

TEST_CASE("a kind given with --kind files the line as the user says, and refuses what that kind cannot hold")
{
    TempDataDir dir;
    const CliRunner cli(dir.path());
    const QJsonObject task = cli.run({QStringLiteral("capture"),
                                      QStringLiteral("3 eggs"),
                                      QStringLiteral("--kind"),
                                      QStringLiteral("task"),
                                      QStringLiteral("--json")})
                                 .json();
    CHECK(task.value(QStringLiteral("kind")).toString() == QStringLiteral("task"));

    const CliResult refused =
        cli.run({QStringLiteral("capture"), QStringLiteral("three eggs"), QStringLiteral("--kind=expense")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.startsWith(QStringLiteral("lifeos: ")));
    CHECK(refused.out.isEmpty());

    const CliResult unknown = cli.run({QStringLiteral("parse"), QStringLiteral("x"), QStringLiteral("--kind=recipe")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("recipe")));
}

TEST_CASE("bad input to capture is refused with one line and exit code, or stored verbatim")
{
    TempDataDir dir;
    const CliRunner cli(dir.path());
    const CliResult empty = cli.run({QStringLiteral("capture"), QStringLiteral("   ")});
    CHECK(empty.exitCode == 1);
    CHECK(empty.err.count(u'\n') == 0);
    CHECK_FALSE(empty.err.isEmpty());

    const CliResult missing = cli.run({QStringLiteral("capture")});
    CHECK(missing.exitCode == 2);

    const CliResult badNow = cli.run({QStringLiteral("parse"), QStringLiteral("x"), QStringLiteral("--now=soon")});
    CHECK(badNow.exitCode == 2);

    // A megabyte of text through standard input comes back whole.
    const QByteArray big = QByteArray(1024 * 1024, 'a');
    const CliResult huge =
        cli.run({QStringLiteral("capture"), QStringLiteral("-"), QStringLiteral("--json")}, big + '\n');
    REQUIRE(huge.exitCode == 0);
    CHECK(huge.json().value(QStringLiteral("raw")).toString().toUtf8() == big);
}

TEST_CASE("the command line still exports and rejects unknown commands")
{
    TempDataDir dir;
    const CliRunner cli(dir.path());
    REQUIRE(cli.run({QStringLiteral("capture"), QStringLiteral("note: a thought")}).exitCode == 0);
    const CliResult exported = cli.run({QStringLiteral("export"),
                                        dir.filePath(QStringLiteral("out")),
                                        QStringLiteral("--format=json"),
                                        QStringLiteral("--json")});
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.json().value(QStringLiteral("rows")).toObject().value(QStringLiteral("captures")).toInt() == 1);
    CHECK(cli.run({QStringLiteral("frobnicate")}).exitCode == 2);
}

TEST_CASE("capture files a line under the user's own category when the line names it")
{
    TempDataDir dir;
    const CliRunner cli(dir.path());
    REQUIRE(cli.run({QStringLiteral("capture"), QStringLiteral("note: first")}).exitCode == 0);
    {
        auto db = lifeos::Database::open(lifeos::DataLocation::databasePath(dir.path()));
        REQUIRE(db);
        QSqlQuery insert((*db)->connection());
        REQUIRE(insert.exec(QStringLiteral("INSERT INTO categories (id, name, kind, created_at) VALUES "
                                           "(5, 'Snacks', 'expense', '2026-01-01T00:00:00.000Z')")));
    }
    const QJsonObject parsed =
        cli.run({QStringLiteral("parse"), QStringLiteral("snacks 20k"), kNow, QStringLiteral("--json")}).json();
    CHECK(parsed.value(QStringLiteral("category")).toString() == QStringLiteral("Snacks"));
    const CliResult stored =
        cli.run({QStringLiteral("capture"), QStringLiteral("snacks 20k"), kNow, QStringLiteral("--json")});
    REQUIRE(stored.exitCode == 0);
    auto db = lifeos::Database::open(lifeos::DataLocation::databasePath(dir.path()));
    REQUIRE(db);
    QSqlQuery category((*db)->connection());
    REQUIRE(category.exec(QStringLiteral("SELECT category_id FROM transactions WHERE id = %1")
                              .arg(stored.json().value(QStringLiteral("id")).toInteger())));
    REQUIRE(category.next());
    CHECK(category.value(0).toInt() == 5);
}

TEST_CASE("import --format jsonl adds notes once, makes them searchable at once, and refuses a bad file whole")
{
    TempDataDir dir;
    const CliRunner cli(dir.path());
    const QString file = dir.filePath(QStringLiteral("notes.jsonl"));
    {
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(R"({"title": "Dune", "body": "Spice and sand.", "created": "2024-03-15", "tags": ["books"], "ref": "gr-1"}
{"title": "Rendang", "body": "Slow and patient.", "created": "2024-03-16T19:00:00+07:00", "ref": "cook-9"}
)");
    }
    const QStringList command = {QStringLiteral("import"), file, QStringLiteral("--format"), QStringLiteral("jsonl"),
                                 QStringLiteral("--json")};
    const CliResult first = cli.run(command);
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    const QJsonObject added = first.json();
    CHECK(added.value(QStringLiteral("added")).toInt() == 2);
    CHECK(added.value(QStringLiteral("updated")).toInt() == 0);
    CHECK(added.value(QStringLiteral("unchanged")).toInt() == 0);
    CHECK(added.value(QStringLiteral("documents")).toInt() == 2);
    {
        // Projected before the command returned: the full-text index already finds the words.
        auto db = lifeos::Database::open(lifeos::DataLocation::databasePath(dir.path()));
        REQUIRE(db);
        QSqlQuery found((*db)->connection());
        REQUIRE(found.exec(QStringLiteral("SELECT d.ref FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid "
                                          "WHERE documents_fts MATCH 'spice'")));
        REQUIRE(found.next());
        CHECK(found.value(0).toString() == QStringLiteral("gr-1"));
    }

    const QJsonObject again = cli.run(command).json();
    CHECK(again.value(QStringLiteral("added")).toInt() == 0);
    CHECK(again.value(QStringLiteral("unchanged")).toInt() == 2);
    CHECK(again.value(QStringLiteral("documents")).toInt() == 2);

    const QString bad = dir.filePath(QStringLiteral("bad.jsonl"));
    {
        QFile out(bad);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write("{\"title\": \"fine\", \"ref\": \"new-1\"}\n{\"title\": oops}\n\n{\"tags\": 3, \"title\": \"x\"}\n");
    }
    const CliResult refused =
        cli.run({QStringLiteral("import"), bad, QStringLiteral("--format=jsonl"), QStringLiteral("--json")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.out.isEmpty());
    CHECK(refused.err.contains(QStringLiteral("line 2:")));
    CHECK(refused.err.contains(QStringLiteral("line 4:")));
    CHECK_FALSE(refused.err.contains(QStringLiteral("line 1:")));
    const QJsonObject afterRefusal = cli.run(command).json();
    CHECK(afterRefusal.value(QStringLiteral("documents")).toInt() == 2); // "new-1" was not written
}
