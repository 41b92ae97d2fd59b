// The .ics importer on a real database: the Google, Outlook and Apple fixtures, recurrence in a window, re-imports
// that update instead of duplicating, dry runs, broken and not-iCalendar files.

#include "calendar/IcsImporter.h"

#include "StorageTestSupport.h"
#include "support/TempDataDir.h"

#include <QFile>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace lifeos;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(LIFEOS_ICS_FIXTURES "/") + QString::fromLatin1(name);
}

QByteArray fixtureBytes(const char *name)
{
    return testsupport::fileBytes(fixture(name));
}

IcsImportOptions optionsFor(const char *zone)
{
    IcsImportOptions options;
    options.today = QDate(2024, 11, 20);
    options.pastDays = 30;
    options.futureDays = 30;
    options.zone = QTimeZone(QByteArray(zone));
    return options;
}

struct Row
{
    QString externalId;
    QString title;
    QString startsAt;
    QString endsAt;
    bool allDay = false;
    QString timeZone;
    QString day;
    QString description;
    QString location;
    QString status;
};

QList<Row> rowsOf(Database &database, const QString &calendarId)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT external_id, title, starts_at, ends_at, all_day, time_zone, day, description, "
                                 "location, status FROM calendar_events WHERE source = 'ics' AND calendar_id = ? "
                                 "ORDER BY starts_at, external_id"));
    query.addBindValue(calendarId);
    REQUIRE(query.exec());
    QList<Row> rows;
    while (query.next()) {
        rows.append({query.value(0).toString(),
                     query.value(1).toString(),
                     query.value(2).toString(),
                     query.value(3).toString(),
                     query.value(4).toInt() == 1,
                     query.value(5).toString(),
                     query.value(6).toString(),
                     query.value(7).toString(),
                     query.value(8).toString(),
                     query.value(9).toString()});
    }
    return rows;
}

QStringList titlesAndStarts(const QList<Row> &rows)
{
    QStringList out;
    for (const Row &row : rows)
        out.append(row.startsAt + u' ' + row.title);
    return out;
}

const Row *findRow(const QList<Row> &rows, const QString &externalId)
{
    for (const Row &row : rows) {
        if (row.externalId == externalId)
            return &row;
    }
    return nullptr;
}

qint64 eventCount(Database &database)
{
    return testsupport::count(database.handle(), QStringLiteral("calendar_events"));
}

IcsImportSummary
importOk(IcsImporter &importer, const QByteArray &data, const QString &name, const IcsImportOptions &options)
{
    auto summary = importer.importData(data, name, options);
    INFO((summary ? std::string() : summary.error().message.toStdString()));
    REQUIRE(summary.ok());
    return *summary;
}

const QString kStandupUid = QStringLiteral("7kukuqrfedlm2f9t7tk4bihavd@google.com");

} // namespace

