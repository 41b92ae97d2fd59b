#include "storage/TaskRepository.h"

#include "StorageTestSupport.h"
#include "support/TempDataDir.h"

#include <QThread>
#include <QTimeZone>

using namespace lifeos;
using namespace testsupport;

namespace {

Task task(const QString &title,
          const QDate &due = {},
          const QTime &time = {},
          int priority = 0,
          const QStringList &tags = {})
{
    Task t;
    t.title = title;
    t.dueDate = due;
    t.dueTime = time;
    t.priority = priority;
    t.tags = tags;
    return t;
}

Task added(TaskRepository &tasks, const Task &input)
{
    auto result = tasks.add(input);
    INFO((result.ok() ? QString() : result.error().message).toStdString());
    REQUIRE(result.ok());
    REQUIRE(result->id > 0);
    return *result;
}

Task fetched(const TaskRepository &tasks, qint64 id)
{
    auto result = tasks.get(id);
    REQUIRE(result.ok());
    REQUIRE(result->has_value());
    return **result;
}

QStringList titles(const QList<Task> &list)
{
    QStringList result;
    for (const Task &t : list)
        result.append(t.title);
    return result;
}

QStringList listed(const TaskRepository &tasks, const TaskQuery &query)
{
    auto result = tasks.list(query);
    INFO((result.ok() ? QString() : result.error().message).toStdString());
    REQUIRE(result.ok());
    auto counted = tasks.count(query);
    REQUIRE(counted.ok());
    CHECK(*counted == result->size());
    return titles(*result);
}

TaskQuery view(TaskView v, const QDate &today, TaskSort sort = TaskSort::Due)
{
    TaskQuery query;
    query.view = v;
    query.today = today;
    query.sort = sort;
    return query;
}

TaskQuery textQuery(const QString &text, TaskView v = TaskView::Open)
{
    TaskQuery query;
    query.view = v;
    query.text = text;
    query.sort = TaskSort::Title;
    return query;
}

TaskQuery tagQuery(const QString &tag)
{
    TaskQuery query;
    query.tag = tag;
    query.sort = TaskSort::Title;
    return query;
}

} // namespace

TEST_CASE("an added task reads back with every field")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    TaskRepository tasks(*db);

    Task input =
        task(QStringLiteral("Call the plumber"),
             QDate(2024, 5, 10),
             QTime(14, 30),
             2,
             {QStringLiteral("home"), QStringLiteral("#Calls"), QStringLiteral(" CALLS"), QStringLiteral("Home")});
    input.notes = QStringLiteral("ask about the boiler\nand the tap");
    input.source = QStringLiteral("capture");
    input.rawInput = QStringLiteral("call the plumber fri 2:30pm p2 #home #calls");
    const Task result = added(tasks, input);
    CHECK(result.tags == QStringList{QStringLiteral("home"), QStringLiteral("Calls")});
    CHECK(result.createdAt.isValid());
    CHECK_FALSE(result.completedAt.isValid());

    const Task back = fetched(tasks, result.id);
    CHECK(back.title == input.title);
    CHECK(back.notes == input.notes);
    CHECK(back.dueDate == QDate(2024, 5, 10));
    CHECK(back.dueTime == QTime(14, 30));
    CHECK(back.priority == 2);
    CHECK(back.status == TaskStatus::Open);
    CHECK_FALSE(back.categoryId.has_value());
    CHECK(back.tags == QStringList{QStringLiteral("Calls"), QStringLiteral("home")});
    CHECK(back.source == QStringLiteral("capture"));
    CHECK(back.rawInput == input.rawInput);
    CHECK(back.createdAt == result.createdAt);
    CHECK(back.updatedAt == result.createdAt);
    CHECK_FALSE(back.completedAt.isValid());
    CHECK(scalar(db->handle(), QStringLiteral("SELECT due_time FROM tasks")) == QStringLiteral("t:14:30"));

    auto missing = tasks.get(result.id + 100);
    REQUIRE(missing.ok());
    CHECK_FALSE(missing->has_value());
}

