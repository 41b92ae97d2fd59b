// `lifeos import FILE --format ics`, run as a user or script runs it: human and JSON output, dry runs, bad files.

#include "CliRunner.h"
#include "storage/Database.h"
#include "support/QtStringMakers.h"
#include "support/TempDataDir.h"

#include <QJsonArray>
#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(LIFEOS_ICS_FIXTURES "/") + QString::fromLatin1(name);
}

qint64 eventRows(const TempDataDir &dir, const QString &calendar = {})
{
    auto db = lifeos::Database::open(dir.databasePath());
    REQUIRE(db.ok());
    QSqlQuery query((*db)->connection());
    query.prepare(calendar.isEmpty() ? QStringLiteral("SELECT count(*) FROM calendar_events")
                                     : QStringLiteral("SELECT count(*) FROM calendar_events WHERE calendar_id = ?"));
    if (!calendar.isEmpty())
        query.addBindValue(calendar);
    REQUIRE(query.exec());
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

CliResult importIcs(const CliRunner &cli, const QString &path, const QStringList &extra = {})
{
    return cli.run(QStringList{QStringLiteral("import"),
                               path,
                               QStringLiteral("--format"),
                               QStringLiteral("ics"),
                               QStringLiteral("--now"),
                               QStringLiteral("2024-11-20")}
                   + extra);
}

} // namespace

TEST_CASE("lifeos import --format ics prints what it imported, and again changes nothing")
{
    TempDataDir dir;
    const CliRunner cli(dir.path());
    const CliResult first = importIcs(cli, fixture("google-work.ics"));
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    // A year back and ahead of 2024-11-20: 58 standups (one is an exception), the dentist and the summit.
    // "event(s)" reads "events" once translations/lifeos_en.ts has the plural forms; both start "3 event".
    CHECK(first.out.startsWith(QStringLiteral("Imported 3 event")));
    CHECK(first.out.endsWith(QStringLiteral(" (60 with repeats) into \"Work\": 60 added, 0 updated, 0 removed.")));
    CHECK(first.err.isEmpty());
    CHECK(eventRows(dir, QStringLiteral("Work")) == 60);

    const CliResult again = importIcs(cli, fixture("google-work.ics"));
    REQUIRE(again.exitCode == 0);
    CHECK(again.out.startsWith(QStringLiteral("Imported 3 event")));
    CHECK(again.out.endsWith(QStringLiteral(" (60 with repeats) into \"Work\": 0 added, 0 updated, 0 removed.")));
    CHECK(eventRows(dir) == 60);
}

TEST_CASE("lifeos import --format ics --json prints the summary fields")
{
    TempDataDir dir;
    const CliRunner cli(dir.path());
    const CliResult result = importIcs(cli, fixture("apple-home.ics"), {QStringLiteral("--json")});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QJsonObject json = result.json();
    CHECK(json.keys()
          == QStringList{QStringLiteral("added"),
                         QStringLiteral("calendar"),
                         QStringLiteral("dry_run"),
                         QStringLiteral("events"),
                         QStringLiteral("instances"),
                         QStringLiteral("removed"),
                         QStringLiteral("updated"),
                         QStringLiteral("warnings")});
    CHECK(json.value(QStringLiteral("calendar")).toString() == u"Home");
    CHECK(json.value(QStringLiteral("events")).toInt() == 4);
    CHECK(json.value(QStringLiteral("instances")).toInt() == 10);
    CHECK(json.value(QStringLiteral("added")).toInt() == 10);
    CHECK(json.value(QStringLiteral("updated")).toInt() == 0);
    CHECK(json.value(QStringLiteral("removed")).toInt() == 0);
    CHECK(json.value(QStringLiteral("dry_run")).toBool() == false);
    CHECK(json.value(QStringLiteral("warnings")).toArray().isEmpty());
    CHECK(eventRows(dir, QStringLiteral("Home")) == 10);
}

TEST_CASE("lifeos import --format ics --dry-run counts but writes nothing")
{
    TempDataDir dir;
    const CliRunner cli(dir.path());
    const CliResult human = importIcs(cli, fixture("outlook-calendar.ics"), {QStringLiteral("--dry-run")});
    INFO(human.err.toStdString());
    REQUIRE(human.exitCode == 0);
    CHECK(human.out.startsWith(QStringLiteral("Would import 3 event")));
    CHECK(human.out.contains(QStringLiteral("into \"outlook-calendar\"")));
    CHECK(human.out.contains(QStringLiteral("nothing was written")));

    const CliResult json = importIcs(cli,
                                     fixture("outlook-calendar.ics"),
                                     {QStringLiteral("--dry-run"),
                                      QStringLiteral("--json"),
                                      QStringLiteral("--calendar"),
                                      QStringLiteral("Office")});
    REQUIRE(json.exitCode == 0);
    CHECK(json.json().value(QStringLiteral("dry_run")).toBool());
    CHECK(json.json().value(QStringLiteral("calendar")).toString() == u"Office");
    CHECK(json.json().value(QStringLiteral("added")).toInt() == json.json().value(QStringLiteral("instances")).toInt());
    CHECK(eventRows(dir) == 0);
}

TEST_CASE("lifeos import --format ics lists skipped lines on stderr and still imports the rest")
{
    TempDataDir dir;
    const CliRunner cli(dir.path());
    const CliResult result = importIcs(cli, fixture("broken.ics"));
    REQUIRE(result.exitCode == 0);
    const QStringList errLines = result.err.split(u'\n');
    CHECK(errLines.size() == 4);
    CHECK(result.err.contains(QStringLiteral("line 11: ")));
    CHECK(result.err.contains(QStringLiteral("line 16: ")));
    CHECK(result.out.startsWith(QStringLiteral("Imported 2 event")));
    CHECK(result.out.contains(QStringLiteral("See the 4 warning")));
    CHECK(eventRows(dir, QStringLiteral("Broken")) == 2);
}

TEST_CASE("lifeos import --format ics refuses a file that is not iCalendar with one line and exit code 1")
{
    TempDataDir dir;
    const CliRunner cli(dir.path());
    const CliResult result = importIcs(cli, fixture("not-a-calendar.ics"));
    CHECK(result.exitCode == 1);
    CHECK(result.out.isEmpty());
    CHECK_FALSE(result.err.contains(u'\n'));
    CHECK(result.err.startsWith(QStringLiteral("lifeos: ")));
    CHECK(result.err.contains(QStringLiteral("not an iCalendar file")));
    CHECK(eventRows(dir) == 0);

    const CliResult missing = importIcs(cli, dir.filePath(QStringLiteral("missing.ics")), {QStringLiteral("--json")});
    CHECK(missing.exitCode == 1);
    CHECK(missing.out.isEmpty());
    CHECK_FALSE(missing.err.contains(u'\n'));

    const CliResult badNow = cli.run({QStringLiteral("import"),
                                      fixture("google-work.ics"),
                                      QStringLiteral("--format"),
                                      QStringLiteral("ics"),
                                      QStringLiteral("--now"),
                                      QStringLiteral("soon")});
    CHECK(badNow.exitCode == 2);
}
