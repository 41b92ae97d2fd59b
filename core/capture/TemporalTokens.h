#pragma once

#include "capture/ParseContext.h"

#include <QStringView>

// The shapes of single tokens that carry a time or a date: "5", "17:30", "17.30", "5:30pm", "5th", "2026",
// "5/12", "2026-12-05T14:30". Hand-written checks over ASCII digits (no regular expressions).
namespace lifeos::temporal {

enum class Meridiem {
    None,
    Am,
    Pm
};
enum class ClockSeparator {
    None,
    Colon,
    Dot
};

// An hour with optional minutes as written; the hour is not yet converted by am/pm.
struct Clock
{
    int hour = -1;
    int minute = 0;
    int second = 0;
    ClockSeparator separator = ClockSeparator::None;
    Meridiem meridiem = Meridiem::None; // glued on: "5pm", "5:30a.m"
    bool isValid() const { return hour >= 0; }
};

// "5", "17", "5:30", "17:30:15", "17.30", "5pm", "5:30pm", "5.30p.m", "12am". Minutes always have two digits,
// so "7.5" (a duration) is no clock. Hours are range-checked (0..23, or 1..12 with am/pm).
Clock parseClock(QStringView word);
// A separate "am", "pm", "a.m", "p.m" token.
Meridiem parseMeridiem(QStringView word);
// The 24-hour hour for `hour` said with am/pm, or -1 when the pair makes no sense ("17pm", "0am").
int hourWithMeridiem(int hour, Meridiem meridiem);

// "5", "05", "5th", "1st", "22nd", "23rd" → 1..31 (ordinal set for the suffixed forms); 0 otherwise.
int parseDayNumber(QStringView word, bool *ordinal = nullptr);
// A four-digit year between 1900 and 2199; 0 otherwise.
int parseYear(QStringView word);

// A date written in digits. year is 0 when not written.
struct NumericDate
{
    int year = 0;
    int month = 0;
    int day = 0;
    Clock time; // the "T14:30" of an ISO date-time, when present
};
// "2026-12-05", "2026/12/05", "2026-12-05t14:30[:00]", "5/12", "5/12/2026", "5/12/26", "5-12-2026", "5.12.2026".
// Dashes and dots need a four-digit year (so "3-5" and "7.50" stay numbers). The fields are not range-checked.
bool parseNumericDate(QStringView word, DateOrder order, NumericDate *out);

// True when the word starts with an ASCII digit: "8" in "8 jam" makes "jam" a unit, not a cue.
bool startsWithDigit(QStringView word);

} // namespace lifeos::temporal