TEST_CASE("a Google export is imported with its weekly series, exception, moved instance and all-day event")
{
    TempDataDir dir;
    auto database = testsupport::openDatabase(dir.databasePath());
    IcsImporter importer(*database);

    auto summary = importer.importFile(fixture("google-work.ics"), optionsFor("Europe/Berlin"));
    INFO((summary ? std::string() : summary.error().message.toStdString()));
    REQUIRE(summary.ok());
    CHECK(summary->calendarId == u"Work");
    CHECK(summary->warnings == QStringList{});
    CHECK(summary->events == 3);
    CHECK(summary->instances == 10);
    CHECK(summary->added == 10);
    CHECK(summary->updated == 0);
    CHECK(summary->removed == 0);

    const QList<Row> rows = rowsOf(*database, QStringLiteral("Work"));
    // The window is 2024-10-21 … 2024-12-20; 28 October is an EXDATE; the cancelled vendor call is not stored.
    CHECK(titlesAndStarts(rows)
          == QStringList{QStringLiteral("2024-10-21T07:00:00Z Team standup"),
                         QStringLiteral("2024-11-04T08:00:00Z Team standup"),
                         QStringLiteral("2024-11-11T09:30:00Z Team standup (moved)"),
                         QStringLiteral("2024-11-18T08:00:00Z Team standup"),
                         QStringLiteral("2024-11-20T13:00:00Z Dentist"),
                         QStringLiteral("2024-11-25 Web Summit"),
                         QStringLiteral("2024-11-25T08:00:00Z Team standup"),
                         QStringLiteral("2024-12-02T08:00:00Z Team standup"),
                         QStringLiteral("2024-12-09T08:00:00Z Team standup"),
                         QStringLiteral("2024-12-16T08:00:00Z Team standup")});

    // Instances are named by UID and their original start; the moved one keeps the name of the slot it replaced.
    const Row *moved = findRow(rows, kStandupUid + QStringLiteral("@2024-11-11T08:00:00Z"));
    REQUIRE(moved);
    CHECK(moved->title == u"Team standup (moved)");
    CHECK(moved->endsAt == u"2024-11-11T09:45:00Z");
    CHECK(moved->description == u"Moved for the all-hands.");
    const Row *first = findRow(rows, kStandupUid + QStringLiteral("@2024-10-21T07:00:00Z"));
    REQUIRE(first);
    CHECK(first->endsAt == u"2024-10-21T07:15:00Z");
    CHECK(first->timeZone == u"Europe/Berlin");
    CHECK(first->description == u"Daily blockers, then the board.");
    CHECK(first->day == u"2024-10-21");

    const Row *dentist = findRow(rows, QStringLiteral("0h4e3ufl1mjc9g3v2dp9ak0s5q@google.com"));
    REQUIRE(dentist);
    CHECK(dentist->endsAt == u"2024-11-20T14:00:00Z");
    CHECK(dentist->location == u"Dr. Weber, Friedrichstr. 12, Berlin");
    CHECK(dentist->timeZone.isEmpty());

    const Row *summit = findRow(rows, QStringLiteral("5q1r8cpg0sl2kq4v0t6l1f3n2e@google.com"));
    REQUIRE(summit);
    CHECK(summit->allDay);
    CHECK(summit->endsAt == u"2024-11-28"); // exclusive: the last day is the 27th
    CHECK(summit->day == u"2024-11-25");
}

TEST_CASE("a weekly 09:00 Berlin series stays at 09:00 local across the DST change when imported")
{
    TempDataDir dir;
    auto database = testsupport::openDatabase(dir.databasePath());
    IcsImporter importer(*database);
    IcsImportOptions options = optionsFor("Asia/Jakarta"); // the user's zone does not move Berlin's wall clock
    importOk(importer, fixtureBytes("google-work.ics"), QStringLiteral("google"), options);

    const QTimeZone berlin("Europe/Berlin");
    int standups = 0;
    for (const Row &row : rowsOf(*database, QStringLiteral("Work"))) {
        if (row.title != u"Team standup")
            continue;
        ++standups;
        const QDateTime start = QDateTime::fromString(row.startsAt, Qt::ISODate).toTimeZone(berlin);
        INFO(row.startsAt.toStdString());
        CHECK(start.time() == QTime(9, 0));
        CHECK(start.date().dayOfWeek() == Qt::Monday);
    }
    CHECK(standups == 7);
}

TEST_CASE("an Outlook export reads its Windows zone, folded escaped description and bi-weekly rule")
{
    TempDataDir dir;
    auto database = testsupport::openDatabase(dir.databasePath());
    IcsImporter importer(*database);
    auto summary = importer.importFile(fixture("outlook-calendar.ics"), optionsFor("Asia/Jakarta"));
    REQUIRE(summary.ok());
    CHECK(summary->calendarId == u"outlook-calendar"); // no X-WR-CALNAME: the file's base name
    CHECK(summary->warnings == QStringList{});
    CHECK(summary->events == 3);

    const QList<Row> rows = rowsOf(*database, QStringLiteral("outlook-calendar"));
    CHECK(titlesAndStarts(rows)
          == QStringList{QStringLiteral("2024-10-31T13:00:00Z 1:1 with Anna"),
                         QStringLiteral("2024-11-14T13:00:00Z 1:1 with Anna"),
                         QStringLiteral("2024-11-21T09:00:00Z Quarterly planning"),
                         QStringLiteral("2024-11-28T13:00:00Z 1:1 with Anna"),
                         QStringLiteral("2024-12-12T13:00:00Z 1:1 with Anna"),
                         QStringLiteral("2024-12-24 Heiligabend - Büro geschlossen")});
    const Row &planning = rows.at(2);
    CHECK(planning.endsAt == u"2024-11-21T10:30:00Z");
    CHECK(planning.timeZone == u"Europe/Berlin");
    CHECK(planning.location == u"Room 4.12, Building B");
    CHECK(planning.description
          == QStringLiteral("Agenda:\n1. Budget, Q4 review\n2. Hiring; open roles for the platform team\n\n"
                            "Join on your computer or mobile app: "
                            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjA2ZTk3YjEtOD\n"
                            "Café and snacks in the kitchen."));
    CHECK(planning.day == u"2024-11-21");
    CHECK(rows.at(0).description.isEmpty());
}

