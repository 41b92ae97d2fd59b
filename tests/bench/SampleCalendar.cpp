#include "SampleCalendar.h"

#include "storage/Query.h"

#include <QSqlDatabase>

namespace lifeos {

namespace {

const QString kWork = QStringLiteral("work@example.com");
const QString kPrimary = QStringLiteral("primary");

struct Timed
{
    const char16_t *title;
    const char16_t *location;
    const char16_t *description;
    QString calendar;
    QTime start;
    int minutes;
};

QString utcText(const QDateTime &instant)
{
    return instant.toUTC().toString(Qt::ISODate); // "2026-11-22T09:30:00Z"
}

} // namespace

Result<int> SampleCalendar::fill(Database &database, const Options &options)
{
    auto existing = runQuery(database, QStringLiteral("SELECT count(*) FROM calendar_events"), {},
                             QStringLiteral("Counting calendar events"));
    if (!existing)
        return existing.error();
    if (existing->next() && existing->value(0).toLongLong() > 0)
        return Error{ErrorCode::DatabaseNotEmpty, QStringLiteral("The database already has calendar events.")};

    const QDate today = options.today;
    const QString updated = utcText(QDateTime(today, QTime(6, 0), options.zone));
    const QString zoneName = QString::fromUtf8(options.zone.id());
    int written = 0;
    const auto insert = [&](const QString &externalId, const QString &calendar, const QString &title,
                            const QString &location, const QString &description, bool allDay, const QString &startsAt,
                            const QString &endsAt, const QDate &day) -> Result<void> {
        auto added = runQuery(database,
                              QStringLiteral("INSERT INTO calendar_events (source, calendar_id, external_id, title, "
                                             "description, location, all_day, starts_at, ends_at, time_zone, day, "
                                             "status, updated_at) VALUES ('google', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                             "'confirmed', ?)"),
                              {calendar, externalId, title, description, location, allDay ? 1 : 0, startsAt, endsAt,
                               allDay ? QString() : zoneName, day.toString(Qt::ISODate), updated},
                              QStringLiteral("Adding sample calendar events"));
        if (!added)
            return added.error();
        ++written;
        return {};
    };
    const auto timed = [&](const QDate &day, int index, const Timed &event) -> Result<void> {
        const QDateTime start(day, event.start, options.zone);
        const QDateTime end = start.addSecs(qint64(event.minutes) * 60);
        return insert(QStringLiteral("sample-%1-%2").arg(day.toString(Qt::ISODate)).arg(index), event.calendar,
                      QString::fromUtf16(event.title), QString::fromUtf16(event.location),
                      QString::fromUtf16(event.description), false, utcText(start), utcText(end), day);
    };
    const auto allDay = [&](const QDate &first, int days, const QString &id, const QString &title,
                            const QString &description) -> Result<void> {
        return insert(id, kPrimary, title, QString(), description, true, first.toString(Qt::ISODate),
                      first.addDays(days).toString(Qt::ISODate), first);
    };

    QSqlDatabase connection = database.connection();
    connection.transaction();
    const auto fail = [&connection](const Error &error) -> Result<int> {
        connection.rollback();
        return error;
    };
    for (QDate day = today.addDays(-options.days); day <= today.addDays(options.days); day = day.addDays(1)) {
        QList<Timed> events;
        const int weekday = day.dayOfWeek();
        if (weekday <= 5)
            events.append({u"Team stand-up", u"Zoom", u"What we did yesterday, what we do today, what blocks us.",
                           kWork, QTime(9, 30), 15});
        switch (weekday) {
        case 1:
            events.append({u"Weekly planning", u"Room 4B", u"Pick the week's three priorities.", kWork, QTime(10, 0), 60});
            break;
        case 2:
            events.append({u"Gym: legs", u"Fitness First, Senayan", u"", kPrimary, QTime(18, 30), 60});
            break;
        case 3:
            events.append({u"1:1 with Dana", u"", u"Career goals; feedback on the launch.", kWork, QTime(14, 0), 30});
            events.append({u"Dentist", u"Klinik Gigi Sehat, Jl. Kemang Raya 12", u"Check-up and cleaning. Bring the "
                           "insurance card.", kPrimary, QTime(16, 30), 45});
            break;
        case 4:
            events.append({u"Design review", u"Room 2A", u"Walk through the new onboarding screens.", kWork,
                           QTime(15, 0), 90});
            events.append({u"Gym: upper body", u"Fitness First, Senayan", u"", kPrimary, QTime(18, 30), 60});
            break;
        case 5:
            events.append({u"Lunch with Ana", u"Warung Sate Senayan", u"", kPrimary, QTime(12, 30), 60});
            events.append({u"", u"", u"", kWork, QTime(16, 0), 30}); // a title-less block, as Google allows
            break;
        case 6:
            events.append({u"Farmers market", u"Pasar Santa", u"Vegetables, eggs, flowers.", kPrimary, QTime(8, 0), 90});
            break;
        case 7:
            events.append({u"Call Mum", u"", u"", kPrimary, QTime(19, 0), 30});
            break;
        }
        for (int index = 0; index < events.size(); ++index) {
            if (auto added = timed(day, index, events.at(index)); !added)
                return fail(added.error());
        }
    }
    // A few that make the lists interesting: an all-day deadline today, a three-day conference, a night flight.
    if (auto added = allDay(today, 1, QStringLiteral("sample-deadline"), QStringLiteral("Quarterly report due"),
                            QStringLiteral("Send it to finance before the end of the day."));
        !added)
        return fail(added.error());
    if (auto added = allDay(today.addDays(2), 3, QStringLiteral("sample-conference"), QStringLiteral("Qt World Summit"),
                            QStringLiteral("Talks on Qt 6, QML and embedded; keynote on day one."));
        !added)
        return fail(added.error());
    const QDateTime takeOff(today.addDays(5), QTime(22, 40), options.zone);
    if (auto added = insert(QStringLiteral("sample-flight"), kPrimary, QStringLiteral("Flight GA 826 to Singapore"),
                            QStringLiteral("Soekarno-Hatta, Terminal 3"), QStringLiteral("Booking reference QX7PLM."),
                            false, utcText(takeOff), utcText(takeOff.addSecs(2 * 3600 + 50 * 60)), today.addDays(5));
        !added)
        return fail(added.error());
    if (!connection.commit())
        return fail(Error{ErrorCode::Io, QStringLiteral("Could not commit the sample calendar events.")});
    return written;
}

} // namespace lifeos
