// RRULE expansion: frequencies, BYDAY/BYMONTHDAY/BYMONTH, INTERVAL, COUNT, UNTIL, the window and DST.

#include "calendar/Recurrence.h"

#include "support/QtStringMakers.h"

#include <catch2/catch.hpp>

using namespace lifeos;

namespace {

RecurrenceRule ruleOf(const char *text)
{
    auto rule = RecurrenceRule::parse(QString::fromLatin1(text));
    INFO(text << " -> " << (rule ? std::string() : rule.error().message.toStdString()));
    REQUIRE(rule.ok());
    return *rule;
}

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QStringList isoDates(const QList<QDate> &dates)
{
    QStringList out;
    for (const QDate &date : dates)
        out.append(date.toString(Qt::ISODate));
    return out;
}

QStringList split(const char *list)
{
    return QString::fromLatin1(list).split(u' ', Qt::SkipEmptyParts);
}

// All-day expansion over a wide window, for the rule tables.
QStringList expandAll(const char *rule, const char *start, int max = 20, const char *to = "2040-12-31")
{
    const RecurrenceRule parsed = ruleOf(rule);
    const QDate until = parsed.until ? parsed.until->date : QDate();
    return isoDates(Recurrence::expandDates(parsed, d(start), until, d("1990-01-01"), d(to), max));
}

} // namespace

TEST_CASE("rules expand to the dates RFC 5545 gives for them")
{
    struct Row
    {
        const char *rule;
        const char *start;
        const char *expected;
    };
    const Row row = GENERATE(
        Row{"FREQ=DAILY;COUNT=3", "2024-02-28", "2024-02-28 2024-02-29 2024-03-01"},
        Row{"FREQ=DAILY;INTERVAL=10;COUNT=3", "2024-01-01", "2024-01-01 2024-01-11 2024-01-21"},
        Row{"FREQ=DAILY;BYDAY=SA,SU;COUNT=4", "2024-03-01", "2024-03-01 2024-03-02 2024-03-03 2024-03-09"},
        Row{"FREQ=DAILY;BYMONTHDAY=1,15;COUNT=4", "2024-01-01", "2024-01-01 2024-01-15 2024-02-01 2024-02-15"},
        Row{"FREQ=WEEKLY;COUNT=3", "2024-03-05", "2024-03-05 2024-03-12 2024-03-19"},
        Row{"FREQ=WEEKLY;BYDAY=TU,TH;COUNT=5", "2024-03-05", "2024-03-05 2024-03-07 2024-03-12 2024-03-14 2024-03-19"},
        Row{"FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,FR;COUNT=4", "2024-03-04", "2024-03-04 2024-03-08 2024-03-18 2024-03-22"},
        // Starting on a Wednesday with BYDAY=MO,WE: the Monday of the first week is before the start.
        Row{"FREQ=WEEKLY;BYDAY=MO,WE;COUNT=3", "2024-03-06", "2024-03-06 2024-03-11 2024-03-13"},
        Row{"FREQ=WEEKLY;BYMONTH=3;COUNT=6",
            "2024-03-19",
            "2024-03-19 2024-03-26 2025-03-04 2025-03-11 2025-03-18 2025-03-25"},
        Row{"FREQ=MONTHLY;COUNT=4", "2024-01-31", "2024-01-31 2024-03-31 2024-05-31 2024-07-31"},
        Row{"FREQ=MONTHLY;BYDAY=2TU;COUNT=4", "2024-01-09", "2024-01-09 2024-02-13 2024-03-12 2024-04-09"},
        Row{"FREQ=MONTHLY;BYDAY=-1FR;COUNT=3", "2024-01-26", "2024-01-26 2024-02-23 2024-03-29"},
        Row{"FREQ=MONTHLY;BYMONTHDAY=-1;COUNT=4", "2024-01-31", "2024-01-31 2024-02-29 2024-03-31 2024-04-30"},
        Row{"FREQ=MONTHLY;BYMONTHDAY=1,15;INTERVAL=2;COUNT=4",
            "2024-01-01",
            "2024-01-01 2024-01-15 2024-03-01 2024-03-15"},
        // Friday the 13th: BYDAY and BYMONTHDAY together keep the days that are both.
        Row{"FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13;COUNT=3", "2024-09-13", "2024-09-13 2024-12-13 2025-06-13"},
        Row{"FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;COUNT=3", "2024-01-31", "2024-01-31 2024-02-29 2024-03-29"},
        Row{"FREQ=YEARLY;COUNT=3", "2024-05-17", "2024-05-17 2025-05-17 2026-05-17"},
        Row{"FREQ=YEARLY;COUNT=3", "2024-02-29", "2024-02-29 2028-02-29 2032-02-29"},
        Row{"FREQ=YEARLY;BYMONTH=11;BYDAY=4TH;COUNT=3", "2024-11-28", "2024-11-28 2025-11-27 2026-11-26"},
        Row{"FREQ=YEARLY;BYMONTH=3,10;BYDAY=-1SU;COUNT=4", "2024-03-31", "2024-03-31 2024-10-27 2025-03-30 2025-10-26"},
        Row{"FREQ=YEARLY;INTERVAL=4;BYMONTH=11;BYDAY=TU;BYMONTHDAY=2,3,4,5,6,7,8;COUNT=2",
            "2024-11-05",
            "2024-11-05 2028-11-07"},
        Row{"FREQ=YEARLY;BYDAY=20MO;COUNT=2", "2024-05-13", "2024-05-13 2025-05-19"},
        Row{"FREQ=YEARLY;BYMONTHDAY=1;COUNT=3", "2024-01-01", "2024-01-01 2024-02-01 2024-03-01"});
    INFO(row.rule << " from " << row.start);
    CHECK(expandAll(row.rule, row.start) == split(row.expected));
}

