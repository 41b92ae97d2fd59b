// The documents projection: every kind of record rendered as search text, and kept in step with the records
// through inserts, edits, renames and deletes (triggers mark records dirty; SearchProjector catches up).

#include "StorageTestSupport.h"
#include "search/DocumentRenderer.h"
#include "search/SearchProjector.h"
#include "storage/Database.h"
#include "storage/NoteRepository.h"
#include "support/QtStringMakers.h"
#include "support/TempDataDir.h"

#include <ctime>

using namespace lifeos;
using namespace testsupport;

namespace {

const QString kNow = QStringLiteral("'2024-03-15T20:00:00.000Z'");

// Runs a test with the process in a fixed time zone (local days depend on it), restoring the old one after.
class TimeZoneScope
{
public:
    explicit TimeZoneScope(const char *zone)
        : m_old(qgetenv("TZ"))
        , m_hadOld(qEnvironmentVariableIsSet("TZ"))
    {
        qputenv("TZ", zone);
        tzset();
    }
    ~TimeZoneScope()
    {
        if (m_hadOld)
            qputenv("TZ", m_old);
        else
            qunsetenv("TZ");
        tzset();
    }
    TimeZoneScope(const TimeZoneScope &) = delete;
    TimeZoneScope &operator=(const TimeZoneScope &) = delete;

private:
    QByteArray m_old;
    bool m_hadOld = false;
};

void project(Database &db)
{
    SearchProjector projector(db);
    auto done = projector.catchUpAll();
    INFO((done.ok() ? QString() : done.error().message).toStdString());
    REQUIRE(done.ok());
    auto pending = projector.pendingCount();
    REQUIRE(pending.ok());
    CHECK(*pending == 0);
}

QStringList column(sqlite3 *handle, const QString &sql)
{
    QStringList values;
    for (const QString &row : rows(handle, sql))
        values.append(row.startsWith(u"t:") || row.startsWith(u"i:") ? row.mid(2) : row);
    return values;
}

QStringList textsOf(sqlite3 *handle, const QString &origin)
{
    return column(handle, QStringLiteral("SELECT text FROM documents WHERE origin = '%1' ORDER BY chunk").arg(origin));
}

QStringList idsOf(sqlite3 *handle, const QString &origin)
{
    return column(handle, QStringLiteral("SELECT id FROM documents WHERE origin = '%1' ORDER BY chunk").arg(origin));
}

bool isDirty(sqlite3 *handle, const QString &origin)
{
    return !rows(handle, QStringLiteral("SELECT 1 FROM search_dirty WHERE origin = '%1'").arg(origin)).isEmpty();
}

// A bit of every kind, with ids fixed so origins are known.
void fillEveryKind(sqlite3 *handle)
{
    exec(handle, QStringLiteral("INSERT INTO categories (id, name, kind, created_at) VALUES (1, 'Home', 'task', %1), "
                                "(2, 'Ideas', 'note', %1), (3, 'Food', 'expense', %1), (4, 'Salary', 'income', %1)")
                     .arg(kNow));
    exec(handle, QStringLiteral("INSERT INTO tags (id, name) VALUES (1, 'work'), (2, 'health'), (3, 'books'), "
                                "(4, 'home'), (5, 'Calls')"));
    exec(handle, QStringLiteral("INSERT INTO journal_entries (id, day, body, mood, energy, created_at, updated_at) "
                                "VALUES (1, '2024-03-15', 'Long walk.', 7, 4, %1, %1)")
                     .arg(kNow));
    exec(handle, QStringLiteral("INSERT INTO journal_entry_tags VALUES (1, 1), (1, 2)"));
    exec(handle, QStringLiteral("INSERT INTO notes (id, title, body, category_id, created_at, updated_at) VALUES "
                                "(1, 'Reading list', '- Dune\n- Piranesi', 2, %1, %1)")
                     .arg(kNow));
    exec(handle, QStringLiteral("INSERT INTO note_tags VALUES (1, 3)"));
    exec(handle, QStringLiteral("INSERT INTO notes (id, title, body, source, external_id, created_at, updated_at) "
                                "VALUES (2, '', 'First line here\nand more', 'import', 'goodreads-42', %1, %1), "
                                "(3, 'Hashed', 'no ref', 'import', 'jsonl-sha1:0123abcd', %1, %1)")
                     .arg(kNow));
    exec(handle, QStringLiteral("INSERT INTO tasks (id, title, notes, due_date, due_time, priority, category_id, source, "
                                "external_id, created_at, updated_at) VALUES (1, 'Call the plumber', "
                                "'ask about the boiler', '2024-05-10', '14:30', 2, 1, 'sync', 'gt-9', %1, %1)")
                     .arg(kNow));
    exec(handle, QStringLiteral("INSERT INTO task_tags VALUES (1, 4), (1, 5)"));
    exec(handle, QStringLiteral("INSERT INTO transactions (id, kind, amount_minor, currency, day, category_id, merchant, "
                                "note, source, external_id, created_at, updated_at) VALUES "
                                "(1, 'expense', 1299, 'EUR', '2024-03-15', 3, 'Market', 'veg', 'import', 'bank-1', %1, %1), "
                                "(2, 'income', 2500000, 'IDR', '2024-03-01', 4, '', '', 'manual', NULL, %1, %1)")
                     .arg(kNow));
    exec(handle, QStringLiteral("INSERT INTO workouts (id, activity, day, duration_min, distance_km, notes, created_at, "
                                "updated_at) VALUES (1, 'run', '2024-03-15', 32, 5.1, 'easy', %1, %1)")
                     .arg(kNow));
    exec(handle, QStringLiteral("INSERT INTO calendar_events (id, source, calendar_id, external_id, title, location, "
                                "starts_at, ends_at, time_zone, day, updated_at) VALUES (1, 'google', 'primary', "
                                "'evt-1', 'Dentist', 'Main St', '2024-03-18T09:00:00.000Z', '2024-03-18T09:30:00.000Z', "
                                "'Asia/Jakarta', '2024-03-18', %1)")
                     .arg(kNow));
    exec(handle, QStringLiteral("INSERT INTO metrics (id, name, value, unit, day, created_at, updated_at) VALUES "
                                "(1, 'sleep', 7.5, 'h', '2024-03-15', %1, %1), "
                                "(2, 'weight', 70.2, 'kg', '2024-03-15', %1, %1), "
                                "(3, 'steps', 9120, 'steps', '2024-03-15', %1, %1)")
                     .arg(kNow));
}

QString longBody()
{
    QStringList paragraphs;
    for (int p = 1; p <= 12; ++p) {
        QString text;
        for (int s = 1; text.size() < 300; ++s)
            text += QStringLiteral("Paragraph %1 sentence %2 is about rivers. ").arg(p).arg(s);
        paragraphs.append(text.trimmed());
    }
    return paragraphs.join(QStringLiteral("\n\n"));
}

} // namespace

