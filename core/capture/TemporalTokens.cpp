#include "capture/TemporalTokens.h"

#include <QLatin1StringView>

namespace lifeos::temporal {

namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Reads up to maxDigits ASCII digits at pos into value; returns how many were read.
qsizetype readDigits(QStringView s, qsizetype pos, qsizetype maxDigits, int *value)
{
    qsizetype count = 0;
    int result = 0;
    while (pos + count < s.size() && count < maxDigits && isDigit(s.at(pos + count))) {
        result = result * 10 + (s.at(pos + count).unicode() - u'0');
        ++count;
    }
    *value = result;
    return count;
}

// Splits a glued "pm"/"a.m" off the end of a clock word ("5:30pm" → "5:30", Pm).
Meridiem splitMeridiem(QStringView *word)
{
    for (const qsizetype length : {3, 2}) {
        if (word->size() <= length || !isDigit(word->at(word->size() - length - 1)))
            continue;
        const Meridiem meridiem = parseMeridiem(word->right(length));
        if (meridiem != Meridiem::None) {
            word->chop(length);
            return meridiem;
        }
    }
    return Meridiem::None;
}

// Reads exactly two digits after a separator at pos; -1 when they are not there.
int twoDigitsAfter(QStringView s, qsizetype pos)
{
    int value = 0;
    if (pos >= s.size() || readDigits(s, pos, 2, &value) != 2)
        return -1;
    return value;
}

} // namespace

Meridiem parseMeridiem(QStringView word)
{
    if (word == QLatin1StringView("am") || word == QLatin1StringView("a.m"))
        return Meridiem::Am;
    if (word == QLatin1StringView("pm") || word == QLatin1StringView("p.m"))
        return Meridiem::Pm;
    return Meridiem::None;
}

int hourWithMeridiem(int hour, Meridiem meridiem)
{
    if (meridiem == Meridiem::None)
        return hour;
    if (hour < 1 || hour > 12)
        return -1;
    if (meridiem == Meridiem::Am)
        return hour == 12 ? 0 : hour;
    return hour == 12 ? 12 : hour + 12;
}

Clock parseClock(QStringView word)
{
    Clock clock;
    const Meridiem meridiem = splitMeridiem(&word);
    int hour = 0;
    const qsizetype hourDigits = readDigits(word, 0, 2, &hour);
    if (hourDigits == 0)
        return {};
    qsizetype pos = hourDigits;
    if (pos < word.size()) {
        const QChar separator = word.at(pos);
        if (separator != u':' && separator != u'.')
            return {};
        clock.separator = separator == u':' ? ClockSeparator::Colon : ClockSeparator::Dot;
        clock.minute = twoDigitsAfter(word, pos + 1);
        pos += 3;
        if (clock.separator == ClockSeparator::Colon && pos < word.size() && word.at(pos) == u':') {
            clock.second = twoDigitsAfter(word, pos + 1);
            pos += 3;
        }
        if (clock.minute < 0 || clock.minute > 59 || clock.second < 0 || clock.second > 59 || pos != word.size())
            return {};
    }
    const bool hourInRange = meridiem == Meridiem::None ? hour <= 23 : hour >= 1 && hour <= 12;
    if (!hourInRange)
        return {};
    clock.hour = hour;
    clock.meridiem = meridiem;
    return clock;
}

int parseDayNumber(QStringView word, bool *ordinal)
{
    int day = 0;
    const qsizetype digits = readDigits(word, 0, 2, &day);
    if (digits == 0 || day < 1 || day > 31)
        return 0;
    const QStringView suffix = word.mid(digits);
    const bool isOrdinal = suffix == QLatin1StringView("st") || suffix == QLatin1StringView("nd")
                           || suffix == QLatin1StringView("rd") || suffix == QLatin1StringView("th");
    if (!suffix.isEmpty() && !isOrdinal)
        return 0;
    if (ordinal)
        *ordinal = isOrdinal;
    return day;
}

int parseYear(QStringView word)
{
    int year = 0;
    if (word.size() != 4 || readDigits(word, 0, 4, &year) != 4 || year < 1900 || year > 2199)
        return 0;
    return year;
}

namespace {

// "2026-12-05", "2026/12/05", optionally followed by "t14:30" (the word is case-folded).
bool parseIsoDate(QStringView word, NumericDate *out)
{
    int year = 0;
    if (word.size() < 8 || readDigits(word, 0, 4, &year) != 4)
        return false;
    const QChar separator = word.at(4);
    if (separator != u'-' && separator != u'/')
        return false;
    int month = 0;
    const qsizetype monthDigits = readDigits(word, 5, 2, &month);
    qsizetype pos = 5 + monthDigits;
    if (monthDigits == 0 || pos >= word.size() || word.at(pos) != separator)
        return false;
    int day = 0;
    const qsizetype dayDigits = readDigits(word, pos + 1, 2, &day);
    pos += 1 + dayDigits;
    if (dayDigits == 0)
        return false;
    Clock time;
    if (pos < word.size()) {
        if (word.at(pos) != u't')
            return false;
        time = parseClock(word.mid(pos + 1));
        if (!time.isValid() || time.separator != ClockSeparator::Colon || time.meridiem != Meridiem::None)
            return false;
    }
    *out = {year, month, day, time};
    return true;
}

// "5/12", "5/12/2026", "5/12/26", "5-12-2026", "5.12.2026".
bool parseDayMonthDate(QStringView word, DateOrder order, NumericDate *out)
{
    int first = 0;
    const qsizetype firstDigits = readDigits(word, 0, 2, &first);
    if (firstDigits == 0 || firstDigits >= word.size())
        return false;
    const QChar separator = word.at(firstDigits);
    if (separator != u'/' && separator != u'-' && separator != u'.')
        return false;
    int second = 0;
    const qsizetype secondDigits = readDigits(word, firstDigits + 1, 2, &second);
    qsizetype pos = firstDigits + 1 + secondDigits;
    if (secondDigits == 0)
        return false;
    int year = 0;
    if (pos < word.size()) {
        if (word.at(pos) != separator)
            return false;
        const qsizetype yearDigits = readDigits(word, pos + 1, 4, &year);
        if ((yearDigits != 2 && yearDigits != 4) || pos + 1 + yearDigits != word.size())
            return false;
        if (yearDigits == 2)
            year += 2000;
        else if (year < 1900)
            return false;
    }
    // "3-5" is a range and "7.50" a number; with a four-digit year they are dates.
    if (separator != u'/' && (year == 0 || word.size() - pos != 5))
        return false;
    const bool dayFirst = order == DateOrder::DayFirst;
    *out = {year, dayFirst ? second : first, dayFirst ? first : second, {}};
    return true;
}

} // namespace

bool parseNumericDate(QStringView word, DateOrder order, NumericDate *out)
{
    if (!startsWithDigit(word))
        return false;
    return parseIsoDate(word, out) || parseDayMonthDate(word, order, out);
}

bool startsWithDigit(QStringView word)
{
    return !word.isEmpty() && isDigit(word.front());
}

} // namespace lifeos::temporal
