#include "StorageTestSupport.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "support/TempDataDir.h"

#include <QMap>

using namespace lifeos;
using namespace testsupport;

namespace {

// Rows that are valid at schema `version` (written against that version's tables only). Every
// migration needs an entry here so the upgrade from the version before it is tested with data.
QStringList seedStatementsFor(int version)
{
    switch (version) {
    case 1:
        return {
            QStringLiteral("INSERT INTO categories (id, name, kind, color, parent_id, created_at) VALUES "
                           "(1, 'Work', 'task', '#336699', NULL, '2023-12-31T09:00:00.000Z'), "
                           "(2, 'Deep work', 'task', NULL, 1, '2023-12-31T09:01:00.000Z'), "
                           "(3, 'Ideas', 'note', NULL, NULL, '2023-12-31T09:02:00.000Z')"),
            QStringLiteral("INSERT INTO tags (id, name) VALUES (1, 'health'), (2, 'Work'), (3, 'reading')"),
            QStringLiteral("INSERT INTO journal_entries (id, day, body, mood, energy, created_at, updated_at) VALUES "
                           "(1, '2024-01-01', 'New year, *new* notebook.', 7, 5, '2024-01-01T20:00:00.000Z', "
                           "'2024-01-01T21:00:00.000Z'), "
                           "(2, '2024-01-02', '', NULL, 3, '2024-01-02T20:00:00.000Z', '2024-01-02T20:00:00.000Z')"),
            QStringLiteral("INSERT INTO journal_entry_tags (entry_id, tag_id) VALUES (1, 1), (1, 2), (2, 3)"),
            QStringLiteral(
                "INSERT INTO tasks (id, title, notes, due_date, due_time, priority, status, category_id, source, "
                "external_id, raw_input, created_at, updated_at, completed_at) VALUES "
                "(1, 'File taxes', 'forms in the drawer', '2024-04-15', '09:30', 1, 'open', 2, 'manual', NULL, NULL, "
                "'2024-01-03T08:00:00.000Z', '2024-01-03T08:00:00.000Z', NULL), "
                "(2, 'Buy milk', '', NULL, NULL, 0, 'done', NULL, 'capture', 'cap-1', 'buy milk', "
                "'2024-01-03T08:05:00.000Z', '2024-01-03T09:00:00.000Z', '2024-01-03T09:00:00.000Z'), "
                "(3, 'Old idea', '', '2023-12-01', NULL, 4, 'cancelled', 1, 'manual', NULL, NULL, "
                "'2023-11-01T08:00:00.000Z', '2023-12-02T08:00:00.000Z', NULL)"),
            QStringLiteral("INSERT INTO task_tags (task_id, tag_id) VALUES (1, 2), (2, 1)"),
            QStringLiteral(
                "INSERT INTO notes (id, title, body, category_id, created_at, updated_at) VALUES "
                "(1, 'Reading list', '- Dune\n- Piranesi', 3, '2024-01-04T10:00:00.000Z', "
                "'2024-01-05T10:00:00.000Z'), "
                "(2, '', 'untitled scribble', NULL, '2024-01-06T10:00:00.000Z', '2024-01-06T10:00:00.000Z')"),
            QStringLiteral("INSERT INTO note_tags (note_id, tag_id) VALUES (1, 3)"),
        };
    case 2:
        return {
            QStringLiteral("INSERT INTO categories (id, name, kind, color, parent_id, created_at) VALUES "
                           "(10, 'Groceries', 'expense', '#00aa00', NULL, '2024-01-01T00:00:00.000Z'), "
                           "(11, 'Salary', 'income', NULL, NULL, '2024-01-01T00:00:00.000Z')"),
            QStringLiteral("INSERT INTO metrics (id, name, value, unit, day, instant, source, external_id, raw_input, "
                           "created_at, updated_at) VALUES "
                           "(1, 'weight', 72.35, 'kg', '2024-01-05', '2024-01-05T07:00:00.000Z', 'manual', NULL, "
                           "'weight 72.35', '2024-01-05T07:00:00.000Z', '2024-01-05T07:00:00.000Z'), "
                           "(2, 'sleep_score', 81, '', '2024-01-05', NULL, 'oura', 'oura-sleep-1', NULL, "
                           "'2024-01-05T08:00:00.000Z', '2024-01-05T08:00:00.000Z')"),
            QStringLiteral("INSERT INTO workouts (id, activity, day, started_at, duration_min, distance_km, calories, "
                           "notes, source, external_id, raw_input, created_at, updated_at) VALUES "
                           "(1, 'run', '2024-01-06', '2024-01-06T06:30:00.000Z', 31.5, 5.2, NULL, 'easy', 'manual', "
                           "NULL, NULL, '2024-01-06T07:10:00.000Z', '2024-01-06T07:10:00.000Z')"),
            QStringLiteral("INSERT INTO transactions (id, kind, amount_minor, currency, day, instant, category_id, "
                           "merchant, note, recurring_id, source, external_id, import_batch, raw_input, created_at, "
                           "updated_at) VALUES "
                           "(1, 'income', 500000, 'EUR', '2024-01-01', NULL, 11, 'ACME', '', NULL, 'manual', NULL, "
                           "NULL, NULL, '2024-01-01T12:00:00.000Z', '2024-01-01T12:00:00.000Z'), "
                           "(2, 'expense', 1299, 'EUR', '2024-01-07', '2024-01-07T17:45:00.000Z', 10, 'Market', "
                           "'veg', NULL, 'import', 'bank-77', 'batch-1', 'MARKET 12,99', '2024-01-07T18:00:00.000Z', "
                           "'2024-01-07T18:00:00.000Z'), "
                           "(3, 'income', 500000, 'EUR', '2024-02-01', NULL, 11, 'ACME', '', 1, 'manual', NULL, "
                           "NULL, NULL, '2024-02-01T12:00:00.000Z', '2024-02-01T12:00:00.000Z')"),
            QStringLiteral(
                "INSERT INTO budgets (id, category_id, period, amount_minor, currency, starts_on, created_at) "
                "VALUES (1, 10, 'month', 40000, 'EUR', '2024-01-01', '2024-01-01T00:00:00.000Z')"),
            QStringLiteral("INSERT INTO calendar_events (id, source, calendar_id, external_id, title, description, "
                           "location, all_day, starts_at, ends_at, time_zone, day, status, updated_at) VALUES "
                           "(1, 'google', 'primary', 'evt-1', 'Dentist', '', 'Main St', 0, '2024-01-09T09:00:00.000Z', "
                           "'2024-01-09T09:30:00.000Z', 'Europe/Berlin', '2024-01-09', 'confirmed', "
                           "'2024-01-02T00:00:00.000Z')"),
            QStringLiteral(
                "INSERT INTO insights (id, kind, day, title, body, data, provider, rating, created_at) VALUES "
                "(1, 'daily_brief', '2024-01-09', 'Tuesday', 'Dentist at 10.', '{\"events\":1}', NULL, 1, "
                "'2024-01-09T05:00:00.000Z')"),
        };
    case 3:
        return {
            QStringLiteral("INSERT INTO documents (id, kind, ref, title, text, day, updated) VALUES "
                           "(1, 'journal', 'journal_entries:1', '2024-01-01', 'New year, new notebook.', '2024-01-01', "
                           "'2024-01-01T21:00:00.000Z')"),
            QStringLiteral("INSERT INTO embeddings (document_id, model, dim, vector, text_hash, created_at) VALUES "
                           "(1, 'builtin-v1', 2, X'0000803F00000040', 'abc', '2024-01-01T21:00:01.000Z')"),
            QStringLiteral(
                "INSERT INTO ai_usage (id, at, provider, model, feature, input_tokens, output_tokens, "
                "cost_micros, currency, ok) VALUES "
                "(1, '2024-01-09T05:00:00.000Z', 'openai', 'gpt-4o-mini', 'brief', 1200, 150, 270, 'USD', 1)"),
            QStringLiteral(
                "INSERT INTO sync_state (source, cursor, last_success, last_error, next_run, items_changed) "
                "VALUES ('oura', 'next-abc', '2024-01-09T04:00:00.000Z', NULL, '2024-01-09T10:00:00.000Z', 3)"),
        };
    case 4:
        return {
            QStringLiteral("INSERT INTO notes (id, title, body, category_id, raw_input, created_at, updated_at) VALUES "
                           "(3, 'Sell the bike', '', NULL, 'idea: sell the bike for 2 juta', "
                           "'2024-01-10T10:00:00.000Z', '2024-01-10T10:00:00.000Z')"),
            QStringLiteral("INSERT INTO captures (id, raw_input, kind, record_id, day, appended_text, confidence, "
                           "parser, created_at) VALUES "
                           "(1, 'idea: sell the bike for 2 juta', 'note', 3, '2024-01-10', NULL, 0.9, 'offline', "
                           "'2024-01-10T10:00:00.000Z'), "
                           "(2, 'journal: quiet morning', 'journal', 1, '2024-01-01', 'quiet morning', 0.95, "
                           "'offline', '2024-01-10T10:01:00.000Z')"),
        };
    case 5:
        return {
            // An imported note: where it came from is kept so importing the same file again adds nothing.
            QStringLiteral("INSERT INTO notes (id, title, body, category_id, raw_input, source, external_id, created_at, "
                           "updated_at) VALUES "
                           "(4, 'Imported', 'from the old app', NULL, NULL, 'import', 'old-app-17', "
                           "'2024-01-11T10:00:00.000Z', '2024-01-11T10:00:00.000Z')"),
            QStringLiteral("INSERT INTO documents (id, kind, origin, chunk, record_id, ref, title, text, day, anchor, "
                           "updated) VALUES "
                           "(1, 'journal', 'journal:1', 0, 1, NULL, 'Journal 2024-01-01', 'New year, new notebook.', "
                           "'2024-01-01', 0, '2024-01-01T21:00:00.000Z'), "
                           "(2, 'note', 'note:4', 0, 4, 'old-app-17', 'Imported', 'from the old app', '2024-01-11', 0, "
                           "'2024-01-11T10:00:01.000Z'), "
                           "(3, 'health', 'health:2024-01-05', 0, NULL, NULL, 'Health 2024-01-05', 'weight 72.35 kg', "
                           "'2024-01-05', 0, '2024-01-05T08:00:01.000Z')"),
            QStringLiteral("INSERT INTO embedding_models (model, provider, dim, state, params, fitted_on, created_at) "
                           "VALUES ('offline-128', 'offline', 2, 'active', X'0102', 3, '2024-01-11T10:00:02.000Z')"),
            QStringLiteral("INSERT INTO embeddings (document_id, model, vector) VALUES "
                           "(1, 'offline-128', X'0000803F00000000'), (2, 'offline-128', X'000000000000803F')"),
            QStringLiteral("INSERT INTO vector_tombstones (document_id) VALUES (7)"),
            QStringLiteral("INSERT OR IGNORE INTO search_dirty (origin) VALUES ('note:1'), ('task:2')"),
        };
    case 6:
        return {
            // A bank CSV import (one batch), the mapping it used, a learned rule, a recurring rent and an alert.
            QStringLiteral("INSERT INTO import_batches (id, kind, file_name, mapping, row_count, created_at) VALUES "
                           "('b6', 'bank_csv', 'jan.csv', 'Bank', 1, '2024-01-12T10:00:00.000Z')"),
            QStringLiteral("INSERT INTO transactions (id, kind, amount_minor, currency, day, category_id, merchant, "
                           "source, external_id, import_batch, created_at, updated_at) VALUES "
                           "(4, 'expense', 450, 'EUR', '2024-01-12', 10, 'Bakery', 'csv:bank', 'ab12', 'b6', "
                           "'2024-01-12T10:00:00.000Z', '2024-01-12T10:00:00.000Z')"),
            QStringLiteral("UPDATE metrics SET import_batch = 'b6' WHERE id = 1"),
            QStringLiteral("INSERT INTO import_replaced_metrics (batch_id, metric_id, old_value, old_unit, old_batch) "
                           "VALUES ('b6', 1, 72.0, 'kg', NULL)"),
            QStringLiteral("INSERT INTO csv_mappings (name, definition, updated_at) VALUES "
                           "('Bank', '{\"dateColumn\":0}', '2024-01-12T10:00:00.000Z')"),
            QStringLiteral("INSERT INTO category_rules (pattern, category_id, hits, updated_at) VALUES "
                           "('bakery', 10, 1, '2024-01-12T10:00:00.000Z')"),
            QStringLiteral("INSERT INTO recurring_transactions (id, kind, amount_minor, currency, category_id, merchant, "
                           "cadence, first_day, created_at, updated_at) VALUES "
                           "(1, 'expense', 90000, 'EUR', 10, 'Landlord', 'monthly', '2024-01-01', "
                           "'2024-01-12T10:00:00.000Z', '2024-01-12T10:00:00.000Z')"),
            QStringLiteral("INSERT INTO budget_alerts (budget_id, period_start, threshold, notified_at) VALUES "
                           "(1, '2024-01-01', 80, '2024-01-12T10:00:00.000Z')"),
        };
    default:
        return {};
    }
}

// Schema 5 recreated the derived search tables in a new shape (rebuilt from the records by the indexer), so rows
// written into them at an older version are neither valid at the latest schema nor kept by the upgrade.
bool isRebuiltSearchTable(const QString &table, int seededAtVersion)
{
    return seededAtVersion < 5 && (table == u"documents" || table == u"embeddings");
}

bool seedsRebuiltSearchTable(const QString &statement, int seededAtVersion)
{
    return isRebuiltSearchTable(statement.section(u' ', 2, 2), seededAtVersion);
}

// What the upgrade to schema 5 marks for the search projector: every record then recorded, and every health day.
QStringList expectedDirtyOrigins(sqlite3 *handle)
{
    QStringList origins;
    const auto add = [&](const QString &sql) {
        for (const QString &row : rows(handle, sql))
            origins.append(row.mid(2));
    };
    add(QStringLiteral("SELECT 'journal:' || id FROM journal_entries"));
    add(QStringLiteral("SELECT 'note:' || id FROM notes"));
    add(QStringLiteral("SELECT 'task:' || id FROM tasks"));
    add(QStringLiteral("SELECT kind || ':' || id FROM transactions"));
    add(QStringLiteral("SELECT 'workout:' || id FROM workouts"));
    add(QStringLiteral("SELECT 'event:' || id FROM calendar_events"));
    add(QStringLiteral("SELECT DISTINCT 'health:' || day FROM (SELECT day FROM metrics UNION SELECT day FROM workouts)"));
    origins.sort();
    return origins;
}

QStringList sortedRows(sqlite3 *handle, const QString &table, const QString &columns)
{
    QStringList result = rows(handle, QStringLiteral("SELECT %1 FROM \"%2\"").arg(columns, table));
    result.sort();
    return result;
}

} // namespace

