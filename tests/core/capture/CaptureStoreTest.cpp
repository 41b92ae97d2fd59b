#include "capture/CaptureStore.h"

#include "CaptureTestSupport.h"
#include "StorageTestSupport.h"
#include "capture/CaptureJson.h"
#include "storage/JournalRepository.h"
#include "support/CaptureContract.h"
#include "support/TempDataDir.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace lifeos;
using namespace testsupport;

namespace {

ParsedCapture line(CaptureKind kind, const QString &raw, const QString &title)
{
    ParsedCapture capture;
    capture.kind = kind;
    capture.raw = raw;
    capture.title = title;
    capture.confidence = 0.9;
    return capture;
}

struct StoreFixture
{
    TempDataDir dir;
    std::unique_ptr<Database> db = openDatabase(dir.databasePath());
    CaptureStore store{*db};
    ParseContext ctx = test::contextAt();

    StoredCapture mustStore(const ParsedCapture &capture)
    {
        auto stored = store.store(capture, ctx);
        INFO((stored ? QString() : stored.error().message).toStdString());
        REQUIRE(stored);
        return *stored;
    }
    QString journalBody(const QDate &day) const
    {
        auto entry = JournalRepository(*db).entryFor(day);
        REQUIRE(entry);
        return entry->has_value() ? (*entry)->body : QStringLiteral("(none)");
    }
};

} // namespace

TEST_CASE_METHOD(StoreFixture, "a captured task keeps its due date, priority, tags and the raw input")
{
    ParsedCapture capture =
        line(CaptureKind::Task, QStringLiteral("buy bread tomorrow !! #home"), QStringLiteral("Buy bread"));
    capture.date = QDate(2026, 11, 23);
    capture.time = QTime(17, 30);
    capture.priority = 1;
    capture.tags = {QStringLiteral("home")};
    const StoredCapture stored = mustStore(capture);
    CHECK(rows(db->handle(),
               QStringLiteral("SELECT title, due_date, due_time, priority, source, raw_input FROM tasks "
                              "WHERE id = %1")
                   .arg(stored.recordId))
          == QStringList{QStringLiteral("t:Buy bread | t:2026-11-23 | t:17:30 | i:1 | t:capture | "
                                        "t:buy bread tomorrow !! #home")});
    CHECK(scalar(db->handle(),
                 QStringLiteral("SELECT group_concat(t.name) FROM task_tags l JOIN tags t ON t.id = l.tag_id"))
          == QStringLiteral("t:home"));
    CHECK(rows(db->handle(), QStringLiteral("SELECT raw_input, kind, record_id, day FROM captures"))
          == QStringList{
              QStringLiteral("t:buy bread tomorrow !! #home | t:task | i:%1 | t:2026-11-23").arg(stored.recordId)});
}

TEST_CASE_METHOD(StoreFixture, "a captured note keeps the raw input; a long one gets a short title and the whole body")
{
    const StoredCapture shortNote =
        mustStore(line(CaptureKind::Note, QStringLiteral("idea: a garden"), QStringLiteral("A garden")));
    CHECK(scalar(db->handle(),
                 QStringLiteral("SELECT title || '|' || body || '|' || raw_input FROM notes WHERE id = %1")
                     .arg(shortNote.recordId))
          == QStringLiteral("t:A garden||idea: a garden"));

    const QString longText = QStringLiteral("word ").repeated(100).trimmed();
    const StoredCapture longNote = mustStore(line(CaptureKind::Note, longText, longText));
    const QString title =
        scalar(db->handle(), QStringLiteral("SELECT title FROM notes WHERE id = %1").arg(longNote.recordId));
    CHECK(title.size() <= 2 + 81);
    CHECK(title.endsWith(u'…'));
    CHECK(scalar(db->handle(), QStringLiteral("SELECT body FROM notes WHERE id = %1").arg(longNote.recordId))
          == u"t:" + longText);
}

TEST_CASE_METHOD(StoreFixture, "journal lines are appended to that day's entry as paragraphs and undone one by one")
{
    const QDate today = ctx.today();
    const StoredCapture first = mustStore(
        line(CaptureKind::Journal, QStringLiteral("journal: quiet morning"), QStringLiteral("Quiet morning")));
    const StoredCapture second =
        mustStore(line(CaptureKind::Journal, QStringLiteral("j: long walk"), QStringLiteral("Long walk")));
    CHECK(first.recordId == second.recordId);
    CHECK(journalBody(today) == QStringLiteral("Quiet morning\n\nLong walk"));

    REQUIRE(store.undo(first.captureId));
    CHECK(journalBody(today) == QStringLiteral("Long walk"));
    REQUIRE(store.undo(second.captureId));
    CHECK(journalBody(today) == QStringLiteral("(none)")); // an entry left empty is removed
}

