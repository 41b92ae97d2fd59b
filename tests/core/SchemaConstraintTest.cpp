// The schema's own guarantees, tested with hand-written SQL on the app's connection: whatever code
// writes to the database (a repository, an importer, a future sync), these rows are refused.

#include "StorageTestSupport.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "support/TempDataDir.h"

using namespace lifeos;
using namespace testsupport;

namespace {

const QString kNow = QStringLiteral("'2024-01-01T00:00:00.000Z'");

struct Refusal
{
    const char *what;
    QString sql;
    int expectedCode;
    const char *messagePart;
};

QString taskInsert(const QString &columns, const QString &values)
{
    return QStringLiteral("INSERT INTO tasks (%1, created_at, updated_at) VALUES (%2, %3, %3)")
        .arg(columns, values, kNow);
}

} // namespace

TEST_CASE("the app's connection enforces foreign keys, WAL and full sync")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    CHECK(scalar(db->handle(), QStringLiteral("PRAGMA foreign_keys")) == QStringLiteral("i:1"));
    CHECK(scalar(db->handle(), QStringLiteral("PRAGMA journal_mode")) == QStringLiteral("t:wal"));
    CHECK(scalar(db->handle(), QStringLiteral("PRAGMA synchronous")) == QStringLiteral("i:2")); // FULL
}

