#include "StorageTestSupport.h"
#include "export/ExportedTables.h"
#include "export/JsonExporter.h"
#include "export/JsonImporter.h"
#include "export/MarkdownExporter.h"
#include "storage/JournalRepository.h"
#include "storage/Migrations.h"
#include "storage/NoteRepository.h"
#include "storage/TaskRepository.h"
#include "support/TempDataDir.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringDecoder>

using namespace lifeos;
using namespace testsupport;

namespace {

const QDateTime kExportedAt(QDate(2024, 6, 1), QTime(12, 0), Qt::UTC);
const QString kNow = QStringLiteral("'2024-01-01T00:00:00.000Z'");

struct Filled
{
    qint64 openTaskId = 0;
    qint64 doneTaskId = 0;
    QList<qint64> noteIds;
};

// A database holding a bit of everything: rows written through the repositories, and rows in the
// tables that have no repository yet written with SQL, including the awkward values an export must keep.
Filled fill(Database &db)
{
    Filled filled;
    sqlite3 *handle = db.handle();
    // Categories reference each other "forwards" (1's parent is 2) so the import must defer its checks.
    exec(handle,
         QStringLiteral("INSERT INTO categories (id, name, kind, color, parent_id, created_at) VALUES "
                        "(2, 'Home', 'task', '#112233', NULL, %1), (1, 'Garden', 'task', NULL, NULL, %1), "
                        "(3, 'Food', 'expense', NULL, NULL, %1)")
             .arg(kNow));
    exec(handle, QStringLiteral("UPDATE categories SET parent_id = 2 WHERE id = 1"));

    JournalRepository journal(db);
    const auto save = [&](const QDate &day,
                          const QString &body,
                          std::optional<int> mood,
                          std::optional<int> energy,
                          const QStringList &tags) {
        JournalEntry entry;
        entry.day = day;
        entry.body = body;
        entry.mood = mood;
        entry.energy = energy;
        entry.tags = tags;
        REQUIRE(journal.save(entry).ok());
    };
    save(QDate(2024, 3, 15),
         QStringLiteral("# Friday\n\nLong walk. Felt *good*."),
         7,
         4,
         {QStringLiteral("work"), QStringLiteral("health")});
    save(QDate(2024, 3, 16), QString(), 3, std::nullopt, {});
    save(QDate(2023, 12, 31), QStringLiteral("Año nuevo 🎆 — مرحبا"), std::nullopt, 9, {QStringLiteral("Ünïcode")});

    TaskRepository tasks(db);
    Task open;
    open.title = QStringLiteral("Call the plumber");
    open.notes = QStringLiteral("ask about the boiler\nand the tap");
    open.dueDate = QDate(2024, 5, 10);
    open.dueTime = QTime(14, 30);
    open.priority = 2;
    open.categoryId = 2;
    open.tags = {QStringLiteral("home"), QStringLiteral("Calls")};
    open.source = QStringLiteral("capture");
    open.rawInput = QStringLiteral("call the plumber fri 2:30pm p2");
    auto addedOpen = tasks.add(open);
    REQUIRE(addedOpen.ok());
    filled.openTaskId = addedOpen->id;
    Task done;
    done.title = QStringLiteral("Buy milk");
    auto addedDone = tasks.add(done);
    REQUIRE(addedDone.ok());
    filled.doneTaskId = addedDone->id;
    REQUIRE(tasks.setDone(addedDone->id, true, QDateTime(QDate(2024, 5, 9), QTime(10, 0), Qt::UTC)).ok());
    Task plain;
    plain.title = QStringLiteral("123"); // text that looks like a number stays text
    REQUIRE(tasks.add(plain).ok());

    NoteRepository notes(db);
    for (const auto &[title, body, tags] :
         {std::tuple{QStringLiteral("Reading list"),
                     QStringLiteral("- Dune\n- Piranesi\n"),
                     QStringList{QStringLiteral("books")}},
          std::tuple{QStringLiteral("Café — Ünïcode 日本語 🎉"), QStringLiteral("naïve"), QStringList{}},
          std::tuple{QStringLiteral("../../etc/passwd"), QStringLiteral("not a path"), QStringList{}},
          std::tuple{QStringLiteral("🎉🎉"), QString(), QStringList{}},
          std::tuple{QStringLiteral("He said \"hi\"\nthen: left # not a comment"),
                     QStringLiteral("quotes"),
                     QStringList{}}}) {
        Note note;
        note.title = title;
        note.body = body;
        note.tags = tags;
        auto added = notes.add(note);
        REQUIRE(added.ok());
        filled.noteIds.append(added->id);
    }

    exec(handle,
         QStringLiteral("INSERT INTO metrics (id, name, value, unit, day, instant, source, external_id, raw_input, "
                        "created_at, updated_at) VALUES "
                        "(1, 'weight', 72.35, 'kg', '2024-03-15', '2024-03-15T07:00:00.000Z', 'manual', NULL, 'weight "
                        "72.35', %1, %1), "
                        "(2, 'steps', 60.0, '', '2024-03-15', NULL, 'oura', 'o-1', NULL, %1, %1), "
                        "(3, 'tiny', 0.30000000000000004, '42', '2024-03-16', NULL, 'manual', NULL, NULL, %1, %1), "
                        "(4, 'huge', 1.7976931348623157e308, '', '2024-03-16', NULL, 'manual', NULL, NULL, %1, %1), "
                        "(5, 'negative', -2.5e-300, '', '2024-03-16', NULL, 'manual', NULL, NULL, %1, %1)")
             .arg(kNow));
    // A series whose first row points at a later one: another forward reference.
    exec(
        handle,
        QStringLiteral(
            "INSERT INTO transactions (id, kind, amount_minor, currency, day, instant, category_id, merchant, note, "
            "recurring_id, "
            "source, external_id, import_batch, raw_input, created_at, updated_at) VALUES "
            "(1, 'expense', 1299, 'EUR', '2024-03-15', '2024-03-15T17:45:00.000Z', 3, 'Market', 'veg', NULL, 'import', "
            "'bank-1', 'b1', 'MARKET 12,99', %1, %1), "
            "(2, 'income', 9007199254740993, 'IDR', '2024-03-01', NULL, NULL, '', '', NULL, 'manual', NULL, NULL, "
            "NULL, %1, %1)")
            .arg(kNow));
    exec(handle, QStringLiteral("UPDATE transactions SET recurring_id = 2 WHERE id = 1"));
    exec(handle,
         QStringLiteral("INSERT INTO calendar_events (id, source, calendar_id, external_id, title, description, "
                        "location, all_day, starts_at, "
                        "ends_at, time_zone, day, status, updated_at) VALUES "
                        "(1, 'google', 'primary', 'evt-1', 'Dentist', '', 'Main St', 0, '2024-03-18T09:00:00.000Z', "
                        "'2024-03-18T09:30:00.000Z', 'Asia/Jakarta', '2024-03-18', 'confirmed', %1), "
                        "(2, 'google', 'primary', 'evt-2', 'Holiday', 'all day', '', 1, '2024-03-29', '2024-03-30', "
                        "'', '2024-03-29', "
                        "'cancelled', %1)")
             .arg(kNow));
    // insights.data is declared TEXT but SQLite keeps a BLOB as a BLOB: the export must too.
    exec(handle,
         QStringLiteral("INSERT INTO insights (id, kind, day, title, body, data, provider, rating, created_at) VALUES "
                        "(1, 'daily_brief', '2024-03-15', 'Friday', 'Walk more.', '{\"steps\":60}', 'openai', 1, %1), "
                        "(2, 'pattern', '2024-03-16', '', '', X'00FF10802A', NULL, NULL, %1), "
                        "(3, 'pattern', '2024-03-17', '', '', X'', NULL, -1, %1)")
             .arg(kNow));
    exec(handle,
         QStringLiteral("INSERT INTO ai_usage (id, at, provider, model, feature, input_tokens, output_tokens, "
                        "cost_micros, currency, ok) VALUES "
                        "(1, %1, 'openai', 'gpt-4o-mini', 'brief', 1200, 150, 9007199254740993, 'USD', 1), "
                        "(2, %1, 'anthropic', 'claude', 'ask', 0, 0, 0, 'USD', 0)")
             .arg(kNow));
    exec(handle,
         QStringLiteral(
             "INSERT INTO sync_state (source, cursor, last_success, last_error, next_run, items_changed) VALUES "
             "('oura', 'next-abc', %1, NULL, NULL, 9223372036854775807), "
             "('google_calendar:primary', NULL, NULL, 'HTTP 410', %1, -9223372036854775808)")
             .arg(kNow));
    // Derived search data: rebuilt by the indexer, so never exported. (The triggers already filled search_dirty.)
    exec(handle,
         QStringLiteral("INSERT INTO documents (id, kind, origin, chunk, record_id, ref, title, text, day, updated) "
                        "VALUES (1, 'note', 'note:1', 0, 1, NULL, 'Reading list', 'Dune', '2024-01-01', %1), "
                        "(2, 'note', 'note:1', 1, 1, NULL, 'Reading list', 'Piranesi', '2024-01-01', %1)")
             .arg(kNow));
    exec(handle, QStringLiteral("DELETE FROM documents WHERE id = 2")); // leaves a vector tombstone
    exec(handle,
         QStringLiteral("INSERT INTO embedding_models (model, provider, dim, state, params, fitted_on, created_at) "
                        "VALUES ('offline-v1', 'offline', 1, 'active', X'01', 1, %1)")
             .arg(kNow));
    exec(handle,
         QStringLiteral("INSERT INTO embeddings (document_id, model, vector) VALUES (1, 'offline-v1', X'0000803F')"));
    return filled;
}

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    INFO(error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isObject());
    return document.object();
}

