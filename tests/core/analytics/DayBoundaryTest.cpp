// Local days across daylight-saving changes and far-off time zones: a day is 23, 24 or 25 hours (or 24.5).

#include "analytics/DayBoundary.h"

#include "support/QtStringMakers.h"

#include <catch2/catch.hpp>

using namespace lifeos;

namespace {

QTimeZone zone(const char *id)
{
    const QTimeZone tz{QByteArray(id)};
    INFO(id);
    REQUIRE(tz.isValid());
    return tz;
}

QDateTime utc(const char *iso)
{
    QDateTime at = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    REQUIRE(at.isValid());
    return at.toUTC();
}

} // namespace

TEST_CASE("a local day is 23, 24 or 25 hours long across daylight-saving changes")
{
    struct Row
    {
        const char *zone;
        QDate day;
        double hours;
    };
    const Row row = GENERATE(Row{"Europe/Berlin", QDate(2024, 3, 31), 23},
                             Row{"Europe/Berlin", QDate(2024, 10, 27), 25},
                             Row{"Europe/Berlin", QDate(2024, 6, 1), 24},
                             Row{"Europe/Berlin", QDate(2024, 3, 30), 24},
                             Row{"America/New_York", QDate(2024, 3, 10), 23},
                             Row{"America/New_York", QDate(2024, 11, 3), 25},
                             // São Paulo's old DST began at midnight: 2018-11-04 had no 00:00.
                             Row{"America/Sao_Paulo", QDate(2018, 11, 4), 23},
                             Row{"America/Sao_Paulo", QDate(2018, 2, 17), 25},
                             Row{"America/Sao_Paulo", QDate(2024, 11, 3), 24}, // no DST since 2019
                             Row{"Asia/Jakarta", QDate(2024, 3, 31), 24},
                             Row{"Asia/Jakarta", QDate(2024, 10, 27), 24},
                             Row{"Pacific/Kiritimati", QDate(2024, 1, 1), 24},
                             Row{"Australia/Lord_Howe", QDate(2024, 4, 7), 24.5}, // a half-hour shift
                             Row{"Australia/Lord_Howe", QDate(2024, 10, 6), 23.5});
    INFO(row.zone << " " << row.day.toString(Qt::ISODate).toStdString());
    CHECK(days::hoursIn(row.day, zone(row.zone)) == Approx(row.hours));
}

TEST_CASE("a day starts at local midnight, or at the first valid local time when midnight is skipped")
{
    struct Row
    {
        const char *zone;
        QDate day;
        const char *startUtc;
    };
    const Row row = GENERATE(Row{"Europe/Berlin", QDate(2024, 3, 31), "2024-03-30T23:00:00Z"},
                             Row{"Europe/Berlin", QDate(2024, 4, 1), "2024-03-31T22:00:00Z"},
                             Row{"Europe/Berlin", QDate(2024, 10, 28), "2024-10-27T23:00:00Z"},
                             Row{"America/Sao_Paulo", QDate(2018, 11, 4), "2018-11-04T03:00:00Z"}, // 01:00 -02
                             Row{"America/Sao_Paulo", QDate(2018, 2, 18), "2018-02-18T03:00:00Z"}, // after 23:00 twice
                             Row{"Asia/Jakarta", QDate(2024, 4, 1), "2024-03-31T17:00:00Z"},
                             Row{"Pacific/Kiritimati", QDate(2024, 1, 2), "2024-01-01T10:00:00Z"});
    INFO(row.zone << " " << row.day.toString(Qt::ISODate).toStdString());
    const QDateTime start = days::startOf(row.day, zone(row.zone));
    CHECK(start.toUTC() == utc(row.startUtc));
    CHECK(days::localDay(start, zone(row.zone)) == row.day);
    CHECK(days::localDay(start.addSecs(-1), zone(row.zone)) == row.day.addDays(-1));
}

TEST_CASE("which local day an instant belongs to depends on the zone, not on the UTC date")
{
    struct Row
    {
        const char *zone;
        const char *instant;
        QDate day;
    };
    const Row row = GENERATE(Row{"Asia/Jakarta", "2024-03-31T16:59:59Z", QDate(2024, 3, 31)},
                             Row{"Asia/Jakarta", "2024-03-31T17:00:00Z", QDate(2024, 4, 1)},
                             Row{"Pacific/Kiritimati", "2024-01-01T09:59:59Z", QDate(2024, 1, 1)},
                             Row{"Pacific/Kiritimati", "2024-01-01T10:00:00Z", QDate(2024, 1, 2)},
                             Row{"Pacific/Kiritimati", "2023-12-31T23:30:00Z", QDate(2024, 1, 1)},
                             Row{"America/Sao_Paulo", "2018-11-04T02:59:59Z", QDate(2018, 11, 3)},
                             Row{"America/Sao_Paulo", "2018-11-04T03:00:00Z", QDate(2018, 11, 4)},
                             // 23:30 -03 after the clocks went back from midnight: still the 17th.
                             Row{"America/Sao_Paulo", "2018-02-18T02:30:00Z", QDate(2018, 2, 17)},
                             Row{"Europe/Berlin", "2024-10-27T00:30:00Z", QDate(2024, 10, 27)},
                             Row{"Europe/Berlin", "2024-10-26T21:59:59Z", QDate(2024, 10, 26)},
                             Row{"Europe/Berlin", "2024-10-26T22:00:00Z", QDate(2024, 10, 27)});
    INFO(row.zone << " " << row.instant);
    CHECK(days::localDay(utc(row.instant), zone(row.zone)) == row.day);
}

