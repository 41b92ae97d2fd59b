#include "capture/MetricExtractor.h"

#include "capture/DurationExtractor.h"
#include "capture/PhraseMap.h"
#include "capture/QuantityWord.h"

#include <cmath>

namespace lifeos {

namespace {

constexpr double kKeywordConfidence = 0.9;
constexpr double kCustomConfidence = 0.85;
constexpr double kUnitOnlyConfidence = 0.6; // "72.5 kg" alone: most likely a weigh-in
constexpr double kMlPerGlass = 250;

const PhraseMap &metricWords()
{
    static const PhraseMap map(
        QLatin1StringView("sleep=slept|sleep|sleeping|tidur|sleep time;"
                          "weight=weight|weighed|weigh|weigh-in|berat|berat badan|bb|timbang|ditimbang|body weight;"
                          "water=water|air putih|hydration|drank water|minum air;"
                          "watersoft=air|drank|drink|minum;"
                          "steps=steps|step|langkah;"
                          "mood=mood|suasana hati;"
                          "energy=energy|energi|tenaga;"
                          "sauna=sauna"));
    return map;
}

// Words that may stand between a metric word and its value ("slept for 8h", "mood: 7"). Not "at": "sleep at 11"
// is a bedtime, not eleven hours.
bool isFiller(const QString &word)
{
    static const PhraseMap fillers(
        QLatin1StringView("for|of|is|was|~|-|:|about|around|approx|approximately|total|selama|sebanyak|sekitar"));
    return word.isEmpty() || word == u"=" || fillers.containsWord(word);
}

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

struct ValueRead
{
    double value = 0;
    qsizetype count = 0;
    std::optional<double> durationMin;
};

// The number at `index` with a unit from `units` glued or in the next token; factor by unit (empty = bare).
std::optional<ValueRead>
readWithUnit(const CaptureText &text, qsizetype index, const PhraseMap &units, double bareFactor)
{
    if (!text.isFree(index))
        return std::nullopt;
    const auto quantity = QuantityWord::read(text.word(index));
    if (!quantity || !quantity->prefix.isEmpty())
        return std::nullopt;
    const double value = quantity->number.value();
    if (!quantity->suffix.isEmpty()) {
        const QString factor = units.valueOf(quantity->suffix);
        if (factor.isEmpty())
            return std::nullopt;
        return ValueRead{value * factor.toDouble(), 1, {}};
    }
    if (text.isFree(index + 1)) {
        const QString factor = units.valueOf(text.word(index + 1));
        if (!factor.isEmpty())
            return ValueRead{value * factor.toDouble(), 2, {}};
    }
    if (bareFactor <= 0)
        return std::nullopt;
    return ValueRead{value * bareFactor, 1, {}};
}

std::optional<ValueRead> readScore(const CaptureText &text, qsizetype index)
{
    if (!text.isFree(index))
        return std::nullopt;
    const auto quantity = QuantityWord::read(text.word(index));
    if (!quantity || !quantity->prefix.isEmpty() || (!quantity->suffix.isEmpty() && quantity->suffix != u"/10"))
        return std::nullopt;
    ValueRead read{quantity->number.value(), 1, {}};
    if (read.value < 0 || read.value > 10)
        return std::nullopt;
    if (quantity->suffix.isEmpty()) { // "7 /10", "7 out of 10", "7 dari 10"
        if (text.isFree(index + 1) && text.word(index + 1) == u"/10")
            read.count = 2;
        else if (text.isFree(index + 1, 3) && text.word(index + 1) == u"out" && text.word(index + 2) == u"of"
                 && text.word(index + 3) == u"10")
            read.count = 4;
        else if (text.isFree(index + 1, 2) && text.word(index + 1) == u"dari" && text.word(index + 2) == u"10")
            read.count = 3;
    }
    return read;
}

std::optional<ValueRead>
readDuration(const CaptureText &text, qsizetype index, double bareMinutesFactor, double bareLimit)
{
    if (const auto duration = DurationExtractor::readAt(text, index, true))
        return ValueRead{duration->minutes, duration->count, duration->minutes};
    if (!text.isFree(index))
        return std::nullopt;
    const auto quantity = QuantityWord::read(text.word(index));
    if (!quantity || !quantity->isBare() || quantity->number.value() <= 0 || quantity->number.value() > bareLimit)
        return std::nullopt;
    const double minutes = quantity->number.value() * bareMinutesFactor;
    return ValueRead{minutes, 1, minutes};
}

// Reads the value of a built-in metric at `index`, in its canonical unit.
std::optional<ValueRead> readBuiltIn(const QString &name, bool softWord, const CaptureText &text, qsizetype index)
{
    static const PhraseMap weightUnits(
        QLatin1StringView("1=kg|kgs|kilo|kilos|kilogram|kilograms|kilogramme;0.45359237=lb|lbs|pound|pounds"));
    static const PhraseMap waterUnits(QLatin1StringView(
        "1=ml;1000=l|liter|liters|litre|litres;250=glass|glasses|gelas|gls;240=cup|cups|cangkir;600=botol|bottle|"
        "bottles"));
    static const PhraseMap stepUnits(QLatin1StringView("1000=k"));
    if (name == u"sleep") {
        auto read = readDuration(text, index, 60, 16);
        if (read)
            read->value = rounded(read->value / 60, 3);
        return read;
    }
    if (name == u"sauna")
        return readDuration(text, index, 1, 180);
    if (name == u"weight") {
        auto read = readWithUnit(text, index, weightUnits, 1);
        if (!read || read->value < 2 || read->value > 500)
            return std::nullopt;
        read->value = rounded(read->value, 2);
        return read;
    }
    if (name == u"water") {
        // Bare numbers only after a clear water word: below 50 they count glasses, above they are millilitres.
        auto read = readWithUnit(text, index, waterUnits, 0);
        if (!read && !softWord) {
            read = readWithUnit(text, index, waterUnits, 1);
            if (read && read->value < 50)
                read->value *= kMlPerGlass;
        }
        if (!read || read->value <= 0 || read->value > 20000)
            return std::nullopt;
        read->value = rounded(read->value, 0);
        return read;
    }
    if (name == u"steps") {
        auto read = readWithUnit(text, index, stepUnits, 1);
        if (!read || read->count != 1 || read->value < 1 || read->value > 300000)
            return std::nullopt;
        read->value = std::round(read->value);
        return read;
    }
    if (name == u"mood" || name == u"energy")
        return readScore(text, index);
    return std::nullopt;
}

QString unitOf(const QString &name)
{
    if (name == u"sleep")
        return QStringLiteral("h");
    if (name == u"weight")
        return QStringLiteral("kg");
    if (name == u"water")
        return QStringLiteral("ml");
    if (name == u"steps")
        return QStringLiteral("steps");
    if (name == u"mood" || name == u"energy")
        return QStringLiteral("/10");
    return QStringLiteral("min"); // sauna
}

std::optional<ValueRead> readCustom(const CustomMetric &metric, const CaptureText &text, qsizetype index)
{
    if (!text.isFree(index))
        return std::nullopt;
    const auto quantity = QuantityWord::read(text.word(index));
    if (!quantity || !quantity->prefix.isEmpty())
        return std::nullopt;
    const QString unit = metric.unit.toCaseFolded();
    if (!quantity->suffix.isEmpty())
        return quantity->suffix == unit ? std::optional<ValueRead>(ValueRead{quantity->number.value(), 1, {}})
                                        : std::nullopt;
    if (!unit.isEmpty() && text.isFree(index + 1) && text.word(index + 1) == unit)
        return ValueRead{quantity->number.value(), 2, {}};
    return ValueRead{quantity->number.value(), 1, {}};
}

// Finds a value beside the keyword at [keyword, keyword + length): after it first ("weight 72"), then before
// it ("8000 steps", "3 glasses of water"), skipping consumed tokens and connectors in between.
template<typename Reader>
std::optional<std::pair<qsizetype, ValueRead>>
valueBeside(const CaptureText &text, qsizetype keyword, qsizetype length, Reader read)
{
    const auto skippable = [&text](qsizetype i) {
        return text.isConsumed(i) || (isFiller(text.word(i)) && !QuantityWord::read(text.word(i)));
    };
    qsizetype after = keyword + length;
    while (after < text.size() && skippable(after))
        ++after;
    if (auto value = read(after))
        return std::pair{after, *value};
    qsizetype end = keyword - 1; // last token of a value written before the keyword
    while (end >= 0 && skippable(end))
        --end;
    for (qsizetype start = qMax<qsizetype>(0, end - 3); start <= end; ++start) {
        auto value = read(start);
        if (value && start + value->count - 1 == end)
            return std::pair{start, *value};
    }
    return std::nullopt;
}

// Consumes the value and the connectors between it and the keyword ("3 glasses of water": "of" goes too).
void consumeValue(CaptureText &text, qsizetype keyword, qsizetype length, qsizetype start, qsizetype count)
{
    text.consume(start, count);
    const qsizetype from = start < keyword ? start + count : keyword + length;
    const qsizetype to = start < keyword ? keyword : start;
    for (qsizetype i = from; i < to; ++i) {
        if (isFiller(text.word(i)))
            text.consume(i);
    }
}

bool matchesCustom(const CustomMetric &metric, const CaptureText &text, qsizetype index, qsizetype *length)
{
    QStringList phrases = metric.aliases;
    phrases.prepend(metric.name);
    for (const QString &phrase : std::as_const(phrases)) {
        const QStringList words = phrase.toCaseFolded().split(u' ', Qt::SkipEmptyParts);
        if (words.isEmpty() || !text.isFree(index, words.size()))
            continue;
        bool matches = true;
        for (qsizetype k = 0; k < words.size() && matches; ++k)
            matches = text.word(index + k) == words.at(k);
        if (matches) {
            *length = words.size();
            return true;
        }
    }
    return false;
}

} // namespace

std::optional<MetricMatch> MetricExtractor::extract(CaptureText &text, const ParseContext &ctx)
{
    for (const CustomMetric &metric : ctx.customMetrics) {
        for (qsizetype i = 0; i < text.size(); ++i) {
            qsizetype length = 0;
            if (!matchesCustom(metric, text, i, &length))
                continue;
            const auto found = valueBeside(text, i, length, [&](qsizetype at) { return readCustom(metric, text, at); });
            if (!found)
                continue;
            consumeValue(text, i, length, found->first, found->second.count);
            return MetricMatch{MetricReading{metric.name, found->second.value, metric.unit},
                               {},
                               kCustomConfidence,
                               i,
                               length};
        }
    }

    for (qsizetype i = 0; i < text.size(); ++i) {
        const PhraseMap::Match word = metricWords().matchAt(text, i);
        if (!word.found())
            continue;
        const bool soft = word.value == u"watersoft";
        const QString name = soft ? QStringLiteral("water") : word.value;
        const auto found =
            valueBeside(text, i, word.length, [&](qsizetype at) { return readBuiltIn(name, soft, text, at); });
        if (!found)
            continue;
        consumeValue(text, i, word.length, found->first, found->second.count);
        return MetricMatch{MetricReading{name, found->second.value, unitOf(name)},
                           found->second.durationMin,
                           kKeywordConfidence,
                           i,
                           word.length};
    }

    // A weight with its unit and nothing else ("72.5 kg") is a weigh-in.
    for (qsizetype i = 0; i < text.size(); ++i) {
        static const PhraseMap weightOnly(QLatin1StringView("kg|kgs|lb|lbs"));
        const auto quantity = QuantityWord::read(text.word(i));
        if (!quantity || !text.isFree(i))
            continue;
        const bool unitGlued = weightOnly.containsWord(quantity->suffix);
        const bool unitNext =
            quantity->suffix.isEmpty() && text.isFree(i + 1) && weightOnly.containsWord(text.word(i + 1));
        if (!unitGlued && !unitNext)
            continue;
        CaptureText rest = text;
        rest.consume(i, unitGlued ? 1 : 2);
        if (!rest.remainder().isEmpty())
            return std::nullopt;
        const auto read = readBuiltIn(QStringLiteral("weight"), false, text, i);
        if (!read)
            return std::nullopt;
        text.consume(i, read->count);
        return MetricMatch{MetricReading{QStringLiteral("weight"), read->value, QStringLiteral("kg")},
                           {},
                           kUnitOnlyConfidence};
    }
    return std::nullopt;
}

bool MetricExtractor::speaksOfSleep(const CaptureText &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (metricWords().matchAt(text, i).value == u"sleep")
            return true;
    }
    return false;
}

bool MetricExtractor::readsBeforeDates(const CaptureText &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QString name = metricWords().matchAt(text, i).value;
        if (name == u"sleep" || name == u"mood" || name == u"energy")
            return true;
    }
    return false;
}

bool MetricExtractor::isMetricWord(const QString &word)
{
    return metricWords().containsWord(word) || word == u"suasana" || word == u"hati" || word == u"putih"
           || word == u"badan";
}

} // namespace lifeos
