// `lifeos search` and `lifeos index` run as a user or script runs them, including a kill -9 in the middle of
// indexing followed by a run that finishes the job.

#include "CliRunner.h"
#include "storage/Database.h"
#include "support/QtStringMakers.h"
#include "support/TempDataDir.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>

#include <catch2/catch.hpp>

namespace {

// Lines of a JSONL import: distinct words per note so every search has one right answer.
QByteArray corpus(int notes)
{
    static const char *const topics[] = {"espresso cafe flat white", "run park legs heavy", "dentist filling molar",
                                         "budget groceries over", "novel lighthouse keeper", "garden tomatoes basil",
                                         "meeting design onboarding", "train tickets bandung", "nasi goreng sambal",
                                         "slept badly woke early"};
    QByteArray lines;
    for (int i = 0; i < notes; ++i) {
        lines += QStringLiteral("{\"title\":\"Note %1\",\"body\":\"%2 marker%1 and some more words about day %1\","
                                "\"created\":\"2025-%3-%4\",\"tags\":[\"t%5\"],\"ref\":\"ext-%1\"}\n")
                     .arg(i)
                     .arg(QLatin1StringView(topics[i % 10]))
                     .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                     .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                     .arg(i % 10)
                     .toUtf8();
    }
    return lines;
}

void importCorpus(const TempDataDir &dir, int notes)
{
    const QString path = dir.filePath(QStringLiteral("notes.jsonl"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(corpus(notes));
    file.close();
    const CliResult imported =
        CliRunner(dir.path()).run({QStringLiteral("import"), path, QStringLiteral("--format"), QStringLiteral("jsonl")});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
}

qint64 scalarOf(const QString &databasePath, const QString &sql)
{
    auto db = lifeos::Database::open(databasePath);
    REQUIRE(db.ok());
    QSqlQuery query((*db)->connection());
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toLongLong();
}

QProcess *startIndexer(QProcess &process, const TempDataDir &dir, int batchSize)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LIFEOS_INDEX_BATCH_SIZE"), QString::number(batchSize));
    // Small batches with a pause: the kill lands mid-run however fast the machine is.
    env.insert(QStringLiteral("LIFEOS_INDEX_BATCH_PAUSE_MS"), batchSize < 64 ? QStringLiteral("20") : QStringLiteral("0"));
    env.remove(QStringLiteral("LIFEOS_DATA_DIR"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(LIFEOS_APP_PATH),
                  {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("index"), QStringLiteral("--json")});
    REQUIRE(process.waitForStarted());
    return &process;
}

} // namespace

TEST_CASE("lifeos search --json prints the documented shape in every mode")
{
    TempDataDir dir;
    importCorpus(dir, 30);
    const CliRunner cli(dir.path());
    const CliResult indexed = cli.run({QStringLiteral("index")});
    INFO(indexed.err.toStdString());
    REQUIRE(indexed.exitCode == 0);
    const QString mode = GENERATE(QStringLiteral("hybrid"), QStringLiteral("text"), QStringLiteral("vector"));
    DYNAMIC_SECTION(mode.toStdString())
    {
        const CliResult result = cli.run({QStringLiteral("search"), QStringLiteral("lighthouse keeper"),
                                          QStringLiteral("--mode"), mode, QStringLiteral("--limit"),
                                          QStringLiteral("3"), QStringLiteral("--json")});
        INFO(result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        const QJsonObject json = result.json();
        CHECK(json.keys() == QStringList{QStringLiteral("results"), QStringLiteral("took_ms")});
        CHECK(json.value(QStringLiteral("took_ms")).isDouble());
        const QJsonArray results = json.value(QStringLiteral("results")).toArray();
        REQUIRE(results.size() == 3);
        for (const QJsonValue &value : results) {
            const QJsonObject hit = value.toObject();
            CHECK(hit.keys()
                  == QStringList{QStringLiteral("day"), QStringLiteral("id"), QStringLiteral("kind"),
                                 QStringLiteral("ref"), QStringLiteral("score"), QStringLiteral("snippet"),
                                 QStringLiteral("title")});
            CHECK(hit.value(QStringLiteral("id")).toInteger() > 0);
            CHECK(hit.value(QStringLiteral("kind")).toString() == QStringLiteral("note"));
            CHECK(hit.value(QStringLiteral("ref")).toString().startsWith(QStringLiteral("ext-")));
            CHECK(hit.value(QStringLiteral("day")).toString().size() == 10);
            CHECK(hit.value(QStringLiteral("score")).toDouble() > 0);
            CHECK_FALSE(hit.value(QStringLiteral("snippet")).toString().contains(QChar(0x02)));
        }
        if (mode != u"vector") // BM25 sees the words; they come back marked
            CHECK(results.first().toObject().value(QStringLiteral("snippet")).toString().contains(
                QStringLiteral("**lighthouse**")));
    }
}

TEST_CASE("lifeos search finds text before anything is embedded and says the vector index is not ready")
{
    TempDataDir dir;
    importCorpus(dir, 12);
    const CliResult result = CliRunner(dir.path()).run(
        {QStringLiteral("search"), QStringLiteral("marker5"), QStringLiteral("--json")});
    REQUIRE(result.exitCode == 0);
    CHECK(result.err.contains(QStringLiteral("lifeos index")));
    const QJsonArray results = result.json().value(QStringLiteral("results")).toArray();
    REQUIRE(results.size() == 1);
    CHECK(results.first().toObject().value(QStringLiteral("ref")).toString() == QStringLiteral("ext-5"));
}

TEST_CASE("lifeos search refuses a bad --mode, --limit, --kind or date with a usage error")
{
    TempDataDir dir;
    const CliRunner cli(dir.path());
    const QStringList bad = GENERATE(QStringList{QStringLiteral("--mode"), QStringLiteral("semantic")},
                                     QStringList{QStringLiteral("--limit"), QStringLiteral("0")},
                                     QStringList{QStringLiteral("--limit"), QStringLiteral("ten")},
                                     QStringList{QStringLiteral("--kind"), QStringLiteral("photo")},
                                     QStringList{QStringLiteral("--from"), QStringLiteral("yesterday")});
    const CliResult result = cli.run(QStringList{QStringLiteral("search"), QStringLiteral("coffee")} + bad);
    CHECK(result.exitCode == 2);
    CHECK(result.err.startsWith(QStringLiteral("lifeos: ")));
    CHECK(result.err.contains(bad.first()));
    CHECK(result.out.isEmpty());
}

TEST_CASE("lifeos index --status --json reports the model, counts and the index file")
{
    TempDataDir dir;
    importCorpus(dir, 20);
    const CliRunner cli(dir.path());
    const QJsonObject before = cli.run({QStringLiteral("index"), QStringLiteral("--status"), QStringLiteral("--json")}).json();
    CHECK(before.value(QStringLiteral("model")).isNull());
    CHECK(before.value(QStringLiteral("documents")).toInteger() == 20);
    CHECK(before.value(QStringLiteral("pending_documents")).toInteger() == 20);
    CHECK(before.value(QStringLiteral("last_saved")).isNull());

    REQUIRE(cli.run({QStringLiteral("index")}).exitCode == 0);
    const QJsonObject after = cli.run({QStringLiteral("index"), QStringLiteral("--status"), QStringLiteral("--json")}).json();
    CHECK(after.value(QStringLiteral("model")).toString().startsWith(QStringLiteral("offline-")));
    CHECK(after.value(QStringLiteral("building_model")).isNull());
    CHECK(after.value(QStringLiteral("embedded")).toInteger() == 20);
    CHECK(after.value(QStringLiteral("pending_documents")).toInteger() == 0);
    CHECK(after.value(QStringLiteral("pending_records")).toInteger() == 0);
    CHECK(after.value(QStringLiteral("index_bytes")).toInteger() > 20 * 128 * 4);
    CHECK(after.value(QStringLiteral("last_saved")).isString());
}

TEST_CASE("an index run killed mid-way resumes where it stopped and embeds every document exactly once")
{
    TempDataDir dir;
    constexpr int kNotes = 2000;
    importCorpus(dir, kNotes);

    QProcess first;
    startIndexer(first, dir, 8);
    // Wait for the first progress line: at least one batch is committed.
    QByteArray err;
    while (!err.contains("Indexed ")) {
        REQUIRE(first.state() == QProcess::Running);
        first.waitForReadyRead(1000);
        err += first.readAllStandardError();
    }
    first.kill(); // SIGKILL: no clean-up of any kind
    REQUIRE(first.waitForFinished(10000));

    const qint64 documents = scalarOf(dir.databasePath(), QStringLiteral("SELECT count(*) FROM documents"));
    REQUIRE(documents >= kNotes);
    const qint64 embeddedBefore = scalarOf(dir.databasePath(), QStringLiteral("SELECT count(*) FROM embeddings"));
    CHECK(embeddedBefore > 0);
    CHECK(embeddedBefore < documents);

    QProcess second;
    startIndexer(second, dir, 64);
    REQUIRE(second.waitForFinished(600000));
    INFO(QString::fromUtf8(second.readAllStandardError()).toStdString());
    REQUIRE(second.exitCode() == 0);
    const QJsonObject summary = QJsonDocument::fromJson(second.readAllStandardOutput()).object();
    // Only what the killed run had not stored is embedded again: every document exactly once.
    CHECK(summary.value(QStringLiteral("embedded")).toInteger() == documents - embeddedBefore);
    CHECK(summary.value(QStringLiteral("pending")).toInteger() == 0);
    CHECK(scalarOf(dir.databasePath(), QStringLiteral("SELECT count(*) FROM embeddings")) == documents);
    CHECK(scalarOf(dir.databasePath(), QStringLiteral("SELECT count(DISTINCT model) FROM embeddings")) == 1);

    // The saved index agrees with the database: a search loads it as it is.
    const CliResult status = CliRunner(dir.path()).run({QStringLiteral("index"), QStringLiteral("--json")});
    REQUIRE(status.exitCode == 0);
    CHECK(status.json().value(QStringLiteral("index_rebuilt")).toBool() == false);
    CHECK(status.json().value(QStringLiteral("embedded")).toInteger() == 0);
    const CliResult found = CliRunner(dir.path()).run(
        {QStringLiteral("search"), QStringLiteral("marker1234"), QStringLiteral("--mode"), QStringLiteral("vector"),
         QStringLiteral("--json")});
    REQUIRE(found.exitCode == 0);
    CHECK(found.err.isEmpty()); // nothing is missing from the vector index
    CHECK_FALSE(found.json().value(QStringLiteral("results")).toArray().isEmpty());
}
