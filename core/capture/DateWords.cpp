#include "capture/DateWords.h"

#include "capture/AmountExtractor.h"

#include <QHash>

#include <algorithm>
#include <bitset>
#include <initializer_list>
#include <utility>

namespace lifeos::datewords {

namespace {

// A word table with a cheap first check: a bit per (length, first letter, last letter) of its words, so most
// words of a long line are turned away without hashing them.
template<typename T>
class Lexicon
{
public:
    Lexicon() = default;
    Lexicon(std::initializer_list<std::pair<const char *, T>> rows)
    {
        for (const auto &[word, value] : rows)
            insert(QString::fromUtf8(word), value);
    }

    void insert(const QString &word, const T &value)
    {
        m_words.insert(word, value);
        m_shapes.set(shape(word));
    }
    T &operator[](const QString &word)
    {
        m_shapes.set(shape(word));
        return m_words[word];
    }

    const T *find(const QString &word) const
    {
        if (word.isEmpty() || !m_shapes.test(shape(word)))
            return nullptr;
        const auto it = m_words.constFind(word);
        return it == m_words.constEnd() ? nullptr : &*it;
    }
    T value(const QString &word, const T &missing = T()) const
    {
        const T *found = find(word);
        return found ? *found : missing;
    }
    bool contains(const QString &word) const { return find(word) != nullptr; }
    QList<QString> keys() const { return m_words.keys(); }
    QHash<QString, T> &words() { return m_words; }

private:
    static size_t shape(const QString &word)
    {
        const size_t length = size_t(std::min<qsizetype>(word.size(), 15));
        return (length * 32 + word.front().unicode() % 32) * 32 + word.back().unicode() % 32;
    }