QByteArray exportJson(const Database &db)
{
    auto json = JsonExporter(db).toJson(kExportedAt);
    INFO((json.ok() ? QString() : json.error().message).toStdString());
    REQUIRE(json.ok());
    return *json;
}

// Every exported table's rows, with their SQLite storage classes, straight from the file.
QMap<QString, QStringList> contentsOf(const Database &db)
{
    auto tables = exportedTables(db);
    REQUIRE(tables.ok());
    QMap<QString, QStringList> contents;
    for (const QString &table : *tables)
        contents.insert(table, tableContents(db.handle(), table));
    return contents;
}

QString readText(const QString &path)
{
    const QByteArray bytes = fileBytes(path);
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    INFO(path.toStdString());
    CHECK_FALSE(decoder.hasError());
    return text;
}

} // namespace

TEST_CASE("a JSON export imported into an empty database reproduces every table exactly")
{
    TempDataDir sourceDir;
    auto source = openDatabase(sourceDir.databasePath());
    fill(*source);
    const QByteArray first = exportJson(*source);
    const QJsonObject firstRoot = parse(first);

    CHECK(firstRoot.value(u"format").toString() == QStringLiteral("lifeos-export"));
    CHECK(firstRoot.value(u"format_version").toInt() == JsonExporter::kFormatVersion);
    CHECK(firstRoot.value(u"schema_version").toInt() == Migrations::latestVersion());
    CHECK(firstRoot.value(u"exported_at").toString() == QStringLiteral("2024-06-01T12:00:00.000Z"));
    const QJsonObject tables = firstRoot.value(u"tables").toObject();
    for (const char *derived : {"documents", "documents_fts", "documents_fts_data", "embeddings", "embedding_models",
                                "vector_tombstones", "search_dirty"}) {
        INFO("derived table " << derived);
        CHECK(count(source->handle(), QString::fromLatin1(derived)) > 0); // the source does hold some
        CHECK_FALSE(tables.contains(QString::fromLatin1(derived)));
    }
    CHECK(tables.value(u"journal_entries").toArray().size() == 3);
    CHECK(tables.value(u"insights").toArray().size() == 3);
    // Exact values in the file itself: integers beyond 2^53 as integers, blobs as base64.
    CHECK(first.contains("\"cost_micros\": 9007199254740993"));
    CHECK(first.contains("\"items_changed\": 9223372036854775807"));
    CHECK(first.contains("\"items_changed\": -9223372036854775808"));
    CHECK(first.contains("\"$base64\": \"AP8QgCo=\""));

    TempDataDir exportDir;
    auto exported = JsonExporter(*source).exportTo(exportDir.path());
    REQUIRE(exported.ok());
    REQUIRE(exported->files.size() == 1);
    CHECK(exported->rowsPerTable.value(QStringLiteral("tasks")) == 3);

    TempDataDir targetDir;
    auto target = openDatabase(targetDir.databasePath());
    auto imported = JsonImporter(*target).importFile(exported->files.first());
    INFO((imported.ok() ? QString() : imported.error().message).toStdString());
    REQUIRE(imported.ok());
    CHECK(imported->rowsPerTable.value(QStringLiteral("notes")) == 5);
    CHECK(imported->rowsPerTable.value(QStringLiteral("transactions")) == 2);

    const QByteArray second = exportJson(*target);
    CHECK(parse(second).value(u"tables").toObject() == tables);
    CHECK(second == first);

    // The same rows with the same storage classes (REAL stays REAL, text that looks numeric stays TEXT).
    const auto sourceContents = contentsOf(*source);
    const auto targetContents = contentsOf(*target);
    for (auto it = sourceContents.cbegin(); it != sourceContents.cend(); ++it) {
        INFO("table " << it.key().toStdString());
        CHECK(targetContents.value(it.key()) == it.value());
    }
    CHECK(scalar(target->handle(), QStringLiteral("SELECT typeof(value) || ' ' || value FROM metrics WHERE id = 2"))
          == QStringLiteral("t:real 60.0"));
    CHECK(scalar(target->handle(), QStringLiteral("SELECT typeof(data) FROM insights WHERE id = 3"))
          == QStringLiteral("t:blob"));
    CHECK(scalar(target->handle(), QStringLiteral("SELECT typeof(title) FROM tasks WHERE title = '123'"))
          == QStringLiteral("t:text"));
    CHECK(scalar(target->handle(), QStringLiteral("SELECT amount_minor FROM transactions WHERE id = 2"))
          == QStringLiteral("i:9007199254740993"));
    CHECK(rows(target->handle(), QStringLiteral("PRAGMA foreign_key_check")).isEmpty());
    CHECK(count(target->handle(), QStringLiteral("documents")) == 0);
    CHECK(count(target->handle(), QStringLiteral("embeddings")) == 0);
    CHECK(count(target->handle(), QStringLiteral("embedding_models")) == 0);
    CHECK(count(target->handle(), QStringLiteral("vector_tombstones")) == 0);
    // The restored records are all waiting to be projected into search, as the triggers marked them.
    CHECK(rows(target->handle(), QStringLiteral("SELECT origin FROM search_dirty ORDER BY origin"))
          == rows(source->handle(), QStringLiteral("SELECT origin FROM search_dirty ORDER BY origin")));
    CHECK(scalar(target->handle(), QStringLiteral("SELECT count(*) FROM search_dirty WHERE origin LIKE 'note:%'"))
          == QStringLiteral("i:5"));

    // And the repositories read the restored rows as they read the originals.
    auto restored = TaskRepository(*target).get(1);
    REQUIRE(restored.ok());
    REQUIRE(restored->has_value());
    CHECK((*restored)->tags == QStringList{QStringLiteral("Calls"), QStringLiteral("home")});
    CHECK((*restored)->dueTime == QTime(14, 30));
}

