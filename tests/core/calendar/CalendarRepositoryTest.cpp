#include "calendar/CalendarRepository.h"

#include "StorageTestSupport.h"
#include "search/DocumentRenderer.h"
#include "support/TempDataDir.h"

using namespace lifeos;
using namespace testsupport;

namespace {

const QTimeZone kBerlin("Europe/Berlin");
const QTimeZone kNewYork("America/New_York");
const QTimeZone kJakarta("Asia/Jakarta");

template<typename T>
T required(Result<T> result)
{
    INFO((result.ok() ? QString() : result.error().message).toStdString());
    REQUIRE(result.ok());
    return std::move(result).value();
}

void required(const Result<void> &result)
{
    INFO((result.ok() ? QString() : result.error().message).toStdString());
    REQUIRE(result.ok());
}

CalendarEvent timed(const QString &externalId,
                    const QDateTime &start,
                    const QDateTime &end,
                    const QString &title = QStringLiteral("Meeting"))
{
    CalendarEvent event;
    event.source = QStringLiteral("google");
    event.calendarId = QStringLiteral("primary");
    event.externalId = externalId;
    event.title = title;
    event.startsAt = start;
    event.endsAt = end;
    return event;
}

CalendarEvent allDay(const QString &externalId,
                     const QDate &first,
                     const QDate &endExclusive,
                     const QString &title = QStringLiteral("Holiday"))
{
    CalendarEvent event;
    event.source = QStringLiteral("google");
    event.calendarId = QStringLiteral("primary");
    event.externalId = externalId;
    event.title = title;
    event.allDay = true;
    event.startDate = first;
    event.endDate = endExclusive;
    return event;
}

QDateTime at(const QDate &day, int hour, int minute, const QTimeZone &zone)
{
    return QDateTime(day, QTime(hour, minute), zone);
}

QStringList idsOn(const CalendarRepository &repository, const QDate &day, const QTimeZone &zone)
{
    QStringList ids;
    for (const CalendarEvent &event : required(repository.onDay(day, zone)))
        ids << event.externalId;
    return ids;
}

struct Fixture
{
    TempDataDir dir;
    std::unique_ptr<Database> db = openDatabase(dir.databasePath());
    CalendarRepository repository{*db};
};

} // namespace

TEST_CASE("a timed event crossing midnight shows on both local days")
{
    Fixture f;
    const QDate day(2026, 11, 20);
    const auto stored = required(
        f.repository.upsert(timed(QStringLiteral("late"), at(day, 22, 0, kBerlin), at(day.addDays(1), 2, 0, kBerlin)),
                            kBerlin));
    CHECK(stored.day == day);
    CHECK(idsOn(f.repository, day.addDays(-1), kBerlin).isEmpty());
    CHECK(idsOn(f.repository, day, kBerlin) == QStringList{QStringLiteral("late")});
    CHECK(idsOn(f.repository, day.addDays(1), kBerlin) == QStringList{QStringLiteral("late")});
    CHECK(idsOn(f.repository, day.addDays(2), kBerlin).isEmpty());
    // Listing both days at once lists the event once.
    CHECK(required(f.repository.between(day, day.addDays(1), kBerlin)).size() == 1);
}

TEST_CASE("a timed event ending exactly at midnight does not show on the next day")
{
    Fixture f;
    const QDate day(2026, 11, 20);
    required(f.repository.upsert(
        timed(QStringLiteral("evening"), at(day, 20, 0, kBerlin), at(day.addDays(1), 0, 0, kBerlin)),
        kBerlin));
    // Starting exactly at midnight belongs to the new day only, even without a duration.
    required(f.repository.upsert(
        timed(QStringLiteral("midnight"), at(day.addDays(1), 0, 0, kBerlin), at(day.addDays(1), 0, 0, kBerlin)),
        kBerlin));
    CHECK(idsOn(f.repository, day, kBerlin) == QStringList{QStringLiteral("evening")});
    CHECK(idsOn(f.repository, day.addDays(1), kBerlin) == QStringList{QStringLiteral("midnight")});
}

