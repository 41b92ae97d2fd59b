#pragma once

#include "calendar/IcsTime.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <functional>
#include <optional>

namespace lifeos {

// An RRULE value (RFC 5545 3.3.10) as far as calendars use it: DAILY/WEEKLY/MONTHLY/YEARLY with INTERVAL, COUNT,
// UNTIL, BYDAY (with ordinals: 2TU, -1FR), BYMONTHDAY, BYMONTH, BYSETPOS and WKST.
struct RecurrenceRule
{
    Q_DECLARE_TR_FUNCTIONS(RecurrenceRule)

public:
    enum class Frequency {
        Daily,
        Weekly,
        Monthly,
        Yearly
    };
    struct WeekdayNum
    {
        int ordinal = 0; // 0: every such weekday of the period; 2: the second; -1: the last
        int weekday = 1; // Qt::DayOfWeek, Monday = 1
        bool operator==(const WeekdayNum &) const = default;
    };

    Frequency frequency = Frequency::Daily;
    int interval = 1;
    int count = 0; // 0: no COUNT
    std::optional<IcsDateTime> until;
    QList<WeekdayNum> byDay;
    QList<int> byMonthDay; // 1..31 or -31..-1
    QList<int> byMonth;    // 1..12
    QList<int> bySetPos;
    int weekStart = Qt::Monday;
    QStringList unsupportedParts; // BYHOUR, BYWEEKNO …: read past, so the expansion is only close

    // InvalidInput (with a sentence) for a missing or unknown FREQ or a malformed part.
    static Result<RecurrenceRule> parse(QStringView value);
};

// Expands a rule from its first occurrence into the occurrences inside a window. DTSTART is always the first
// occurrence and counts towards COUNT; occurrences before the window still count. Timed occurrences keep the
// wall-clock time of the start in the start's zone, so a weekly 09:00 Berlin meeting stays at 09:00 across DST.
class Recurrence
{
public:
    // Occurrences starting in [from, to), at most maxInstances of them, ascending. until: invalid for none.
    static QList<QDateTime> expand(const RecurrenceRule &rule,
                                   const QDateTime &start,
                                   const QDateTime &until,
                                   const QDateTime &from,
                                   const QDateTime &to,
                                   int maxInstances);
    // All-day: occurrence dates in [from, to] (inclusive), at most maxInstances. until: null for none.
    static QList<QDate> expandDates(const RecurrenceRule &rule,
                                    const QDate &start,
                                    const QDate &until,
                                    const QDate &from,
                                    const QDate &to,
                                    int maxInstances);

    // The candidate dates of the rule's n-th period (day, week, month or year) after start's, sorted, before COUNT,
    // UNTIL and the start are applied.
    static QList<QDate> periodDates(const RecurrenceRule &rule, const QDate &start, qint64 period);

private:
    enum class Verdict {
        Take,
        Skip,
        Stop
    };
    static void walk(const RecurrenceRule &rule,
                     const QDate &start,
                     const QDate &lastDate,
                     const std::function<Verdict(const QDate &)> &visit);
};

} // namespace lifeos