TEST_CASE("importing into a database that already holds data is refused and writes nothing")
{
    TempDataDir sourceDir;
    auto source = openDatabase(sourceDir.databasePath());
    fill(*source);
    const QByteArray json = exportJson(*source);

    TempDataDir targetDir;
    auto target = openDatabase(targetDir.databasePath());
    SECTION("a journal entry")
    {
        JournalEntry entry;
        entry.day = QDate(2020, 1, 1);
        entry.body = QStringLiteral("mine");
        REQUIRE(JournalRepository(*target).save(entry).ok());
    }
    SECTION("only a tag")
    {
        exec(target->handle(), QStringLiteral("INSERT INTO tags (name) VALUES ('lonely')"));
    }
    SECTION("only sync state")
    {
        exec(target->handle(), QStringLiteral("INSERT INTO sync_state (source) VALUES ('oura')"));
    }
    const auto before = contentsOf(*target);

    auto result = JsonImporter(*target).importJson(json);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::DatabaseNotEmpty);
    CHECK_FALSE(result.error().message.isEmpty());
    CHECK(contentsOf(*target) == before);
}

TEST_CASE("a file that is not a LifeOS JSON export is refused clearly and writes nothing")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());

    struct Case
    {
        const char *what;
        QByteArray json;
        ErrorCode code;
        const char *messagePart;
    };
    const QString newerSchema = QString::number(Migrations::latestVersion() + 1);
    const Case bad = GENERATE_COPY(values<Case>({
        {"malformed JSON",
         QByteArrayLiteral("{\"format\": \"lifeos-export\", \"tables\": {"),
         ErrorCode::InvalidInput,
         "JSON"},
        {"an empty file", QByteArray(), ErrorCode::InvalidInput, "JSON"},
        {"binary noise", QByteArrayLiteral("\x89PNG\r\n\x1a\n\0\0\0"), ErrorCode::InvalidInput, "JSON"},
        {"a JSON array", QByteArrayLiteral("[1, 2, 3]"), ErrorCode::InvalidInput, "LifeOS"},
        {"another app's JSON",
         QByteArrayLiteral("{\"version\": 1, \"entries\": [{\"text\": \"hi\"}]}"),
         ErrorCode::InvalidInput,
         "LifeOS"},
        {"the wrong format name",
         QByteArrayLiteral("{\"format\": \"dayone-export\", \"tables\": {}}"),
         ErrorCode::InvalidInput,
         "LifeOS"},
        {"a newer export format",
         QByteArrayLiteral(
             "{\"format\": \"lifeos-export\", \"format_version\": 99, \"schema_version\": 1, \"tables\": {}}"),
         ErrorCode::DatabaseTooNew,
         "newer"},
        {"a newer schema",
         "{\"format\": \"lifeos-export\", \"format_version\": 1, \"schema_version\": " + newerSchema.toLatin1()
             + ", \"tables\": {}}",
         ErrorCode::DatabaseTooNew,
         "newer"},
        {"an unknown table",
         QByteArrayLiteral("{\"format\": \"lifeos-export\", \"format_version\": 1, \"schema_version\": 1, \"tables\": "
                           "{\"tags\": [{\"id\": 1, \"name\": \"a\"}], \"passwords\": [{\"id\": 1}]}}"),
         ErrorCode::InvalidInput,
         "passwords"},
        {"an unknown column",
         QByteArrayLiteral(
             "{\"format\": \"lifeos-export\", \"format_version\": 1, \"schema_version\": 1, \"tables\": "
             "{\"tags\": [{\"id\": 1, \"name\": \"a\"}, {\"id\": 2, \"name\": \"b\", \"colour\": \"red\"}]}}"),
         ErrorCode::InvalidInput,
         "colour"},
        {"a row the schema refuses, after valid ones",
         QByteArrayLiteral(
             "{\"format\": \"lifeos-export\", \"format_version\": 1, \"schema_version\": 1, \"tables\": "
             "{\"tags\": [{\"id\": 1, \"name\": \"a\"}], \"journal_entries\": ["
             "{\"id\": 1, \"day\": \"2024-01-01\", \"body\": \"ok\", \"created_at\": \"x\", \"updated_at\": \"x\"},"
             "{\"id\": 2, \"day\": \"2024-01-02\", \"mood\": 11, \"created_at\": \"x\", \"updated_at\": \"x\"}]}}"),
         ErrorCode::InvalidInput,
         "mood"},
        {"a row pointing at a row that is not in the file",
         QByteArrayLiteral(
             "{\"format\": \"lifeos-export\", \"format_version\": 1, \"schema_version\": 1, \"tables\": "
             "{\"tags\": [{\"id\": 1, \"name\": \"a\"}], \"task_tags\": [{\"task_id\": 7, \"tag_id\": 1}]}}"),
         ErrorCode::InvalidInput,
         "FOREIGN KEY"},
    }));
    INFO(bad.what);

    auto result = JsonImporter(*db).importJson(bad.json);
    INFO("message: " << (result.ok() ? std::string("(imported)") : result.error().message.toStdString()));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == bad.code);
    CHECK(result.error().message.contains(QLatin1StringView(bad.messagePart)));
    auto tables = exportedTables(*db);
    REQUIRE(tables.ok());
    for (const QString &table : *tables) {
        INFO("table " << table.toStdString());
        CHECK(count(db->handle(), table) == 0);
    }
}

