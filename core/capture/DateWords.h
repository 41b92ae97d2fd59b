#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The words the date and time extractor knows (English and Indonesian), looked up by their case-folded form
// as CaptureText::word() gives it. Lookups are hash-table reads: no allocation, no regular expression.
namespace lifeos::datewords {

// A part of the day said with a date or a time ("tomorrow morning", "jam 5 sore", "tonight"). It turns a bare
// hour into a 24-hour one and, for some parts, stands for a time of its own.
enum class DayPart {
    None,
    Morning,
    Noon,
    Afternoon,
    Evening,
    Night
};

// The calendar units a relative date counts in ("in 3 days", "2 minggu lalu").
enum class CalendarUnit {
    None,
    Day,
    Week,
    Month,
    Year
};

// What a fixed phrase such as "tomorrow", "next week", "akhir bulan" or "nanti malam" means.
enum class PhraseKind {
    Days,       // today + amount days
    WeekStart,  // the Monday of the week amount weeks away ("next week", "minggu lalu")
    MonthStart, // the 1st of the month amount months away ("next month", "bulan depan")
    EndOfWeek,  // the Sunday of this week
    EndOfMonth,
    EndOfYear,
};

struct RelativePhrase
{
    QStringList rest; // the words after the first one
    PhraseKind kind = PhraseKind::Days;
    int amount = 0;
    DayPart part = DayPart::None; // "tonight", "nanti sore", "this morning"
};

// The phrases that start with firstWord, longest first ("besok lusa" before "besok").
const QList<RelativePhrase> &relativePhrases(const QString &firstWord);

// True when an expression can start at this word (a digit-led word always can): every other word is skipped
// with one lookup, which keeps long lines fast.
bool canStartExpression(const QString &word);

// 1..12 for a month name or abbreviation in either language ("dec", "december", "des", "desember"), else 0.
int monthNumber(const QString &word);

struct WeekdayName
{
    int day = 0;           // Qt::DayOfWeek: 1 = Monday … 7 = Sunday; 0 when the word is no weekday
    bool needsCue = false; // "sat", "sun", "wed" are English words too: only with "on", "next" …
};
// "friday", "fri", "jumat", "jum'at" … Indonesian "minggu" is also "week", so it is left to the caller.
WeekdayName weekdayName(const QString &word);

// "morning", "pagi", "siang", "sore", "afternoon", "evening", "night", "malam"; None otherwise.
DayPart dayPart(const QString &word);

// "day(s)", "hari", "week(s)", "minggu", "pekan", "month(s)", "bulan", "year(s)", "tahun".
CalendarUnit calendarUnit(const QString &word);
// Indonesian one-of-a-unit words: "sehari", "seminggu", "sepekan", "sebulan", "setahun".
CalendarUnit singleUnitWord(const QString &word);

// A count written as digits (1..999) or as a small word ("a", "an", "one" … "twelve", "satu" … "sepuluh");
// -1 otherwise.
int countWord(const QString &word);

// Units that make the number before them a quantity, not a time or a day: "8 jam", "5 km", "1/2 cup". Nouns
// need no entry: a bare number is never read as a time or a date on its own.
bool isQuantityUnit(const QString &word);
// Currency markers before "7.50" make it an amount, not half past seven.
bool isCurrencyMarker(const QString &word);

// Connectors consumed with the expression right after them: "on friday", "due tomorrow", "tgl 5".
bool isDateConnector(const QString &word);
// "at 5pm", "jam 7 pagi", "pukul 9".
bool isTimeConnector(const QString &word);
// Connectors after which a bare hour is a time: "at 17", "jam 5", "pukul 9" (but not "by 5").
bool isTimeCue(const QString &word);

} // namespace lifeos::datewords