TEST_CASE("every kind of record renders with its title, day, reference and generated words")
{
    TimeZoneScope zone("Asia/Jakarta");
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    fillEveryKind(db->handle());

    struct Expected {
        QString origin;
        QString kind;
        qint64 recordId;
        QString title;
        QString day;
        QString ref;
        QString text;
    };
    const Expected expected = GENERATE(values<Expected>({
        {QStringLiteral("journal:1"), QStringLiteral("journal"), 1, QStringLiteral("Journal, Friday 15 March 2024"),
         QStringLiteral("2024-03-15"), QString(), QStringLiteral("Long walk.\n\nmood 7/10, energy 4/10; tags: health, work")},
        // Created 20:00 UTC on the 15th is the 16th in Jakarta: a note's day is the local day it was written.
        {QStringLiteral("note:1"), QStringLiteral("note"), 1, QStringLiteral("Reading list"), QStringLiteral("2024-03-16"),
         QString(), QStringLiteral("- Dune\n- Piranesi\n\ncategory Ideas; tags: books")},
        {QStringLiteral("note:2"), QStringLiteral("note"), 2, QStringLiteral("First line here"),
         QStringLiteral("2024-03-16"), QStringLiteral("goodreads-42"), QStringLiteral("First line here\nand more")},
        {QStringLiteral("note:3"), QStringLiteral("note"), 3, QStringLiteral("Hashed"), QStringLiteral("2024-03-16"),
         QString(), QStringLiteral("no ref")},
        {QStringLiteral("task:1"), QStringLiteral("task"), 1, QStringLiteral("Call the plumber"),
         QStringLiteral("2024-05-10"), QStringLiteral("gt-9"),
         QStringLiteral("ask about the boiler\n\ntask open, due 2024-05-10 14:30, priority 2, category Home; "
                        "tags: Calls, home")},
        {QStringLiteral("expense:1"), QStringLiteral("expense"), 1, QStringLiteral("Market"), QStringLiteral("2024-03-15"),
         QStringLiteral("bank-1"), QStringLiteral("veg\n\nexpense 12.99 EUR, at Market, category Food")},
        {QStringLiteral("income:2"), QStringLiteral("income"), 2, QStringLiteral("Salary"), QStringLiteral("2024-03-01"),
         QString(), QStringLiteral("income 2,500,000 IDR, category Salary")},
        {QStringLiteral("workout:1"), QStringLiteral("workout"), 1, QStringLiteral("run"), QStringLiteral("2024-03-15"),
         QString(), QStringLiteral("easy\n\nworkout run 32 min 5.1 km")},
        // Times in the event's own time zone.
        {QStringLiteral("event:1"), QStringLiteral("event"), 1, QStringLiteral("Dentist"), QStringLiteral("2024-03-18"),
         QStringLiteral("evt-1"), QStringLiteral("event 16:00 to 16:30, at Main St")},
        {QStringLiteral("health:2024-03-15"), QStringLiteral("health"), -1, QStringLiteral("Health, Friday 15 March 2024"),
         QStringLiteral("2024-03-15"), QString(),
         QStringLiteral("sleep 7.5 h, weight 70.2 kg, steps 9,120; run 32 min 5.1 km")},
    }));
    INFO(expected.origin.toStdString());

    DocumentRenderer renderer(*db);
    auto rendered = renderer.render(expected.origin);
    REQUIRE(rendered.ok());
    REQUIRE(rendered->has_value());
    const DocumentDraft &draft = **rendered;
    CHECK(draft.kind == expected.kind);
    CHECK(draft.origin == expected.origin);
    CHECK(draft.recordId == expected.recordId);
    CHECK(draft.title == expected.title);
    CHECK(draft.day.toString(Qt::ISODate) == expected.day);
    CHECK(draft.ref == expected.ref);
    CHECK(draft.text == expected.text);
    REQUIRE(draft.chunks.size() == 1);
    CHECK(draft.chunks.first().text == expected.text);

    // And projected into documents as rendered.
    project(*db);
    CHECK(rows(db->handle(),
               QStringLiteral("SELECT kind, chunk, quote(record_id), quote(ref), title, text, day, anchor FROM documents "
                              "WHERE origin = '%1'")
                   .arg(expected.origin))
          == QStringList{QStringLiteral("t:%1 | i:0 | t:%2 | t:%3 | t:%4 | t:%5 | t:%6 | i:0")
                             .arg(expected.kind,
                                  expected.recordId < 0 ? QStringLiteral("NULL") : QString::number(expected.recordId),
                                  expected.ref.isEmpty() ? QStringLiteral("NULL") : u'\'' + expected.ref + u'\'',
                                  expected.title, expected.text, expected.day)});
}

