// The .ics reader: content lines, unfolding, parameters, text escapes, and every date, time and zone form.

#include "calendar/IcsParser.h"

#include "calendar/IcsTime.h"
#include "support/QtStringMakers.h"

#include <catch2/catch.hpp>

using namespace lifeos;

namespace {

IcsComponent parseOk(const QByteArray &data, QStringList *warnings = nullptr)
{
    auto parsed = IcsParser::parse(data, warnings);
    INFO((parsed ? std::string() : parsed.error().message.toStdString()));
    REQUIRE(parsed.ok());
    return *parsed;
}

IcsProperty propertyOf(const QString &line)
{
    const auto property = IcsParser::parseLine(line, 1);
    INFO(line.toStdString());
    REQUIRE(property.has_value());
    return *property;
}

const IcsComponent &onlyEvent(const IcsComponent &root)
{
    REQUIRE(root.components.size() == 1);
    const auto events = root.components.first().children(QStringLiteral("VEVENT"));
    REQUIRE(events.size() == 1);
    return *events.first();
}

} // namespace

TEST_CASE("folded lines are joined and keep the line number of their first physical line")
{
    const QByteArray data = "BEGIN:VCALENDAR\r\n"
                            "BEGIN:VEVENT\r\n"
                            "DESCRIPTION:one two \r\n"
                            " three\r\n"
                            "\tfour\r\n"
                            "SUMMARY:x\r\n"
                            "END:VEVENT\r\n"
                            "END:VCALENDAR\r\n";
    const QList<IcsParser::ContentLine> lines = IcsParser::unfold(data);
    REQUIRE(lines.size() == 6);
    CHECK(lines.at(2).text == u"DESCRIPTION:one two threefour");
    CHECK(lines.at(2).line == 3);
    CHECK(lines.at(3).text == u"SUMMARY:x");
    CHECK(lines.at(3).line == 6);
}

TEST_CASE("a multi-byte character split by a fold survives unfolding")
{
    // "é" is C3 A9 in UTF-8; Outlook folds at 75 octets and may cut between the two bytes.
    const QByteArray data = "SUMMARY:Caf\xC3\r\n \xA9 au lait\n";
    const auto lines = IcsParser::unfold(data);
    REQUIRE(lines.size() == 1);
    CHECK(lines.first().text == QString::fromUtf8("SUMMARY:Caf\xC3\xA9 au lait"));
}

TEST_CASE("a BOM, LF-only and CRLF files read the same")
{
    const QByteArray crlf = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Hi\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    QByteArray lf = crlf;
    lf.replace("\r\n", "\n");
    const QByteArray bom = "\xEF\xBB\xBF" + crlf;
    for (const QByteArray &data : {crlf, lf, bom}) {
        QStringList warnings;
        const IcsComponent root = parseOk(data, &warnings);
        CHECK(warnings.isEmpty());
        const IcsComponent &event = onlyEvent(root);
        REQUIRE(event.property(QStringLiteral("SUMMARY")));
        CHECK(event.property(QStringLiteral("SUMMARY"))->text() == u"Hi");
        CHECK(event.line == 2);
    }
}

TEST_CASE("text values unescape newlines, commas, semicolons and backslashes")
{
    struct Row
    {
        const char *escaped;
        const char *plain;
    };
    const Row row = GENERATE(Row{"a\\nb", "a\nb"},
                             Row{"a\\Nb", "a\nb"},
                             Row{"Room 1\\, floor 2", "Room 1, floor 2"},
                             Row{"x\\;y", "x;y"},
                             Row{"C:\\\\temp", "C:\\temp"},
                             Row{"no escapes", "no escapes"},
                             Row{"trailing\\", "trailing\\"},
                             Row{"caf\xC3\xA9", "caf\xC3\xA9"});
    CHECK(IcsParser::unescapeText(QString::fromUtf8(row.escaped)) == QString::fromUtf8(row.plain));
}

TEST_CASE("a list value splits only at unescaped commas")
{
    CHECK(IcsParser::splitText(u"Work,Travel\\, abroad,x")
          == QStringList{QStringLiteral("Work"), QStringLiteral("Travel, abroad"), QStringLiteral("x")});
}