TEST_CASE("rows that break the schema's rules are refused")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    sqlite3 *handle = db->handle();
    exec(handle,
         QStringLiteral(
             "INSERT INTO journal_entries (day, body, created_at, updated_at) VALUES ('2024-01-01', 'x', %1, %1)")
             .arg(kNow));
    exec(handle, QStringLiteral("INSERT INTO tags (name) VALUES ('Work')"));
    exec(
        handle,
        QStringLiteral("INSERT INTO categories (id, name, kind, created_at) VALUES (1, 'Home', 'task', %1)").arg(kNow));
    exec(handle, taskInsert(QStringLiteral("id, title"), QStringLiteral("1, 'ok'")));

    const auto journal = [](const QString &day, const QString &mood, const QString &energy) {
        return QStringLiteral("INSERT INTO journal_entries (day, body, mood, energy, created_at, updated_at) "
                              "VALUES (%1, 'b', %2, %3, %4, %4)")
            .arg(day, mood, energy, kNow);
    };

    const Refusal refusal = GENERATE_REF(values<Refusal>({
        {"mood 0",
         journal(QStringLiteral("'2024-02-01'"), QStringLiteral("0"), QStringLiteral("NULL")),
         SQLITE_CONSTRAINT_CHECK,
         "mood"},
        {"mood 11",
         journal(QStringLiteral("'2024-02-01'"), QStringLiteral("11"), QStringLiteral("NULL")),
         SQLITE_CONSTRAINT_CHECK,
         "mood"},
        {"energy 0",
         journal(QStringLiteral("'2024-02-01'"), QStringLiteral("NULL"), QStringLiteral("0")),
         SQLITE_CONSTRAINT_CHECK,
         "energy"},
        {"energy 11",
         journal(QStringLiteral("'2024-02-01'"), QStringLiteral("5"), QStringLiteral("11")),
         SQLITE_CONSTRAINT_CHECK,
         "energy"},
        {"a second entry for the same day",
         journal(QStringLiteral("'2024-01-01'"), QStringLiteral("5"), QStringLiteral("5")),
         SQLITE_CONSTRAINT_UNIQUE,
         "journal_entries.day"},
        {"a day not written YYYY-MM-DD",
         journal(QStringLiteral("'2024-1-5'"), QStringLiteral("5"), QStringLiteral("5")),
         SQLITE_CONSTRAINT_CHECK,
         "day"},
        {"a journal entry without a day",
         journal(QStringLiteral("NULL"), QStringLiteral("5"), QStringLiteral("5")),
         SQLITE_CONSTRAINT_NOTNULL,
         "journal_entries.day"},
        {"a blank task title",
         taskInsert(QStringLiteral("title"), QStringLiteral("'   '")),
         SQLITE_CONSTRAINT_CHECK,
         "title"},
        {"a task without a title",
         taskInsert(QStringLiteral("title"), QStringLiteral("NULL")),
         SQLITE_CONSTRAINT_NOTNULL,
         "tasks.title"},
        {"priority 5",
         taskInsert(QStringLiteral("title, priority"), QStringLiteral("'t', 5")),
         SQLITE_CONSTRAINT_CHECK,
         "priority"},
        {"an unknown status",
         taskInsert(QStringLiteral("title, status"), QStringLiteral("'t', 'later'")),
         SQLITE_CONSTRAINT_CHECK,
         "status"},
        {"a due time without a due date",
         taskInsert(QStringLiteral("title, due_time"), QStringLiteral("'t', '09:00'")),
         SQLITE_CONSTRAINT_CHECK,
         "due_time"},
        {"a done task without completed_at",
         taskInsert(QStringLiteral("title, status"), QStringLiteral("'t', 'done'")),
         SQLITE_CONSTRAINT_CHECK,
         "completed_at"},
        {"an open task with completed_at",
         taskInsert(QStringLiteral("title, status, completed_at"), QStringLiteral("'t', 'open', %1").arg(kNow)),
         SQLITE_CONSTRAINT_CHECK,
         "completed_at"},
        {"a task in a category that does not exist",
         taskInsert(QStringLiteral("title, category_id"), QStringLiteral("'t', 99")),
         SQLITE_CONSTRAINT_FOREIGNKEY,
         "FOREIGN KEY"},
        {"the same external id twice from one source",
         QStringLiteral("INSERT INTO tasks (title, source, external_id, created_at, updated_at) VALUES "
                        "('a', 'todoist', 'x1', %1, %1), ('b', 'todoist', 'x1', %1, %1)")
             .arg(kNow),
         SQLITE_CONSTRAINT_UNIQUE,
         "tasks.source, tasks.external_id"},
        {"a tag differing only in case",
         QStringLiteral("INSERT INTO tags (name) VALUES ('WORK')"),
         SQLITE_CONSTRAINT_UNIQUE,
         "tags.name"},
        {"a blank tag", QStringLiteral("INSERT INTO tags (name) VALUES (' ')"), SQLITE_CONSTRAINT_CHECK, "name"},
        {"a link to a task that does not exist",
         QStringLiteral("INSERT INTO task_tags (task_id, tag_id) VALUES (99, 1)"),
         SQLITE_CONSTRAINT_FOREIGNKEY,
         "FOREIGN KEY"},
        {"a link to a tag that does not exist",
         QStringLiteral("INSERT INTO task_tags (task_id, tag_id) VALUES (1, 99)"),
         SQLITE_CONSTRAINT_FOREIGNKEY,
         "FOREIGN KEY"},
        {"a journal link to an entry that does not exist",
         QStringLiteral("INSERT INTO journal_entry_tags (entry_id, tag_id) VALUES (99, 1)"),
         SQLITE_CONSTRAINT_FOREIGNKEY,
         "FOREIGN KEY"},
        {"a note link to a note that does not exist",
         QStringLiteral("INSERT INTO note_tags (note_id, tag_id) VALUES (99, 1)"),
         SQLITE_CONSTRAINT_FOREIGNKEY,
         "FOREIGN KEY"},
        {"a category name differing only in case within its kind",
         QStringLiteral("INSERT INTO categories (name, kind, created_at) VALUES ('HOME', 'task', %1)").arg(kNow),
         SQLITE_CONSTRAINT_UNIQUE,
         "categories.kind, categories.name"},
        {"an unknown category kind",
         QStringLiteral("INSERT INTO categories (name, kind, created_at) VALUES ('x', 'movie', %1)").arg(kNow),
         SQLITE_CONSTRAINT_CHECK,
         "kind"},
        {"a lower-case currency",
         QStringLiteral("INSERT INTO transactions (kind, amount_minor, currency, day, created_at, updated_at) "
                        "VALUES ('expense', 100, 'eur', '2024-01-01', %1, %1)")
             .arg(kNow),
         SQLITE_CONSTRAINT_CHECK,
         "currency"},
        {"a negative amount",
         QStringLiteral("INSERT INTO transactions (kind, amount_minor, currency, day, created_at, updated_at) "
                        "VALUES ('expense', -1, 'EUR', '2024-01-01', %1, %1)")
             .arg(kNow),
         SQLITE_CONSTRAINT_CHECK,
         "amount_minor"},
        {"a zero budget",
         QStringLiteral("INSERT INTO budgets (category_id, period, amount_minor, currency, starts_on, created_at) "
                        "VALUES (1, 'month', 0, 'EUR', '2024-01-01', %1)")
             .arg(kNow),
         SQLITE_CONSTRAINT_CHECK,
         "amount_minor"},
        {"a negative workout duration",
         QStringLiteral("INSERT INTO workouts (activity, day, duration_min, created_at, updated_at) "
                        "VALUES ('run', '2024-01-01', -5, %1, %1)")
             .arg(kNow),
         SQLITE_CONSTRAINT_CHECK,
         "duration_min"},
        {"an insight rating other than -1 or 1",
         QStringLiteral("INSERT INTO insights (kind, day, rating, created_at) VALUES ('pattern', '2024-01-01', 5, %1)")
             .arg(kNow),
         SQLITE_CONSTRAINT_CHECK,
         "rating"},
        {"negative AI token counts",
         QStringLiteral("INSERT INTO ai_usage (at, provider, model, feature, input_tokens) "
                        "VALUES (%1, 'openai', 'm', 'ask', -1)")
             .arg(kNow),
         SQLITE_CONSTRAINT_CHECK,
         "input_tokens"},
        // Schema 5: a document's text never changes under its id (FAISS holds vectors by id); it is replaced.
        {"a search document changed in place",
         QStringLiteral("INSERT INTO documents (id, kind, origin, updated) VALUES (5, 'note', 'note:5', %1); "
                        "UPDATE documents SET text = 'new words' WHERE id = 5")
             .arg(kNow),
         SQLITE_CONSTRAINT_TRIGGER,
         "documents are replaced, never updated"},
        {"a search document of an unknown kind",
         QStringLiteral("INSERT INTO documents (kind, origin, updated) VALUES ('photo', 'photo:1', %1)").arg(kNow),
         SQLITE_CONSTRAINT_CHECK,
         "kind"},
        {"a search document with a negative chunk number",
         QStringLiteral("INSERT INTO documents (kind, origin, chunk, updated) VALUES ('note', 'note:1', -1, %1)")
             .arg(kNow),
         SQLITE_CONSTRAINT_CHECK,
         "chunk"},
        {"two search documents for the same chunk of one record",
         QStringLiteral("INSERT INTO documents (kind, origin, chunk, updated) VALUES ('note', 'note:1', 0, %1), "
                        "('note', 'note:1', 0, %1)")
             .arg(kNow),
         SQLITE_CONSTRAINT_UNIQUE,
         "documents.origin, documents.chunk"},
        {"an embedding model in an unknown state",
         QStringLiteral("INSERT INTO embedding_models (model, provider, dim, state, created_at) "
                        "VALUES ('m', 'offline', 8, 'sleeping', %1)")
             .arg(kNow),
         SQLITE_CONSTRAINT_CHECK,
         "state"},
        {"an embedding model without dimensions",
         QStringLiteral("INSERT INTO embedding_models (model, provider, dim, state, created_at) "
                        "VALUES ('m', 'offline', 0, 'active', %1)")
             .arg(kNow),
         SQLITE_CONSTRAINT_CHECK,
         "dim"},
        {"two imported notes with the same external reference",
         QStringLiteral("INSERT INTO notes (title, source, external_id, created_at, updated_at) VALUES "
                        "('a', 'import', 'ref-1', %1, %1), ('b', 'import', 'ref-1', %1, %1)")
             .arg(kNow),
         SQLITE_CONSTRAINT_UNIQUE,
         "notes.source, notes.external_id"},
    }));
    INFO(refusal.what);

    const QString before = schemaOf(handle).join(u'\n') + tableContents(handle, QStringLiteral("tasks")).join(u'\n');
    exec(handle, QStringLiteral("SAVEPOINT attempt"));
    const RawOutcome outcome = tryExec(handle, refusal.sql);
    INFO(outcome.message);
    CHECK(outcome.code == refusal.expectedCode);
    CHECK(outcome.message.find(refusal.messagePart) != std::string::npos);
    exec(handle, QStringLiteral("ROLLBACK TO attempt; RELEASE attempt"));
    CHECK(schemaOf(handle).join(u'\n') + tableContents(handle, QStringLiteral("tasks")).join(u'\n') == before);
}