TEST_CASE("a task with only a title gets no due date, no priority and empty notes")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    TaskRepository tasks(*db);
    const Task result = added(tasks, task(QStringLiteral("Someday")));
    const Task back = fetched(tasks, result.id);
    CHECK_FALSE(back.dueDate.isValid());
    CHECK_FALSE(back.dueTime.isValid());
    CHECK(back.priority == 0);
    CHECK(back.notes.isEmpty());
    CHECK(back.source == QStringLiteral("manual"));
    CHECK(back.rawInput.isEmpty());
    CHECK(scalar(db->handle(),
                 QStringLiteral("SELECT quote(due_date) || quote(due_time) || quote(raw_input) || "
                                "quote(notes) FROM tasks"))
          == QStringLiteral("t:NULLNULLNULL''"));
}

TEST_CASE("updating a task changes its fields and tags")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    TaskRepository tasks(*db);
    exec(db->handle(),
         QStringLiteral("INSERT INTO categories (id, name, kind, created_at) VALUES (7, 'Home', 'task', "
                        "'2024-01-01T00:00:00.000Z')"));
    const Task original = added(
        tasks,
        task(QStringLiteral("Draft"), QDate(2024, 5, 1), QTime(9, 0), 3, {QStringLiteral("a"), QStringLiteral("b")}));
    QThread::msleep(5);

    Task changed = original;
    changed.title = QStringLiteral("Final");
    changed.notes = QStringLiteral("with notes");
    changed.dueDate = QDate(2024, 6, 2);
    changed.dueTime = QTime();
    changed.priority = 1;
    changed.categoryId = 7;
    changed.tags = {QStringLiteral("B"), QStringLiteral("c")};
    auto result = tasks.update(changed);
    REQUIRE(result.ok());

    const Task back = fetched(tasks, original.id);
    CHECK(back.title == QStringLiteral("Final"));
    CHECK(back.notes == QStringLiteral("with notes"));
    CHECK(back.dueDate == QDate(2024, 6, 2));
    CHECK_FALSE(back.dueTime.isValid());
    CHECK(back.priority == 1);
    CHECK(back.categoryId == std::optional<qint64>(7));
    CHECK(back.tags == QStringList{QStringLiteral("b"), QStringLiteral("c")}); // "B" reuses the existing "b"
    CHECK(back.createdAt == original.createdAt);
    CHECK(back.updatedAt > original.updatedAt);
    CHECK(count(db->handle(), QStringLiteral("task_tags")) == 2);
}

TEST_CASE("updating a task that does not exist fails with NotFound and writes nothing")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    TaskRepository tasks(*db);
    Task ghost = task(QStringLiteral("ghost"), {}, {}, 0, {QStringLiteral("boo")});
    ghost.id = 42;
    auto result = tasks.update(ghost);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::NotFound);
    CHECK(count(db->handle(), QStringLiteral("tags")) == 0);
    CHECK(count(db->handle(), QStringLiteral("task_tags")) == 0);

    auto done = tasks.setDone(42, true, QDateTime::currentDateTimeUtc());
    REQUIRE_FALSE(done.ok());
    CHECK(done.error().code == ErrorCode::NotFound);
}

TEST_CASE("a task with an empty or blank title is refused and nothing is written")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    TaskRepository tasks(*db);
    const QString title = GENERATE(QString(), QStringLiteral(""), QStringLiteral("   "), QStringLiteral("\t\n"));

    auto result = tasks.add(task(title, QDate(2024, 1, 1), {}, 0, {QStringLiteral("tag")}));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::InvalidInput);
    CHECK_FALSE(result.error().message.isEmpty());
    CHECK(count(db->handle(), QStringLiteral("tasks")) == 0);
    CHECK(count(db->handle(), QStringLiteral("tags")) == 0);

    // Nor can an existing task be emptied.
    Task existing = added(tasks, task(QStringLiteral("real")));
    existing.title = title;
    auto updated = tasks.update(existing);
    REQUIRE_FALSE(updated.ok());
    CHECK(updated.error().code == ErrorCode::InvalidInput);
    CHECK(fetched(tasks, existing.id).title == QStringLiteral("real"));
}