TEST_CASE("parameters are read with quoted values that hold colons, semicolons and commas")
{
    const IcsProperty property = propertyOf(
        QStringLiteral("attendee;cn=\"Doe, Jane; PhD\";ROLE=REQ-PARTICIPANT;X-URL=\"http://x:80/a\":mailto:j@x.org"));
    CHECK(property.name == u"ATTENDEE");
    CHECK(property.parameter(QStringLiteral("CN")) == u"Doe, Jane; PhD");
    CHECK(property.parameter(QStringLiteral("ROLE")) == u"REQ-PARTICIPANT");
    CHECK(property.parameter(QStringLiteral("X-URL")) == u"http://x:80/a");
    CHECK(property.value == u"mailto:j@x.org");

    const IcsProperty multi = propertyOf(QStringLiteral("X-A;MEMBER=\"a\",\"b\":v"));
    CHECK(multi.parameter(QStringLiteral("MEMBER")) == u"a,b");

    const IcsProperty caret = propertyOf(QStringLiteral("LOCATION;X-ADDR=\"1 Main St^nSpringfield ^'HQ^'\":HQ"));
    CHECK(caret.parameter(QStringLiteral("X-ADDR")) == u"1 Main St\nSpringfield \"HQ\"");

    const IcsProperty colonInValue = propertyOf(QStringLiteral("URL:https://example.org/a:b"));
    CHECK(colonInValue.value == u"https://example.org/a:b");
}

TEST_CASE("lines that are not properties are refused")
{
    const QString line = GENERATE(as<QString>{},
                                  QStringLiteral("this is garbage"),
                                  QStringLiteral(":no name"),
                                  QStringLiteral("SUMMARY;CN=\"unclosed:x"),
                                  QStringLiteral("SUMMARY;NOVALUE:x"),
                                  QStringLiteral("SUM MARY:x"));
    CHECK_FALSE(IcsParser::parseLine(line, 1).has_value());
}

TEST_CASE("a garbage line and an unmatched END are skipped with warnings naming their lines")
{
    const QByteArray data = "BEGIN:VCALENDAR\n"
                            "BEGIN:VEVENT\n"
                            "UID:a\n"
                            "this is not ical\n"
                            "END:VTODO\n"
                            "END:VEVENT\n"
                            "END:VCALENDAR\n";
    QStringList warnings;
    const IcsComponent root = parseOk(data, &warnings);
    CHECK(onlyEvent(root).properties.size() == 1);
    REQUIRE(warnings.size() == 2);
    CHECK(warnings.at(0).startsWith(QStringLiteral("line 4: ")));
    CHECK(warnings.at(1).startsWith(QStringLiteral("line 5: ")));
}

TEST_CASE("a block left open is closed with its parent")
{
    const QByteArray data = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:a\nBEGIN:VALARM\nACTION:DISPLAY\nEND:VEVENT\n"
                            "END:VCALENDAR\n";
    QStringList warnings;
    const IcsComponent root = parseOk(data, &warnings);
    const IcsComponent &event = onlyEvent(root);
    CHECK(event.children(QStringLiteral("VALARM")).size() == 1);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.first().startsWith(QStringLiteral("line 4: ")));
}

TEST_CASE("a file without BEGIN:VCALENDAR is not iCalendar")
{
    const QByteArray data = GENERATE(QByteArray(),
                                     QByteArray("Date,Amount\n2024-01-01,5\n"),
                                     QByteArray("BEGIN:VCARD\nFN:Jane\nEND:VCARD\n"));
    QStringList warnings;
    const auto parsed = IcsParser::parse(data, &warnings);
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error().code == ErrorCode::InvalidInput);
    CHECK(parsed.error().message.contains(QStringLiteral("VCALENDAR")));
}