TEST_CASE("every migration script is numbered in sequence and has seed rows in this test")
{
    const QStringList names = Migrations::scriptNames();
    REQUIRE(names.size() == Migrations::latestVersion());
    REQUIRE(Migrations::latestVersion() >= 1);
    for (int version = 1; version <= Migrations::latestVersion(); ++version) {
        INFO("script " << names.at(version - 1).toStdString());
        CHECK(names.at(version - 1).startsWith(QStringLiteral("%1_").arg(version, 4, 10, QLatin1Char('0'))));
        // A new migration needs rows for its new tables below, so upgrading *from* it is tested with data.
        CHECK_FALSE(seedStatementsFor(version).isEmpty());
    }
}

TEST_CASE("a database at an older schema opens at exactly that version")
{
    const int version = GENERATE(range(0, Migrations::latestVersion()));
    INFO("schema " << version);
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath(), version);
    CHECK(db->schemaVersion() == version);
    CHECK(scalar(db->handle(), QStringLiteral("PRAGMA user_version")) == QStringLiteral("i:%1").arg(version));
}

TEST_CASE("a database from every older schema version upgrades to the latest schema with its rows intact")
{
    const int latest = Migrations::latestVersion();
    const int version = GENERATE(range(0, Migrations::latestVersion()));
    INFO("upgrading from schema " << version << " to " << latest);

    TempDataDir fresh;
    QStringList freshSchema;
    {
        auto db = openDatabase(fresh.databasePath());
        freshSchema = schemaOf(db->handle());
    }
    REQUIRE_FALSE(freshSchema.isEmpty());

    TempDataDir old;
    QMap<QString, QStringList> before;
    QMap<QString, QString> columnsBefore; // a later migration may add columns; the old ones must keep their values
    {
        auto db = openDatabase(old.databasePath(), version);
        REQUIRE(db->schemaVersion() == version);
        for (int v = 1; v <= version; ++v) {
            for (const QString &statement : seedStatementsFor(v)) {
                if (version >= 5 && seedsRebuiltSearchTable(statement, v))
                    continue; // the old shape of the search tables no longer exists at this version
                exec(db->handle(), statement);
            }
        }
        for (const QString &table : userTables(db->handle())) {
            if (isRebuiltSearchTable(table, version) || table.startsWith(u"documents_fts"))
                continue; // checked below: emptied by the upgrade, to be rebuilt
            columnsBefore.insert(table,
                                 rows(db->handle(),
                                      QStringLiteral("SELECT group_concat('\"' || name || '\"') "
                                                     "FROM pragma_table_info('%1')")
                                          .arg(table))
                                     .first()
                                     .mid(2));
            before.insert(table, sortedRows(db->handle(), table, columnsBefore.value(table)));
        }
    }
    if (version >= 1)
        REQUIRE(before.value(QStringLiteral("tasks")).size() == 3);

    auto db = openDatabase(old.databasePath());
    sqlite3 *handle = db->handle();

    CHECK(db->schemaVersion() == latest);
    CHECK(scalar(handle, QStringLiteral("PRAGMA user_version")) == QStringLiteral("i:%1").arg(latest));

    const QStringList upgradedSchema = schemaOf(handle);
    CHECK(upgradedSchema == freshSchema);

    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        INFO("table " << it.key().toStdString());
        CHECK(sortedRows(handle, it.key(), columnsBefore.value(it.key())) == it.value());
    }

    if (version < 5) {
        // The old projection is dropped and every record then recorded waits to be projected again.
        CHECK(count(handle, QStringLiteral("documents")) == 0);
        CHECK(count(handle, QStringLiteral("embeddings")) == 0);
        CHECK(count(handle, QStringLiteral("documents_fts")) == 0);
        QStringList dirty;
        for (const QString &row : rows(handle, QStringLiteral("SELECT origin FROM search_dirty ORDER BY origin")))
            dirty.append(row.mid(2));
        CHECK(dirty == expectedDirtyOrigins(handle));
        if (version >= 2)
            CHECK(dirty.contains(QStringLiteral("health:2024-01-05"))); // a day with metrics
        if (version >= 1)
            CHECK(scalar(handle, QStringLiteral("SELECT count(*) FROM notes WHERE source = 'manual' AND external_id "
                                                "IS NULL"))
                  == QStringLiteral("i:%1").arg(count(handle, QStringLiteral("notes"))));
    }

    CHECK(rows(handle, QStringLiteral("PRAGMA foreign_key_check")).isEmpty());
    CHECK(rows(handle, QStringLiteral("PRAGMA integrity_check")) == QStringList{QStringLiteral("t:ok")});
    CHECK(scalar(handle, QStringLiteral("PRAGMA journal_mode")) == QStringLiteral("t:wal"));
}

