#include "storage/JournalRepository.h"

#include "StorageTestSupport.h"
#include "support/TempDataDir.h"

#include <QThread>

using namespace lifeos;
using namespace testsupport;

namespace {

JournalEntry entry(const QDate &day,
                   const QString &body,
                   std::optional<int> mood = {},
                   std::optional<int> energy = {},
                   const QStringList &tags = {})
{
    JournalEntry e;
    e.day = day;
    e.body = body;
    e.mood = mood;
    e.energy = energy;
    e.tags = tags;
    return e;
}

JournalEntry saved(JournalRepository &repository, const JournalEntry &input)
{
    auto result = repository.save(input);
    INFO((result.ok() ? QString() : result.error().message).toStdString());
    REQUIRE(result.ok());
    return *result;
}

JournalEntry stored(const JournalRepository &repository, const QDate &day)
{
    auto result = repository.entryFor(day);
    REQUIRE(result.ok());
    REQUIRE(result->has_value());
    return **result;
}

QList<QDate> daysOf(const QList<JournalDaySummary> &summaries)
{
    QList<QDate> days;
    for (const JournalDaySummary &summary : summaries)
        days.append(summary.day);
    return days;
}

QList<QDate> daysOf(const QList<JournalEntry> &entries)
{
    QList<QDate> days;
    for (const JournalEntry &e : entries)
        days.append(e.day);
    return days;
}

QList<QDate> search(const JournalRepository &repository, const QString &text)
{
    auto result = repository.days(text);
    REQUIRE(result.ok());
    return daysOf(*result);
}

const QDate kDay(2024, 3, 15);

} // namespace

TEST_CASE("a saved journal entry reads back with its body, mood, energy and tags")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    JournalRepository journal(*db);

    const JournalEntry result = saved(journal,
                                      entry(kDay,
                                            QStringLiteral("# Friday\nLong walk by the river."),
                                            8,
                                            6,
                                            {QStringLiteral("walk"), QStringLiteral("outdoors")}));
    CHECK(result.id > 0);
    CHECK(result.createdAt.isValid());

    const JournalEntry back = stored(journal, kDay);
    CHECK(back.id == result.id);
    CHECK(back.day == kDay);
    CHECK(back.body == QStringLiteral("# Friday\nLong walk by the river."));
    CHECK(back.mood == std::optional<int>(8));
    CHECK(back.energy == std::optional<int>(6));
    // Tags come back sorted by name, case-insensitively.
    CHECK(back.tags == QStringList{QStringLiteral("outdoors"), QStringLiteral("walk")});
    CHECK(back.createdAt == result.createdAt);
    CHECK(back.createdAt.timeSpec() == Qt::UTC);
    CHECK(qAbs(back.createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    auto missing = journal.entryFor(kDay.addDays(1));
    REQUIRE(missing.ok());
    CHECK_FALSE(missing->has_value());
}

TEST_CASE("saving a day that already has an entry updates it in place and keeps its creation time")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    JournalRepository journal(*db);

    const JournalEntry first =
        saved(journal, entry(kDay, QStringLiteral("morning"), 4, {}, {QStringLiteral("a"), QStringLiteral("b")}));
    QThread::msleep(5);
    const JournalEntry second =
        saved(journal, entry(kDay, QStringLiteral("morning and evening"), {}, 9, {QStringLiteral("b")}));

    CHECK(second.id == first.id);
    const JournalEntry back = stored(journal, kDay);
    CHECK(back.body == QStringLiteral("morning and evening"));
    CHECK_FALSE(back.mood.has_value());
    CHECK(back.energy == std::optional<int>(9));
    CHECK(back.tags == QStringList{QStringLiteral("b")});
    CHECK(back.createdAt == first.createdAt);
    CHECK(back.updatedAt > first.createdAt);
    CHECK(count(db->handle(), QStringLiteral("journal_entries")) == 1);
    CHECK(count(db->handle(), QStringLiteral("journal_entry_tags")) == 1);
}