TEST_CASE("date and date-time values are read in each of their forms")
{
    const QTimeZone berlin("Europe/Berlin");
    const auto date = IcsTime::parseValue(u"20240305");
    REQUIRE(date);
    CHECK(date->kind == IcsDateTime::Kind::Date);
    CHECK(date->date == QDate(2024, 3, 5));

    const auto utc = IcsTime::parseValue(u"20240305T081500Z");
    REQUIRE(utc);
    CHECK(utc->kind == IcsDateTime::Kind::Utc);
    CHECK(utc->instant(berlin).toUTC() == QDateTime(QDate(2024, 3, 5), QTime(8, 15), Qt::UTC));

    const auto floating = IcsTime::parseValue(u"20240305T081500");
    REQUIRE(floating);
    CHECK(floating->kind == IcsDateTime::Kind::Floating);
    CHECK(floating->instant(berlin).toUTC() == QDateTime(QDate(2024, 3, 5), QTime(7, 15), Qt::UTC));
    CHECK(floating->instant(QTimeZone("Asia/Jakarta")).toUTC() == QDateTime(QDate(2024, 3, 5), QTime(1, 15), Qt::UTC));

    const auto zoned = IcsTime::parseValue(u"20240705T081500", berlin);
    REQUIRE(zoned);
    CHECK(zoned->kind == IcsDateTime::Kind::Zoned);
    CHECK(zoned->instant(QTimeZone::utc()).toUTC() == QDateTime(QDate(2024, 7, 5), QTime(6, 15), Qt::UTC));

    const QString bad = GENERATE(QStringLiteral("2024-03-05"),
                                 QStringLiteral("20240230"),
                                 QStringLiteral("20240305T2500"),
                                 QStringLiteral("20240305T250000"),
                                 QStringLiteral("tomorrow"),
                                 QString());
    CHECK_FALSE(IcsTime::parseValue(bad).has_value());
}

TEST_CASE("a wall-clock time in the spring-forward gap moves forward by the gap")
{
    const QTimeZone berlin("Europe/Berlin");
    // 2024-03-31 02:30 does not exist in Berlin; RFC 5545 reads it with the offset before the gap (+01:00).
    const QDateTime gap = IcsTime::wallClock(QDate(2024, 3, 31), QTime(2, 30), berlin);
    CHECK(gap.toUTC() == QDateTime(QDate(2024, 3, 31), QTime(1, 30), Qt::UTC));
    const QDateTime normal = IcsTime::wallClock(QDate(2024, 3, 31), QTime(9, 0), berlin);
    CHECK(normal.toUTC() == QDateTime(QDate(2024, 3, 31), QTime(7, 0), Qt::UTC));
}

TEST_CASE("durations are read with weeks, days, hours, minutes, seconds and a sign")
{
    struct Row
    {
        const char *text;
        qint64 days;
        qint64 seconds;
    };
    const Row row = GENERATE(Row{"PT1H", 0, 3600},
                             Row{"PT1H30M", 0, 5400},
                             Row{"P1D", 1, 0},
                             Row{"P2W", 14, 0},
                             Row{"P1DT2H3M4S", 1, 7384},
                             Row{"-PT15M", 0, -900},
                             Row{"+PT45S", 0, 45});
    const auto duration = IcsTime::parseDuration(QString::fromLatin1(row.text));
    REQUIRE(duration);
    CHECK(duration->days == row.days);
    CHECK(duration->seconds == row.seconds);

    for (const char *bad : {"P", "PT", "1H", "P1H", "PT1D", ""})
        CHECK_FALSE(IcsTime::parseDuration(QString::fromLatin1(bad)).has_value());
}

TEST_CASE("TZID names are resolved as IANA, Windows and prefixed IANA names")
{
    struct Row
    {
        const char *tzid;
        const char *iana;
    };
    const Row row = GENERATE(Row{"Europe/Berlin", "Europe/Berlin"},
                             Row{"Asia/Jakarta", "Asia/Jakarta"},
                             Row{"W. Europe Standard Time", "Europe/Berlin"},
                             Row{"SE Asia Standard Time", "Asia/Bangkok"},
                             Row{"Eastern Standard Time", "America/New_York"},
                             Row{"/mozilla.org/20070129_1/Europe/Paris", "Europe/Paris"},
                             Row{"/citadel.org/20190914_1/America/Los_Angeles", "America/Los_Angeles"});
    CHECK(IcsTime::zoneByName(QString::fromLatin1(row.tzid)).id() == QByteArray(row.iana));
    CHECK_FALSE(IcsTime::zoneByName(QStringLiteral("Customized Time Zone")).isValid());
}