TEST_CASE("a due time without a due date is refused")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    TaskRepository tasks(*db);
    auto result = tasks.add(task(QStringLiteral("at nine"), QDate(), QTime(9, 0)));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::InvalidInput);
    CHECK(count(db->handle(), QStringLiteral("tasks")) == 0);

    Task existing = added(tasks, task(QStringLiteral("dated"), QDate(2024, 1, 1), QTime(9, 0)));
    existing.dueDate = QDate();
    auto updated = tasks.update(existing);
    REQUIRE_FALSE(updated.ok());
    CHECK(updated.error().code == ErrorCode::InvalidInput);
    CHECK(fetched(tasks, existing.id).dueDate == QDate(2024, 1, 1));
}

TEST_CASE("a priority outside 0 to 4 is refused")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    TaskRepository tasks(*db);
    const int priority = GENERATE(-1, 5, 100);
    auto result = tasks.add(task(QStringLiteral("p"), {}, {}, priority));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::InvalidInput);
    CHECK(count(db->handle(), QStringLiteral("tasks")) == 0);
}

TEST_CASE("removing a task deletes it and its tag links but not the tags of other tasks")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    TaskRepository tasks(*db);
    const Task doomed =
        added(tasks, task(QStringLiteral("doomed"), {}, {}, 0, {QStringLiteral("x"), QStringLiteral("y")}));
    const Task kept = added(tasks, task(QStringLiteral("kept"), {}, {}, 0, {QStringLiteral("x")}));
    REQUIRE(count(db->handle(), QStringLiteral("task_tags")) == 3);

    REQUIRE(tasks.remove(doomed.id).ok());

    auto gone = tasks.get(doomed.id);
    REQUIRE(gone.ok());
    CHECK_FALSE(gone->has_value());
    CHECK(rows(db->handle(), QStringLiteral("SELECT task_id FROM task_tags"))
          == QStringList{QStringLiteral("i:%1").arg(kept.id)});
    CHECK(fetched(tasks, kept.id).tags == QStringList{QStringLiteral("x")});
    auto names = tasks.tags();
    REQUIRE(names.ok());
    CHECK(*names == QStringList{QStringLiteral("x")});
}

