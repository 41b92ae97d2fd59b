#include "storage/NoteRepository.h"

#include "StorageTestSupport.h"
#include "support/TempDataDir.h"

#include <QThread>

using namespace lifeos;
using namespace testsupport;

namespace {

Note note(const QString &title, const QString &body, const QStringList &tags = {})
{
    Note n;
    n.title = title;
    n.body = body;
    n.tags = tags;
    return n;
}

Note added(NoteRepository &notes, const Note &input)
{
    auto result = notes.add(input);
    INFO((result.ok() ? QString() : result.error().message).toStdString());
    REQUIRE(result.ok());
    REQUIRE(result->id > 0);
    return *result;
}

Note fetched(const NoteRepository &notes, qint64 id)
{
    auto result = notes.get(id);
    REQUIRE(result.ok());
    REQUIRE(result->has_value());
    return **result;
}

QStringList listed(const NoteRepository &notes, const NoteQuery &query = {})
{
    auto result = notes.list(query);
    INFO((result.ok() ? QString() : result.error().message).toStdString());
    REQUIRE(result.ok());
    QStringList titles;
    for (const Note &n : *result)
        titles.append(n.title);
    return titles;
}

NoteQuery textQuery(const QString &text)
{
    NoteQuery query;
    query.text = text;
    return query;
}

NoteQuery tagQuery(const QString &tag)
{
    NoteQuery query;
    query.tag = tag;
    return query;
}

} // namespace

TEST_CASE("an added note reads back with its title, body and tags")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    NoteRepository notes(*db);
    const Note result = added(notes,
                              note(QStringLiteral("Recipes"),
                                   QStringLiteral("## Soup\n- leeks\n- potatoes\n"),
                                   {QStringLiteral("#food"), QStringLiteral("Kitchen"), QStringLiteral("FOOD")}));
    CHECK(result.tags == QStringList{QStringLiteral("food"), QStringLiteral("Kitchen")});

    const Note back = fetched(notes, result.id);
    CHECK(back.title == QStringLiteral("Recipes"));
    CHECK(back.body == QStringLiteral("## Soup\n- leeks\n- potatoes\n"));
    CHECK(back.tags == QStringList{QStringLiteral("food"), QStringLiteral("Kitchen")});
    CHECK(back.createdAt == result.createdAt);
    CHECK(back.updatedAt == result.createdAt);
    CHECK(qAbs(back.createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    auto missing = notes.get(result.id + 1);
    REQUIRE(missing.ok());
    CHECK_FALSE(missing->has_value());
}

TEST_CASE("a note without a title or body is stored with empty text")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    NoteRepository notes(*db);
    const Note result = added(notes, Note{});
    const Note back = fetched(notes, result.id);
    CHECK(back.title.isEmpty());
    CHECK(back.body.isEmpty());
    CHECK(scalar(db->handle(), QStringLiteral("SELECT quote(title) || quote(body) FROM notes"))
          == QStringLiteral("t:''''"));
}

TEST_CASE("updating a note changes its text and tags and moves it to the top of the list")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    NoteRepository notes(*db);
    Note first =
        added(notes, note(QStringLiteral("first"), QStringLiteral("one"), {QStringLiteral("a"), QStringLiteral("b")}));
    QThread::msleep(5);
    added(notes, note(QStringLiteral("second"), QStringLiteral("two")));
    CHECK(listed(notes) == QStringList{QStringLiteral("second"), QStringLiteral("first")});

    QThread::msleep(5);
    first.title = QStringLiteral("first, edited");
    first.body = QStringLiteral("one and a half");
    first.tags = {QStringLiteral("c")};
    REQUIRE(notes.update(first).ok());

    const Note back = fetched(notes, first.id);
    CHECK(back.title == QStringLiteral("first, edited"));
    CHECK(back.body == QStringLiteral("one and a half"));
    CHECK(back.tags == QStringList{QStringLiteral("c")});
    CHECK(back.createdAt == first.createdAt);
    CHECK(back.updatedAt > first.createdAt);
    CHECK(listed(notes) == QStringList{QStringLiteral("first, edited"), QStringLiteral("second")});
    CHECK(count(db->handle(), QStringLiteral("note_tags")) == 1);
}