TEST_CASE("the latest schema accepts the seed rows of every version")
{
    // The seeds are written against old schemas; at the latest one they must still be valid rows,
    // which also proves the test's data exercises every table it claims to.
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    for (int v = 1; v <= Migrations::latestVersion(); ++v) {
        for (const QString &statement : seedStatementsFor(v)) {
            if (!seedsRebuiltSearchTable(statement, v))
                exec(db->handle(), statement);
        }
    }
    for (const QString &table : userTables(db->handle())) {
        if (table.startsWith(QStringLiteral("documents_fts")))
            continue; // FTS5's own shadow tables
        INFO("table " << table.toStdString());
        CHECK(count(db->handle(), table) > 0);
    }
    CHECK(rows(db->handle(), QStringLiteral("PRAGMA foreign_key_check")).isEmpty());
    // The documents trigger fed the full-text index.
    CHECK(
        scalar(db->handle(), QStringLiteral("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'notebook'"))
        == QStringLiteral("i:1"));
}

TEST_CASE("reopening a database at the latest schema leaves the file unchanged")
{
    TempDataDir dir;
    {
        auto db = openDatabase(dir.databasePath());
        for (const QString &statement : seedStatementsFor(1))
            exec(db->handle(), statement);
    }
    const QByteArray hash = fileHash(dir.databasePath());
    {
        auto db = openDatabase(dir.databasePath());
        CHECK(db->schemaVersion() == Migrations::latestVersion());
    }
    CHECK(fileHash(dir.databasePath()) == hash);
}