TEST_CASE("an Apple export reads its zone, floating time, DURATION, monthly 2TU rule and yearly birthday")
{
    TempDataDir dir;
    auto database = testsupport::openDatabase(dir.databasePath());
    IcsImporter importer(*database);
    IcsImportOptions options = optionsFor("Asia/Jakarta");
    options.pastDays = 365;
    options.futureDays = 365;
    auto summary = importer.importFile(fixture("apple-home.ics"), options);
    REQUIRE(summary.ok());
    CHECK(summary->calendarId == u"Home");
    CHECK(summary->warnings == QStringList{});
    CHECK(summary->events == 4);
    CHECK(summary->instances == 10);

    const QList<Row> rows = rowsOf(*database, QStringLiteral("Home"));
    CHECK(titlesAndStarts(rows)
          == QStringList{QStringLiteral("2024-05-15 Ibu's birthday"),
                         QStringLiteral("2024-11-12T12:00:00Z Book club"),
                         QStringLiteral("2024-11-22T23:00:00Z Morning run"),
                         QStringLiteral("2024-12-01T11:30:00Z Dinner at Nenek's"),
                         QStringLiteral("2024-12-10T12:00:00Z Book club"),
                         QStringLiteral("2025-01-14T12:00:00Z Book club"),
                         QStringLiteral("2025-02-11T12:00:00Z Book club"),
                         QStringLiteral("2025-03-11T12:00:00Z Book club"),
                         QStringLiteral("2025-04-08T12:00:00Z Book club"),
                         QStringLiteral("2025-05-15 Ibu's birthday")});
    const Row *run = findRow(rows, QStringLiteral("A1B2C3D4-E5F6-4789-ABCD-EF0123456789"));
    REQUIRE(run);
    CHECK(run->endsAt == u"2024-11-23T00:30:00Z"); // DURATION:PT1H30M
    CHECK(run->timeZone.isEmpty());                // floating: no zone of its own
    CHECK(run->day == u"2024-11-23");              // the user's local day
    const Row *birthday = findRow(rows, QStringLiteral("5D7E9F1A-2B3C-4D5E-6F70-8192A3B4C5D6@2025-05-15"));
    REQUIRE(birthday);
    CHECK(birthday->allDay);
    CHECK(birthday->endsAt == u"2025-05-16");
    const Row *dinner = findRow(rows, QStringLiteral("0C9B8A7F-6E5D-4C3B-2A19-087F6E5D4C3B"));
    REQUIRE(dinner);
    CHECK(dinner->endsAt == u"2024-12-01T13:30:00Z");
    CHECK(dinner->location == u"Rumah Nenek\nJl. Kemang Raya 5");
    CHECK(dinner->timeZone == u"Asia/Jakarta");
}

TEST_CASE("a floating time is read in the user's zone")
{
    TempDataDir dir;
    auto database = testsupport::openDatabase(dir.databasePath());
    IcsImporter importer(*database);
    importOk(importer, fixtureBytes("apple-home.ics"), {}, optionsFor("Europe/Berlin"));
    const auto rows = rowsOf(*database, QStringLiteral("Home"));
    const Row *run = findRow(rows, QStringLiteral("A1B2C3D4-E5F6-4789-ABCD-EF0123456789"));
    REQUIRE(run);
    CHECK(run->startsAt == u"2024-11-23T05:00:00Z");
}