TEST_CASE("updating a note that does not exist fails with NotFound and writes nothing")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    NoteRepository notes(*db);
    Note ghost = note(QStringLiteral("ghost"), QStringLiteral("boo"), {QStringLiteral("spooky")});
    ghost.id = 99;
    auto result = notes.update(ghost);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::NotFound);
    CHECK(count(db->handle(), QStringLiteral("notes")) == 0);
    CHECK(count(db->handle(), QStringLiteral("tags")) == 0);
}

TEST_CASE("removing a note deletes it and its tag links")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    NoteRepository notes(*db);
    const Note doomed =
        added(notes, note(QStringLiteral("doomed"), QString(), {QStringLiteral("x"), QStringLiteral("y")}));
    const Note kept = added(notes, note(QStringLiteral("kept"), QString(), {QStringLiteral("y")}));
    REQUIRE(count(db->handle(), QStringLiteral("note_tags")) == 3);

    REQUIRE(notes.remove(doomed.id).ok());
    auto gone = notes.get(doomed.id);
    REQUIRE(gone.ok());
    CHECK_FALSE(gone->has_value());
    CHECK(rows(db->handle(), QStringLiteral("SELECT note_id FROM note_tags"))
          == QStringList{QStringLiteral("i:%1").arg(kept.id)});
    auto names = notes.tags();
    REQUIRE(names.ok());
    CHECK(*names == QStringList{QStringLiteral("y")});
}

TEST_CASE("notes are listed most recently changed first")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    NoteRepository notes(*db);
    for (const char *title : {"a", "b", "c"}) {
        added(notes, note(QString::fromLatin1(title), QString()));
        QThread::msleep(3);
    }
    CHECK(listed(notes) == QStringList{QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("a")});
}

TEST_CASE("note text search matches title, body and tags case-insensitively")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    NoteRepository notes(*db);
    added(notes, note(QStringLiteral("Garden PLAN"), QString()));
    QThread::msleep(2);
    added(notes, note(QStringLiteral("shopping"), QStringLiteral("seeds for the garden")));
    QThread::msleep(2);
    added(notes, note(QStringLiteral("tagged"), QString(), {QStringLiteral("gardening")}));
    QThread::msleep(2);
    added(notes, note(QStringLiteral("other"), QStringLiteral("nothing")));

    CHECK(listed(notes, textQuery(QStringLiteral("garden")))
          == QStringList{QStringLiteral("tagged"), QStringLiteral("shopping"), QStringLiteral("Garden PLAN")});
    CHECK(listed(notes, textQuery(QStringLiteral("  plan "))) == QStringList{QStringLiteral("Garden PLAN")});
    CHECK(listed(notes, textQuery(QStringLiteral("absent"))).isEmpty());
}

TEST_CASE("LIKE wildcards in note search text are matched literally")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    NoteRepository notes(*db);
    added(notes, note(QStringLiteral("discount"), QStringLiteral("50% off")));
    added(notes, note(QStringLiteral("number"), QStringLiteral("500 off")));
    added(notes, note(QStringLiteral("snake"), QStringLiteral("snake_case")));
    added(notes, note(QStringLiteral("camel"), QStringLiteral("snakeXcase")));

    CHECK(listed(notes, textQuery(QStringLiteral("0%"))) == QStringList{QStringLiteral("discount")});
    CHECK(listed(notes, textQuery(QStringLiteral("e_c"))) == QStringList{QStringLiteral("snake")});
}

TEST_CASE("the note tag filter matches a whole tag case-insensitively")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    NoteRepository notes(*db);
    added(notes, note(QStringLiteral("one"), QString(), {QStringLiteral("Work")}));
    QThread::msleep(2);
    added(notes, note(QStringLiteral("two"), QString(), {QStringLiteral("workout")}));
    QThread::msleep(2);
    added(notes, note(QStringLiteral("three"), QString(), {QStringLiteral("work"), QStringLiteral("ideas")}));

    CHECK(listed(notes, tagQuery(QStringLiteral("WORK")))
          == QStringList{QStringLiteral("three"), QStringLiteral("one")});
    NoteQuery both = tagQuery(QStringLiteral("work"));
    both.text = QStringLiteral("one");
    CHECK(listed(notes, both) == QStringList{QStringLiteral("one")});
    auto names = notes.tags();
    REQUIRE(names.ok());
    CHECK(*names == QStringList{QStringLiteral("ideas"), QStringLiteral("Work"), QStringLiteral("workout")});
}