TEST_CASE("a journal entry with no content is removed")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    JournalRepository journal(*db);
    saved(journal, entry(kDay, QStringLiteral("something"), 5, 5, {QStringLiteral("x")}));
    saved(journal, entry(kDay.addDays(1), QStringLiteral("the next day")));

    SECTION("an empty body and nothing else")
    {
        const JournalEntry result = saved(journal, entry(kDay, QString()));
        CHECK(result.id == 0);
    }
    SECTION("a body of only whitespace")
    {
        saved(journal, entry(kDay, QStringLiteral("  \n\t \n")));
    }
    SECTION("tags that normalise to nothing")
    {
        saved(journal, entry(kDay, QStringLiteral(" "), {}, {}, {QStringLiteral(" # "), QString()}));
    }

    auto back = journal.entryFor(kDay);
    REQUIRE(back.ok());
    CHECK_FALSE(back->has_value());
    CHECK(scalar(db->handle(), QStringLiteral("SELECT count(*) FROM journal_entries WHERE day = '2024-03-15'"))
          == QStringLiteral("i:0"));
    CHECK(count(db->handle(), QStringLiteral("journal_entry_tags")) == 0);
    // Only that day: the other entry is untouched.
    CHECK(stored(journal, kDay.addDays(1)).body == QStringLiteral("the next day"));
}

TEST_CASE("an entry with only a mood, only energy or only a tag is kept")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    JournalRepository journal(*db);
    saved(journal, entry(kDay, QString(), 3));
    saved(journal, entry(kDay.addDays(1), QString(), {}, 2));
    saved(journal, entry(kDay.addDays(2), QString(), {}, {}, {QStringLiteral("sick")}));

    CHECK(stored(journal, kDay).mood == std::optional<int>(3));
    CHECK(stored(journal, kDay.addDays(1)).energy == std::optional<int>(2));
    CHECK(stored(journal, kDay.addDays(2)).tags == QStringList{QStringLiteral("sick")});
    CHECK(count(db->handle(), QStringLiteral("journal_entries")) == 3);
}

TEST_CASE("a mood or energy outside 1 to 10 is refused and nothing is written")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    JournalRepository journal(*db);
    saved(journal, entry(kDay, QStringLiteral("before"), 5, 5, {QStringLiteral("kept")}));
    const QString contentsBefore =
        scalar(db->handle(), QStringLiteral("SELECT group_concat(body || mood || energy) FROM journal_entries"));

    const auto [mood, energy] = GENERATE(table<std::optional<int>, std::optional<int>>({
        {0, 5},
        {11, 5},
        {-1, std::nullopt},
        {5, 0},
        {std::nullopt, 11},
        {100, 100},
    }));
    INFO("mood " << mood.value_or(-999) << " energy " << energy.value_or(-999));

    SECTION("on an existing day")
    {
        auto result = journal.save(entry(kDay, QStringLiteral("after"), mood, energy, {QStringLiteral("new")}));
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == ErrorCode::InvalidInput);
        CHECK_FALSE(result.error().message.isEmpty());
    }
    SECTION("on a new day")
    {
        auto result =
            journal.save(entry(kDay.addDays(1), QStringLiteral("after"), mood, energy, {QStringLiteral("new")}));
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == ErrorCode::InvalidInput);
    }

    CHECK(count(db->handle(), QStringLiteral("journal_entries")) == 1);
    CHECK(scalar(db->handle(), QStringLiteral("SELECT group_concat(body || mood || energy) FROM journal_entries"))
          == contentsBefore);
    CHECK(stored(journal, kDay).tags == QStringList{QStringLiteral("kept")});
    CHECK(rows(db->handle(), QStringLiteral("SELECT name FROM tags")) == QStringList{QStringLiteral("t:kept")});
}

TEST_CASE("the bounds 1 and 10 are valid mood and energy values")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    JournalRepository journal(*db);
    saved(journal, entry(kDay, QString(), 1, 10));
    saved(journal, entry(kDay.addDays(1), QString(), 10, 1));
    CHECK(stored(journal, kDay).mood == std::optional<int>(1));
    CHECK(stored(journal, kDay).energy == std::optional<int>(10));
    CHECK(stored(journal, kDay.addDays(1)).mood == std::optional<int>(10));
}

TEST_CASE("a journal entry without a valid day is refused")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    JournalRepository journal(*db);
    auto result = journal.save(entry(QDate(), QStringLiteral("lost"), 5));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::InvalidInput);
    CHECK(count(db->handle(), QStringLiteral("journal_entries")) == 0);
}

