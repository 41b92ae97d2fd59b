#include "capture/TemporalExtractor.h"

#include "capture/DateWords.h"
#include "capture/TemporalCalendar.h"
#include "capture/TemporalTokens.h"

#include <QLatin1StringView>

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <vector>

namespace lifeos {

namespace {

using datewords::CalendarUnit;
using datewords::DayPart;
using temporal::Clock;
using temporal::ClockSeparator;
using temporal::Meridiem;
using temporal::WeekdayModifier;

// One understood expression: the tokens [first, end) and what they said.
struct Found
{
    qsizetype first = 0;
    qsizetype end = 0;
    QDate date;
    QTime time;
    DayPart part = DayPart::None;
    bool plainHour = false; // an hour without am/pm or part of day: "tonight at 8" makes it 20:00

    static Found span(qsizetype first, qsizetype end, QDate date = {}, QTime time = {})
    {
        Found found;
        found.first = first;
        found.end = end;
        found.date = date;
        found.time = time;
        return found;
    }
};

// The 24-hour hour for an hour said with a part of the day ("5 sore" = 17, "12 malam" = 0), -1 if senseless.
int hourForPart(int hour, DayPart part)
{
    switch (part) {
    case DayPart::Morning:
        return hour > 12 ? -1 : hour % 12;
    case DayPart::Noon: // "siang" runs from about 11 to 15: "jam 1 siang" = 13, "jam 11 siang" = 11
        return hour >= 1 && hour <= 6 ? hour + 12 : hour;
    case DayPart::Afternoon:
    case DayPart::Evening:
        return hour >= 1 && hour <= 11 ? hour + 12 : hour;
    case DayPart::Night: // "jam 12 malam" is midnight and "jam 2 malam" the small hours, not 14:00
        if (hour == 12)
            return 0;
        return hour >= 5 && hour <= 11 ? hour + 12 : hour;
    case DayPart::None:
        break;
    }
    return hour;
}

// The time a part of the day stands for when no hour was said ("tomorrow morning"); evening and night name
// no particular hour.
QTime defaultTime(DayPart part)
{
    switch (part) {
    case DayPart::Morning:
        return QTime(9, 0);
    case DayPart::Noon:
        return QTime(12, 0);
    case DayPart::Afternoon:
        return QTime(15, 0);
    case DayPart::Evening:
    case DayPart::Night:
    case DayPart::None:
        break;
    }
    return {};
}

QDate addUnits(QDate day, int count, CalendarUnit unit)
{
    switch (unit) {
    case CalendarUnit::Day:
        return day.addDays(count);
    case CalendarUnit::Week:
        return day.addDays(7 * qint64(count));
    case CalendarUnit::Month:
        return day.addMonths(count);
    case CalendarUnit::Year:
        return day.addYears(count);
    case CalendarUnit::None:
        break;
    }
    return {};
}

// Reads one line left to right. Each position tries a fixed set of matchers that look a few tokens either
// way, so the work is linear in the number of tokens.
class Scanner
{
public:
    Scanner(CaptureText &text, const ParseContext &ctx, DateLean lean)
        : m_text(text)
        , m_lean(lean)
        , m_order(ctx.dateOrder)
        , m_today(ctx.today())
    {
        m_free.reserve(size_t(text.size()));
        for (qsizetype i = 0; i < text.size(); ++i)
            m_free.push_back(text.isConsumed(i) ? QString() : text.token(i).word);
    }

    TemporalMatch run();

private:
    using Matcher = std::optional<Found> (Scanner::*)(qsizetype) const;

    // The word at index when its token is still free; empty otherwise, so a taken token breaks every match.
    const QString &word(qsizetype index) const
    {
        static const QString none;
        return index >= 0 && index < qsizetype(m_free.size()) ? m_free[size_t(index)] : none;
    }
    bool isWord(qsizetype index, const char *expected) const { return word(index) == QLatin1StringView(expected); }
    bool isAnyWord(qsizetype index, std::initializer_list<const char *> expected) const;
    bool hasTimeCue(qsizetype index) const;
    bool isCapitalisedSunday(qsizetype index) const;

