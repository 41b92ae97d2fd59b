#pragma once

#include "calendar/CalendarRepository.h"
#include "support/UiFixture.h"

#include <QLocale>
#include <QTimeZone>

#include <catch2/catch.hpp>

// Calendar events for the Calendar page and Today agenda tests, in a zone without daylight saving (Jakarta,
// UTC+7) and an English (UK) locale: 24-hour times and weeks that start on Monday.
namespace calendartest {

inline const QDate kToday(2026, 11, 22); // a Sunday
inline QTimeZone zone()
{
    return QTimeZone("Asia/Jakarta");
}

struct UkLocale {
    UkLocale() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    ~UkLocale() { QLocale::setDefault(QLocale::system()); }
};

inline lifeos::CalendarEvent timed(const QString &title, const QDate &day, const QTime &start, int minutes,
                                   const QString &location = {}, const QString &description = {})
{
    lifeos::CalendarEvent event;
    event.source = QStringLiteral("google");
    event.calendarId = QStringLiteral("primary");
    event.externalId = title + day.toString(Qt::ISODate) + start.toString();
    event.title = title;
    event.location = location;
    event.description = description;
    event.startsAt = QDateTime(day, start, zone()).toUTC();
    event.endsAt = event.startsAt.addSecs(qint64(minutes) * 60);
    event.timeZone = QStringLiteral("Asia/Jakarta");
    return event;
}

inline lifeos::CalendarEvent allDay(const QString &title, const QDate &first, int days)
{
    lifeos::CalendarEvent event;
    event.source = QStringLiteral("google");
    event.calendarId = QStringLiteral("work@example.com");
    event.externalId = title;
    event.title = title;
    event.allDay = true;
    event.startDate = first;
    event.endDate = first.addDays(days);
    return event;
}

// Today: an all-day holiday, a stand-up, a title-less block and a night flight into tomorrow; tomorrow: lunch with
// a description; a week ago: an old meeting; a three-day conference from tomorrow.
struct Events {
    explicit Events(UiFixture &fixture)
        : repository(*fixture.database)
    {
        fixture.context->timeZone = [] { return zone(); };
        holiday = add(allDay(QStringLiteral("Public holiday"), kToday, 1));
        standup = add(timed(QStringLiteral("Stand-up"), kToday, QTime(9, 30), 30, QStringLiteral("Room 4")));
        untitled = add(timed(QString(), kToday, QTime(14, 0), 60));
        flight = add(timed(QStringLiteral("Night flight"), kToday, QTime(23, 0), 150, QStringLiteral("Gate 7")));
        lunch = add(timed(QStringLiteral("Lunch with Ana"), kToday.addDays(1), QTime(12, 0), 60, {},
                          QStringLiteral("Bring the contract.")));
        oldMeeting = add(timed(QStringLiteral("Old meeting"), kToday.addDays(-7), QTime(10, 0), 60));
        conference = add(allDay(QStringLiteral("Conference"), kToday.addDays(1), 3));
    }
    qint64 add(const lifeos::CalendarEvent &event)
    {
        auto stored = repository.upsert(event, zone());
        REQUIRE(stored.ok());
        return stored->id;
    }

    lifeos::CalendarRepository repository;
    qint64 holiday = 0;
    qint64 standup = 0;
    qint64 untitled = 0;
    qint64 flight = 0;
    qint64 lunch = 0;
    qint64 oldMeeting = 0;
    qint64 conference = 0;
};

} // namespace calendartest
