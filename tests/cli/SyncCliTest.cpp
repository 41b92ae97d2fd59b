#include "CliRunner.h"

#include <QJsonArray>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

// lifeos sync without a keychain or a network: the paths that need no secret (the keyring ones are in
// tests/core/sync/SyncKeyringTest.cpp).

TEST_CASE("sync --status --json of sources that are not set up says so for each, without asking the keychain")
{
    QTemporaryDir dir;
    const CliResult result = CliRunner(dir.path()).run({QStringLiteral("sync"), QStringLiteral("--status"),
                                                        QStringLiteral("--json")});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QJsonArray sources = result.json().value(QStringLiteral("sources")).toArray();
    REQUIRE(sources.size() == 2);
    CHECK(sources[0].toObject().value(QStringLiteral("source")).toString() == QStringLiteral("oura"));
    CHECK(sources[1].toObject().value(QStringLiteral("source")).toString() == QStringLiteral("calendar"));
    for (const QJsonValue &value : sources) {
        const QJsonObject source = value.toObject();
        CHECK(source.value(QStringLiteral("configured")) == QJsonValue(false));
        CHECK(source.value(QStringLiteral("connected")) == QJsonValue(false));
        CHECK(source.value(QStringLiteral("last_success")).isNull());
        CHECK(source.value(QStringLiteral("last_error")).isNull());
        CHECK(source.value(QStringLiteral("next_run")).isNull());
        CHECK(source.value(QStringLiteral("items_changed")) == QJsonValue(0));
    }
}

TEST_CASE("sync --status in words names each source and what to expect")
{
    QTemporaryDir dir;
    const CliResult result = CliRunner(dir.path()).run({QStringLiteral("sync"), QStringLiteral("oura"),
                                                        QStringLiteral("--status")});
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.startsWith(QStringLiteral("Oura\n")));
    CHECK(result.out.contains(QStringLiteral("Connection: not set up")));
    CHECK(result.out.contains(QStringLiteral("Last sync:  never")));
    CHECK(result.out.contains(QStringLiteral("Next run:   not scheduled")));
    CHECK_FALSE(result.out.contains(QStringLiteral("Google")));
}

TEST_CASE("sync with nothing connected says how to connect and succeeds")
{
    QTemporaryDir dir;
    const CliResult result = CliRunner(dir.path()).run({QStringLiteral("sync")});
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.contains(QStringLiteral("lifeos sync oura --connect")));
    const CliResult json = CliRunner(dir.path()).run({QStringLiteral("sync"), QStringLiteral("--json")});
    REQUIRE(json.exitCode == 0);
    CHECK(json.json().value(QStringLiteral("results")).toArray().isEmpty());
}

TEST_CASE("syncing a source that is not set up fails with where to set it up")
{
    QTemporaryDir dir;
    const CliResult result = CliRunner(dir.path()).run({QStringLiteral("sync"), QStringLiteral("calendar")});
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QStringLiteral("Google Calendar is not set up")));
    CHECK(result.err.contains(QStringLiteral("Settings → Connections")));
    // The error is remembered for --status.
    const CliResult status = CliRunner(dir.path()).run({QStringLiteral("sync"), QStringLiteral("calendar"),
                                                        QStringLiteral("--status"), QStringLiteral("--json")});
    const QJsonObject calendar = status.json().value(QStringLiteral("sources")).toArray().first().toObject();
    CHECK(calendar.value(QStringLiteral("last_error")).toString().contains(QStringLiteral("not set up")));
}

TEST_CASE("sync refuses what it cannot mean, with exit code 2")
{
    QTemporaryDir dir;
    const auto args = GENERATE(table<QStringList, QString>({
        {{QStringLiteral("fitbit")}, QStringLiteral("unknown source")},
        {{QStringLiteral("oura"), QStringLiteral("calendar")}, QStringLiteral("at most one source")},
        {{QStringLiteral("--connect")}, QStringLiteral("which source")},
        {{QStringLiteral("--disconnect")}, QStringLiteral("which source")},
        {{QStringLiteral("oura"), QStringLiteral("--status"), QStringLiteral("--connect")}, QStringLiteral("choose one")},
        {{QStringLiteral("oura"), QStringLiteral("--backfill"), QStringLiteral("many")}, QStringLiteral("--backfill")},
        {{QStringLiteral("oura"), QStringLiteral("--backfill"), QStringLiteral("0")}, QStringLiteral("--backfill")},
    }));
    const auto &[arguments, expected] = args;
    const CliResult result = CliRunner(dir.path()).run(QStringList{QStringLiteral("sync")} + arguments);
    INFO(arguments.join(u' ').toStdString() << " -> " << result.err.toStdString());
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(expected));
}