TEST_CASE("a constraint failure through the storage layer is reported as invalid input")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    auto result =
        runQuery(*db,
                 QStringLiteral("INSERT INTO journal_entries (day, mood, created_at, updated_at) VALUES (?, ?, ?, ?)"),
                 {QStringLiteral("2024-01-01"), 42, QStringLiteral("x"), QStringLiteral("x")},
                 QStringLiteral("Saving the journal entry"));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::InvalidInput);
    CHECK(result.error().message.contains(QStringLiteral("mood")));
    CHECK(count(db->handle(), QStringLiteral("journal_entries")) == 0);
}

TEST_CASE("deleting a record cascades to its tag links")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    sqlite3 *handle = db->handle();
    exec(handle, QStringLiteral("INSERT INTO tags (id, name) VALUES (1, 'a'), (2, 'b')"));
    exec(handle,
         QStringLiteral(
             "INSERT INTO journal_entries (id, day, created_at, updated_at) VALUES (1, '2024-01-01', %1, %1), "
             "(2, '2024-01-02', %1, %1)")
             .arg(kNow));
    exec(handle, QStringLiteral("INSERT INTO journal_entry_tags VALUES (1, 1), (1, 2), (2, 1)"));
    exec(handle, taskInsert(QStringLiteral("id, title"), QStringLiteral("1, 't1'")));
    exec(handle, taskInsert(QStringLiteral("id, title"), QStringLiteral("2, 't2'")));
    exec(handle, QStringLiteral("INSERT INTO task_tags VALUES (1, 1), (2, 2)"));
    exec(handle,
         QStringLiteral("INSERT INTO notes (id, created_at, updated_at) VALUES (1, %1, %1), (2, %1, %1)").arg(kNow));
    exec(handle, QStringLiteral("INSERT INTO note_tags VALUES (1, 2), (2, 2)"));

    SECTION("a journal entry")
    {
        exec(handle, QStringLiteral("DELETE FROM journal_entries WHERE id = 1"));
        CHECK(tableContents(handle, QStringLiteral("journal_entry_tags")) == QStringList{QStringLiteral("i:2 | i:1")});
        CHECK(count(handle, QStringLiteral("task_tags")) == 2);
    }
    SECTION("a task")
    {
        exec(handle, QStringLiteral("DELETE FROM tasks WHERE id = 1"));
        CHECK(tableContents(handle, QStringLiteral("task_tags")) == QStringList{QStringLiteral("i:2 | i:2")});
        CHECK(count(handle, QStringLiteral("journal_entry_tags")) == 3);
    }
    SECTION("a note")
    {
        exec(handle, QStringLiteral("DELETE FROM notes WHERE id = 2"));
        CHECK(tableContents(handle, QStringLiteral("note_tags")) == QStringList{QStringLiteral("i:1 | i:2")});
    }
    SECTION("a tag, from every kind of record")
    {
        exec(handle, QStringLiteral("DELETE FROM tags WHERE id = 2"));
        CHECK(tableContents(handle, QStringLiteral("journal_entry_tags"))
              == QStringList{QStringLiteral("i:1 | i:1"), QStringLiteral("i:2 | i:1")});
        CHECK(tableContents(handle, QStringLiteral("task_tags")) == QStringList{QStringLiteral("i:1 | i:1")});
        CHECK(count(handle, QStringLiteral("note_tags")) == 0);
        CHECK(count(handle, QStringLiteral("notes")) == 2);
    }
    CHECK(rows(handle, QStringLiteral("PRAGMA foreign_key_check")).isEmpty());
}