TEST_CASE("UNTIL is inclusive and ends the rule")
{
    CHECK(expandAll("FREQ=WEEKLY;UNTIL=20240319", "2024-03-05") == split("2024-03-05 2024-03-12 2024-03-19"));
    CHECK(expandAll("FREQ=DAILY;UNTIL=20240102T235959Z", "2024-01-01") == split("2024-01-01 2024-01-02"));

    const QTimeZone berlin("Europe/Berlin");
    const RecurrenceRule rule = ruleOf("FREQ=DAILY;UNTIL=20240103T080000Z");
    const QDateTime start(QDate(2024, 1, 1), QTime(9, 0), berlin); // 08:00Z
    const QDateTime until = rule.until->instant(berlin);
    const auto occurrences = Recurrence::expand(rule, start, until, start.addYears(-1), start.addYears(1), 100);
    REQUIRE(occurrences.size() == 3);
    CHECK(occurrences.last().toUTC() == QDateTime(QDate(2024, 1, 3), QTime(8, 0), Qt::UTC));
}

TEST_CASE("a weekly 09:00 Berlin meeting stays at 09:00 local time across both DST changes")
{
    const QTimeZone berlin("Europe/Berlin");
    const RecurrenceRule rule = ruleOf("FREQ=WEEKLY;BYDAY=MO");
    const QDateTime start(QDate(2024, 3, 18), QTime(9, 0), berlin);
    const QDateTime from(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime to(QDate(2024, 11, 15), QTime(0, 0), Qt::UTC);
    const auto occurrences = Recurrence::expand(rule, start, {}, from, to, 1000);
    REQUIRE(occurrences.size() == 35);
    for (const QDateTime &occurrence : occurrences) {
        INFO(occurrence.toString(Qt::ISODate).toStdString());
        CHECK(occurrence.toTimeZone(berlin).time() == QTime(9, 0));
        CHECK(occurrence.date().dayOfWeek() == Qt::Monday);
    }
    // Winter 08:00 UTC, summer 07:00 UTC, winter again.
    CHECK(occurrences.at(0).toUTC().time() == QTime(8, 0));  // 18 March
    CHECK(occurrences.at(2).toUTC().time() == QTime(7, 0));  // 1 April, after the change on 31 March
    CHECK(occurrences.last().toUTC().time() == QTime(8, 0)); // 11 November
}

TEST_CASE("a daily rule in UTC keeps its UTC time, so its local time moves with DST")
{
    const QTimeZone berlin("Europe/Berlin");
    const RecurrenceRule rule = ruleOf("FREQ=DAILY;COUNT=3");
    const QDateTime start(QDate(2024, 3, 30), QTime(8, 0), Qt::UTC);
    const auto occurrences = Recurrence::expand(rule, start, {}, start, start.addDays(10), 10);
    REQUIRE(occurrences.size() == 3);
    CHECK(occurrences.at(0).toTimeZone(berlin).time() == QTime(9, 0));
    CHECK(occurrences.at(1).toTimeZone(berlin).time() == QTime(10, 0));
}

TEST_CASE("occurrences before the window are skipped but still count towards COUNT")
{
    CHECK(isoDates(Recurrence::expandDates(ruleOf("FREQ=DAILY;COUNT=10"),
                                           d("2024-01-01"),
                                           {},
                                           d("2024-01-08"),
                                           d("2024-12-31"),
                                           100))
          == split("2024-01-08 2024-01-09 2024-01-10"));
}

TEST_CASE("a rule without COUNT or UNTIL is expanded within the window only")
{
    const auto dates =
        Recurrence::expandDates(ruleOf("FREQ=WEEKLY"), d("2000-01-03"), {}, d("2024-06-01"), d("2024-06-30"), 1000);
    CHECK(isoDates(dates) == split("2024-06-03 2024-06-10 2024-06-17 2024-06-24"));

    const QTimeZone jakarta("Asia/Jakarta");
    const QDateTime start(QDate(2000, 1, 1), QTime(7, 0), jakarta);
    const QDateTime from(QDate(2024, 6, 1), QTime(0, 0), jakarta);
    const QDateTime to(QDate(2024, 6, 4), QTime(0, 0), jakarta); // exclusive
    const auto timed = Recurrence::expand(ruleOf("FREQ=DAILY"), start, {}, from, to, 1000);
    REQUIRE(timed.size() == 3);
    CHECK(timed.first() == QDateTime(QDate(2024, 6, 1), QTime(7, 0), jakarta));
    CHECK(timed.last() == QDateTime(QDate(2024, 6, 3), QTime(7, 0), jakarta));
}

TEST_CASE("expansion stops at the maximum number of instances")
{
    CHECK(Recurrence::expandDates(ruleOf("FREQ=DAILY"), d("2024-01-01"), {}, d("2024-01-01"), d("2030-01-01"), 5).size()
          == 5);
    CHECK(Recurrence::expandDates(ruleOf("FREQ=DAILY"), d("2024-01-01"), {}, d("2024-01-01"), d("2030-01-01"), 0)
              .isEmpty());
}

TEST_CASE("a rule that never matches ends instead of running forever")
{
    CHECK(expandAll("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "2024-01-30") == split("2024-01-30"));
    CHECK(expandAll("FREQ=MONTHLY;BYMONTHDAY=31;BYMONTH=4,6,9,11", "2024-01-31", 20, "2060-01-01")
          == split("2024-01-31"));
}

TEST_CASE("rules are parsed, and broken ones are refused with a sentence")
{
    const RecurrenceRule rule = ruleOf("FREQ=MONTHLY;INTERVAL=2;BYDAY=2TU,-1FR,SU;BYMONTH=1,7;WKST=SU;BYHOUR=9");
    CHECK(rule.frequency == RecurrenceRule::Frequency::Monthly);
    CHECK(rule.interval == 2);
    CHECK(rule.byDay == QList<RecurrenceRule::WeekdayNum>{{2, Qt::Tuesday}, {-1, Qt::Friday}, {0, Qt::Sunday}});
    CHECK(rule.byMonth == QList<int>{1, 7});
    CHECK(rule.weekStart == Qt::Sunday);
    CHECK(rule.unsupportedParts == QStringList{QStringLiteral("BYHOUR")});

    const char *bad = GENERATE("",
                               "INTERVAL=2",
                               "FREQ=HOURLY",
                               "FREQ=WEEKLY;COUNT=0",
                               "FREQ=WEEKLY;INTERVAL=x",
                               "FREQ=WEEKLY;BYDAY=XX",
                               "FREQ=MONTHLY;BYMONTHDAY=32",
                               "FREQ=YEARLY;BYMONTH=13",
                               "FREQ=DAILY;UNTIL=tomorrow",
                               "FREQ=DAILY;garbage");
    const auto parsed = RecurrenceRule::parse(QString::fromLatin1(bad));
    INFO(bad);
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().code == ErrorCode::InvalidInput);
    CHECK_FALSE(parsed.error().message.isEmpty());
}