TEST_CASE("journal tags are trimmed, lose their '#' and are deduplicated case-insensitively")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    JournalRepository journal(*db);

    const JournalEntry result = saved(journal,
                                      entry(kDay,
                                            QStringLiteral("tags"),
                                            {},
                                            {},
                                            {QStringLiteral("  #Work "),
                                             QStringLiteral("work"),
                                             QStringLiteral("WORK"),
                                             QStringLiteral(""),
                                             QStringLiteral("#"),
                                             QStringLiteral("##Ärger"),
                                             QStringLiteral("ärger"),
                                             QStringLiteral("health")}));
    CHECK(result.tags == QStringList{QStringLiteral("Work"), QStringLiteral("Ärger"), QStringLiteral("health")});
    // Read back sorted by name with SQLite's NOCASE, which folds ASCII letters only.
    CHECK(stored(journal, kDay).tags
          == QStringList{QStringLiteral("health"), QStringLiteral("Work"), QStringLiteral("Ärger")});

    // Another entry's "WORK" reuses the same tag row instead of creating a second spelling.
    saved(journal, entry(kDay.addDays(1), QStringLiteral("more"), {}, {}, {QStringLiteral("WORK")}));
    CHECK(scalar(db->handle(), QStringLiteral("SELECT count(*) FROM tags WHERE name = 'work' COLLATE NOCASE"))
          == QStringLiteral("i:1"));
    CHECK(count(db->handle(), QStringLiteral("journal_entry_tags")) == 4);
}

TEST_CASE("removing a journal day deletes the entry and its tag links")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    JournalRepository journal(*db);
    saved(journal, entry(kDay, QStringLiteral("gone soon"), 5, {}, {QStringLiteral("a"), QStringLiteral("b")}));
    saved(journal, entry(kDay.addDays(1), QStringLiteral("stays"), {}, {}, {QStringLiteral("a")}));
    REQUIRE(count(db->handle(), QStringLiteral("journal_entry_tags")) == 3);

    REQUIRE(journal.remove(kDay).ok());

    auto back = journal.entryFor(kDay);
    REQUIRE(back.ok());
    CHECK_FALSE(back->has_value());
    CHECK(count(db->handle(), QStringLiteral("journal_entries")) == 1);
    CHECK(count(db->handle(), QStringLiteral("journal_entry_tags")) == 1);
    CHECK(stored(journal, kDay.addDays(1)).tags == QStringList{QStringLiteral("a")});
    // Removing a day with no entry is not an error.
    CHECK(journal.remove(kDay.addDays(10)).ok());
}

TEST_CASE("the list of journal days is newest first with a one-line preview")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    JournalRepository journal(*db);
    saved(journal, entry(QDate(2024, 1, 2), QStringLiteral("\n\n## Heading line\nsecond line"), 6));
    saved(journal, entry(QDate(2023, 12, 31), QStringLiteral("> quoted *start*\nrest")));
    saved(journal, entry(QDate(2024, 2, 1), QString(200, u'x')));
    saved(journal, entry(QDate(2023, 6, 1), QStringLiteral("# Only a heading\n\n")));

    auto result = journal.days();
    REQUIRE(result.ok());
    REQUIRE(result->size() == 4);
    CHECK(daysOf(*result)
          == QList<QDate>{QDate(2024, 2, 1), QDate(2024, 1, 2), QDate(2023, 12, 31), QDate(2023, 6, 1)});
    // The first line of prose wins over a heading; a heading shows only when there is nothing else.
    CHECK(result->at(1).preview == QStringLiteral("second line"));
    CHECK(result->at(3).preview == QStringLiteral("Only a heading"));
    CHECK(result->at(1).mood == std::optional<int>(6));
    CHECK(result->at(2).preview == QStringLiteral("quoted *start*"));
    CHECK(result->at(0).preview.size() == 120);
    CHECK(result->at(0).preview.endsWith(u'…'));
}

TEST_CASE("journal days are found by text in the body or in a tag, case-insensitively")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    JournalRepository journal(*db);
    const QDate a(2024, 5, 1), b(2024, 5, 2), c(2024, 5, 3);
    saved(journal, entry(a, QStringLiteral("Went Climbing with Sam"), {}, {}, {QStringLiteral("sport")}));
    saved(journal, entry(b, QStringLiteral("quiet day"), {}, {}, {QStringLiteral("Climbing-Gym")}));
    saved(journal, entry(c, QStringLiteral("nothing to see")));

    CHECK(search(journal, QStringLiteral("climbing")) == QList<QDate>{b, a});
    CHECK(search(journal, QStringLiteral("SPORT")) == QList<QDate>{a});
    CHECK(search(journal, QStringLiteral("  quiet  ")) == QList<QDate>{b});
    CHECK(search(journal, QStringLiteral("absent")).isEmpty());
    CHECK(search(journal, QStringLiteral("   ")) == QList<QDate>{c, b, a});
}