TEST_CASE("task views are relative to the given day")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    TaskRepository tasks(*db);
    const QDate today(2024, 5, 10);
    added(tasks, task(QStringLiteral("overdue long ago"), QDate(2023, 12, 31)));
    added(tasks, task(QStringLiteral("overdue yesterday"), today.addDays(-1), QTime(23, 59)));
    added(tasks, task(QStringLiteral("today"), today));
    added(tasks, task(QStringLiteral("today at 8"), today, QTime(8, 0)));
    added(tasks, task(QStringLiteral("tomorrow"), today.addDays(1)));
    added(tasks, task(QStringLiteral("next year"), QDate(2025, 1, 1)));
    added(tasks, task(QStringLiteral("undated")));
    Task done = task(QStringLiteral("done today"), today);
    done.status = TaskStatus::Done;
    added(tasks, done);
    Task doneOverdue = task(QStringLiteral("done overdue"), today.addDays(-3));
    doneOverdue.status = TaskStatus::Done;
    added(tasks, doneOverdue);
    Task cancelled = task(QStringLiteral("cancelled today"), today);
    cancelled.status = TaskStatus::Cancelled;
    added(tasks, cancelled);

    CHECK(listed(tasks, view(TaskView::Today, today))
          == QStringList{QStringLiteral("today at 8"), QStringLiteral("today")});
    CHECK(listed(tasks, view(TaskView::Overdue, today))
          == QStringList{QStringLiteral("overdue long ago"), QStringLiteral("overdue yesterday")});
    CHECK(listed(tasks, view(TaskView::Upcoming, today))
          == QStringList{QStringLiteral("tomorrow"), QStringLiteral("next year")});
    CHECK(listed(tasks, view(TaskView::TodayAndOverdue, today))
          == QStringList{QStringLiteral("overdue long ago"),
                         QStringLiteral("overdue yesterday"),
                         QStringLiteral("today at 8"),
                         QStringLiteral("today")});
    CHECK(listed(tasks, view(TaskView::Open, today))
          == QStringList{QStringLiteral("overdue long ago"),
                         QStringLiteral("overdue yesterday"),
                         QStringLiteral("today at 8"),
                         QStringLiteral("today"),
                         QStringLiteral("tomorrow"),
                         QStringLiteral("next year"),
                         QStringLiteral("undated")});
    const QStringList doneTitles = listed(tasks, view(TaskView::Done, today, TaskSort::Title));
    CHECK(doneTitles == QStringList{QStringLiteral("done overdue"), QStringLiteral("done today")});

    SECTION("the same tasks seen from another day")
    {
        const QDate later = today.addDays(1);
        CHECK(listed(tasks, view(TaskView::Today, later)) == QStringList{QStringLiteral("tomorrow")});
        CHECK(listed(tasks, view(TaskView::Overdue, later))
              == QStringList{QStringLiteral("overdue long ago"),
                             QStringLiteral("overdue yesterday"),
                             QStringLiteral("today at 8"),
                             QStringLiteral("today")});
        CHECK(listed(tasks, view(TaskView::Upcoming, later)) == QStringList{QStringLiteral("next year")});
    }
}

TEST_CASE("tasks sort by due, priority, title, creation and completion")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    TaskRepository tasks(*db);
    const QDate day(2024, 5, 10);
    added(tasks, task(QStringLiteral("beta"), day, {}, 0));
    QThread::msleep(2);
    added(tasks, task(QStringLiteral("Alpha"), day.addDays(1), {}, 1));
    QThread::msleep(2);
    added(tasks, task(QStringLiteral("gamma"), {}, {}, 4));
    QThread::msleep(2);
    added(tasks, task(QStringLiteral("delta"), day, QTime(10, 0), 3));
    QThread::msleep(2);
    added(tasks, task(QStringLiteral("epsilon"), day, {}, 2));

    // Due: dated first, earliest first; timed before all-day on the same day; then priority 1..4, none last.
    CHECK(listed(tasks, view(TaskView::Open, day, TaskSort::Due))
          == QStringList{QStringLiteral("delta"),
                         QStringLiteral("epsilon"),
                         QStringLiteral("beta"),
                         QStringLiteral("Alpha"),
                         QStringLiteral("gamma")});
    // Priority: 1 (most urgent) … 4, then none; ties by due.
    CHECK(listed(tasks, view(TaskView::Open, day, TaskSort::Priority))
          == QStringList{QStringLiteral("Alpha"),
                         QStringLiteral("epsilon"),
                         QStringLiteral("delta"),
                         QStringLiteral("gamma"),
                         QStringLiteral("beta")});
    CHECK(listed(tasks, view(TaskView::Open, day, TaskSort::Title))
          == QStringList{QStringLiteral("Alpha"),
                         QStringLiteral("beta"),
                         QStringLiteral("delta"),
                         QStringLiteral("epsilon"),
                         QStringLiteral("gamma")});
    CHECK(listed(tasks, view(TaskView::Open, day, TaskSort::Created))
          == QStringList{QStringLiteral("epsilon"),
                         QStringLiteral("delta"),
                         QStringLiteral("gamma"),
                         QStringLiteral("Alpha"),
                         QStringLiteral("beta")});
}