TEST_CASE("recurrences are expanded only inside the window and up to the maximum, single events whatever their date")
{
    TempDataDir dir;
    auto database = testsupport::openDatabase(dir.databasePath());
    IcsImporter importer(*database);

    SECTION("an empty window keeps the single events only")
    {
        IcsImportOptions options = optionsFor("Europe/Berlin");
        options.pastDays = 0;
        options.futureDays = 0; // 2024-11-20 is a Wednesday: no standup
        const auto summary = importOk(importer, fixtureBytes("google-work.ics"), {}, options);
        CHECK(summary.events == 3);
        CHECK(titlesAndStarts(rowsOf(*database, QStringLiteral("Work")))
              == QStringList{QStringLiteral("2024-11-20T13:00:00Z Dentist"), QStringLiteral("2024-11-25 Web Summit")});
    }
    SECTION("a maximum keeps the first instances")
    {
        IcsImportOptions options = optionsFor("Europe/Berlin");
        options.maxInstancesPerEvent = 3;
        importOk(importer, fixtureBytes("google-work.ics"), {}, options);
        QStringList standups;
        for (const Row &row : rowsOf(*database, QStringLiteral("Work"))) {
            if (row.externalId.startsWith(kStandupUid))
                standups.append(row.startsAt);
        }
        CHECK(standups
              == QStringList{QStringLiteral("2024-10-21T07:00:00Z"),
                             QStringLiteral("2024-11-04T08:00:00Z"),
                             QStringLiteral("2024-11-11T09:30:00Z")});
    }
    SECTION("a far window finds a series that ended long ago empty")
    {
        IcsImportOptions options = optionsFor("Asia/Jakarta");
        options.today = QDate(2030, 1, 1);
        const auto summary = importOk(importer, fixtureBytes("apple-home.ics"), {}, options);
        QStringList titles;
        for (const Row &row : rowsOf(*database, QStringLiteral("Home")))
            titles.append(row.title);
        // The book club's COUNT=6 ended in 2025; the run and the dinner are single events; no birthday in the window.
        CHECK(titles == QStringList{QStringLiteral("Morning run"), QStringLiteral("Dinner at Nenek's")});
        CHECK(summary.instances == 2);
    }
}

TEST_CASE("re-importing a file adds no duplicates, and re-importing an edited file applies its changes")
{
    TempDataDir dir;
    auto database = testsupport::openDatabase(dir.databasePath());
    IcsImporter importer(*database);
    const IcsImportOptions options = optionsFor("Europe/Berlin");
    const QByteArray original = fixtureBytes("google-work.ics");
    importOk(importer, original, {}, options);
    importOk(importer, fixtureBytes("apple-home.ics"), {}, optionsFor("Asia/Jakarta"));
    const qint64 homeRows = rowsOf(*database, QStringLiteral("Home")).size();
    REQUIRE(eventCount(*database) == 10 + homeRows);

    const auto again = importOk(importer, original, {}, options);
    CHECK(again.added == 0);
    CHECK(again.updated == 0);
    CHECK(again.removed == 0);
    CHECK(again.instances == 10);
    CHECK(eventCount(*database) == 10 + homeRows);

    // The dentist moves an hour and is renamed, the summit is deleted, 18 November is cancelled by an EXDATE.
    QByteArray edited = original;
    edited.replace("DTSTART:20241120T130000Z\r\nDTEND:20241120T140000Z",
                   "DTSTART:20241120T140000Z\r\nDTEND:20241120T150000Z");
    edited.replace("SUMMARY:Dentist", "SUMMARY:Dentist (check-up)");
    edited.replace("EXDATE;TZID=Europe/Berlin:20241028T090000",
                   "EXDATE;TZID=Europe/Berlin:20241028T090000,20241118T090000");
    const qsizetype summitStart = edited.lastIndexOf("BEGIN:VEVENT", edited.indexOf("SUMMARY:Web Summit"));
    const qsizetype summitEnd = edited.indexOf("END:VEVENT\r\n", summitStart) + 12;
    edited.remove(summitStart, summitEnd - summitStart);
    REQUIRE_FALSE(edited.contains("Web Summit"));

    const auto changed = importOk(importer, edited, {}, options);
    CHECK(changed.added == 0);
    CHECK(changed.updated == 1);
    CHECK(changed.removed == 2);
    const QList<Row> rows = rowsOf(*database, QStringLiteral("Work"));
    CHECK(rows.size() == 8);
    const Row *dentist = findRow(rows, QStringLiteral("0h4e3ufl1mjc9g3v2dp9ak0s5q@google.com"));
    REQUIRE(dentist);
    CHECK(dentist->title == u"Dentist (check-up)");
    CHECK(dentist->startsAt == u"2024-11-20T14:00:00Z");
    CHECK_FALSE(findRow(rows, kStandupUid + QStringLiteral("@2024-11-18T08:00:00Z")));
    // Another calendar's events are left alone.
    CHECK(rowsOf(*database, QStringLiteral("Home")).size() == homeRows);
}