TEST_CASE("deleting a category leaves its records without a category")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    sqlite3 *handle = db->handle();
    exec(handle,
         QStringLiteral("INSERT INTO categories (id, name, kind, parent_id, created_at) VALUES "
                        "(1, 'Home', 'task', NULL, %1), (2, 'Garden', 'task', 1, %1), (3, 'Food', 'expense', NULL, %1)")
             .arg(kNow));
    exec(handle, taskInsert(QStringLiteral("id, title, category_id"), QStringLiteral("1, 'mow', 1")));
    exec(handle,
         QStringLiteral("INSERT INTO notes (id, category_id, created_at, updated_at) VALUES (1, 1, %1, %1)").arg(kNow));
    exec(handle,
         QStringLiteral("INSERT INTO transactions (id, kind, amount_minor, currency, day, category_id, created_at, "
                        "updated_at) VALUES (1, 'expense', 500, 'EUR', '2024-01-01', 3, %1, %1), "
                        "(2, 'expense', 500, 'EUR', '2024-02-01', 3, %1, %1)")
             .arg(kNow));
    exec(handle, QStringLiteral("UPDATE transactions SET recurring_id = 1 WHERE id = 2"));
    exec(handle,
         QStringLiteral("INSERT INTO budgets (category_id, period, amount_minor, currency, starts_on, created_at) "
                        "VALUES (3, 'month', 10000, 'EUR', '2024-01-01', %1)")
             .arg(kNow));

    exec(handle, QStringLiteral("DELETE FROM categories WHERE id IN (1, 3)"));

    CHECK(scalar(handle, QStringLiteral("SELECT quote(category_id) FROM tasks")) == QStringLiteral("t:NULL"));
    CHECK(scalar(handle, QStringLiteral("SELECT quote(category_id) FROM notes")) == QStringLiteral("t:NULL"));
    CHECK(scalar(handle, QStringLiteral("SELECT quote(parent_id) FROM categories WHERE id = 2"))
          == QStringLiteral("t:NULL"));
    CHECK(rows(handle, QStringLiteral("SELECT quote(category_id) FROM transactions ORDER BY id"))
          == QStringList{QStringLiteral("t:NULL"), QStringLiteral("t:NULL")});
    // A budget has no meaning without its category: it goes with it.
    CHECK(count(handle, QStringLiteral("budgets")) == 0);
    CHECK(count(handle, QStringLiteral("tasks")) == 1);

    SECTION("and deleting the first of a recurring series unlinks the rest")
    {
        exec(handle, QStringLiteral("DELETE FROM transactions WHERE id = 1"));
        CHECK(scalar(handle, QStringLiteral("SELECT quote(recurring_id) FROM transactions"))
              == QStringLiteral("t:NULL"));
    }
    SECTION("and deleting a searchable document removes its embeddings and leaves a tombstone for the vector index")
    {
        exec(handle,
             QStringLiteral("INSERT INTO documents (id, kind, origin, record_id, updated) VALUES (1, 'task', 'task:1', 1, %1)")
                 .arg(kNow));
        exec(handle, QStringLiteral("INSERT INTO embeddings (document_id, model, vector) VALUES (1, 'm', X'0000803F')"));
        exec(handle, QStringLiteral("DELETE FROM documents"));
        CHECK(count(handle, QStringLiteral("embeddings")) == 0);
        CHECK(scalar(handle, QStringLiteral("SELECT document_id FROM vector_tombstones")) == QStringLiteral("i:1"));
    }
    SECTION("and deleting a record removes its search documents in the same statement")
    {
        exec(handle,
             QStringLiteral("INSERT INTO documents (id, kind, origin, record_id, updated) VALUES (1, 'task', 'task:1', 1, %1)")
                 .arg(kNow));
        exec(handle, QStringLiteral("DELETE FROM tasks"));
        CHECK(count(handle, QStringLiteral("documents")) == 0);
        CHECK(rows(handle, QStringLiteral("SELECT origin FROM search_dirty WHERE origin LIKE 'task:%'")).isEmpty());
    }
    CHECK(rows(handle, QStringLiteral("PRAGMA foreign_key_check")).isEmpty());
}
