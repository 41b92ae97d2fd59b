// `lifeos stats` run as a user or script runs it: the Review page's numbers on a database filled with SQL.

#include "CliRunner.h"
#include "storage/Database.h"
#include "support/QtStringMakers.h"
#include "support/TempDataDir.h"

#include <QDate>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <catch2/catch.hpp>

namespace {

const QDate kToday(2024, 6, 12); // a Wednesday

void fill(const TempDataDir &dir)
{
    auto db = lifeos::Database::open(dir.databasePath());
    REQUIRE(db.ok());
    QSqlQuery query((*db)->connection());
    const auto exec = [&](const QString &sql) {
        INFO(sql.toStdString() << " -> " << query.lastError().text().toStdString());
        REQUIRE(query.exec(sql));
    };
    const QString stamp = QStringLiteral("'2024-01-01T00:00:00.000Z'");
    const auto day = [](int offset) { return kToday.addDays(-offset).toString(Qt::ISODate); };
    // Sleep: 8 h every day this week, 7 h on every day of the 90 before.
    for (int offset = 0; offset <= 96; ++offset) {
        exec(QStringLiteral("INSERT INTO metrics (name, value, unit, day, created_at, updated_at) "
                            "VALUES ('sleep', %1, 'h', '%2', %3, %3)")
                 .arg(offset < 7 ? 8 : 7)
                 .arg(day(offset), stamp));
    }
    exec(QStringLiteral("INSERT INTO categories (id, name, kind, created_at) VALUES (1, 'Food', 'expense', %1)")
             .arg(stamp));
    exec(QStringLiteral(
             "INSERT INTO transactions (kind, amount_minor, currency, day, category_id, created_at, updated_at) "
             "VALUES ('expense', 45000, 'IDR', '%1', 1, %3, %3), ('expense', 90000, 'IDR', '%2', 1, %3, %3)")
             .arg(day(0), day(30), stamp));
    exec(QStringLiteral("INSERT INTO journal_entries (day, body, created_at, updated_at) VALUES "
                        "('%1', 'Yesterday', %3, %3), ('%2', 'A year ago today', %3, %3)")
             .arg(day(1), kToday.addYears(-1).toString(Qt::ISODate), stamp));
}

} // namespace

TEST_CASE("lifeos stats --json prints the Review page's numbers")
{
    TempDataDir dir;
    fill(dir);
    const CliResult result = CliRunner(dir.path())
                                 .run({QStringLiteral("stats"),
                                       QStringLiteral("--json"),
                                       QStringLiteral("--now"),
                                       kToday.toString(Qt::ISODate)});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QJsonObject json = result.json();
    CHECK(json.keys()
          == QStringList{QStringLiteral("metrics"),
                         QStringLiteral("on_this_day"),
                         QStringLiteral("spending"),
                         QStringLiteral("streaks"),
                         QStringLiteral("today")});
    CHECK(json.value(QStringLiteral("today")).toString() == QStringLiteral("2024-06-12"));

    const QJsonArray metrics = json.value(QStringLiteral("metrics")).toArray();
    REQUIRE(metrics.size() == 1);
    const QJsonObject sleep = metrics.first().toObject();
    CHECK(sleep.value(QStringLiteral("name")).toString() == QStringLiteral("sleep"));
    CHECK(sleep.value(QStringLiteral("this_week")).toDouble() == Approx(8.0));
    CHECK(sleep.value(QStringLiteral("last_week")).toDouble() == Approx(7.0));
    CHECK(sleep.value(QStringLiteral("baseline")).toDouble() == Approx(7.0));
    CHECK(sleep.value(QStringLiteral("change_vs_baseline")).toDouble() == Approx(1.0 / 7));
    CHECK(sleep.value(QStringLiteral("trend")).toString() == QStringLiteral("up"));

    const QJsonArray spending = json.value(QStringLiteral("spending")).toArray();
    REQUIRE(spending.size() == 1);
    const QJsonObject food = spending.first().toObject();
    CHECK(food.value(QStringLiteral("category")).toString() == QStringLiteral("Food"));
    CHECK(food.value(QStringLiteral("currency")).toString() == QStringLiteral("IDR"));
    CHECK(food.value(QStringLiteral("this_week_minor")).toInteger() == 45000);
    CHECK(food.value(QStringLiteral("baseline_minor")).toInteger() == 7000); // 90,000 × 7 / 90

    const QJsonArray onThisDay = json.value(QStringLiteral("on_this_day")).toArray();
    REQUIRE(onThisDay.size() == 1);
    CHECK(onThisDay.first().toObject().value(QStringLiteral("title")).toString() == QStringLiteral("A year ago today"));

    const QJsonArray streaks = json.value(QStringLiteral("streaks")).toArray();
    REQUIRE(streaks.size() == 2);
    CHECK(streaks[0].toObject().value(QStringLiteral("name")).toString() == QStringLiteral("journal"));
    CHECK(streaks[0].toObject().value(QStringLiteral("current")).toInt() == 1);
}

TEST_CASE("lifeos stats prints a readable table of the same numbers")
{
    TempDataDir dir;
    fill(dir);
    const CliResult result =
        CliRunner(dir.path()).run({QStringLiteral("stats"), QStringLiteral("--now"), kToday.toString(Qt::ISODate)});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    INFO(result.out.toStdString());
    CHECK(result.out.contains(QStringLiteral("2024-06-12")));
    const QStringList lines = result.out.split(u'\n');
    const auto lineWith = [&](const QString &start) {
        for (const QString &line : lines) {
            if (line.trimmed().startsWith(start))
                return line.simplified();
        }
        return QString();
    };
    // this week, last week, baseline, vs last, vs base, trend, today, same weekday
    CHECK(lineWith(QStringLiteral("sleep (h)")) == QStringLiteral("sleep (h) 8.0 7.0 7.0 +14% +14% ↑ 8.0 7.0"));
    CHECK(lineWith(QStringLiteral("Food")).startsWith(QStringLiteral("Food 45")));
    CHECK(lineWith(QStringLiteral("Journal:")).contains(QStringLiteral("1")));
    CHECK(result.out.contains(QStringLiteral("A year ago today")));
}

TEST_CASE("lifeos stats on an empty data folder says there is nothing yet")
{
    TempDataDir dir;
    const CliResult result = CliRunner(dir.path()).run({QStringLiteral("stats"), QStringLiteral("--json")});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QJsonObject json = result.json();
    CHECK(json.value(QStringLiteral("metrics")).toArray().isEmpty());
    CHECK(json.value(QStringLiteral("spending")).toArray().isEmpty());
    // Today where the runner puts the command: Jakarta.
    const QDate jakartaToday = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Jakarta")).date();
    CHECK(json.value(QStringLiteral("today")).toString() == jakartaToday.toString(Qt::ISODate));
}

TEST_CASE("lifeos stats refuses arguments and a bad --now with a usage error")
{
    TempDataDir dir;
    const QStringList bad = GENERATE(QStringList{QStringLiteral("extra")},
                                     QStringList{QStringLiteral("--now"), QStringLiteral("next tuesday")});
    const CliResult result = CliRunner(dir.path()).run(QStringList{QStringLiteral("stats")} + bad);
    CHECK(result.exitCode == 2);
    CHECK(result.err.startsWith(QStringLiteral("lifeos: ")));
    CHECK(result.out.isEmpty());
}
