#include "capture/AmountExtractor.h"

#include "capture/CaptureLexicon.h"
#include "capture/QuantityWord.h"

#include <QHash>

namespace lifeos {

namespace {

// Symbols and names that may be glued before a number ("rp15.000", "$12.50", "€3,50").
QString currencyOfPrefix(const QString &prefix)
{
    static const QHash<QString, QString> prefixes = {
        {QStringLiteral("rp"), QStringLiteral("IDR")},
        {QStringLiteral("idr"), QStringLiteral("IDR")},
        {QStringLiteral("$"), QStringLiteral("USD")},
        {QStringLiteral("us$"), QStringLiteral("USD")},
        {QStringLiteral("usd"), QStringLiteral("USD")},
        {QStringLiteral("\u20AC"), QStringLiteral("EUR")},
        {QStringLiteral("eur"), QStringLiteral("EUR")},
        {QStringLiteral("\u00A3"), QStringLiteral("GBP")},
        {QStringLiteral("gbp"), QStringLiteral("GBP")},
        {QStringLiteral("s$"), QStringLiteral("SGD")},
        {QStringLiteral("sgd"), QStringLiteral("SGD")},
        {QStringLiteral("rm"), QStringLiteral("MYR")},
        {QStringLiteral("myr"), QStringLiteral("MYR")},
        {QStringLiteral("\u00A5"), QStringLiteral("JPY")},
        {QStringLiteral("jpy"), QStringLiteral("JPY")},
        {QStringLiteral("a$"), QStringLiteral("AUD")},
        {QStringLiteral("aud"), QStringLiteral("AUD")},
    };
    return prefixes.value(prefix);
}

// A whole token naming a currency, before or after the number ("Rp 15.000", "12.50 USD", "10 dollars").
QString currencyOfWord(const QString &word)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("rupiah"), QStringLiteral("IDR")},
        {QStringLiteral("dollar"), QStringLiteral("USD")},
        {QStringLiteral("dollars"), QStringLiteral("USD")},
        {QStringLiteral("dolar"), QStringLiteral("USD")},
        {QStringLiteral("bucks"), QStringLiteral("USD")},
        {QStringLiteral("euro"), QStringLiteral("EUR")},
        {QStringLiteral("euros"), QStringLiteral("EUR")},
        {QStringLiteral("ringgit"), QStringLiteral("MYR")},
        {QStringLiteral("yen"), QStringLiteral("JPY")},
    };
    const QString named = names.value(word);
    return named.isEmpty() ? currencyOfPrefix(word) : named;
}

struct Multiplier
{
    qint64 factor = 1;
    bool rupiah = false; // rb, ribu, jt, juta are only ever said of rupiah
};

std::optional<Multiplier> multiplierOf(const QString &word)
{
    if (word == u"k")
        return Multiplier{1000, false};
    if (word == u"rb" || word == u"ribu" || word == u"rebu")
        return Multiplier{1000, true};
    if (word == u"jt" || word == u"juta")
        return Multiplier{1000000, true};
    if (word == u"miliar" || word == u"milyar") // no "m" for million: "90m" is ninety minutes
        return Multiplier{1000000000, true};
    return std::nullopt;
}

// "10k steps" and "a 5k run" are not money: the words after a bare "k" say what was counted.
bool isCountedNoun(const QString &word)
{
    static const PhraseMap nouns(QLatin1StringView("steps|step|langkah|run|race|runs|lari|km|ride|walk|jalan"));
    return nouns.containsWord(word);
}

qint64 powerOfTen(int exponent)
{
    qint64 result = 1;
    for (int i = 0; i < exponent; ++i)
        result *= 10;
    return result;
}