TEST_CASE("hours between two instants are real elapsed hours across a DST change")
{
    const QTimeZone berlin = zone("Europe/Berlin");
    // Bed at 23:00 on 30 March, up at 07:00 on 31 March: the clocks skipped an hour, so 7 hours of sleep.
    const QDateTime bed(QDate(2024, 3, 30), QTime(23, 0), berlin);
    const QDateTime up(QDate(2024, 3, 31), QTime(7, 0), berlin);
    CHECK(days::hoursBetween(bed, up) == Approx(7.0));
    // The same clock times in October: 9 hours.
    CHECK(days::hoursBetween(QDateTime(QDate(2024, 10, 26), QTime(23, 0), berlin),
                             QDateTime(QDate(2024, 10, 27), QTime(7, 0), berlin))
          == Approx(9.0));
    // Instants in different zones compare as instants.
    CHECK(days::hoursBetween(utc("2024-01-01T10:00:00Z"),
                             QDateTime(QDate(2024, 1, 2), QTime(1, 30), zone("Pacific/Kiritimati")))
          == Approx(1.5));
    CHECK(days::hoursBetween(up, bed) == Approx(-7.0));
    CHECK(days::hoursBetween(QDateTime(), up) == 0);
}

TEST_CASE("consecutive local days tile time with no gap or overlap")
{
    struct Row
    {
        const char *id;
        int changes; // days that are not 24 hours long in 2018 and 2019
    };
    const Row row = GENERATE(Row{"Europe/Berlin", 4},
                             Row{"America/Sao_Paulo", 3},
                             Row{"Asia/Jakarta", 0},
                             Row{"Pacific/Kiritimati", 0},
                             Row{"Australia/Lord_Howe", 4});
    const QTimeZone tz = zone(row.id);
    INFO(row.id);
    // Two years of days around São Paulo's last DST changes: the lengths add up to the real elapsed time.
    const QDate first(2018, 1, 1);
    const QDate last(2019, 12, 31);
    double hours = 0;
    int oddDays = 0;
    int changes = 0;
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        const double length = days::hoursIn(day, tz);
        oddDays += length < 23 || length > 25 ? 1 : 0;
        changes += length != 24 ? 1 : 0;
        hours += length;
    }
    CHECK(oddDays == 0);
    CHECK(changes == row.changes);
    // 24 h a day, plus whatever the UTC offset lost or gained over the whole span.
    const int offsetChange =
        days::startOf(first, tz).offsetFromUtc() - days::startOf(last.addDays(1), tz).offsetFromUtc();
    CHECK(hours == Approx(double(first.daysTo(last.addDays(1))) * 24 + offsetChange / 3600.0));
}

TEST_CASE("invalid input gives invalid results instead of guesses")
{
    CHECK_FALSE(days::startOf(QDate(), zone("Europe/Berlin")).isValid());
    CHECK_FALSE(days::localDay(QDateTime(), zone("Europe/Berlin")).isValid());
    CHECK(days::hoursIn(QDate(), zone("Europe/Berlin")) == 0);
}

TEST_CASE("a day a zone skipped when it crossed the date line has no hours")
{
    struct Row
    {
        const char *zone;
        QDate skipped;
        const char *nextStartUtc;
    };
    const Row row = GENERATE(Row{"Pacific/Kiritimati", QDate(1994, 12, 31), "1994-12-31T10:00:00Z"},
                             Row{"Pacific/Apia", QDate(2011, 12, 30), "2011-12-30T10:00:00Z"});
    INFO(row.zone);
    const QTimeZone tz = zone(row.zone);
    CHECK(days::hoursIn(row.skipped, tz) == 0);
    CHECK(days::startOf(row.skipped, tz).toUTC() == utc(row.nextStartUtc));
    CHECK(days::startOf(row.skipped.addDays(1), tz).toUTC() == utc(row.nextStartUtc));
    CHECK(days::hoursIn(row.skipped.addDays(-1), tz) == Approx(24));
    CHECK(days::localDay(utc(row.nextStartUtc), tz) == row.skipped.addDays(1));
}