TEST_CASE("a multi-day all-day event shows on each of its days and not on its exclusive end")
{
    Fixture f;
    const QDate first(2026, 12, 24);
    required(f.repository.upsert(allDay(QStringLiteral("xmas"), first, first.addDays(3)), kBerlin));
    const auto [offset, expected] =
        GENERATE(table<int, bool>({{-1, false}, {0, true}, {1, true}, {2, true}, {3, false}}));
    // All-day events keep dates: whatever zone the list is for, they cover the same days.
    const QTimeZone zone = GENERATE(kBerlin, kNewYork, kJakarta);
    INFO("day offset " << offset << " in " << zone.id().toStdString());
    CHECK(idsOn(f.repository, first.addDays(offset), zone).contains(QStringLiteral("xmas")) == expected);
}

TEST_CASE("an all-day event without an end lasts one day")
{
    Fixture f;
    const QDate day(2026, 5, 1);
    const auto stored = required(f.repository.upsert(allDay(QStringLiteral("may"), day, QDate()), kBerlin));
    CHECK(stored.endDate == day.addDays(1));
    CHECK(idsOn(f.repository, day, kBerlin) == QStringList{QStringLiteral("may")});
    CHECK(idsOn(f.repository, day.addDays(1), kBerlin).isEmpty());
}

TEST_CASE("local days on daylight-saving changes are 23 or 25 hours long")
{
    Fixture f;
    struct Case
    {
        QTimeZone zone;
        QDate day; // a DST change
    };
    const Case c = GENERATE(Case{kBerlin, QDate(2026, 3, 29)},
                            Case{kBerlin, QDate(2026, 10, 25)},
                            Case{kNewYork, QDate(2026, 3, 8)},
                            Case{kNewYork, QDate(2026, 11, 1)});
    INFO(c.zone.id().toStdString() << " " << c.day.toString(Qt::ISODate).toStdString());
    // 23:30 to 23:59 local on the change day, and 00:10 to 00:20 the day after.
    required(f.repository.upsert(timed(QStringLiteral("late"), at(c.day, 23, 30, c.zone), at(c.day, 23, 59, c.zone)),
                                 c.zone));
    required(f.repository.upsert(
        timed(QStringLiteral("early"), at(c.day.addDays(1), 0, 10, c.zone), at(c.day.addDays(1), 0, 20, c.zone)),
        c.zone));
    // 01:00 to 01:30 on the change day itself (after a spring-forward midnight, before the fall-back hour).
    required(f.repository.upsert(timed(QStringLiteral("night"), at(c.day, 0, 30, c.zone), at(c.day, 1, 30, c.zone)),
                                 c.zone));
    CHECK(idsOn(f.repository, c.day.addDays(-1), c.zone).isEmpty());
    CHECK(idsOn(f.repository, c.day, c.zone) == (QStringList{QStringLiteral("night"), QStringLiteral("late")}));
    CHECK(idsOn(f.repository, c.day.addDays(1), c.zone) == QStringList{QStringLiteral("early")});
}

TEST_CASE("an event at 23:30 in New York is on the next local day in Jakarta")
{
    Fixture f;
    const QDate day(2026, 7, 14);
    const auto stored = required(f.repository.upsert(
        timed(QStringLiteral("call"), at(day, 23, 30, kNewYork), at(day.addDays(1), 0, 15, kNewYork)),
        kJakarta));
    CHECK(stored.day == day.addDays(1)); // bucketed in the user's zone, not the event's
    CHECK(idsOn(f.repository, day, kJakarta).isEmpty());
    CHECK(idsOn(f.repository, day.addDays(1), kJakarta) == QStringList{QStringLiteral("call")});
    CHECK(idsOn(f.repository, day, kNewYork) == QStringList{QStringLiteral("call")});
    CHECK(idsOn(f.repository, day.addDays(1), kNewYork) == QStringList{QStringLiteral("call")});
}