TEST_CASE("LIKE wildcards in journal search text are matched literally")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    JournalRepository journal(*db);
    const QDate percent(2024, 6, 1), plain(2024, 6, 2), underscore(2024, 6, 3), other(2024, 6, 4), slash(2024, 6, 5);
    saved(journal, entry(percent, QStringLiteral("finished 100% of it")));
    saved(journal, entry(plain, QStringLiteral("finished 1000 of it")));
    saved(journal, entry(underscore, QStringLiteral("file_name.txt")));
    saved(journal, entry(other, QStringLiteral("fileXname.txt")));
    saved(journal, entry(slash, QStringLiteral("C:\\temp\\x")));

    CHECK(search(journal, QStringLiteral("0%")) == QList<QDate>{percent});
    CHECK(search(journal, QStringLiteral("%")) == QList<QDate>{percent});
    CHECK(search(journal, QStringLiteral("file_name")) == QList<QDate>{underscore});
    CHECK(search(journal, QStringLiteral("_")) == QList<QDate>{underscore});
    CHECK(search(journal, QStringLiteral("\\temp")) == QList<QDate>{slash});
    CHECK(search(journal, QStringLiteral("\\")) == QList<QDate>{slash});
}

TEST_CASE("on this day returns the same month and day from earlier years only, newest first")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    JournalRepository journal(*db);
    const QDate today(2024, 3, 15);
    for (const QDate &day : {QDate(2019, 3, 15),
                             QDate(2023, 3, 15),
                             QDate(2021, 3, 15),
                             today,
                             QDate(2025, 3, 15),
                             QDate(2023, 3, 14),
                             QDate(2023, 3, 16),
                             QDate(2023, 4, 15),
                             QDate(2022, 2, 15)})
        saved(journal,
              entry(day, QStringLiteral("entry of ") + day.toString(Qt::ISODate), {}, {}, {QStringLiteral("t")}));

    auto result = journal.onThisDay(today);
    REQUIRE(result.ok());
    CHECK(daysOf(*result) == QList<QDate>{QDate(2023, 3, 15), QDate(2021, 3, 15), QDate(2019, 3, 15)});
    REQUIRE_FALSE(result->isEmpty());
    CHECK(result->first().body == QStringLiteral("entry of 2023-03-15"));
    CHECK(result->first().tags == QStringList{QStringLiteral("t")});

    SECTION("a leap day finds earlier leap days")
    {
        saved(journal, entry(QDate(2020, 2, 29), QStringLiteral("leap")));
        auto leap = journal.onThisDay(QDate(2024, 2, 29));
        REQUIRE(leap.ok());
        CHECK(daysOf(*leap) == QList<QDate>{QDate(2020, 2, 29)});
    }
    SECTION("a day with no history returns nothing")
    {
        auto none = journal.onThisDay(QDate(2024, 7, 1));
        REQUIRE(none.ok());
        CHECK(none->isEmpty());
    }
}

TEST_CASE("all journal entries come back oldest first with their tags")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    JournalRepository journal(*db);
    saved(journal, entry(QDate(2024, 1, 3), QStringLiteral("c"), {}, {}, {QStringLiteral("z"), QStringLiteral("y")}));
    saved(journal, entry(QDate(2024, 1, 1), QStringLiteral("a")));
    saved(journal, entry(QDate(2024, 1, 2), QStringLiteral("b"), 2));

    auto all = journal.all();
    REQUIRE(all.ok());
    CHECK(daysOf(*all) == QList<QDate>{QDate(2024, 1, 1), QDate(2024, 1, 2), QDate(2024, 1, 3)});
    REQUIRE(all->size() == 3);
    CHECK(all->at(2).tags == QStringList{QStringLiteral("y"), QStringLiteral("z")});
    CHECK(all->at(0).tags.isEmpty());
}