TEST_CASE("a JSON file that cannot be read is reported as an I/O error")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    auto result = JsonImporter(*db).importFile(dir.filePath(QStringLiteral("missing.json")));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::Io);
    CHECK(result.error().message.contains(QStringLiteral("missing.json")));
}

TEST_CASE("the markdown export writes a file per journal day with front matter")
{
    TempDataDir dbDir;
    auto db = openDatabase(dbDir.databasePath());
    fill(*db);
    TempDataDir out;
    auto summary = MarkdownExporter(*db).exportTo(out.path());
    INFO((summary.ok() ? QString() : summary.error().message).toStdString());
    REQUIRE(summary.ok());
    CHECK(summary->rowsPerTable.value(QStringLiteral("journal_entries")) == 3);

    CHECK(QDir(out.filePath(QStringLiteral("journal"))).entryList(QDir::Files, QDir::Name)
          == QStringList{QStringLiteral("2023-12-31.md"),
                         QStringLiteral("2024-03-15.md"),
                         QStringLiteral("2024-03-16.md")});
    CHECK(readText(out.filePath(QStringLiteral("journal/2024-03-15.md")))
          == QStringLiteral("---\nday: 2024-03-15\nmood: 7\nenergy: 4\ntags: [\"health\",\"work\"]\n---\n\n"
                            "# Friday\n\nLong walk. Felt *good*.\n"));
    CHECK(readText(out.filePath(QStringLiteral("journal/2024-03-16.md")))
          == QStringLiteral("---\nday: 2024-03-16\nmood: 3\n---\n\n"));
    CHECK(readText(out.filePath(QStringLiteral("journal/2023-12-31.md")))
          == QStringLiteral("---\nday: 2023-12-31\nenergy: 9\ntags: [\"Ünïcode\"]\n---\n\nAño nuevo 🎆 — مرحبا\n"));
    for (const QString &file : summary->files)
        CHECK(QFileInfo::exists(file));
}