TEST_CASE("a record that is gone, or an origin that names nothing, renders as gone")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    fillEveryKind(db->handle());
    DocumentRenderer renderer(*db);
    const QString origin = GENERATE(QStringLiteral("note:99"), QStringLiteral("task:0"), QStringLiteral("income:1"),
                                    QStringLiteral("expense:2"), QStringLiteral("health:2024-01-01"),
                                    QStringLiteral("health:someday"), QStringLiteral("photo:1"), QStringLiteral("note:x"),
                                    QStringLiteral("note:"), QStringLiteral(""), QStringLiteral("journal"));
    INFO(origin.toStdString());
    auto rendered = renderer.render(origin);
    REQUIRE(rendered.ok());
    CHECK_FALSE(rendered->has_value());
}

TEST_CASE("amounts are written from integer minor units with the currency's digits")
{
    const auto [minor, currency, text] = GENERATE(table<qint64, QString, QString>({
        {1299, QStringLiteral("EUR"), QStringLiteral("12.99 EUR")},
        {5, QStringLiteral("USD"), QStringLiteral("0.05 USD")},
        {129950, QStringLiteral("EUR"), QStringLiteral("1,299.50 EUR")},
        {25000, QStringLiteral("IDR"), QStringLiteral("25,000 IDR")},
        {0, QStringLiteral("JPY"), QStringLiteral("0 JPY")},
        {9007199254740993, QStringLiteral("IDR"), QStringLiteral("9,007,199,254,740,993 IDR")},
        {100, QStringLiteral("EUR"), QStringLiteral("1.00 EUR")},
    }));
    CHECK(DocumentRenderer::formatAmount(minor, currency) == text);
}