TEST_CASE("a dry run reports what an import would do and writes nothing")
{
    TempDataDir dir;
    auto database = testsupport::openDatabase(dir.databasePath());
    IcsImporter importer(*database);
    IcsImportOptions options = optionsFor("Europe/Berlin");
    options.dryRun = true;
    const auto dry = importOk(importer, fixtureBytes("google-work.ics"), {}, options);
    CHECK(dry.added == 10);
    CHECK(dry.instances == 10);
    CHECK(eventCount(*database) == 0);

    options.dryRun = false;
    importOk(importer, fixtureBytes("google-work.ics"), {}, options);
    const QStringList before = testsupport::tableContents(database->handle(), QStringLiteral("calendar_events"));
    options.dryRun = true;
    options.futureDays = 0;
    const auto shrink = importOk(importer, fixtureBytes("google-work.ics"), {}, options);
    CHECK(shrink.added == 0);
    CHECK(shrink.removed == 4); // the standups from 25 November on
    CHECK(testsupport::tableContents(database->handle(), QStringLiteral("calendar_events")) == before);
}

TEST_CASE("the calendar name option files the events under that name")
{
    TempDataDir dir;
    auto database = testsupport::openDatabase(dir.databasePath());
    IcsImporter importer(*database);
    IcsImportOptions options = optionsFor("Europe/Berlin");
    options.calendarName = QStringLiteral("  Job  ");
    const auto summary = importOk(importer, fixtureBytes("google-work.ics"), QStringLiteral("ignored"), options);
    CHECK(summary.calendarId == u"Job");
    CHECK(rowsOf(*database, QStringLiteral("Job")).size() == 10);
    CHECK(rowsOf(*database, QStringLiteral("Work")).isEmpty());
}

TEST_CASE("a broken file imports what it can and names the lines it skipped")
{
    TempDataDir dir;
    auto database = testsupport::openDatabase(dir.databasePath());
    IcsImporter importer(*database);
    auto summary = importer.importFile(fixture("broken.ics"), optionsFor("Europe/Berlin"));
    REQUIRE(summary.ok());
    INFO(summary->warnings.join(QStringLiteral("\n")).toStdString());
    REQUIRE(summary->warnings.size() == 4);
    const auto warningFor = [&](const char *prefix) {
        for (const QString &warning : summary->warnings) {
            if (warning.startsWith(QString::fromLatin1(prefix)))
                return warning;
        }
        return QString();
    };
    CHECK(warningFor("line 11: ").contains(QStringLiteral("Has no start")));
    CHECK(warningFor("line 16: ").contains(QStringLiteral("not an iCalendar property")));
    CHECK(warningFor("line 19: ").contains(QStringLiteral("2024-11-23 09:00")));
    CHECK(warningFor("line 19: ").contains(QStringLiteral("Start written by hand")));
    CHECK(warningFor("line 26: ").contains(QStringLiteral("hourly")));
    // The good event, and the first time of the one whose rule cannot be expanded.
    CHECK(titlesAndStarts(rowsOf(*database, QStringLiteral("Broken")))
          == QStringList{QStringLiteral("2024-11-21T09:00:00Z Still imported"),
                         QStringLiteral("2024-11-24T09:00:00Z Hourly ping")});
    CHECK(summary->events == 2);
}

TEST_CASE("a file that is not iCalendar is refused and nothing is written")
{
    TempDataDir dir;
    auto database = testsupport::openDatabase(dir.databasePath());
    IcsImporter importer(*database);
    IcsImportOptions options = optionsFor("Europe/Berlin");
    importOk(importer, fixtureBytes("google-work.ics"), {}, options);
    const QStringList before = testsupport::tableContents(database->handle(), QStringLiteral("calendar_events"));

    options.calendarName = QStringLiteral("Work"); // even under the same name, the old events stay
    const auto refused = importer.importFile(fixture("not-a-calendar.ics"), options);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(refused.error().message.contains(QStringLiteral("not an iCalendar file")));
    CHECK(testsupport::tableContents(database->handle(), QStringLiteral("calendar_events")) == before);

    const auto missing = importer.importFile(dir.filePath(QStringLiteral("nope.ics")), options);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::Io);
}

TEST_CASE("a BOM and LF line ends import the same as CRLF")
{
    TempDataDir dir;
    auto database = testsupport::openDatabase(dir.databasePath());
    IcsImporter importer(*database);
    const IcsImportOptions options = optionsFor("Europe/Berlin");
    importOk(importer, fixtureBytes("google-work.ics"), {}, options);
    QByteArray lf = "\xEF\xBB\xBF" + fixtureBytes("google-work.ics");
    lf.replace("\r\n", "\n");
    const auto again = importOk(importer, lf, {}, options);
    CHECK(again.warnings == QStringList{});
    CHECK(again.added == 0);
    CHECK(again.updated == 0);
    CHECK(again.removed == 0);
}