TEST_CASE("on a day all-day events come first, then timed events by start")
{
    Fixture f;
    const QDate day(2026, 6, 2);
    required(
        f.repository.upsert(timed(QStringLiteral("b"), at(day, 14, 0, kBerlin), at(day, 15, 0, kBerlin)), kBerlin));
    required(f.repository.upsert(timed(QStringLiteral("a"), at(day, 9, 0, kBerlin), at(day, 9, 30, kBerlin)), kBerlin));
    required(f.repository.upsert(allDay(QStringLiteral("c"), day, day.addDays(1)), kBerlin));
    required(f.repository.upsert(
        timed(QStringLiteral("d"), at(day.addDays(1), 8, 0, kBerlin), at(day.addDays(1), 9, 0, kBerlin)),
        kBerlin));
    required(f.repository.upsert(allDay(QStringLiteral("e"), day.addDays(1), day.addDays(2)), kBerlin));
    QStringList ids;
    for (const CalendarEvent &event : required(f.repository.between(day, day.addDays(1), kBerlin)))
        ids << event.externalId;
    CHECK(ids
          == (QStringList{QStringLiteral("c"),
                          QStringLiteral("a"),
                          QStringLiteral("b"),
                          QStringLiteral("e"),
                          QStringLiteral("d")}));
}

TEST_CASE("writing an event twice by its external id updates it and says what changed")
{
    Fixture f;
    const QDate day(2026, 6, 2);
    CalendarEvent event = timed(QStringLiteral("x1"), at(day, 9, 0, kBerlin), at(day, 10, 0, kBerlin));
    event.updatedAt = QDateTime(day, QTime(8, 0), QTimeZone::utc());
    CalendarRepository::UpsertEffect effect = CalendarRepository::UpsertEffect::Unchanged;
    const auto first = required(f.repository.upsert(event, kBerlin, &effect));
    CHECK(effect == CalendarRepository::UpsertEffect::Added);

    required(f.repository.upsert(event, kBerlin, &effect));
    CHECK(effect == CalendarRepository::UpsertEffect::Unchanged);

    event.title = QStringLiteral("Moved");
    event.startsAt = at(day, 11, 0, kBerlin);
    event.endsAt = at(day, 12, 0, kBerlin);
    const auto second = required(f.repository.upsert(event, kBerlin, &effect));
    CHECK(effect == CalendarRepository::UpsertEffect::Updated);
    CHECK(second.id == first.id);
    CHECK(required(f.repository.count()) == 1);
    const auto stored = required(f.repository.get(first.id));
    REQUIRE(stored.has_value());
    CHECK(stored->title == QStringLiteral("Moved"));
    CHECK(stored->startsAt == at(day, 11, 0, kBerlin));
    CHECK(stored->endsAt == at(day, 12, 0, kBerlin));
    CHECK(stored->updatedAt == event.updatedAt);

    // The same id in another calendar or source is another event.
    event.calendarId = QStringLiteral("work@example.com");
    required(f.repository.upsert(event, kBerlin, &effect));
    CHECK(effect == CalendarRepository::UpsertEffect::Added);
    event.source = QStringLiteral("ics");
    required(f.repository.upsert(event, kBerlin, &effect));
    CHECK(required(f.repository.count()) == 3);
    CHECK(required(f.repository.count(QStringLiteral("google"))) == 2);
}

TEST_CASE("events are stored with starts_at and ends_at as the documented text")
{
    Fixture f;
    const QDate day(2026, 11, 22);
    CalendarEvent event = timed(QStringLiteral("t"), at(day, 10, 30, kBerlin), QDateTime(), QString());
    event.timeZone = QStringLiteral("Europe/Berlin");
    const auto stored = required(f.repository.upsert(event, kBerlin));
    CHECK(stored.endsAt == stored.startsAt); // no end: no duration
    CHECK(stored.title.isEmpty());
    required(f.repository.upsert(allDay(QStringLiteral("a"), day, day.addDays(2)), kBerlin));
    CHECK(rows(f.db->handle(),
               QStringLiteral("SELECT external_id, all_day, starts_at, ends_at, day, title FROM calendar_events "
                              "ORDER BY external_id"))
          == (QStringList{QStringLiteral("t:a | i:1 | t:2026-11-22 | t:2026-11-24 | t:2026-11-22 | t:Holiday"),
                          QStringLiteral("t:t | i:0 | t:2026-11-22T09:30:00Z | t:2026-11-22T09:30:00Z | "
                                         "t:2026-11-22 | t:")}));
}