TEST_CASE("the markdown export writes notes under safe, readable file names")
{
    TempDataDir dbDir;
    auto db = openDatabase(dbDir.databasePath());
    const Filled filled = fill(*db);
    TempDataDir out;
    auto summary = MarkdownExporter(*db).exportTo(out.path());
    REQUIRE(summary.ok());
    CHECK(summary->rowsPerTable.value(QStringLiteral("notes")) == 5);

    const auto name = [&](int index, const QString &slug) {
        return QStringLiteral("%1%2.md")
            .arg(filled.noteIds.at(index), 4, 10, QLatin1Char('0'))
            .arg(slug.isEmpty() ? QString() : u'-' + slug);
    };
    const QStringList expected{name(0, QStringLiteral("reading-list")),
                               name(1, QStringLiteral("café-ünïcode-日本語")),
                               name(2, QStringLiteral("etc-passwd")),
                               name(3, QString()),
                               name(4, QStringLiteral("he-said-hi-then-left-not-a-comment"))};
    QStringList actual = QDir(out.filePath(QStringLiteral("notes"))).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    QStringList sortedExpected = expected;
    sortedExpected.sort();
    actual.sort();
    CHECK(actual == sortedExpected);

    // Nothing escaped the export folder.
    QDirIterator everything(out.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (everything.hasNext())
        CHECK(everything.next().startsWith(out.path() + u'/'));
    CHECK_FALSE(QFileInfo::exists(out.filePath(QStringLiteral("etc"))));

    static const QRegularExpression unsafe(QStringLiteral("[/\\\\:*?\"<>|\\x00-\\x1f]"));
    for (const QString &file : actual) {
        INFO(file.toStdString());
        CHECK_FALSE(file.contains(unsafe));
        CHECK_FALSE(file.startsWith(u'.'));
        CHECK(file.toUtf8().size() <= 255);
    }

    CHECK(readText(out.filePath(QStringLiteral("notes/") + name(0, QStringLiteral("reading-list"))))
              .startsWith(QStringLiteral("---\ntitle: \"Reading list\"\ntags: [\"books\"]\ncreated: ")));
    const QString quoted = readText(
        out.filePath(QStringLiteral("notes/") + name(4, QStringLiteral("he-said-hi-then-left-not-a-comment"))));
    // The title is one quoted YAML scalar, so its quotes, newline and '#' cannot break the front matter.
    CHECK(quoted.startsWith(
        QStringLiteral("---\ntitle: \"He said \\\"hi\\\"\\nthen: left # not a comment\"\ncreated: ")));
    CHECK(quoted.endsWith(QStringLiteral("---\n\nquotes\n")));

    SECTION("a very long title is cut to a file name any file system accepts")
    {
        Note note;
        note.title = QString(300, QChar(0x65E5)); // 日 ×300: 900 bytes of UTF-8
        auto added = NoteRepository(*db).add(note);
        REQUIRE(added.ok());
        TempDataDir again;
        REQUIRE(MarkdownExporter(*db).exportTo(again.path()).ok());
        const QStringList files = QDir(again.filePath(QStringLiteral("notes"))).entryList(QDir::Files);
        REQUIRE(files.size() == 6);
        for (const QString &file : files)
            CHECK(file.toUtf8().size() <= 255);
    }
}

TEST_CASE("the markdown export lists tasks as open and done checkboxes")
{
    TempDataDir dbDir;
    auto db = openDatabase(dbDir.databasePath());
    fill(*db);
    TempDataDir out;
    auto summary = MarkdownExporter(*db).exportTo(out.path());
    REQUIRE(summary.ok());

    const QString text = readText(out.filePath(QStringLiteral("tasks.md")));
    CHECK(text.contains(QStringLiteral("- [ ] Call the plumber — due 2024-05-10 14:30 · p2 · #Calls · #home\n"
                                       "  ask about the boiler\n  and the tap\n")));
    CHECK(text.contains(QStringLiteral("- [ ] 123\n")));
    CHECK(text.contains(QStringLiteral("- [x] Buy milk — done 2024-05-09T10:00:00Z\n")));
    const qsizetype openHeading = text.indexOf(QStringLiteral("## Open"));
    const qsizetype doneHeading = text.indexOf(QStringLiteral("## Done"));
    REQUIRE(openHeading >= 0);
    REQUIRE(doneHeading > openHeading);
    CHECK(text.indexOf(QStringLiteral("- [ ] Call the plumber")) > openHeading);
    CHECK(text.indexOf(QStringLiteral("- [ ] Call the plumber")) < doneHeading);
    CHECK(text.indexOf(QStringLiteral("- [x] Buy milk")) > doneHeading);
    CHECK(text.count(QStringLiteral("- [ ] ")) == 2);
    CHECK(text.count(QStringLiteral("- [x] ")) == 1);
}