TEST_CASE("a VTIMEZONE with a display name is mapped by the cities it names and checked against its offsets")
{
    const QByteArray data = "BEGIN:VCALENDAR\n"
                            "BEGIN:VTIMEZONE\n"
                            "TZID:(UTC+01:00) Amsterdam\\, Berlin\\, Bern\\, Rome\\, Stockholm\\, Vienna\n"
                            "BEGIN:STANDARD\nDTSTART:16011028T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\n"
                            "END:STANDARD\n"
                            "BEGIN:DAYLIGHT\nDTSTART:16010325T020000\nTZOFFSETFROM:+0100\nTZOFFSETTO:+0200\n"
                            "END:DAYLIGHT\n"
                            "END:VTIMEZONE\n"
                            "BEGIN:VTIMEZONE\nTZID:Jakarta time\nX-LIC-LOCATION:Asia/Jakarta\nEND:VTIMEZONE\n"
                            "BEGIN:VTIMEZONE\nTZID:My Fixed Zone\n"
                            "BEGIN:STANDARD\nDTSTART:19700101T000000\nTZOFFSETFROM:+0530\nTZOFFSETTO:+0530\n"
                            "END:STANDARD\nEND:VTIMEZONE\n"
                            "BEGIN:VTIMEZONE\nTZID:Customized Time Zone\n"
                            "BEGIN:STANDARD\nDTSTART:16011104T020000\nTZOFFSETFROM:-0300\nTZOFFSETTO:-0400\n"
                            "END:STANDARD\n"
                            "BEGIN:DAYLIGHT\nDTSTART:16010311T020000\nTZOFFSETFROM:-0400\nTZOFFSETTO:-0300\n"
                            "END:DAYLIGHT\nEND:VTIMEZONE\n"
                            "END:VCALENDAR\n";
    const IcsComponent root = parseOk(data);
    const QTimeZone userZone("Asia/Tokyo");
    IcsTime times(root.components.first(), userZone);

    const QString outlookName = QStringLiteral("(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna");
    CHECK(times.zone(outlookName, 10).id() == QByteArrayLiteral("Europe/Amsterdam"));
    CHECK(times.zone(QStringLiteral("Jakarta time"), 11).id() == QByteArrayLiteral("Asia/Jakarta"));
    const QTimeZone fixed = times.zone(QStringLiteral("My Fixed Zone"), 12);
    CHECK(fixed.offsetFromUtc(QDateTime(QDate(2024, 7, 1), QTime(0, 0), Qt::UTC)) == 5 * 3600 + 30 * 60);
    CHECK(times.takeWarnings().isEmpty());

    // Nothing to go by: the user's zone, with one warning however often the TZID is used.
    CHECK(times.zone(QStringLiteral("Customized Time Zone"), 13) == userZone);
    CHECK(times.zone(QStringLiteral("Customized Time Zone"), 14) == userZone);
    const QStringList warnings = times.takeWarnings();
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.first().startsWith(QStringLiteral("line 13: ")));
    CHECK(warnings.first().contains(QStringLiteral("Asia/Tokyo")));
}

TEST_CASE("a DTSTART property is read with its TZID and VALUE parameters")
{
    const IcsComponent root = parseOk("BEGIN:VCALENDAR\nEND:VCALENDAR\n");
    IcsTime times(root.components.first(), QTimeZone("Asia/Jakarta"));

    const auto windows =
        times.read(propertyOf(QStringLiteral("DTSTART;TZID=\"W. Europe Standard Time\":20241028T090000")));
    REQUIRE(windows.ok());
    CHECK(windows->kind == IcsDateTime::Kind::Zoned);
    CHECK(windows->zone.id() == QByteArrayLiteral("Europe/Berlin"));
    CHECK(windows->instant({}).toUTC() == QDateTime(QDate(2024, 10, 28), QTime(8, 0), Qt::UTC));

    const auto allDay = times.read(propertyOf(QStringLiteral("DTSTART;VALUE=DATE:20241225")));
    REQUIRE(allDay.ok());
    CHECK(allDay->isDate());

    const auto list =
        times.readList(propertyOf(QStringLiteral("EXDATE;TZID=Europe/Berlin:20241104T090000,20241111T090000")));
    REQUIRE(list.ok());
    REQUIRE(list->size() == 2);
    CHECK(list->at(1).instant({}).toUTC() == QDateTime(QDate(2024, 11, 11), QTime(8, 0), Qt::UTC));

    for (const QString &bad : {QStringLiteral("DTSTART:2024-10-28"),
                               QStringLiteral("DTSTART;VALUE=DATE:20241028T090000"),
                               QStringLiteral("DTSTART:"),
                               QStringLiteral("DTSTART:20241028T090000,20241029T090000")}) {
        const auto read = times.read(propertyOf(bad));
        INFO(bad.toStdString());
        REQUIRE_FALSE(read.ok());
        CHECK(read.error().message.startsWith(QStringLiteral("line 1: ")));
    }
}