TEST_CASE("measured numbers are written without float noise")
{
    const auto [value, text] = GENERATE(table<double, QString>({
        {9120, QStringLiteral("9,120")},
        {72.35, QStringLiteral("72.35")},
        {0.30000000000000004, QStringLiteral("0.3")},
        {7.5, QStringLiteral("7.5")},
        {60.0, QStringLiteral("60")},
        {-2.5, QStringLiteral("-2.5")},
        {0, QStringLiteral("0")},
        {1.7976931348623157e308, QStringLiteral("1.79769e+308")},
    }));
    CHECK(DocumentRenderer::formatNumber(value) == text);
}

TEST_CASE("the projection stays in sync through insert, edit and delete of every kind")
{
    struct Case {
        const char *what;
        QString insert;
        QString origin;
        QString before;
        QString edit;
        QString after;
        QString remove;
        QString oldWord; // in the text before the edit only
    };
    const Case c = GENERATE(values<Case>({
        {"journal", QStringLiteral("INSERT INTO journal_entries (id, day, body, created_at, updated_at) VALUES "
                                   "(1, '2024-03-15', 'walked by the river', %1, %1)"),
         QStringLiteral("journal:1"), QStringLiteral("river"),
         QStringLiteral("UPDATE journal_entries SET body = 'swam in the lake' WHERE id = 1"), QStringLiteral("lake"),
         QStringLiteral("DELETE FROM journal_entries WHERE id = 1"), QStringLiteral("river")},
        {"note", QStringLiteral("INSERT INTO notes (id, title, body, created_at, updated_at) VALUES "
                                "(1, 'Reading', 'Dune', %1, %1)"),
         QStringLiteral("note:1"), QStringLiteral("Dune"), QStringLiteral("UPDATE notes SET body = 'Piranesi' WHERE id = 1"),
         QStringLiteral("Piranesi"), QStringLiteral("DELETE FROM notes WHERE id = 1"), QStringLiteral("Dune")},
        {"task", QStringLiteral("INSERT INTO tasks (id, title, notes, created_at, updated_at) VALUES "
                                "(1, 'Call', 'the plumber', %1, %1)"),
         QStringLiteral("task:1"), QStringLiteral("plumber"),
         QStringLiteral("UPDATE tasks SET notes = 'the electrician' WHERE id = 1"), QStringLiteral("electrician"),
         QStringLiteral("DELETE FROM tasks WHERE id = 1"), QStringLiteral("plumber")},
        {"expense", QStringLiteral("INSERT INTO transactions (id, kind, amount_minor, currency, day, merchant, "
                                   "created_at, updated_at) VALUES (1, 'expense', 1299, 'EUR', '2024-03-15', 'Market', "
                                   "%1, %1)"),
         QStringLiteral("expense:1"), QStringLiteral("12.99 EUR"),
         QStringLiteral("UPDATE transactions SET amount_minor = 2500 WHERE id = 1"), QStringLiteral("25.00 EUR"),
         QStringLiteral("DELETE FROM transactions WHERE id = 1"), QStringLiteral("12.99")},
        {"income", QStringLiteral("INSERT INTO transactions (id, kind, amount_minor, currency, day, merchant, "
                                  "created_at, updated_at) VALUES (1, 'income', 500000, 'EUR', '2024-03-15', 'ACME', "
                                  "%1, %1)"),
         QStringLiteral("income:1"), QStringLiteral("ACME"),
         QStringLiteral("UPDATE transactions SET merchant = 'Globex' WHERE id = 1"), QStringLiteral("Globex"),
         QStringLiteral("DELETE FROM transactions WHERE id = 1"), QStringLiteral("ACME")},
        {"workout", QStringLiteral("INSERT INTO workouts (id, activity, day, duration_min, created_at, updated_at) "
                                   "VALUES (1, 'swim', '2024-03-15', 30, %1, %1)"),
         QStringLiteral("workout:1"), QStringLiteral("30 min"),
         QStringLiteral("UPDATE workouts SET duration_min = 45 WHERE id = 1"), QStringLiteral("45 min"),
         QStringLiteral("DELETE FROM workouts WHERE id = 1"), QStringLiteral("30")},
        {"event", QStringLiteral("INSERT INTO calendar_events (id, title, location, starts_at, ends_at, day, updated_at) "
                                 "VALUES (1, 'Dentist', 'Old Town', '2024-03-18T09:00:00.000Z', "
                                 "'2024-03-18T09:30:00.000Z', '2024-03-18', %1)"),
         QStringLiteral("event:1"), QStringLiteral("Old Town"),
         QStringLiteral("UPDATE calendar_events SET location = 'Main St' WHERE id = 1"), QStringLiteral("Main St"),
         QStringLiteral("DELETE FROM calendar_events WHERE id = 1"), QStringLiteral("Old")},
        {"health", QStringLiteral("INSERT INTO metrics (id, name, value, unit, day, created_at, updated_at) VALUES "
                                  "(1, 'weight', 70.2, 'kg', '2024-03-15', %1, %1)"),
         QStringLiteral("health:2024-03-15"), QStringLiteral("weight 70.2 kg"),
         QStringLiteral("UPDATE metrics SET value = 71.5 WHERE id = 1"), QStringLiteral("weight 71.5 kg"),
         QStringLiteral("DELETE FROM metrics WHERE id = 1"), QStringLiteral("70.2")},
    }));
    INFO(c.what);
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    sqlite3 *handle = db->handle();

    exec(handle, c.insert.arg(kNow));
    CHECK(isDirty(handle, c.origin));
    CHECK(textsOf(handle, c.origin).isEmpty());
    project(*db);
    REQUIRE(textsOf(handle, c.origin).size() == 1);
    CHECK(textsOf(handle, c.origin).first().contains(c.before));
    const QStringList idsBefore = idsOf(handle, c.origin);

    // Catching up again with nothing changed touches nothing.
    REQUIRE(SearchProjector(*db).markAllDirty().ok());
    project(*db);
    CHECK(idsOf(handle, c.origin) == idsBefore);

    exec(handle, c.edit);
    CHECK(isDirty(handle, c.origin));
    project(*db);
    REQUIRE(textsOf(handle, c.origin).size() == 1);
    CHECK(textsOf(handle, c.origin).first().contains(c.after));
    CHECK_FALSE(textsOf(handle, c.origin).first().contains(c.before));
    CHECK(idsOf(handle, c.origin) != idsBefore); // replaced, never updated in place
    // The old text is gone from the full-text index too.
    const QString oldWordQuery = QStringLiteral("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH '\"%1\"'");
    CHECK(scalar(handle, oldWordQuery.arg(c.oldWord)) == QStringLiteral("i:0"));
    CHECK(scalar(handle, oldWordQuery.arg(c.after.section(u' ', 0, 0))) != QStringLiteral("i:0"));
    const QStringList idsAfterEdit = idsOf(handle, c.origin);

    exec(handle, c.remove);
    if (c.origin.startsWith(u"health:")) {
        // A day's summary is re-rendered from what is left; nothing is left, so it goes.
        CHECK(isDirty(handle, c.origin));
        project(*db);
    } else {
        // Gone at once, in the deleting statement, before any catch-up.
        CHECK_FALSE(isDirty(handle, c.origin));
    }
    CHECK(textsOf(handle, c.origin).isEmpty());
    project(*db); // a workout's health day goes too
    CHECK(count(handle, QStringLiteral("documents")) == 0);
    // Every id that ever held this record's text is left for the vector index to drop.
    for (const QString &id : idsBefore + idsAfterEdit)
        CHECK(rows(handle, QStringLiteral("SELECT 1 FROM vector_tombstones WHERE document_id = %1").arg(id)).size() == 1);
}