    QHash<QString, T> m_words;
    std::bitset<16 * 32 * 32> m_shapes;
};

using WordSet = Lexicon<bool>;

WordSet wordSet(std::initializer_list<const char *> words)
{
    WordSet out;
    for (const char *word : words)
        out.insert(QString::fromUtf8(word), true);
    return out;
}

struct PhraseRow
{
    const char *words;
    PhraseKind kind;
    int amount;
    DayPart part;
};

// Multi-word phrases that a word by word reading would miss or misread; weekdays and counted offsets
// ("in 3 days") are read by the extractor itself.
constexpr PhraseRow phraseRows[] = {
    {"today", PhraseKind::Days, 0, DayPart::None},
    {"tonight", PhraseKind::Days, 0, DayPart::Night},
    {"this morning", PhraseKind::Days, 0, DayPart::Morning},
    {"this afternoon", PhraseKind::Days, 0, DayPart::Afternoon},
    {"this evening", PhraseKind::Days, 0, DayPart::Evening},
    {"tomorrow", PhraseKind::Days, 1, DayPart::None},
    {"tmr", PhraseKind::Days, 1, DayPart::None},
    {"tmrw", PhraseKind::Days, 1, DayPart::None},
    {"tmw", PhraseKind::Days, 1, DayPart::None},
    {"tomorow", PhraseKind::Days, 1, DayPart::None},
    {"tommorow", PhraseKind::Days, 1, DayPart::None},
    {"tommorrow", PhraseKind::Days, 1, DayPart::None},
    {"day after tomorrow", PhraseKind::Days, 2, DayPart::None},
    {"the day after tomorrow", PhraseKind::Days, 2, DayPart::None},
    {"yesterday", PhraseKind::Days, -1, DayPart::None},
    {"day before yesterday", PhraseKind::Days, -2, DayPart::None},
    {"the day before yesterday", PhraseKind::Days, -2, DayPart::None},
    {"last night", PhraseKind::Days, -1, DayPart::Night},
    {"next week", PhraseKind::WeekStart, 1, DayPart::None},
    {"last week", PhraseKind::WeekStart, -1, DayPart::None},
    {"next month", PhraseKind::MonthStart, 1, DayPart::None},
    {"last month", PhraseKind::MonthStart, -1, DayPart::None},
    {"hari ini", PhraseKind::Days, 0, DayPart::None},
    {"pagi ini", PhraseKind::Days, 0, DayPart::Morning},
    {"tadi pagi", PhraseKind::Days, 0, DayPart::Morning},
    {"siang ini", PhraseKind::Days, 0, DayPart::Noon},
    {"nanti siang", PhraseKind::Days, 0, DayPart::Noon},
    {"tadi siang", PhraseKind::Days, 0, DayPart::Noon},
    {"sore ini", PhraseKind::Days, 0, DayPart::Afternoon},
    {"nanti sore", PhraseKind::Days, 0, DayPart::Afternoon},
    {"tadi sore", PhraseKind::Days, 0, DayPart::Afternoon},
    {"malam ini", PhraseKind::Days, 0, DayPart::Night},
    {"nanti malam", PhraseKind::Days, 0, DayPart::Night},
    {"besok", PhraseKind::Days, 1, DayPart::None},
    {"besok lusa", PhraseKind::Days, 2, DayPart::None},
    {"lusa", PhraseKind::Days, 2, DayPart::None},
    {"kemarin", PhraseKind::Days, -1, DayPart::None},
    {"kemarin lusa", PhraseKind::Days, -2, DayPart::None},
    {"kemarin malam", PhraseKind::Days, -1, DayPart::Night},
    {"tadi malam", PhraseKind::Days, -1, DayPart::Night},
    {"semalam", PhraseKind::Days, -1, DayPart::Night},
    // Spoken spellings, as typed in chat; the sleep reading in CaptureParser knows them too.
    {"semalem", PhraseKind::Days, -1, DayPart::Night},
    {"tadi malem", PhraseKind::Days, -1, DayPart::Night},
    {"kemarin malem", PhraseKind::Days, -1, DayPart::Night},
    {"malam tadi", PhraseKind::Days, -1, DayPart::Night},
    {"minggu depan", PhraseKind::WeekStart, 1, DayPart::None},
    {"pekan depan", PhraseKind::WeekStart, 1, DayPart::None},
    {"minggu lalu", PhraseKind::WeekStart, -1, DayPart::None},
    {"minggu kemarin", PhraseKind::WeekStart, -1, DayPart::None},
    {"pekan lalu", PhraseKind::WeekStart, -1, DayPart::None},
    {"bulan depan", PhraseKind::MonthStart, 1, DayPart::None},
    {"bulan lalu", PhraseKind::MonthStart, -1, DayPart::None},
    {"akhir minggu", PhraseKind::EndOfWeek, 0, DayPart::None},
    {"akhir minggu ini", PhraseKind::EndOfWeek, 0, DayPart::None},
    {"akhir bulan", PhraseKind::EndOfMonth, 0, DayPart::None},
    {"akhir bulan ini", PhraseKind::EndOfMonth, 0, DayPart::None},
    {"akhir tahun", PhraseKind::EndOfYear, 0, DayPart::None},
    {"akhir tahun ini", PhraseKind::EndOfYear, 0, DayPart::None},
};

using PhraseIndex = Lexicon<QList<RelativePhrase>>;

void addPhrase(PhraseIndex *index, const QString &words, PhraseKind kind, int amount, DayPart part)
{
    QStringList split = words.split(u' ');
    const QString first = split.takeFirst();
    (*index)[first].append({split, kind, amount, part});
}

PhraseIndex buildPhraseIndex()
{
    PhraseIndex index;
    for (const PhraseRow &row : phraseRows)
        addPhrase(&index, QString::fromUtf8(row.words), row.kind, row.amount, row.part);
    // "end of month", "end of the month", "the end of this month" …
    const std::pair<const char *, PhraseKind> ends[] = {{"week", PhraseKind::EndOfWeek},
                                                        {"month", PhraseKind::EndOfMonth},
                                                        {"year", PhraseKind::EndOfYear}};
    for (const auto &[unit, kind] : ends) {
        for (const char *lead : {"", "the "}) {
            for (const char *article : {"", "the ", "this "}) {
                const QString phrase = QString::fromUtf8(lead) + QStringLiteral("end of ") + QString::fromUtf8(article)
                                       + QString::fromUtf8(unit);
                addPhrase(&index, phrase, kind, 0, DayPart::None);
            }
        }
    }
    for (QList<RelativePhrase> &phrases : index.words()) {
        std::stable_sort(phrases.begin(), phrases.end(), [](const RelativePhrase &a, const RelativePhrase &b) {
            return a.rest.size() > b.rest.size();
        });
    }
    return index;
}

const PhraseIndex &phraseIndex()
{
    static const PhraseIndex index = buildPhraseIndex();
    return index;
}

const Lexicon<int> &months()
{
    static const Lexicon<int> table{
        {"january", 1},  {"jan", 1},       {"januari", 1},   {"february", 2}, {"feb", 2},       {"februari", 2},
        {"march", 3},    {"mar", 3},       {"maret", 3},     {"april", 4},    {"apr", 4},       {"may", 5},
        {"mei", 5},      {"june", 6},      {"jun", 6},       {"juni", 6},     {"july", 7},      {"jul", 7},
        {"juli", 7},     {"august", 8},    {"aug", 8},       {"agustus", 8},  {"agu", 8},       {"agt", 8},
        {"agus", 8},     {"september", 9}, {"sep", 9},       {"sept", 9},     {"october", 10},  {"oct", 10},
        {"oktober", 10}, {"okt", 10},      {"november", 11}, {"nov", 11},     {"nopember", 11}, {"december", 12},
        {"dec", 12},     {"desember", 12}, {"des", 12},
    };
    return table;
}

const Lexicon<WeekdayName> &weekdays()
{
    static const Lexicon<WeekdayName> table{
        {"monday", {1, false}},      {"mon", {1, false}},      {"senin", {1, false}},  {"tuesday", {2, false}},
        {"tue", {2, false}},         {"tues", {2, false}},     {"selasa", {2, false}}, {"wednesday", {3, false}},
        {"wed", {3, true}},          {"weds", {3, false}},     {"rabu", {3, false}},   {"thursday", {4, false}},
        {"thu", {4, false}},         {"thur", {4, false}},     {"thurs", {4, false}},  {"kamis", {4, false}},
        {"friday", {5, false}},      {"fri", {5, false}},      {"jumat", {5, false}},  {"jum'at", {5, false}},
        {"jum\u2019at", {5, false}}, {"saturday", {6, false}}, {"sat", {6, true}},     {"sabtu", {6, false}},
        {"sunday", {7, false}},      {"sun", {7, true}},       {"ahad", {7, false}},
    };
    return table;
}

const Lexicon<CalendarUnit> &singleUnits()
{
    static const Lexicon<CalendarUnit> table{
        {"sehari", CalendarUnit::Day},
        {"seminggu", CalendarUnit::Week},
        {"sepekan", CalendarUnit::Week},
        {"sebulan", CalendarUnit::Month},
        {"setahun", CalendarUnit::Year},
    };
    return table;
}

const Lexicon<int> &countWords()
{
    static const Lexicon<int> table{
        {"a", 1},       {"an", 1},      {"one", 1},   {"two", 2},     {"three", 3},    {"four", 4},
        {"five", 5},    {"six", 6},     {"seven", 7}, {"eight", 8},   {"nine", 9},     {"ten", 10},
        {"eleven", 11}, {"twelve", 12}, {"satu", 1},  {"dua", 2},     {"tiga", 3},     {"empat", 4},
        {"lima", 5},    {"enam", 6},    {"tujuh", 7}, {"delapan", 8}, {"sembilan", 9}, {"sepuluh", 10},
    };
    return table;
}

} // namespace

const QList<RelativePhrase> &relativePhrases(const QString &firstWord)
{
    static const QList<RelativePhrase> none;
    const QList<RelativePhrase> *phrases = phraseIndex().find(firstWord);
    return phrases ? *phrases : none;
}

bool canStartExpression(const QString &word)
{
    static const WordSet starters = [] {
        WordSet words = wordSet({"minggu", "in", "dalam", "noon", "midday", "midnight", "tengah", "setengah"});
        for (const QString &key : months().keys())
            words.insert(key, true);
        for (const QString &key : weekdays().keys())
            words.insert(key, true);
        for (const QString &key : phraseIndex().keys())
            words.insert(key, true);
        for (const QString &key : singleUnits().keys())
            words.insert(key, true);
        for (const QString &key : countWords().keys())
            words.insert(key, true);
        return words;
    }();
    return starters.contains(word);
}

int monthNumber(const QString &word)
{
    return months().value(word, 0);
}

WeekdayName weekdayName(const QString &word)
{
    return weekdays().value(word);
}

DayPart dayPart(const QString &word)
{
    static const Lexicon<DayPart> parts{
        {"morning", DayPart::Morning},
        {"pagi", DayPart::Morning},
        {"siang", DayPart::Noon},
        {"afternoon", DayPart::Afternoon},
        {"sore", DayPart::Afternoon},
        {"evening", DayPart::Evening},
        {"night", DayPart::Night},
        {"malam", DayPart::Night},
    };
    return parts.value(word, DayPart::None);
}

CalendarUnit calendarUnit(const QString &word)
{
    static const Lexicon<CalendarUnit> units{
        {"day", CalendarUnit::Day},
        {"days", CalendarUnit::Day},
        {"hari", CalendarUnit::Day},
        {"week", CalendarUnit::Week},
        {"weeks", CalendarUnit::Week},
        {"minggu", CalendarUnit::Week},
        {"pekan", CalendarUnit::Week},
        {"month", CalendarUnit::Month},
        {"months", CalendarUnit::Month},
        {"bulan", CalendarUnit::Month},
        {"year", CalendarUnit::Year},
        {"years", CalendarUnit::Year},
        {"tahun", CalendarUnit::Year},
    };
    return units.value(word, CalendarUnit::None);
}

CalendarUnit singleUnitWord(const QString &word)
{
    return singleUnits().value(word, CalendarUnit::None);
}

int countWord(const QString &word)
{
    if (word.isEmpty() || word.size() > 3) // digits: up to 999 days/weeks ahead is plenty
        return countWords().value(word, -1);
    int value = 0;
    for (const QChar c : word) {
        if (c < u'0' || c > u'9')
            return countWords().value(word, -1);
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

bool isQuantityUnit(const QString &word)
{
    static const auto units = wordSet({
        "h",     "hr",    "hrs",    "hour",   "hours",  "jam",     "min",     "mins", "minute", "minutes", "menit",
        "m",     "s",     "sec",    "secs",   "second", "seconds", "detik",   "km",   "mi",     "mile",    "miles",
        "kg",    "g",     "gr",     "gram",   "grams",  "lb",      "lbs",     "k",    "rb",     "ribu",    "jt",
        "juta",  "x",     "kali",   "times",  "steps",  "step",    "langkah", "kcal", "cal",    "l",       "ml",
        "liter", "litre", "liters", "litres", "%",      "pcs",     "buah",    "cup",  "cups",   "gelas",   "porsi",
        "reps",  "rep",   "sets",   "set",    "lap",    "laps",    "bpm",
    });
    return units.contains(word) || isCurrencyMarker(word);
}

bool isCurrencyMarker(const QString &word)
{
    return !AmountExtractor::currencyOf(word).isEmpty(); // the amount reader's own table, so the two agree
}

bool isDateConnector(const QString &word)
{
    static const auto connectors = wordSet({"on", "by", "due", "pada", "tgl", "tanggal", "tg"});
    return connectors.contains(word);
}

bool isTimeConnector(const QString &word)
{
    static const auto connectors = wordSet({"at", "@", "by", "due", "jam", "pukul", "pkl", "pada"});
    return connectors.contains(word);
}

bool isTimeCue(const QString &word)
{
    static const auto cues = wordSet({"at", "@", "jam", "pukul", "pkl"});
    return cues.contains(word);
}

} // namespace lifeos::datewords
