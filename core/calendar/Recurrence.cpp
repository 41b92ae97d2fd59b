#include "calendar/Recurrence.h"

#include <algorithm>

namespace lifeos {

namespace {

// Stops expanding a rule that never matches (BYMONTHDAY=31;BYMONTH=2) or a window far in the future.
constexpr qint64 kMaxPeriods = 200000;

std::optional<int> weekdayFromCode(QStringView code)
{
    static const char *const codes[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
    for (int i = 0; i < 7; ++i) {
        if (code.compare(QLatin1StringView(codes[i]), Qt::CaseInsensitive) == 0)
            return i + 1;
    }
    return std::nullopt;
}

std::optional<QList<int>> parseIntegers(QStringView value, int min, int max, bool allowNegative)
{
    QList<int> numbers;
    for (QStringView item : value.split(u',')) {
        bool ok = false;
        const int number = item.trimmed().toInt(&ok);
        if (!ok || number == 0 || std::abs(number) < min || std::abs(number) > max || (!allowNegative && number < 0))
            return std::nullopt;
        numbers.append(number);
    }
    return numbers;
}

// The day of a month from a BYMONTHDAY value (negative: from the end); nullopt when the month is too short.
std::optional<QDate> monthDay(int year, int month, int day)
{
    const int length = QDate(year, month, 1).daysInMonth();
    const int resolved = day > 0 ? day : length + day + 1;
    if (resolved < 1 || resolved > length)
        return std::nullopt;
    return QDate(year, month, resolved);
}

// Every date in [first, last] that is a given weekday; with an ordinal, only the n-th (or n-th from the end).
QList<QDate> weekdaysIn(const QDate &first, const QDate &last, const RecurrenceRule::WeekdayNum &day)
{
    QList<QDate> dates;
    QDate date = first.addDays((day.weekday - first.dayOfWeek() + 7) % 7);
    for (; date <= last; date = date.addDays(7))
        dates.append(date);
    if (day.ordinal == 0)
        return dates;
    const qsizetype index = day.ordinal > 0 ? day.ordinal - 1 : dates.size() + day.ordinal;
    if (index < 0 || index >= dates.size())
        return {};
    return {dates.at(index)};
}

// The days of one month the rule picks; BYMONTHDAY and BYDAY together keep the days in both.
QList<QDate> monthDates(const RecurrenceRule &rule, int year, int month, const QDate &start)
{
    QList<QDate> byMonthDay;
    for (int day : rule.byMonthDay) {
        if (const auto date = monthDay(year, month, day))
            byMonthDay.append(*date);
    }
    const QDate first(year, month, 1);
    const QDate last(year, month, first.daysInMonth());
    QList<QDate> byDay;
    for (const auto &day : rule.byDay)
        byDay += weekdaysIn(first, last, day);

    if (!rule.byMonthDay.isEmpty() && !rule.byDay.isEmpty()) {
        QList<QDate> both;
        for (const QDate &date : byMonthDay) {
            if (byDay.contains(date))
                both.append(date);
        }
        return both;
    }
    if (!rule.byMonthDay.isEmpty())
        return byMonthDay;
    if (!rule.byDay.isEmpty())
        return byDay;
    if (const auto date = monthDay(year, month, start.day()); date && date->day() == start.day())
        return {*date};
    return {};
}

} // namespace

Result<RecurrenceRule> RecurrenceRule::parse(QStringView value)
{
    RecurrenceRule rule;
    bool haveFrequency = false;
    const auto bad = [&](QStringView part) {
        return Error{ErrorCode::InvalidInput, tr("the repeat rule part \"%1\" cannot be read").arg(part.toString())};
    };
    for (QStringView part : value.trimmed().split(u';', Qt::SkipEmptyParts)) {
        const qsizetype equals = part.indexOf(u'=');
        if (equals <= 0)
            return bad(part);
        const QString name = part.left(equals).trimmed().toString().toUpper();
        const QStringView text = part.sliced(equals + 1).trimmed();
        if (name == u"FREQ") {
            static const QHash<QString, Frequency> frequencies{{QStringLiteral("DAILY"), Frequency::Daily},
                                                               {QStringLiteral("WEEKLY"), Frequency::Weekly},
                                                               {QStringLiteral("MONTHLY"), Frequency::Monthly},
                                                               {QStringLiteral("YEARLY"), Frequency::Yearly}};
            const auto found = frequencies.constFind(text.toString().toUpper());
            if (found == frequencies.cend())
                return Error{ErrorCode::InvalidInput,
                             tr("repeating %1 is not supported; only daily, weekly, monthly and yearly rules are")
                                 .arg(text.toString().toLower())};
            rule.frequency = *found;
            haveFrequency = true;
        } else if (name == u"INTERVAL") {
            bool ok = false;
            rule.interval = text.toInt(&ok);
            if (!ok || rule.interval < 1)
                return bad(part);
        } else if (name == u"COUNT") {
            bool ok = false;
            rule.count = text.toInt(&ok);
            if (!ok || rule.count < 1)
                return bad(part);
        } else if (name == u"UNTIL") {
            rule.until = IcsTime::parseValue(text);
            if (!rule.until)
                return bad(part);
        } else if (name == u"BYDAY") {
            for (QStringView item : text.split(u',', Qt::SkipEmptyParts)) {
                item = item.trimmed();
                if (item.size() < 2)
                    return bad(part);
                const auto weekday = weekdayFromCode(item.right(2));
                const QStringView ordinalText = item.chopped(2);
                bool ok = true;
                const int ordinal = ordinalText.isEmpty() ? 0 : ordinalText.toInt(&ok);
                if (!weekday || !ok || std::abs(ordinal) > 53)
                    return bad(part);
                rule.byDay.append({ordinal, *weekday});
            }
        } else if (name == u"BYMONTHDAY") {
            const auto days = parseIntegers(text, 1, 31, true);
            if (!days)
                return bad(part);
            rule.byMonthDay = *days;
        } else if (name == u"BYMONTH") {
            const auto months = parseIntegers(text, 1, 12, false);
            if (!months)
                return bad(part);
            rule.byMonth = *months;
        } else if (name == u"BYSETPOS") {
            const auto positions = parseIntegers(text, 1, 366, true);
            if (!positions)
                return bad(part);
            rule.bySetPos = *positions;
        } else if (name == u"WKST") {
            const auto weekday = weekdayFromCode(text);
            if (!weekday)
                return bad(part);
            rule.weekStart = *weekday;
        } else {
            rule.unsupportedParts.append(name);
        }
    }
    if (!haveFrequency)
        return Error{ErrorCode::InvalidInput, tr("the repeat rule has no FREQ")};
    return rule;
}

QList<QDate> Recurrence::periodDates(const RecurrenceRule &rule, const QDate &start, qint64 period)
{
    using Frequency = RecurrenceRule::Frequency;
    const qint64 step = period * rule.interval;
    QList<QDate> dates;
    switch (rule.frequency) {
    case Frequency::Daily: {
        const QDate day = start.addDays(step);
        const bool weekdayOk =
            rule.byDay.isEmpty() || std::any_of(rule.byDay.cbegin(), rule.byDay.cend(), [&](const auto &d) {
                return d.weekday == day.dayOfWeek();
            });
        const bool monthDayOk =
            rule.byMonthDay.isEmpty() || std::any_of(rule.byMonthDay.cbegin(), rule.byMonthDay.cend(), [&](int d) {
                return monthDay(day.year(), day.month(), d) == day;
            });
        if (weekdayOk && monthDayOk)
            dates.append(day);
        break;
    }
    case Frequency::Weekly: {
        const QDate weekFirst = start.addDays(-((start.dayOfWeek() - rule.weekStart + 7) % 7)).addDays(7 * step);
        if (rule.byDay.isEmpty()) {
            dates.append(weekFirst.addDays((start.dayOfWeek() - rule.weekStart + 7) % 7));
        } else {
            for (const auto &day : rule.byDay)
                dates.append(weekFirst.addDays((day.weekday - rule.weekStart + 7) % 7));
        }
        break;
    }
    case Frequency::Monthly: {
        const QDate month = QDate(start.year(), start.month(), 1).addMonths(int(step));
        dates = monthDates(rule, month.year(), month.month(), start);
        break;
    }
    case Frequency::Yearly: {
        const int year = start.year() + int(step);
        if (rule.byMonth.isEmpty() && rule.byMonthDay.isEmpty() && !rule.byDay.isEmpty()) {
            // BYDAY alone in a yearly rule counts weekdays through the whole year (20MO: the 20th Monday).
            for (const auto &day : rule.byDay)
                dates += weekdaysIn(QDate(year, 1, 1), QDate(year, 12, 31), day);
        } else if (rule.byMonth.isEmpty() && rule.byMonthDay.isEmpty()) {
            if (const auto date = monthDay(year, start.month(), start.day()); date && date->day() == start.day())
                dates.append(*date);
        } else {
            const QList<int> months =
                rule.byMonth.isEmpty() ? QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12} : rule.byMonth;
            for (int month : months)
                dates += monthDates(rule, year, month, start);
        }
        break;
    }
    }
    if (!rule.byMonth.isEmpty()) {
        dates.removeIf([&](const QDate &date) { return !rule.byMonth.contains(date.month()); });
    }
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
    if (!rule.bySetPos.isEmpty()) {
        QList<QDate> picked;
        for (int position : rule.bySetPos) {
            const qsizetype index = position > 0 ? position - 1 : dates.size() + position;
            if (index >= 0 && index < dates.size())
                picked.append(dates.at(index));
        }
        std::sort(picked.begin(), picked.end());
        picked.erase(std::unique(picked.begin(), picked.end()), picked.end());
        dates = picked;
    }
    return dates;
}

void Recurrence::walk(const RecurrenceRule &rule,
                      const QDate &start,
                      const QDate &lastDate,
                      const std::function<Verdict(const QDate &)> &visit)
{
    int seen = 0;
    const auto offer = [&](const QDate &date) {
        ++seen;
        if (rule.count > 0 && seen > rule.count)
            return false;
        return visit(date) != Verdict::Stop;
    };
    if (!offer(start))
        return;
    for (qint64 period = 0; period < kMaxPeriods; ++period) {
        const QList<QDate> dates = periodDates(rule, start, period);
        for (const QDate &date : dates) {
            if (date <= start)
                continue;
            if (date > lastDate || !offer(date))
                return;
        }
        // A period whose dates all fall past the last date ends the walk even when it picked none.
        if (rule.frequency == RecurrenceRule::Frequency::Daily && start.addDays(period * rule.interval) > lastDate)
            return;
        if (rule.frequency == RecurrenceRule::Frequency::Weekly
            && start.addDays(7 * period * rule.interval - 6) > lastDate)
            return;
        if (rule.frequency == RecurrenceRule::Frequency::Monthly
            && QDate(start.year(), start.month(), 1).addMonths(int(period * rule.interval)) > lastDate)
            return;
        if (rule.frequency == RecurrenceRule::Frequency::Yearly
            && QDate(start.year() + int(period * rule.interval), 1, 1) > lastDate)
            return;
    }
}

QList<QDateTime> Recurrence::expand(const RecurrenceRule &rule,
                                    const QDateTime &start,
                                    const QDateTime &until,
                                    const QDateTime &from,
                                    const QDateTime &to,
                                    int maxInstances)
{
    QList<QDateTime> occurrences;
    if (maxInstances <= 0 || !start.isValid())
        return occurrences;
    const QTimeZone zone = start.timeZone();
    const QTime time = start.time();
    // A day of margin: the window's bounds are instants, the walk counts local dates.
    QDate lastDate = to.toTimeZone(zone).date().addDays(1);
    if (until.isValid())
        lastDate = std::min(lastDate, until.toTimeZone(zone).date().addDays(1));
    walk(rule, start.date(), lastDate, [&](const QDate &date) {
        const QDateTime occurrence = date == start.date() ? start : IcsTime::wallClock(date, time, zone);
        if ((until.isValid() && occurrence > until) || occurrence >= to)
            return Verdict::Stop;
        if (occurrence < from)
            return Verdict::Skip;
        occurrences.append(occurrence);
        return int(occurrences.size()) >= maxInstances ? Verdict::Stop : Verdict::Take;
    });
    return occurrences;
}

QList<QDate> Recurrence::expandDates(const RecurrenceRule &rule,
                                     const QDate &start,
                                     const QDate &until,
                                     const QDate &from,
                                     const QDate &to,
                                     int maxInstances)
{
    QList<QDate> occurrences;
    if (maxInstances <= 0 || !start.isValid())
        return occurrences;
    const QDate lastDate = until.isValid() ? std::min(to, until) : to;
    walk(rule, start, lastDate, [&](const QDate &date) {
        if (date > lastDate)
            return Verdict::Stop;
        if (date < from)
            return Verdict::Skip;
        occurrences.append(date);
        return int(occurrences.size()) >= maxInstances ? Verdict::Stop : Verdict::Take;
    });
    return occurrences;
}

} // namespace lifeos