TEST_CASE("a deleted record's documents are gone in the deleting transaction")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    NoteRepository notes(*db);
    Note note;
    note.title = QStringLiteral("Secret plan");
    note.body = longBody();
    auto added = notes.add(note);
    REQUIRE(added.ok());
    project(*db);
    const QString origin = QStringLiteral("note:%1").arg(added->id);
    REQUIRE(textsOf(db->handle(), origin).size() > 1);

    // Inside the transaction that deletes the note, its documents are already gone ...
    auto written = db->write([&]() -> Result<void> {
        REQUIRE(notes.remove(added->id).ok());
        CHECK(textsOf(db->handle(), origin).isEmpty());
        CHECK(scalar(db->handle(), QStringLiteral("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH "
                                                  "'rivers'"))
              == QStringLiteral("i:0"));
        return Error{ErrorCode::Cancelled, QStringLiteral("roll back")};
    });
    REQUIRE_FALSE(written.ok());
    // ... and come back with it when the deletion is rolled back.
    CHECK(textsOf(db->handle(), origin).size() > 1);

    REQUIRE(notes.remove(added->id).ok());
    CHECK(textsOf(db->handle(), origin).isEmpty());
    CHECK(count(db->handle(), QStringLiteral("search_dirty")) == 0);
}

TEST_CASE("an edited long note replaces only the changed chunks and keeps the ids of the others")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    sqlite3 *handle = db->handle();
    NoteRepository notes(*db);
    Note note;
    note.title = QStringLiteral("Rivers");
    note.body = longBody();
    auto added = notes.add(note);
    REQUIRE(added.ok());
    project(*db);
    const QString origin = QStringLiteral("note:%1").arg(added->id);
    const QStringList before = idsOf(handle, origin);
    const QStringList textsBefore = textsOf(handle, origin);
    REQUIRE(before.size() >= 4);
    // Anchors are exact offsets into the note's body.
    for (const QString &row :
         rows(handle, QStringLiteral("SELECT anchor, text FROM documents WHERE origin = '%1' ORDER BY chunk").arg(origin))) {
        const int anchor = row.section(QStringLiteral(" | "), 0, 0).mid(2).toInt();
        const QString text = row.section(QStringLiteral(" | "), 1).mid(2);
        CHECK(note.body.mid(anchor, text.size()) == text);
    }

    SECTION("a word changed near the end")
    {
        Note edited = *added;
        const qsizetype at = edited.body.lastIndexOf(QStringLiteral("rivers"));
        edited.body.replace(at, 6, QStringLiteral("brooks"));
        REQUIRE(notes.update(edited).ok());
        project(*db);
        const QStringList after = idsOf(handle, origin);
        REQUIRE(after.size() == before.size());
        CHECK(after.mid(0, after.size() - 1) == before.mid(0, before.size() - 1));
        CHECK(after.last() != before.last());
        CHECK(textsOf(handle, origin).last().contains(QStringLiteral("brooks")));
    }
    SECTION("a word of the same length changed in the middle")
    {
        Note edited = *added;
        const QString needle = QStringLiteral("Paragraph 6 sentence 2 ");
        const qsizetype at = edited.body.indexOf(needle);
        REQUIRE(at > 0);
        edited.body.replace(at, needle.size(), QStringLiteral("Paragraph 6 sentence X "));
        REQUIRE(notes.update(edited).ok());
        project(*db);
        const QStringList after = idsOf(handle, origin);
        const QStringList textsAfter = textsOf(handle, origin);
        REQUIRE(after.size() == before.size());
        int changed = 0;
        for (int i = 0; i < after.size(); ++i) {
            INFO("chunk " << i);
            const bool textChanged = textsAfter.at(i) != textsBefore.at(i);
            CHECK((after.at(i) != before.at(i)) == textChanged); // a new id exactly where the text changed
            changed += textChanged ? 1 : 0;
        }
        CHECK(changed >= 1);
        CHECK(changed <= 2); // the chunk holding it, and the next one if it falls in the overlap
        CHECK(after.first() == before.first());
        CHECK(after.last() == before.last());
    }
    SECTION("paragraphs cut away at the end")
    {
        Note edited = *added;
        edited.body = textsBefore.first(); // exactly what the first chunk held: it stays, the rest goes
        REQUIRE(notes.update(edited).ok());
        project(*db);
        const QStringList after = idsOf(handle, origin);
        REQUIRE(after.size() < before.size());
        CHECK(after.first() == before.first());
        CHECK(count(handle, QStringLiteral("documents")) == after.size());
    }
}