TEST_CASE("a migration that fails is rolled back and leaves the database at its previous version")
{
    if (Migrations::latestVersion() < 2)
        return;
    TempDataDir dir;
    {
        auto db = openDatabase(dir.databasePath(), 1);
        for (const QString &statement : seedStatementsFor(1))
            exec(db->handle(), statement);
        // A table in the way of script 2 (as a hand-made change or a half-restored backup would leave behind).
        exec(db->handle(), QStringLiteral("CREATE TABLE workouts (x)"));
        exec(db->handle(), QStringLiteral("INSERT INTO workouts VALUES ('mine')"));
    }

    auto failed = Database::open(dir.databasePath());
    REQUIRE_FALSE(failed.ok());
    CHECK_FALSE(failed.error().message.isEmpty());
    CHECK(failed.error().message.contains(QStringLiteral("2")));

    RawConnection raw(dir.databasePath());
    CHECK(scalar(raw.handle(), QStringLiteral("PRAGMA user_version")) == QStringLiteral("i:1"));
    // Nothing of script 2 is left half-applied: its first table was rolled back with the rest.
    CHECK(rows(raw.handle(), QStringLiteral("SELECT name FROM sqlite_master WHERE name = 'metrics'")).isEmpty());
    CHECK(tableContents(raw.handle(), QStringLiteral("workouts")) == QStringList{QStringLiteral("t:mine")});
    CHECK(count(raw.handle(), QStringLiteral("tasks")) == 3);
    CHECK(rows(raw.handle(), QStringLiteral("PRAGMA integrity_check")) == QStringList{QStringLiteral("t:ok")});
}