TEST_CASE_METHOD(StoreFixture, "a journal line for another day goes to that day, after what was written by hand")
{
    const QDate yesterday = ctx.today().addDays(-1);
    JournalEntry entry;
    entry.day = yesterday;
    entry.body = QStringLiteral("# Saturday\nWritten by hand.\n");
    entry.mood = 6;
    REQUIRE(JournalRepository(*db).save(entry));
    ParsedCapture capture =
        line(CaptureKind::Journal, QStringLiteral("kemarin nonton film"), QStringLiteral("Nonton film"));
    capture.date = yesterday;
    const StoredCapture stored = mustStore(capture);
    CHECK(journalBody(yesterday) == QStringLiteral("# Saturday\nWritten by hand.\n\nNonton film"));
    REQUIRE(store.undo(stored.captureId));
    CHECK(journalBody(yesterday) == QStringLiteral("# Saturday\nWritten by hand.\n"));
}

TEST_CASE_METHOD(StoreFixture, "undo of a journal line that was edited since is refused and changes nothing")
{
    const StoredCapture stored =
        mustStore(line(CaptureKind::Journal, QStringLiteral("j: walk"), QStringLiteral("Walk")));
    JournalEntry entry = **JournalRepository(*db).entryFor(ctx.today());
    entry.body = QStringLiteral("A long walk by the river");
    REQUIRE(JournalRepository(*db).save(entry));
    auto undone = store.undo(stored.captureId);
    REQUIRE_FALSE(undone);
    CHECK(undone.error().code == ErrorCode::InvalidInput);
    CHECK(journalBody(ctx.today()) == QStringLiteral("A long walk by the river"));
    CHECK(count(db->handle(), QStringLiteral("captures")) == 1);
}

TEST_CASE_METHOD(StoreFixture, "expenses and income are stored in minor units with their currency and the time said")
{
    ParsedCapture coffee = line(CaptureKind::Expense, QStringLiteral("coffee 15k at 9am"), QStringLiteral("Coffee"));
    coffee.amount = Money{15000, QStringLiteral("IDR")};
    coffee.time = QTime(9, 0);
    const StoredCapture stored = mustStore(coffee);
    // 09:00 in Jakarta (UTC+7) is 02:00 UTC.
    CHECK(rows(db->handle(),
               QStringLiteral("SELECT kind, amount_minor, currency, day, instant, note, raw_input "
                              "FROM transactions WHERE id = %1")
                   .arg(stored.recordId))
          == QStringList{QStringLiteral("t:expense | i:15000 | t:IDR | t:2026-11-22 | t:2026-11-22T02:00:00.000Z | "
                                        "t:Coffee | t:coffee 15k at 9am")});

    ParsedCapture salary = line(CaptureKind::Income, QStringLiteral("salary $1,200.50"), QStringLiteral("Salary"));
    salary.amount = Money{120050, QStringLiteral("USD")};
    const StoredCapture income = mustStore(salary);
    CHECK(scalar(db->handle(),
                 QStringLiteral("SELECT kind || ' ' || amount_minor || ' ' || currency FROM transactions "
                                "WHERE id = %1")
                     .arg(income.recordId))
          == QStringLiteral("t:income 120050 USD"));
}

TEST_CASE_METHOD(StoreFixture, "an amount without a currency takes the default one")
{
    ParsedCapture lunch = line(CaptureKind::Expense, QStringLiteral("lunch 50"), QStringLiteral("Lunch"));
    lunch.amount = Money{5000, QString()};
    ctx.defaultCurrency = QStringLiteral("EUR");
    const StoredCapture stored = mustStore(lunch);
    CHECK(scalar(db->handle(), QStringLiteral("SELECT currency FROM transactions WHERE id = %1").arg(stored.recordId))
          == QStringLiteral("t:EUR"));
}