TEST_CASE("renaming a tag or a category re-renders every record that carries it")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    sqlite3 *handle = db->handle();
    fillEveryKind(handle);
    project(*db);
    const QStringList others = idsOf(handle, QStringLiteral("event:1")) + idsOf(handle, QStringLiteral("note:2"));

    SECTION("a tag")
    {
        exec(handle, QStringLiteral("UPDATE tags SET name = 'reading' WHERE name = 'books'"));
        CHECK(isDirty(handle, QStringLiteral("note:1")));
        project(*db);
        CHECK(textsOf(handle, QStringLiteral("note:1")).first().endsWith(QStringLiteral("tags: reading")));
        exec(handle, QStringLiteral("UPDATE tags SET name = 'job' WHERE name = 'work'"));
        project(*db);
        CHECK(textsOf(handle, QStringLiteral("journal:1")).first().endsWith(QStringLiteral("tags: health, job")));
        exec(handle, QStringLiteral("UPDATE tags SET name = 'phone' WHERE name = 'Calls'"));
        project(*db);
        CHECK(textsOf(handle, QStringLiteral("task:1")).first().endsWith(QStringLiteral("tags: home, phone")));
    }
    SECTION("a tag taken off a record, and a tag deleted")
    {
        exec(handle, QStringLiteral("DELETE FROM note_tags WHERE note_id = 1"));
        project(*db);
        CHECK(textsOf(handle, QStringLiteral("note:1")).first().endsWith(QStringLiteral("category Ideas")));
        exec(handle, QStringLiteral("DELETE FROM tags WHERE name = 'work'"));
        project(*db);
        CHECK(textsOf(handle, QStringLiteral("journal:1")).first().endsWith(QStringLiteral("tags: health")));
    }
    SECTION("a category of every kind")
    {
        exec(handle, QStringLiteral("UPDATE categories SET name = 'Notions' WHERE name = 'Ideas'"));
        exec(handle, QStringLiteral("UPDATE categories SET name = 'House' WHERE name = 'Home'"));
        exec(handle, QStringLiteral("UPDATE categories SET name = 'Groceries' WHERE name = 'Food'"));
        exec(handle, QStringLiteral("UPDATE categories SET name = 'Pay' WHERE name = 'Salary'"));
        project(*db);
        CHECK(textsOf(handle, QStringLiteral("note:1")).first().contains(QStringLiteral("category Notions")));
        CHECK(textsOf(handle, QStringLiteral("task:1")).first().contains(QStringLiteral("category House")));
        CHECK(textsOf(handle, QStringLiteral("expense:1")).first().contains(QStringLiteral("category Groceries")));
        CHECK(textsOf(handle, QStringLiteral("income:2")).first().contains(QStringLiteral("category Pay")));
        CHECK(rows(handle, QStringLiteral("SELECT title FROM documents WHERE origin = 'income:2'"))
              == QStringList{QStringLiteral("t:Pay")});
    }
    SECTION("a category deleted")
    {
        exec(handle, QStringLiteral("DELETE FROM categories WHERE name = 'Ideas'"));
        project(*db);
        CHECK(textsOf(handle, QStringLiteral("note:1")).first().endsWith(QStringLiteral("- Piranesi\n\ntags: books")));
    }
    // Records that do not carry it keep their documents.
    CHECK(idsOf(handle, QStringLiteral("event:1")) + idsOf(handle, QStringLiteral("note:2")) == others);
}