TEST_CASE("marking a task done stamps completed_at and reopening clears it")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    TaskRepository tasks(*db);
    const Task t = added(tasks, task(QStringLiteral("write report"), QDate(2024, 5, 10)));
    const QDateTime when(QDate(2024, 5, 10), QTime(16, 45, 12, 345), Qt::UTC);

    auto done = tasks.setDone(t.id, true, when);
    REQUIRE(done.ok());
    CHECK(done->status == TaskStatus::Done);
    Task back = fetched(tasks, t.id);
    CHECK(back.status == TaskStatus::Done);
    CHECK(back.completedAt == when);
    CHECK(scalar(db->handle(), QStringLiteral("SELECT status || ' ' || completed_at FROM tasks"))
          == QStringLiteral("t:done 2024-05-10T16:45:12.345Z"));
    CHECK(listed(tasks, view(TaskView::Done, QDate(2024, 5, 10))) == QStringList{QStringLiteral("write report")});
    CHECK(listed(tasks, view(TaskView::Today, QDate(2024, 5, 10))).isEmpty());

    auto reopened = tasks.setDone(t.id, false, QDateTime::currentDateTimeUtc());
    REQUIRE(reopened.ok());
    back = fetched(tasks, t.id);
    CHECK(back.status == TaskStatus::Open);
    CHECK_FALSE(back.completedAt.isValid());
    CHECK(scalar(db->handle(), QStringLiteral("SELECT status || ' ' || quote(completed_at) FROM tasks"))
          == QStringLiteral("t:open NULL"));
    CHECK(listed(tasks, view(TaskView::Today, QDate(2024, 5, 10))) == QStringList{QStringLiteral("write report")});
    CHECK(listed(tasks, view(TaskView::Done, QDate(2024, 5, 10))).isEmpty());
}

TEST_CASE("a completion time given in local time is stored as the same instant in UTC")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    TaskRepository tasks(*db);
    const Task t = added(tasks, task(QStringLiteral("tz")));
    const QDateTime when(QDate(2024, 5, 10), QTime(9, 0), QTimeZone(3600 * 7)); // UTC+7
    REQUIRE(tasks.setDone(t.id, true, when).ok());
    CHECK(scalar(db->handle(), QStringLiteral("SELECT completed_at FROM tasks"))
          == QStringLiteral("t:2024-05-10T02:00:00.000Z"));
    CHECK(fetched(tasks, t.id).completedAt == when);
}

TEST_CASE("done tasks sort by completion time, newest first")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    TaskRepository tasks(*db);
    const qint64 a = added(tasks, task(QStringLiteral("a"))).id;
    const qint64 b = added(tasks, task(QStringLiteral("b"))).id;
    const qint64 c = added(tasks, task(QStringLiteral("c"))).id;
    const QDateTime base(QDate(2024, 1, 1), QTime(12, 0), Qt::UTC);
    REQUIRE(tasks.setDone(a, true, base.addSecs(60)).ok());
    REQUIRE(tasks.setDone(b, true, base.addSecs(180)).ok());
    REQUIRE(tasks.setDone(c, true, base).ok());
    CHECK(listed(tasks, view(TaskView::Done, QDate(2024, 1, 1), TaskSort::Completed))
          == QStringList{QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c")});
}

TEST_CASE("a task added as done gets a completion time")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    TaskRepository tasks(*db);
    Task input = task(QStringLiteral("already done"));
    input.status = TaskStatus::Done;
    const Task result = added(tasks, input);
    const Task back = fetched(tasks, result.id);
    CHECK(back.status == TaskStatus::Done);
    CHECK(back.completedAt.isValid());
    CHECK(back.completedAt == back.createdAt);

    SECTION("and an open task never keeps one")
    {
        Task open = task(QStringLiteral("open with a stray completion time"));
        open.completedAt = QDateTime::currentDateTimeUtc();
        const Task openResult = added(tasks, open);
        CHECK_FALSE(fetched(tasks, openResult.id).completedAt.isValid());
    }
}

