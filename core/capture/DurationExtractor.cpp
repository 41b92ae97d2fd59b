#include "capture/DurationExtractor.h"

#include "capture/DateWords.h"
#include "capture/FirstMatch.h"
#include "capture/PhraseMap.h"
#include "capture/QuantityWord.h"

namespace lifeos {

namespace {

constexpr double kLongestMinutes = 7 * 24 * 60; // a week: anything longer is not a captured duration

// "h20" → unit "h", rest "20"; "hours" → "hours", "".
std::pair<QString, QString> splitUnit(const QString &suffix)
{
    qsizetype letters = 0;
    while (letters < suffix.size() && suffix.at(letters).isLetter())
        ++letters;
    return {suffix.left(letters), suffix.mid(letters)};
}

// The minutes after an hour part: "20" glued ("7h20"), or "20m", "30 menit" in the next tokens.
std::optional<DurationMatch> minutesAt(const CaptureText &text, qsizetype index)
{
    if (!text.isFree(index))
        return std::nullopt;
    const auto quantity = QuantityWord::read(text.word(index));
    if (!quantity || !quantity->prefix.isEmpty() || !quantity->number.isWhole() || quantity->number.value() >= 60)
        return std::nullopt;
    if (DurationExtractor::isMinuteUnit(quantity->suffix))
        return DurationMatch{quantity->number.value(), index, 1};
    if (quantity->suffix.isEmpty() && text.isFree(index + 1) && DurationExtractor::isMinuteUnit(text.word(index + 1)))
        return DurationMatch{quantity->number.value(), index, 2};
    return std::nullopt;
}

bool followsTimeWord(const CaptureText &text, qsizetype index)
{
    static const PhraseMap timeWords(
        QLatin1StringView("at|@|jam|pukul|pkl|from|until|till|to|by|sampai|hingga|dari|since|sejak|around"));
    return timeWords.containsWord(text.word(index - 1));
}

std::optional<DurationMatch> withinLimits(std::optional<DurationMatch> match)
{
    if (match && (match->minutes <= 0 || match->minutes > kLongestMinutes))
        return std::nullopt;
    return match;
}

} // namespace

bool DurationExtractor::isHourUnit(const QString &word)
{
    static const PhraseMap units(QLatin1StringView("h|hr|hrs|hour|hours|jam|j"));
    return units.containsWord(word);
}

bool DurationExtractor::isMinuteUnit(const QString &word)
{
    static const PhraseMap units(QLatin1StringView("m|min|mins|minute|minutes|menit|mnt|mn"));
    return units.containsWord(word);
}

std::optional<DurationMatch> DurationExtractor::readAt(const CaptureText &text, qsizetype index, bool clockAllowed)
{
    if (!text.isFree(index))
        return std::nullopt;
    const QString word = text.word(index);
    const QString next = text.isFree(index + 1) ? text.word(index + 1) : QString();
    if (word == u"sejam")
        return DurationMatch{60, index, 1};
    if (word == u"setengah" && next == u"jam")
        return DurationMatch{30, index, 2};
    if (word == u"half" && next == u"an" && text.isFree(index + 2) && text.word(index + 2) == u"hour")
        return DurationMatch{30, index, 3};
    // Counts in words, the date reader's own ("an hour", "two hours", "dua jam", "ten minutes").
    if (!word.isEmpty() && !word.front().isDigit()) {
        const int count = datewords::countWord(word);
        if (count > 0 && isHourUnit(next))
            return DurationMatch{count * 60.0, index, 2};
        if (count > 0 && isMinuteUnit(next))
            return DurationMatch{double(count), index, 2};
    }

    const auto quantity = QuantityWord::read(word);
    if (!quantity || !quantity->prefix.isEmpty())
        return std::nullopt;
    const double value = quantity->number.value();
    const QString &suffix = quantity->suffix;

    if (suffix.startsWith(u':')) { // "1:30" = one hour thirty
        const QStringView minutes = QStringView(suffix).mid(1);
        if (!clockAllowed || followsTimeWord(text, index) || !quantity->number.isWhole() || minutes.size() != 2
            || !minutes.at(0).isDigit() || !minutes.at(1).isDigit() || value > 23 || minutes.toInt() >= 60)
            return std::nullopt;
        return withinLimits(DurationMatch{value * 60 + minutes.toInt(), index, 1});
    }

    const auto [unit, rest] = splitUnit(suffix);
    if (!unit.isEmpty() || !rest.isEmpty()) { // glued: "8h", "7h20", "45min", "90m"
        if (isHourUnit(unit)) {
            DurationMatch match{value * 60, index, 1};
            if (!rest.isEmpty()) {
                const auto restQuantity = QuantityWord::read(rest);
                if (!quantity->number.isWhole() || !restQuantity || !restQuantity->prefix.isEmpty()
                    || !restQuantity->number.isWhole() || restQuantity->number.value() >= 60
                    || !(restQuantity->suffix.isEmpty() || isMinuteUnit(restQuantity->suffix)))
                    return std::nullopt;
                match.minutes += restQuantity->number.value();
            } else if (const auto extra = minutesAt(text, index + 1); extra && quantity->number.isWhole()) {
                match.minutes += extra->minutes;
                match.count += extra->count;
            }
            return withinLimits(match);
        }
        if (isMinuteUnit(unit) && rest.isEmpty())
            return withinLimits(DurationMatch{value, index, 1});
        return std::nullopt;
    }

    if (isHourUnit(next) && next != u"j") { // "8 jam", "7.5 hours", "1 jam 30 menit"
        DurationMatch match{value * 60, index, 2};
        if (const auto extra = minutesAt(text, index + 2); extra && quantity->number.isWhole()) {
            match.minutes += extra->minutes;
            match.count += extra->count;
        }
        return withinLimits(match);
    }
    if (isMinuteUnit(next))
        return withinLimits(DurationMatch{value, index, 2});
    return std::nullopt;
}

std::optional<DurationMatch> DurationExtractor::extract(CaptureText &text, bool clockAllowed)
{
    static const PhraseMap leading(QLatin1StringView("for|in|selama|dalam"));
    return takeFirstMatch(text, leading, [&](qsizetype index) { return readAt(text, index, clockAllowed); });
}

} // namespace lifeos
