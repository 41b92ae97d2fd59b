#include "pages/calendar/CalendarFormat.h"

#include "DisplayFormat.h"

#include <QLocale>

namespace lifeos {

namespace {

const QChar kEnDash(0x2013);

QString range(const QTime &from, const QTime &to)
{
    return shortTime(from) + kEnDash + shortTime(to);
}

} // namespace

QString CalendarFormat::title(const CalendarEvent &event)
{
    const QString trimmed = event.title.trimmed();
    return trimmed.isEmpty() ? tr("(no title)") : trimmed;
}

std::pair<QDate, QDate> CalendarFormat::localDays(const CalendarEvent &event, const QTimeZone &zone)
{
    if (event.allDay) {
        const QDate last = event.endDate.isValid() && event.endDate > event.startDate ? event.endDate.addDays(-1)
                                                                                     : event.startDate;
        return {event.startDate, last};
    }
    const QDateTime start = event.startsAt.toTimeZone(zone);
    QDateTime end = event.endsAt.isValid() ? event.endsAt.toTimeZone(zone) : start;
    if (end < start)
        end = start;
    QDate last = end.date();
    // An event that ends exactly at midnight does not reach into the next day.
    if (end > start && end.time() == QTime(0, 0))
        last = last.addDays(-1);
    return {start.date(), std::max(start.date(), last)};
}

QString CalendarFormat::timeRange(const CalendarEvent &event, const QDate &day, const QTimeZone &zone)
{
    if (event.allDay)
        return tr("All day");
    const QDateTime start = event.startsAt.toTimeZone(zone);
    const QDateTime end = event.endsAt.isValid() && event.endsAt > event.startsAt ? event.endsAt.toTimeZone(zone)
                                                                                 : start;
    const bool startsToday = start.date() == day;
    const auto [first, last] = localDays(event, zone);
    const bool endsToday = last == day;
    if (startsToday && endsToday)
        return start == end ? shortTime(start.time()) : range(start.time(), end.time());
    if (startsToday)
        return last == day.addDays(1) && end.time() != QTime(0, 0)
            ? tr("%1 (next day)").arg(range(start.time(), end.time()))
            : tr("From %1").arg(shortTime(start.time()));
    if (endsToday && end.time() != QTime(0, 0))
        return tr("Until %1").arg(shortTime(end.time()));
    return tr("Continues all day");
}

QString CalendarFormat::origin(const CalendarEvent &event)
{
    if (event.source == u"google") {
        return event.calendarId.isEmpty() || event.calendarId == u"primary"
            ? tr("Google Calendar")
            : tr("Google Calendar · %1").arg(event.calendarId);
    }
    if (event.source == u"ics")
        return event.calendarId.isEmpty() ? tr("Imported") : tr("Imported · %1").arg(event.calendarId);
    if (event.source == u"manual")
        return tr("Added by hand");
    return event.source;
}

QString CalendarFormat::agendaLine(const CalendarEvent &event, const QDate &day, const QTimeZone &zone)
{
    QString line = timeRange(event, day, zone) + QLatin1Char(' ') + title(event);
    if (!event.location.trimmed().isEmpty())
        line += QStringLiteral(" · ") + event.location.trimmed();
    return line;
}

QString CalendarFormat::when(const CalendarEvent &event, const QTimeZone &zone)
{
    const QLocale locale;
    const auto [first, last] = localDays(event, zone);
    if (event.allDay) {
        if (first == last)
            return tr("%1, all day").arg(locale.toString(first, QLocale::LongFormat));
        return tr("%1 to %2, all day")
            .arg(locale.toString(first, QLocale::LongFormat), locale.toString(last, QLocale::LongFormat));
    }
    const QDateTime start = event.startsAt.toTimeZone(zone);
    const QDateTime end = event.endsAt.isValid() ? event.endsAt.toTimeZone(zone) : start;
    if (start.date() == end.date() || first == last)
        return tr("%1\n%2").arg(locale.toString(first, QLocale::LongFormat),
                                 start >= end ? shortTime(start.time()) : range(start.time(), end.time()));
    return tr("%1, %2 to\n%3, %4")
        .arg(locale.toString(start.date(), QLocale::LongFormat), shortTime(start.time()),
             locale.toString(end.date(), QLocale::LongFormat), shortTime(end.time()));
}

bool CalendarFormat::monthBeforeDay(const QLocale &locale)
{
    // The long format holds the weekday as "dddd"; the day of the month is the first "d" left after removing it.
    QString format = locale.dateFormat(QLocale::LongFormat);
    format.remove(QStringLiteral("dddd")).remove(QStringLiteral("ddd"));
    const qsizetype month = format.indexOf(QLatin1Char('M'));
    const qsizetype day = format.indexOf(QLatin1Char('d'));
    return month >= 0 && day >= 0 && month < day;
}

// The tr() strings below are Qt date formats, picked by the locale's order of month and day: d = day of the month,
// dddd = weekday name, MMMM = month name, yyyy = year; text in single quotes is printed as it is. A translation may
// reorder the parts and change the punctuation.
QString CalendarFormat::dayHeading(const QDate &day)
{
    const QLocale locale;
    if (monthBeforeDay(locale)) {
        //: Qt date format of a day heading in the week view, for locales that write the month first (en_US).
        return locale.toString(day, tr("dddd, MMMM d"));
    }
    //: Qt date format of a day heading in the week view, for locales that write the day first (en_GB, id).
    return locale.toString(day, tr("dddd, d MMMM"));
}

QString CalendarFormat::weekTitle(const QDate &first, const QDate &today)
{
    const QLocale locale;
    const QDate last = first.addDays(6);
    QString from;
    QString to;
    if (monthBeforeDay(locale)) {
        if (first.month() == last.month() && first.year() == last.year()) {
            //: Qt date format, month-first locales: a week's first day when the week is in one month.
            from = locale.toString(first, tr("MMMM d", "week start, one month"));
            //: Qt date format, month-first locales: a week's last day when the week is in one month.
            to = locale.toString(last, tr("d, yyyy", "week end, one month"));
        } else {
            //: Qt date format, month-first locales: a week's first day when the week spans two months.
            from = locale.toString(first, first.year() == last.year() ? tr("MMMM d", "week start, two months")
                                                                      : tr("MMMM d, yyyy", "week start, two years"));
            //: Qt date format, month-first locales: a week's last day when the week spans two months.
            to = locale.toString(last, tr("MMMM d, yyyy", "week end, two months"));
        }
    } else {
        if (first.month() == last.month() && first.year() == last.year()) {
            //: Qt date format, day-first locales: a week's first day when the week is in one month.
            from = locale.toString(first, tr("d", "week start, one month"));
            //: Qt date format, day-first locales: a week's last day when the week is in one month.
            to = locale.toString(last, tr("d MMMM yyyy", "week end, one month"));
        } else {
            //: Qt date format, day-first locales: a week's first day when the week spans two months.
            from = locale.toString(first, first.year() == last.year() ? tr("d MMMM", "week start, two months")
                                                                      : tr("d MMMM yyyy", "week start, two years"));
            //: Qt date format, day-first locales: a week's last day when the week spans two months.
            to = locale.toString(last, tr("d MMMM yyyy", "week end, two months"));
        }
    }
    //: A week's days, first to last: "16 – 22 November 2026", "November 30 – December 6, 2026".
    const QString text = tr("%1 – %2").arg(from, to);
    if (today >= first && today <= last)
        return tr("This week · %1").arg(text);
    return text;
}

} // namespace lifeos