TEST_CASE("an expense turned into income becomes an income document")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    sqlite3 *handle = db->handle();
    fillEveryKind(handle);
    project(*db);
    exec(handle, QStringLiteral("UPDATE transactions SET kind = 'income' WHERE id = 1"));
    CHECK(textsOf(handle, QStringLiteral("expense:1")).isEmpty()); // at once
    project(*db);
    CHECK(textsOf(handle, QStringLiteral("expense:1")).isEmpty());
    REQUIRE(textsOf(handle, QStringLiteral("income:1")).size() == 1);
    CHECK(textsOf(handle, QStringLiteral("income:1")).first().contains(QStringLiteral("income 12.99 EUR")));
}

TEST_CASE("a health day is re-rendered when a metric or workout changes and removed when the day is empty")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    sqlite3 *handle = db->handle();
    fillEveryKind(handle);
    project(*db);
    const QString day = QStringLiteral("health:2024-03-15");
    REQUIRE(textsOf(handle, day) == QStringList{QStringLiteral("sleep 7.5 h, weight 70.2 kg, steps 9,120; run 32 min 5.1 km")});

    exec(handle, QStringLiteral("DELETE FROM metrics WHERE name = 'weight'"));
    CHECK(isDirty(handle, day));
    project(*db);
    CHECK(textsOf(handle, day) == QStringList{QStringLiteral("sleep 7.5 h, steps 9,120; run 32 min 5.1 km")});

    // A workout moved to another day leaves this one and makes the other.
    exec(handle, QStringLiteral("UPDATE workouts SET day = '2024-03-16' WHERE id = 1"));
    project(*db);
    CHECK(textsOf(handle, day) == QStringList{QStringLiteral("sleep 7.5 h, steps 9,120")});
    CHECK(textsOf(handle, QStringLiteral("health:2024-03-16")) == QStringList{QStringLiteral("run 32 min 5.1 km")});

    exec(handle, QStringLiteral("DELETE FROM metrics WHERE day = '2024-03-15'"));
    project(*db);
    CHECK(textsOf(handle, day).isEmpty());
    exec(handle, QStringLiteral("DELETE FROM workouts"));
    project(*db);
    CHECK(textsOf(handle, QStringLiteral("health:2024-03-16")).isEmpty());
    CHECK_FALSE(textsOf(handle, QStringLiteral("journal:1")).isEmpty()); // other kinds are untouched
    CHECK(rows(handle, QStringLiteral("SELECT origin FROM documents WHERE kind = 'health'")).isEmpty());
}