    std::optional<Found> matchDate(qsizetype index) const;
    std::optional<Found> matchTime(qsizetype index) const;

    std::optional<Found> matchNumericDate(qsizetype index) const;
    std::optional<Found> matchMonthFirst(qsizetype index) const;
    std::optional<Found> matchDayFirst(qsizetype index) const;
    std::optional<Found> matchDayOfMonth(qsizetype index) const;
    std::optional<Found> matchWeekday(qsizetype index) const;
    std::optional<Found> matchPhrase(qsizetype index) const;
    std::optional<Found> matchOffset(qsizetype index) const;
    std::optional<Found> matchWrittenDate(qsizetype index) const;

    std::optional<Found> matchNamedTime(qsizetype index) const;
    std::optional<Found> matchHalfHour(qsizetype index) const;
    std::optional<Found> matchClock(qsizetype index) const;
    std::optional<Found> matchDayPartPhrase(qsizetype index) const;

    std::optional<Found> calendarDate(qsizetype first, qsizetype end, int year, int month, int day) const;
    WeekdayModifier weekdayModifierAfter(qsizetype index, qsizetype *length) const;
    int monthShiftAfter(qsizetype index, qsizetype *length) const;
    DayPart dayPartAfter(qsizetype index, qsizetype *length) const;
    DayPart dayPartAfterClock(qsizetype index, qsizetype *length) const;
    Found withDayPart(Found found) const;

    void take(const Found &found, bool isDate);
    qsizetype connectorsBefore(qsizetype first, bool isDate) const;