TEST_CASE("cancelled events and cancelled instances are not stored, and a missing UID is named by start and title")
{
    TempDataDir dir;
    auto database = testsupport::openDatabase(dir.databasePath());
    IcsImporter importer(*database);
    const QByteArray data = "BEGIN:VCALENDAR\n"
                            "BEGIN:VEVENT\nUID:daily\nDTSTART;VALUE=DATE:20241118\nRRULE:FREQ=DAILY;COUNT=3\n"
                            "SUMMARY:Daily\nEND:VEVENT\n"
                            "BEGIN:VEVENT\nUID:daily\nRECURRENCE-ID;VALUE=DATE:20241119\nDTSTART;VALUE=DATE:20241119\n"
                            "STATUS:CANCELLED\nSUMMARY:Daily\nEND:VEVENT\n"
                            "BEGIN:VEVENT\nUID:gone\nDTSTART:20241118T100000Z\nSTATUS:CANCELLED\nSUMMARY:Gone\n"
                            "END:VEVENT\n"
                            "BEGIN:VEVENT\nDTSTART:20241121T100000Z\nSUMMARY:No uid\nSTATUS:TENTATIVE\nEND:VEVENT\n"
                            "END:VCALENDAR\n";
    const auto first = importOk(importer, data, QStringLiteral("inline"), optionsFor("Europe/Berlin"));
    CHECK(first.events == 2);
    const QList<Row> rows = rowsOf(*database, QStringLiteral("inline"));
    CHECK(titlesAndStarts(rows)
          == QStringList{QStringLiteral("2024-11-18 Daily"),
                         QStringLiteral("2024-11-20 Daily"),
                         QStringLiteral("2024-11-21T10:00:00Z No uid")});
    CHECK(rows.at(1).externalId == u"daily@2024-11-20");
    CHECK(rows.at(2).externalId.size() == 32);
    CHECK(rows.at(2).status == u"tentative");
    CHECK(rows.at(2).endsAt == rows.at(2).startsAt); // no DTEND nor DURATION

    const auto second = importOk(importer, data, QStringLiteral("inline"), optionsFor("Europe/Berlin"));
    CHECK(second.added == 0);
    CHECK(second.updated == 0);
}

TEST_CASE("EXDATE as a date, RDATE and an instance moved into the window are honoured")
{
    TempDataDir dir;
    auto database = testsupport::openDatabase(dir.databasePath());
    IcsImporter importer(*database);
    const QByteArray data = "BEGIN:VCALENDAR\n"
                            "BEGIN:VEVENT\nUID:gym\nDTSTART;TZID=Europe/Berlin:20241104T180000\nDURATION:PT1H\n"
                            "RRULE:FREQ=WEEKLY;UNTIL=20241125T170000Z\nEXDATE;VALUE=DATE:20241111\n"
                            "RDATE;TZID=Europe/Berlin:20241106T070000\nSUMMARY:Gym\nEND:VEVENT\n"
                            // The 1990 instance of a yearly series, moved to today.
                            "BEGIN:VEVENT\nUID:old\nDTSTART;VALUE=DATE:19900101\nRRULE:FREQ=YEARLY\nSUMMARY:Old\n"
                            "END:VEVENT\n"
                            "BEGIN:VEVENT\nUID:old\nRECURRENCE-ID;VALUE=DATE:19900101\nDTSTART;VALUE=DATE:20241120\n"
                            "SUMMARY:Old, moved\nEND:VEVENT\n"
                            "END:VCALENDAR\n";
    const auto summary = importOk(importer, data, QStringLiteral("inline"), optionsFor("Europe/Berlin"));
    CHECK(summary.warnings == QStringList{});
    CHECK(titlesAndStarts(rowsOf(*database, QStringLiteral("inline")))
          == QStringList{QStringLiteral("2024-11-04T17:00:00Z Gym"),
                         QStringLiteral("2024-11-06T06:00:00Z Gym"),
                         QStringLiteral("2024-11-18T17:00:00Z Gym"),
                         QStringLiteral("2024-11-20 Old, moved"),
                         QStringLiteral("2024-11-25T17:00:00Z Gym")});
    CHECK(findRow(rowsOf(*database, QStringLiteral("inline")), QStringLiteral("old@1990-01-01")));
}