std::optional<AmountMatch> readAmountAt(const CaptureText &text, qsizetype index, const ParseContext &ctx)
{
    qsizetype pos = index;
    QString currency = currencyOfWord(text.word(pos));
    if (!currency.isEmpty())
        ++pos; // "Rp 15.000", "USD 12"
    if (!text.isFree(index, pos - index + 1))
        return std::nullopt;
    const auto quantity = QuantityWord::read(text.word(pos));
    if (!quantity)
        return std::nullopt;
    if (!quantity->prefix.isEmpty()) {
        if (!currency.isEmpty())
            return std::nullopt;
        currency = currencyOfPrefix(quantity->prefix);
        if (currency.isEmpty())
            return std::nullopt;
    }
    Multiplier multiplier;
    bool hasMultiplier = false;
    if (!quantity->suffix.isEmpty()) {
        if (const auto glued = multiplierOf(quantity->suffix)) {
            multiplier = *glued;
            hasMultiplier = true;
        } else if (const QString code = currencyOfWord(quantity->suffix); !code.isEmpty() && currency.isEmpty()) {
            currency = code; // "12.50usd", "15000rp"
        } else {
            return std::nullopt;
        }
    }
    qsizetype end = pos + 1;
    if (!hasMultiplier && quantity->suffix.isEmpty() && text.isFree(end)) {
        if (const auto separate = multiplierOf(text.word(end))) {
            multiplier = *separate;
            hasMultiplier = true;
            ++end;
        }
    }
    if (currency.isEmpty() && text.isFree(end)) {
        currency = currencyOfWord(text.word(end));
        if (!currency.isEmpty())
            ++end;
    }
    const bool marked = !currency.isEmpty() || hasMultiplier;
    if (hasMultiplier && multiplier.factor == 1000 && !multiplier.rupiah && currency.isEmpty() && text.isFree(end)
        && isCountedNoun(text.word(end)))
        return std::nullopt;
    if (currency.isEmpty())
        currency = multiplier.rupiah ? QStringLiteral("IDR") : ctx.defaultCurrency;
    const auto minor =
        quantity->number.timesRounded(multiplier.factor * powerOfTen(AmountExtractor::minorDigits(currency)));
    if (!minor || *minor <= 0)
        return std::nullopt;
    return AmountMatch{Money{*minor, currency}, marked, index, end - index};
}

} // namespace

QString AmountExtractor::currencyOf(const QString &word)
{
    return currencyOfWord(word);
}

int AmountExtractor::minorDigits(const QString &currency)
{
    static const QStringList withoutCents = {QStringLiteral("IDR"),
                                             QStringLiteral("JPY"),
                                             QStringLiteral("KRW"),
                                             QStringLiteral("VND"),
                                             QStringLiteral("CLP"),
                                             QStringLiteral("ISK")};
    return withoutCents.contains(currency) ? 0 : 2;
}

std::optional<AmountMatch> AmountExtractor::extractMarked(CaptureText &text, const ParseContext &ctx)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!text.isFree(i))
            continue;
        const auto match = readAmountAt(text, i, ctx);
        if (match && match->marked) {
            text.consume(match->first, match->count);
            return match;
        }
    }
    return std::nullopt;
}

std::optional<AmountMatch> AmountExtractor::extractBare(CaptureText &text, const ParseContext &ctx)
{
    const bool withoutCents = minorDigits(ctx.defaultCurrency) == 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!text.isFree(i))
            continue;
        const auto quantity = QuantityWord::read(text.word(i));
        if (!quantity || !quantity->isBare())
            continue;
        // A number followed by a word counts that word ("3 eggs"), unless the word only joins ("25000 for lunch").
        const bool counts = text.isFree(i + 1) && !text.word(i + 1).isEmpty()
                            && !CaptureLexicon::connectors().containsWord(text.word(i + 1))
                            && text.word(i + 1) != u"from" && text.word(i + 1) != u"dari" && text.word(i + 1) != u"ke"
                            && text.word(i + 1) != u"to";
        if (counts)
            continue;
        if (withoutCents && quantity->number.value() < 100)
            continue;
        const auto match = readAmountAt(text, i, ctx);
        if (match) {
            text.consume(match->first, match->count);
            return match;
        }
    }
    return std::nullopt;
}

} // namespace lifeos