TEST_CASE_METHOD(StoreFixture, "an expense matching a category of the user's is filed under it")
{
    exec(db->handle(),
         QStringLiteral("INSERT INTO categories (id, name, kind, created_at) VALUES "
                        "(7, 'Food', 'expense', '2026-01-01T00:00:00.000Z')"));
    ParsedCapture coffee = line(CaptureKind::Expense, QStringLiteral("kopi 15rb"), QStringLiteral("Kopi"));
    coffee.amount = Money{15000, QStringLiteral("IDR")};
    coffee.category = QStringLiteral("food");
    const StoredCapture stored = mustStore(coffee);
    CHECK(
        scalar(db->handle(), QStringLiteral("SELECT category_id FROM transactions WHERE id = %1").arg(stored.recordId))
        == QStringLiteral("i:7"));
}

TEST_CASE_METHOD(StoreFixture, "metrics and workouts land in their tables on the day said")
{
    ParsedCapture sleep = line(CaptureKind::Metric, QStringLiteral("slept 7h20"), QStringLiteral("Sleep"));
    sleep.metric = MetricReading{QStringLiteral("sleep"), 7.5, QStringLiteral("h")};
    const StoredCapture metric = mustStore(sleep);
    CHECK(scalar(db->handle(),
                 QStringLiteral("SELECT name || ' ' || value || ' ' || unit || ' ' || day || ' ' || "
                                "source FROM metrics WHERE id = %1")
                     .arg(metric.recordId))
          == QStringLiteral("t:sleep 7.5 h 2026-11-22 capture"));

    ParsedCapture run =
        line(CaptureKind::Workout, QStringLiteral("ran 5km in 30 min yesterday"), QStringLiteral("Run"));
    run.date = ctx.today().addDays(-1);
    run.durationMin = 30;
    run.distanceKm = 5;
    run.activity = QStringLiteral("run");
    const StoredCapture workout = mustStore(run);
    CHECK(rows(db->handle(),
               QStringLiteral("SELECT activity, day, duration_min, distance_km, started_at, notes "
                              "FROM workouts WHERE id = %1")
                   .arg(workout.recordId))
          == QStringList{QStringLiteral("t:run | t:2026-11-21 | r:30 | r:5 | null | t:")});

    ParsedCapture morning = run;
    morning.title = QStringLiteral("Morning run with Ana");
    const StoredCapture withNote = mustStore(morning);
    CHECK(scalar(db->handle(),
                 QStringLiteral("SELECT activity || '|' || notes FROM workouts WHERE id = %1").arg(withNote.recordId))
          == QStringLiteral("t:run|Morning run with Ana"));
}

TEST_CASE_METHOD(StoreFixture, "a kind the line cannot be without its numbers is refused with a clear message")
{
    const CaptureKind kind = GENERATE(CaptureKind::Expense, CaptureKind::Income, CaptureKind::Metric);
    auto stored = store.store(line(kind, QStringLiteral("three eggs"), QStringLiteral("Three eggs")), ctx);
    REQUIRE_FALSE(stored);
    CHECK(stored.error().code == ErrorCode::InvalidInput);
    CHECK_FALSE(stored.error().message.isEmpty());
    CHECK(count(db->handle(), QStringLiteral("captures")) == 0);
}

TEST_CASE_METHOD(StoreFixture, "an empty or blank line is refused and nothing is written")
{
    const QString raw = GENERATE(QString(), QStringLiteral("   "), QStringLiteral("\t\n"));
    auto stored = store.store(line(CaptureKind::Note, raw, QString()), ctx);
    REQUIRE_FALSE(stored);
    CHECK(stored.error().code == ErrorCode::InvalidInput);
    CHECK(count(db->handle(), QStringLiteral("notes")) == 0);
    CHECK(count(db->handle(), QStringLiteral("captures")) == 0);
}

TEST_CASE_METHOD(StoreFixture, "odd text is stored byte for byte: a megabyte, control characters, emoji, RTL")
{
    const QString raw =
        GENERATE(QStringLiteral("x").repeated(1024 * 1024),
                 QStringLiteral("bell\a tab\t escape\x1b end"),
                 QString::fromUtf8("family \xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7 "
                                   "and flag \xF0\x9F\x87\xAE\xF0\x9F\x87\xA9"),
                 QString::fromUtf8("\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xD8\xB3\xD9\x84\xD8\xA7\xD9\x85 mixed"));
    const StoredCapture stored = mustStore(line(CaptureKind::Note, raw, raw));
    CHECK(scalar(db->handle(), QStringLiteral("SELECT raw_input FROM captures WHERE id = %1").arg(stored.captureId))
          == u"t:" + raw);
    CHECK(scalar(db->handle(), QStringLiteral("SELECT raw_input FROM notes WHERE id = %1").arg(stored.recordId))
          == u"t:" + raw);
}