TEST_CASE("catching up works in batches and reports progress until nothing is pending")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    sqlite3 *handle = db->handle();
    exec(handle, QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2500) "
                                "INSERT INTO notes (title, body, created_at, updated_at) "
                                "SELECT 'note ' || i, 'body of note ' || i, %1, %1 FROM n")
                     .arg(kNow));
    SearchProjector projector(*db);
    REQUIRE(*projector.pendingCount() == 2500);
    auto first = projector.catchUp(1000);
    REQUIRE(first.ok());
    CHECK(*first == 1000);
    CHECK(*projector.pendingCount() == 1500);
    CHECK(count(handle, QStringLiteral("documents")) == 1000);

    QList<qint64> reported;
    auto rest = projector.catchUpAll([&](qint64 done, qint64 total) {
        reported.append(done);
        CHECK(total == 1500);
    });
    REQUIRE(rest.ok());
    CHECK(*rest == 1500);
    CHECK(reported == QList<qint64>{1000, 1500});
    CHECK(count(handle, QStringLiteral("documents")) == 2500);
    auto none = projector.catchUp();
    REQUIRE(none.ok());
    CHECK(*none == 0);

    std::atomic_bool cancel{true};
    REQUIRE(projector.markAllDirty().ok());
    auto cancelled = projector.catchUpAll([](qint64, qint64) {}, &cancel);
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().code == ErrorCode::Cancelled);
}

TEST_CASE("documents of a record that vanished behind the triggers' back are removed by a rebuild")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    sqlite3 *handle = db->handle();
    exec(handle, QStringLiteral("INSERT INTO documents (kind, origin, record_id, text, updated) VALUES "
                                "('note', 'note:77', 77, 'orphan', %1)")
                     .arg(kNow));
    SearchProjector projector(*db);
    REQUIRE(projector.markAllDirty().ok());
    project(*db);
    CHECK(count(handle, QStringLiteral("documents")) == 0);
}