    CaptureText &m_text;
    const DateLean m_lean;
    const DateOrder m_order;
    const QDate m_today;
    std::vector<QString> m_free; // the word of each free token, empty once taken: a cheap read on long lines
    TemporalMatch m_result;
    DayPart m_part = DayPart::None;
    bool m_plainHour = false;
};

bool Scanner::isAnyWord(qsizetype index, std::initializer_list<const char *> expected) const
{
    const QString &w = word(index);
    for (const char *candidate : expected) {
        if (w == QLatin1StringView(candidate))
            return true;
    }
    return false;
}

bool Scanner::hasTimeCue(qsizetype index) const
{
    const QString &before = word(index - 1);
    // In "tidur 8 jam 5 menit" the "jam" belongs to the 8: a duration, not a cue.
    if (before == QLatin1StringView("jam") && temporal::startsWithDigit(word(index - 2)))
        return false;
    return datewords::isTimeCue(before);
}

// "Minggu" is Sunday when written with a capital and not used as a week ("2 Minggu", "Minggu depan").
bool Scanner::isCapitalisedSunday(qsizetype index) const
{
    const QStringView raw = m_text.rawToken(index);
    const auto letter = std::find_if(raw.begin(), raw.end(), [](QChar c) { return c.isLetter(); });
    if (letter == raw.end() || !letter->isUpper())
        return false;
    if (isAnyWord(index + 1, {"depan", "lalu", "kemarin", "lagi"}))
        return false;
    const QString &before = word(index - 1);
    return !temporal::startsWithDigit(before) && datewords::countWord(before) < 0;
}

TemporalMatch Scanner::run()
{
    for (qsizetype i = 0; i < m_text.size(); ++i) {
        if (m_result.date.isValid() && m_result.time.isValid())
            break;
        const QString &w = word(i);
        if (!temporal::startsWithDigit(w) && !datewords::canStartExpression(w))
            continue;
        std::optional<Found> found;
        if (!m_result.date.isValid() && (found = matchDate(i)))
            take(*found, true);
        else if (!m_result.time.isValid() && (found = matchTime(i)))
            take(*found, false);
        if (found)
            i = found->end - 1;
    }
    if (m_result.time.isValid()) {
        const bool shifts = m_part != DayPart::None && m_part != DayPart::Morning;
        if (m_plainHour && shifts && m_result.time.hour() >= 1 && m_result.time.hour() <= 11) {
            const QTime said = m_result.time;
            m_result.time = QTime(hourForPart(said.hour(), m_part), said.minute(), said.second());
        }
    } else {
        m_result.time = defaultTime(m_part);
    }
    return m_result;
}

qsizetype Scanner::connectorsBefore(qsizetype first, bool isDate) const
{
    // At most two: "due on friday", "pada tanggal 5", "due by 5pm".
    for (int taken = 0; taken < 2; ++taken) {
        const QString &before = word(first - 1);
        const bool connects = isDate ? datewords::isDateConnector(before) : datewords::isTimeConnector(before);
        if (!connects || (before == QLatin1StringView("jam") && temporal::startsWithDigit(word(first - 2))))
            break;
        --first;
    }
    return first;
}

void Scanner::take(const Found &found, bool isDate)
{
    const qsizetype first = connectorsBefore(found.first, isDate);
    m_text.consume(first, found.end - first);
    std::fill(m_free.begin() + first, m_free.begin() + found.end, QString());
    if (found.date.isValid() && !m_result.date.isValid())
        m_result.date = found.date;
    if (found.time.isValid() && !m_result.time.isValid()) {
        m_result.time = found.time;
        m_plainHour = found.plainHour;
    }
    if (m_part == DayPart::None)
        m_part = found.part;
}

std::optional<Found> Scanner::matchDate(qsizetype index) const
{
    static constexpr Matcher matchers[] = {
        &Scanner::matchNumericDate,
        &Scanner::matchMonthFirst,
        &Scanner::matchDayFirst,
        &Scanner::matchDayOfMonth,
        &Scanner::matchWeekday,
        &Scanner::matchPhrase,
        &Scanner::matchOffset,
    };
    for (const Matcher matcher : matchers) {
        if (std::optional<Found> found = (this->*matcher)(index))
            return withDayPart(*found);
    }
    return {};
}

std::optional<Found> Scanner::matchTime(qsizetype index) const
{
    static constexpr Matcher matchers[] = {
        &Scanner::matchNamedTime,
        &Scanner::matchHalfHour,
        &Scanner::matchClock,
        &Scanner::matchDayPartPhrase,
    };
    for (const Matcher matcher : matchers) {
        if (std::optional<Found> found = (this->*matcher)(index))
            return found;
    }
    return {};
}

// ---- dates ----

std::optional<Found> Scanner::calendarDate(qsizetype first, qsizetype end, int year, int month, int day) const
{
    const QDate date = year > 0 ? QDate(year, month, day) : temporal::yearlessDate(m_today, month, day, m_lean);
    if (!date.isValid()) // "31/2", "Feb 30": not a date, so the tokens stay
        return {};
    return Found::span(first, end, date);
}

// "5/12", "5/12/2026", "2026-12-05", "2026-12-05T14:30".
std::optional<Found> Scanner::matchNumericDate(qsizetype index) const
{
    temporal::NumericDate written;
    if (!temporal::parseNumericDate(word(index), m_order, &written))
        return {};
    if (written.year == 0 && datewords::isQuantityUnit(word(index + 1))) // "1/2 cup"
        return {};
    std::optional<Found> found = calendarDate(index, index + 1, written.year, written.month, written.day);
    if (found && written.time.isValid())
        found->time = QTime(written.time.hour, written.time.minute, written.time.second);
    return found;
}

// "Dec 5", "December 5th", "Dec 5 2026", "Desember 5".
std::optional<Found> Scanner::matchMonthFirst(qsizetype index) const
{
    const int month = datewords::monthNumber(word(index));
    const int day = month > 0 ? temporal::parseDayNumber(word(index + 1)) : 0;
    if (day == 0)
        return {};
    qsizetype end = index + 2;
    const int year = temporal::parseYear(word(end));
    if (year > 0)
        ++end;
    if (datewords::isQuantityUnit(word(end))) // "march 5 km"
        return {};
    return calendarDate(index, end, year, month, day);
}

// "5 December", "5th Dec 2026", "the 5th of December", "5 Des".
std::optional<Found> Scanner::matchDayFirst(qsizetype index) const
{
    bool ordinal = false;
    const int day = temporal::parseDayNumber(word(index), &ordinal);
    if (day == 0)
        return {};
    qsizetype monthIndex = index + 1;
    if (ordinal && isWord(monthIndex, "of"))
        ++monthIndex;
    const int month = datewords::monthNumber(word(monthIndex));
    if (month == 0)
        return {};
    qsizetype end = monthIndex + 1;
    const int year = temporal::parseYear(word(end));
    if (year > 0)
        ++end;
    const qsizetype first = ordinal && isWord(index - 1, "the") ? index - 1 : index;
    return calendarDate(first, end, year, month, day);
}

// "tgl 5", "tanggal 5 bulan depan", "on the 5th", "by the 21st".
std::optional<Found> Scanner::matchDayOfMonth(qsizetype index) const
{
    bool ordinal = false;
    const int day = temporal::parseDayNumber(word(index), &ordinal);
    if (day == 0)
        return {};
    qsizetype first = index;
    bool cued = isAnyWord(index - 1, {"tgl", "tanggal", "tg"});
    if (!cued && ordinal) {
        if (isWord(index - 1, "the") && isAnyWord(index - 2, {"on", "by", "due", "until", "till", "before"})) {
            first = index - 1;
            cued = true;
        } else {
            cued = isAnyWord(index - 1, {"on", "by", "due"});
        }
    }
    if (!cued || datewords::isQuantityUnit(word(index + 1)))
        return {};
    qsizetype shiftLength = 0;
    const int shift = monthShiftAfter(index + 1, &shiftLength);
    if (shiftLength == 0) {
        const QDate date = temporal::dayOfMonth(m_today, day, m_lean);
        return date.isValid() ? std::optional<Found>(Found::span(first, index + 1, date)) : std::nullopt;
    }
    const QDate month = QDate(m_today.year(), m_today.month(), 1).addMonths(shift);
    return calendarDate(first, index + 1 + shiftLength, month.year(), month.month(), day);
}

// "bulan depan" / "next month" (+1), "bulan ini" / "this month" (0), "bulan lalu" / "last month" (-1).
int Scanner::monthShiftAfter(qsizetype index, qsizetype *length) const
{
    *length = 2;
    if ((isWord(index, "bulan") && isWord(index + 1, "depan")) || (isWord(index, "next") && isWord(index + 1, "month")))
        return 1;
    if ((isWord(index, "bulan") && isWord(index + 1, "ini")) || (isWord(index, "this") && isWord(index + 1, "month")))
        return 0;
    if ((isWord(index, "bulan") && isWord(index + 1, "lalu")) || (isWord(index, "last") && isWord(index + 1, "month")))
        return -1;
    *length = 0;
    return 0;
}

// "friday", "next friday", "this fri", "on sat", "Jumat depan", "hari Minggu", "Senin minggu depan",
// "friday next week"; a written date right after it ("Fri, Dec 5", "Senin, 5 Desember") wins.
std::optional<Found> Scanner::matchWeekday(qsizetype index) const
{
    const QString &w = word(index);
    datewords::WeekdayName name = datewords::weekdayName(w);
    const bool afterHari = isWord(index - 1, "hari");
    // "malam Minggu" is Saturday night, "malam Senin" Sunday night: the evening before the named day.
    const bool eve = !afterHari && isWord(index - 1, "malam");
    if (w == QLatin1StringView("minggu") && (afterHari || eve || isCapitalisedSunday(index)))
        name = {7, false};
    if (name.day == 0)
        return {};
    qsizetype first = afterHari || eve ? index - 1 : index;
    // "every friday" repeats: that is for whoever reads recurrences, not a date.
    if (isAnyWord(first - 1, {"every", "each", "setiap", "tiap"}))
        return {};
    WeekdayModifier modifier = WeekdayModifier::None;
    if (isWord(first - 1, "this"))
        modifier = WeekdayModifier::This;
    else if (isWord(first - 1, "next"))
        modifier = WeekdayModifier::Next;
    else if (isWord(first - 1, "last"))
        modifier = WeekdayModifier::Last;
    if (modifier != WeekdayModifier::None)
        --first;
    qsizetype end = index + 1;
    if (modifier == WeekdayModifier::None) {
        qsizetype length = 0;
        modifier = weekdayModifierAfter(end, &length);
        end += length;
    }
    if (name.needsCue && modifier == WeekdayModifier::None && !isAnyWord(first - 1, {"on", "by", "due", "until"}))
        return {};
    if (std::optional<Found> written = matchWrittenDate(end))
        return Found::span(first, written->end, written->date, written->time);
    if (!eve)
        return Found::span(first, end, temporal::weekdayDate(m_today, name.day, modifier, m_lean));
    // A bare eve leans like any weekday (Saturday's own); "malam Minggu depan" is the eve of next week's Sunday.
    const int eveDay = name.day == 1 ? 7 : name.day - 1;
    Found found = modifier == WeekdayModifier::None
                      ? Found::span(first, end, temporal::weekdayDate(m_today, eveDay, modifier, m_lean))
                      : Found::span(first, end, temporal::weekdayDate(m_today, name.day, modifier, m_lean).addDays(-1));
    found.part = DayPart::Night;
    return found;
}

std::optional<Found> Scanner::matchWrittenDate(qsizetype index) const
{
    if (std::optional<Found> found = matchNumericDate(index))
        return found;
    if (std::optional<Found> found = matchMonthFirst(index))
        return found;
    return matchDayFirst(index);
}

// After a weekday: "depan", "ini", "lalu", "yang lalu", "kemarin", "minggu depan", "next week" ….
WeekdayModifier Scanner::weekdayModifierAfter(qsizetype index, qsizetype *length) const
{
    *length = 2;
    if (isWord(index + 1, "week")) { // "friday next week"
        if (isWord(index, "next"))
            return WeekdayModifier::Next;
        if (isWord(index, "this"))
            return WeekdayModifier::This;
        if (isWord(index, "last"))
            return WeekdayModifier::Last;
    }
    // "Jumat depan", "Sabtu minggu depan", "Senin pekan ini", "Jumat yang lalu".
    const qsizetype at = isAnyWord(index, {"minggu", "pekan"}) ? index + 1 : index;
    *length = at - index + 1;
    if (isWord(at, "depan"))
        return WeekdayModifier::Next;
    if (isWord(at, "ini"))
        return WeekdayModifier::This;
    if (isAnyWord(at, {"lalu", "kemarin"}))
        return WeekdayModifier::Last;
    if (isWord(at, "yang") && isWord(at + 1, "lalu")) {
        ++*length;
        return WeekdayModifier::Last;
    }
    *length = 0;
    return WeekdayModifier::None;
}

// "today", "besok", "next week", "akhir bulan", "nanti malam" ….
std::optional<Found> Scanner::matchPhrase(qsizetype index) const
{
    for (const datewords::RelativePhrase &phrase : datewords::relativePhrases(word(index))) {
        bool matches = true;
        for (qsizetype k = 0; k < phrase.rest.size() && matches; ++k)
            matches = word(index + 1 + k) == phrase.rest.at(k);
        if (!matches)
            continue;
        QDate date;
        switch (phrase.kind) {
        case datewords::PhraseKind::Days:
            date = m_today.addDays(phrase.amount);
            break;
        case datewords::PhraseKind::WeekStart:
            date = temporal::startOfWeek(m_today).addDays(7 * phrase.amount);
            break;
        case datewords::PhraseKind::MonthStart:
            date = QDate(m_today.year(), m_today.month(), 1).addMonths(phrase.amount);
            break;
        case datewords::PhraseKind::EndOfWeek:
            date = temporal::endOfWeek(m_today);
            break;
        case datewords::PhraseKind::EndOfMonth:
            date = temporal::endOfMonth(m_today);
            break;
        case datewords::PhraseKind::EndOfYear:
            date = QDate(m_today.year(), 12, 31);
            break;
        }
        Found found = Found::span(index, index + 1 + phrase.rest.size(), date);
        found.part = phrase.part;
        return found;
    }
    return {};
}

// "in 3 days", "in a month", "dalam 2 minggu", "3 days ago", "2 weeks from now", "3 hari lagi",
// "2 minggu (yang) lalu", "seminggu lagi".
std::optional<Found> Scanner::matchOffset(qsizetype index) const
{
    const bool leading = isAnyWord(index, {"in", "dalam"});
    const qsizetype countIndex = leading ? index + 1 : index;
    int count = 1;
    CalendarUnit unit = datewords::singleUnitWord(word(countIndex));
    qsizetype end = countIndex + 1;
    if (unit == CalendarUnit::None) {
        count = datewords::countWord(word(countIndex));
        unit = count >= 0 ? datewords::calendarUnit(word(countIndex + 1)) : CalendarUnit::None;
        end = countIndex + 2;
    }
    if (unit == CalendarUnit::None)
        return {};
    int sign = 0;
    if (leading) {
        sign = 1;
    } else if (isAnyWord(end, {"ago", "lalu"})) {
        sign = -1;
        end += 1;
    } else if (isWord(end, "yang") && isWord(end + 1, "lalu")) {
        sign = -1;
        end += 2;
    } else if (isAnyWord(end, {"lagi", "later"})) {
        sign = 1;
        end += 1;
    } else if (isWord(end, "from") && isWord(end + 1, "now")) {
        sign = 1;
        end += 2;
    } else {
        return {}; // "3 days" alone is a duration
    }
    return Found::span(index, end, addUnits(m_today, sign * count, unit));
}

// A part of the day right after a date: "tomorrow morning", "besok malam", "friday in the evening".
DayPart Scanner::dayPartAfter(qsizetype index, qsizetype *length) const
{
    *length = 1;
    if (const DayPart part = datewords::dayPart(word(index)); part != DayPart::None)
        return part;
    *length = 3;
    if (isWord(index, "in") && isWord(index + 1, "the")) {
        const DayPart part = datewords::dayPart(word(index + 2));
        if (part == DayPart::Morning || part == DayPart::Afternoon || part == DayPart::Evening)
            return part;
    }
    *length = 2;
    if (isWord(index, "at") && isWord(index + 1, "night"))
        return DayPart::Night;
    *length = 0;
    return DayPart::None;
}

Found Scanner::withDayPart(Found found) const
{
    if (found.part != DayPart::None || found.time.isValid())
        return found;
    qsizetype length = 0;
    found.part = dayPartAfter(found.end, &length);
    found.end += length;
    return found;
}

// ---- times ----

// "noon", "midnight", "12 noon", "tengah hari", "tengah malam".
std::optional<Found> Scanner::matchNamedTime(qsizetype index) const
{
    const qsizetype at = isWord(index, "12") ? index + 1 : index;
    if (isAnyWord(at, {"noon", "midday"}))
        return Found::span(index, at + 1, {}, QTime(12, 0));
    if (isWord(at, "midnight"))
        return Found::span(index, at + 1, {}, QTime(0, 0));
    if (isWord(at, "tengah") && isAnyWord(at + 1, {"hari", "malam"}))
        return Found::span(index, at + 2, {}, isWord(at + 1, "hari") ? QTime(12, 0) : QTime(0, 0));
    return {};
}

// "jam setengah 8" is half an hour before eight: 07:30 ("setengah 8 malam" = 19:30).
std::optional<Found> Scanner::matchHalfHour(qsizetype index) const
{
    if (!isWord(index, "setengah") || !hasTimeCue(index))
        return {};
    const Clock clock = temporal::parseClock(word(index + 1));
    if (!clock.isValid() || clock.separator != ClockSeparator::None || clock.meridiem != Meridiem::None)
        return {};
    qsizetype length = 0;
    qsizetype end = index + 2;
    const DayPart part = dayPartAfterClock(end, &length);
    end += length;
    const int hour = hourForPart(clock.hour, part);
    if (hour < 0 || datewords::isQuantityUnit(word(end)))
        return {};
    Found found = Found::span(index, end, {}, QTime((hour + 23) % 24, 30));
    found.plainHour = part == DayPart::None;
    return found;
}

// After an hour: Indonesian "pagi", "siang", "sore", "malam"; English "in the morning", "at night".
DayPart Scanner::dayPartAfterClock(qsizetype index, qsizetype *length) const
{
    if (isAnyWord(index, {"pagi", "siang", "sore", "malam"})) {
        *length = 1;
        return datewords::dayPart(word(index));
    }
    if (isAnyWord(index, {"morning", "afternoon", "evening", "night"})) { // "7 morning" is no phrase we read
        *length = 0;
        return DayPart::None;
    }
    return dayPartAfter(index, length);
}

// "5pm", "5 pm", "5:30pm", "17:30", "17.30", "at 17", "jam 5 sore", "pukul 9", "7 in the evening".
std::optional<Found> Scanner::matchClock(qsizetype index) const
{
    const Clock clock = temporal::parseClock(word(index));
    if (!clock.isValid())
        return {};
    qsizetype end = index + 1;
    Meridiem meridiem = clock.meridiem;
    if (meridiem == Meridiem::None && (meridiem = temporal::parseMeridiem(word(end))) != Meridiem::None)
        ++end;
    int hour = temporal::hourWithMeridiem(clock.hour, meridiem);
    DayPart part = DayPart::None;
    qsizetype partLength = 0;
    if (meridiem == Meridiem::None) {
        part = dayPartAfterClock(end, &partLength);
        hour = hourForPart(hour, part);
        end += partLength;
    }
    const bool oClock = part == DayPart::None && isAnyWord(end, {"o'clock", "oclock"});
    if (oClock)
        ++end;
    if (hour < 0 || datewords::isQuantityUnit(word(end)))
        return {};
    // A bare number is a time only when something says so; "3 malam" can be three nights, "7.50" a price.
    const bool saidAsTime = hasTimeCue(index) || meridiem != Meridiem::None || oClock
                            || clock.separator == ClockSeparator::Colon
                            || (clock.separator == ClockSeparator::Dot && !datewords::isCurrencyMarker(word(index - 1)))
                            || (part != DayPart::None && !(part == DayPart::Night && partLength == 1));
    if (!saidAsTime)
        return {};
    Found found = Found::span(index, end, {}, QTime(hour, clock.minute, clock.second));
    found.part = part;
    found.plainHour = meridiem == Meridiem::None && part == DayPart::None;
    // "jam 8 malam ini": tonight at eight.
    if (partLength == 1 && isWord(end, "ini") && !m_result.date.isValid()) {
        found.date = m_today;
        ++found.end;
    }
    return found;
}

// "in the morning" on its own: 09:00 unless an hour is said. "in the evening" alone names no time, so it stays
// in the title rather than vanish without a result.
std::optional<Found> Scanner::matchDayPartPhrase(qsizetype index) const
{
    if (!isWord(index, "in") || m_part != DayPart::None)
        return {};
    qsizetype length = 0;
    const DayPart part = dayPartAfter(index, &length);
    if (length != 3 || !defaultTime(part).isValid())
        return {};
    Found found = Found::span(index, index + length);
    found.part = part;
    return found;
}

} // namespace

TemporalMatch TemporalExtractor::extract(CaptureText &text, const ParseContext &ctx, DateLean lean)
{
    return Scanner(text, ctx, lean).run();
}

} // namespace lifeos
