#include "capture/DistanceExtractor.h"

#include "capture/FirstMatch.h"
#include "capture/PhraseMap.h"
#include "capture/QuantityWord.h"

#include <cmath>

namespace lifeos {

namespace {

constexpr double kKmPerMile = 1.609344;

// Kilometres per unit, or 0 when the word is no distance unit.
double kmPerUnit(const QString &unit, bool looseUnits)
{
    static const PhraseMap units(
        QLatin1StringView("1=km|kms|kilometer|kilometers|kilometre|kilometres;mile=mi|mile|miles;"
                          "0.001=meter|meters|metre|metres;loose=k|kilo|kilos"));
    const QString factor = units.valueOf(unit);
    if (factor == u"mile")
        return kKmPerMile;
    if (factor == u"loose")
        return looseUnits ? 1 : 0;
    return factor.toDouble();
}

double roundedToMetres(double km)
{
    return std::round(km * 1000) / 1000;
}

} // namespace

std::optional<DistanceMatch> DistanceExtractor::readAt(const CaptureText &text, qsizetype index, bool looseUnits)
{
    if (!text.isFree(index))
        return std::nullopt;
    const auto quantity = QuantityWord::read(text.word(index));
    if (!quantity || !quantity->prefix.isEmpty() || quantity->number.value() <= 0)
        return std::nullopt;
    DistanceMatch match{0, index, 1};
    double factor = 0;
    if (!quantity->suffix.isEmpty()) {
        factor = kmPerUnit(quantity->suffix, looseUnits);
    } else if (text.isFree(index + 1)) {
        factor = kmPerUnit(text.word(index + 1), looseUnits);
        match.count = 2;
    }
    if (factor <= 0)
        return std::nullopt;
    match.km = roundedToMetres(quantity->number.value() * factor);
    if (match.km <= 0 || match.km > 5000)
        return std::nullopt;
    return match;
}

std::optional<DistanceMatch> DistanceExtractor::extract(CaptureText &text, bool looseUnits)
{
    static const PhraseMap leading(QLatin1StringView("sejauh|for"));
    return takeFirstMatch(text, leading, [&](qsizetype index) { return readAt(text, index, looseUnits); });
}

} // namespace lifeos