TEST_CASE("search renders calendar events from their stored columns")
{
    Fixture f;
    const QDate day(2026, 11, 22);
    CalendarEvent event =
        timed(QStringLiteral("t"), at(day, 10, 30, kBerlin), at(day, 11, 15, kBerlin), QStringLiteral("Dentist"));
    event.timeZone = QStringLiteral("Europe/Berlin");
    const auto meeting = required(f.repository.upsert(event, kBerlin));
    const auto holiday = required(f.repository.upsert(allDay(QStringLiteral("a"), day, day.addDays(2)), kBerlin));
    DocumentRenderer renderer(*f.db);
    const auto timedDraft = required(renderer.render(QStringLiteral("event:%1").arg(meeting.id)));
    REQUIRE(timedDraft.has_value());
    CHECK(timedDraft->title == QStringLiteral("Dentist"));
    CHECK(timedDraft->day == day);
    CHECK(timedDraft->text.contains(QStringLiteral("10:30 to 11:15")));
    const auto allDayDraft = required(renderer.render(QStringLiteral("event:%1").arg(holiday.id)));
    REQUIRE(allDayDraft.has_value());
    CHECK(allDayDraft->text.contains(QStringLiteral("all day")));
}

TEST_CASE("synced events are removed one by one, all but a set, or by calendar")
{
    Fixture f;
    const QDate day(2026, 6, 2);
    for (const QString &id : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")})
        required(f.repository.upsert(timed(id, at(day, 9, 0, kBerlin), at(day, 10, 0, kBerlin)), kBerlin));
    CalendarEvent other = timed(QStringLiteral("a"), at(day, 9, 0, kBerlin), at(day, 10, 0, kBerlin));
    other.calendarId = QStringLiteral("work");
    required(f.repository.upsert(other, kBerlin));
    CalendarEvent manual = timed(QString(), at(day, 9, 0, kBerlin), at(day, 10, 0, kBerlin));
    manual.source = QStringLiteral("manual");
    manual.calendarId.clear();
    const auto added = required(f.repository.add(manual, kBerlin));
    CHECK(added.id > 0);
    CHECK(required(f.repository.count()) == 5);

    CHECK(
        required(f.repository.removeExternal(QStringLiteral("google"), QStringLiteral("primary"), QStringLiteral("b")))
        == 1);
    CHECK(
        required(f.repository.removeExternal(QStringLiteral("google"), QStringLiteral("primary"), QStringLiteral("b")))
        == 0);
    CHECK(required(
              f.repository.removeAllExcept(QStringLiteral("google"), QStringLiteral("primary"), {QStringLiteral("c")}))
          == 1);
    CHECK(idsOn(f.repository, day, kBerlin).size() == 3); // c, the work calendar's a, the manual one
    CHECK(required(f.repository.removeCalendar(QStringLiteral("google"), QStringLiteral("work"))) == 1);
    CHECK(required(f.repository.removeCalendar(QStringLiteral("google"))) == 1);
    CHECK(required(f.repository.count()) == 1);
    required(f.repository.remove(added.id));
    CHECK(required(f.repository.count()) == 0);
}

TEST_CASE("events that cannot be listed correctly are refused with a reason")
{
    Fixture f;
    const QDate day(2026, 6, 2);
    const auto noId = f.repository.upsert(timed(QString(), at(day, 9, 0, kBerlin), at(day, 10, 0, kBerlin)), kBerlin);
    REQUIRE_FALSE(noId.ok());
    CHECK(noId.error().code == ErrorCode::InvalidInput);
    const auto backwards =
        f.repository.upsert(timed(QStringLiteral("x"), at(day, 10, 0, kBerlin), at(day, 9, 0, kBerlin)), kBerlin);
    REQUIRE_FALSE(backwards.ok());
    CHECK(backwards.error().code == ErrorCode::InvalidInput);
    const auto allDayBackwards = f.repository.upsert(allDay(QStringLiteral("y"), day, day.addDays(-1)), kBerlin);
    REQUIRE_FALSE(allDayBackwards.ok());
    const auto noStart = f.repository.upsert(timed(QStringLiteral("z"), QDateTime(), QDateTime()), kBerlin);
    REQUIRE_FALSE(noStart.ok());
    CHECK(required(f.repository.count()) == 0);
}