TEST_CASE_METHOD(StoreFixture, "undo removes exactly the record the capture made, of every kind")
{
    const CaptureKind kind = GENERATE(CaptureKind::Task,
                                      CaptureKind::Note,
                                      CaptureKind::Expense,
                                      CaptureKind::Income,
                                      CaptureKind::Metric,
                                      CaptureKind::Workout);
    ParsedCapture capture = line(kind, QStringLiteral("something 10k"), QStringLiteral("Something"));
    capture.amount = Money{10000, QStringLiteral("IDR")};
    capture.metric = MetricReading{QStringLiteral("steps"), 10000, QStringLiteral("steps")};
    const StoredCapture keep = mustStore(capture);
    const StoredCapture undoMe = mustStore(capture);
    const QString table = kind == CaptureKind::Task      ? QStringLiteral("tasks")
                          : kind == CaptureKind::Note    ? QStringLiteral("notes")
                          : kind == CaptureKind::Metric  ? QStringLiteral("metrics")
                          : kind == CaptureKind::Workout ? QStringLiteral("workouts")
                                                         : QStringLiteral("transactions");
    REQUIRE(count(db->handle(), table) == 2);
    REQUIRE(store.undo(undoMe.captureId));
    CHECK(rows(db->handle(), QStringLiteral("SELECT id FROM %1").arg(table))
          == QStringList{QStringLiteral("i:%1").arg(keep.recordId)});
    CHECK(rows(db->handle(), QStringLiteral("SELECT id FROM captures"))
          == QStringList{QStringLiteral("i:%1").arg(keep.captureId)});
    auto again = store.undo(undoMe.captureId);
    REQUIRE_FALSE(again);
    CHECK(again.error().code == ErrorCode::NotFound);
}

TEST_CASE_METHOD(StoreFixture, "recent inputs come newest first without repeats")
{
    for (const char *raw : {"coffee 15k", "buy milk", "coffee 15k", "slept 7h"})
        mustStore(line(CaptureKind::Note, QString::fromUtf8(raw), QString::fromUtf8(raw)));
    auto recent = store.recentInputs(10);
    REQUIRE(recent);
    CHECK(*recent == QStringList{QStringLiteral("slept 7h"), QStringLiteral("coffee 15k"), QStringLiteral("buy milk")});
    auto two = store.recentInputs(2);
    REQUIRE(two);
    CHECK(*two == QStringList{QStringLiteral("slept 7h"), QStringLiteral("coffee 15k")});
}

TEST_CASE("the JSON contract names every field, with null for what was not understood")
{
    ParsedCapture note;
    note.raw = QStringLiteral("3 eggs");
    note.title = QStringLiteral("3 eggs");
    note.confidence = 0.3;
    const QJsonObject json = captureToJson(note);
    checkHasEveryContractField(json);
    CHECK(json.value(QStringLiteral("kind")).toString() == QStringLiteral("note"));
    CHECK(json.value(QStringLiteral("when")).isNull());
    CHECK(json.value(QStringLiteral("amount")).isNull());
    CHECK(json.value(QStringLiteral("metric")).isNull());
    CHECK(json.value(QStringLiteral("duration_min")).isNull());
    CHECK(json.value(QStringLiteral("priority")).isNull());
    CHECK(json.value(QStringLiteral("tags")).toArray().isEmpty());

    ParsedCapture task = note;
    task.kind = CaptureKind::Task;
    task.date = QDate(2026, 12, 5);
    CHECK(captureToJson(task).value(QStringLiteral("when")).toString() == QStringLiteral("2026-12-05"));
    task.time = QTime(17, 30);
    CHECK(captureToJson(task).value(QStringLiteral("when")).toString() == QStringLiteral("2026-12-05T17:30"));
    task.amount = Money{1250, QStringLiteral("USD")};
    const QJsonObject amount = captureToJson(task).value(QStringLiteral("amount")).toObject();
    CHECK(amount.value(QStringLiteral("minor")).toInteger() == 1250);
    CHECK(amount.value(QStringLiteral("currency")).toString() == QStringLiteral("USD"));
}