TEST_CASE("task text search matches title, notes and tags case-insensitively")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    TaskRepository tasks(*db);
    added(tasks, task(QStringLiteral("Renew Passport")));
    Task withNotes = task(QStringLiteral("errand"));
    withNotes.notes = QStringLiteral("bring the old PASSPORT photo");
    added(tasks, withNotes);
    added(tasks, task(QStringLiteral("tagged"), {}, {}, 0, {QStringLiteral("passport-office")}));
    added(tasks, task(QStringLiteral("unrelated")));
    Task done = task(QStringLiteral("passport photo taken"));
    done.status = TaskStatus::Done;
    added(tasks, done);

    CHECK(listed(tasks, textQuery(QStringLiteral("passport")))
          == QStringList{QStringLiteral("errand"), QStringLiteral("Renew Passport"), QStringLiteral("tagged")});
    CHECK(listed(tasks, textQuery(QStringLiteral(" passport "), TaskView::Done))
          == QStringList{QStringLiteral("passport photo taken")});
    CHECK(listed(tasks, textQuery(QStringLiteral("nothing like it"))).isEmpty());
}

TEST_CASE("LIKE wildcards in task search text are matched literally")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    TaskRepository tasks(*db);
    added(tasks, task(QStringLiteral("raise to 100%")));
    added(tasks, task(QStringLiteral("raise to 1000")));
    added(tasks, task(QStringLiteral("rename a_b")));
    added(tasks, task(QStringLiteral("rename axb")));
    Task backslash = task(QStringLiteral("path"));
    backslash.notes = QStringLiteral("C:\\Users\\me");
    added(tasks, backslash);

    CHECK(listed(tasks, textQuery(QStringLiteral("0%"))) == QStringList{QStringLiteral("raise to 100%")});
    CHECK(listed(tasks, textQuery(QStringLiteral("a_b"))) == QStringList{QStringLiteral("rename a_b")});
    CHECK(listed(tasks, textQuery(QStringLiteral("_"))) == QStringList{QStringLiteral("rename a_b")});
    CHECK(listed(tasks, textQuery(QStringLiteral("\\Users"))) == QStringList{QStringLiteral("path")});
}

TEST_CASE("the task tag filter matches a whole tag, case-insensitively, and combines with text")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    TaskRepository tasks(*db);
    added(tasks, task(QStringLiteral("gym"), {}, {}, 0, {QStringLiteral("Health")}));
    added(tasks, task(QStringLiteral("doctor"), {}, {}, 0, {QStringLiteral("health"), QStringLiteral("admin")}));
    added(tasks, task(QStringLiteral("salad"), {}, {}, 0, {QStringLiteral("healthy-food")}));
    added(tasks, task(QStringLiteral("taxes"), {}, {}, 0, {QStringLiteral("admin")}));

    CHECK(listed(tasks, tagQuery(QStringLiteral("health")))
          == QStringList{QStringLiteral("doctor"), QStringLiteral("gym")});
    CHECK(listed(tasks, tagQuery(QStringLiteral("HEALTH")))
          == QStringList{QStringLiteral("doctor"), QStringLiteral("gym")});
    CHECK(listed(tasks, tagQuery(QStringLiteral("heal"))).isEmpty());
    CHECK(listed(tasks, tagQuery(QStringLiteral("%"))).isEmpty());

    TaskQuery both = tagQuery(QStringLiteral("admin"));
    both.text = QStringLiteral("doc");
    CHECK(listed(tasks, both) == QStringList{QStringLiteral("doctor")});

    auto names = tasks.tags();
    REQUIRE(names.ok());
    CHECK(*names == QStringList{QStringLiteral("admin"), QStringLiteral("Health"), QStringLiteral("healthy-food")});
}
