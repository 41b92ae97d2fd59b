#include "importing/CsvValues.h"

#include <QRegularExpression>

#include <array>

namespace lifeos {

namespace {

// A number taken apart: sign, integer digits and fraction digits, separators removed.
struct ParsedNumber
{
    bool negative = false;
    QString integer;
    QString fraction;
};

bool isGroupSpace(QChar c)
{
    return c == u' ' || c == u'\u00A0' || c == u'\u202F' || c == u'\'';
}

bool isCurrencyMark(QChar c)
{
    return c.category() == QChar::Symbol_Currency;
}

// Strips signs, parentheses and currency marks ("Rp", "IDR", "€", "Rp.") from both ends; false when the text
// has more than one sign marker, as in "-(5)".
bool stripDecorations(QString &text, bool &negative)
{
    int signs = 0;
    bool changed = true;
    while (changed && !text.isEmpty()) {
        changed = false;
        text = text.trimmed();
        if (text.isEmpty())
            break;
        if (text.startsWith(u'(') && text.endsWith(u')') && text.size() >= 2) {
            text = text.mid(1, text.size() - 2);
            negative = true;
            ++signs;
            changed = true;
            continue;
        }
        const QChar first = text.front();
        const QChar last = text.back();
        if (first == u'-' || first == u'+' || first == u'\u2212') {
            negative = first != u'+';
            ++signs;
            text.remove(0, 1);
            changed = true;
            continue;
        }
        if (last == u'-' || last == u'+' || last == u'\u2212') {
            negative = last != u'+';
            ++signs;
            text.chop(1);
            changed = true;
            continue;
        }
        if (isCurrencyMark(first)) {
            text.remove(0, 1);
            changed = true;
            continue;
        }
        if (isCurrencyMark(last)) {
            text.chop(1);
            changed = true;
            continue;
        }
        // A currency code or "Rp" / "Rp." before the number, or a code after it: at most three letters.
        qsizetype lead = 0;
        while (lead < text.size() && text.at(lead).isLetter())
            ++lead;
        if (lead > 0 && lead <= 3) {
            if (lead < text.size() && text.at(lead) == u'.')
                ++lead;
            text.remove(0, lead);
            changed = true;
            continue;
        }
        qsizetype trail = 0;
        while (trail < text.size() && text.at(text.size() - 1 - trail).isLetter())
            ++trail;
        if (trail > 0 && trail <= 3) {
            // Indonesian and Indian banks mark the direction after the amount: "125,500.00 DB" is money out,
            // "CR" money in. Dropping the marker would turn every expense into income.
            const QString marker = text.right(trail).toUpper();
            if (marker == u"DB" || marker == u"DR" || marker == u"D") {
                negative = true;
                ++signs;
            } else if (marker == u"CR" || marker == u"K") {
                ++signs;
            }
            text.chop(trail);
            changed = true;
            continue;
        }
    }
    return signs <= 1;
}

// Integer-part digit groups: the first 1–3 digits, every later one exactly 3.
bool validGroups(const QStringList &groups)
{
    if (groups.isEmpty() || groups.front().isEmpty() || groups.front().size() > 3)
        return false;
    for (qsizetype i = 1; i < groups.size(); ++i) {
        if (groups.at(i).size() != 3)
            return false;
    }
    return true;
}

bool allDigits(const QString &text)
{
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

// `decimals` < 0: any number of decimals (metrics). Auto style then treats one separator followed by exactly three
// digits after a non-zero integer part of 1–3 digits as grouping ("1,234"), otherwise as the point ("0.125").
std::optional<ParsedNumber> parseNumber(const QString &input, int decimals, DecimalStyle style)
{
    ParsedNumber parsed;
    QString text = input;
    if (!stripDecorations(text, parsed.negative) || text.isEmpty())
        return std::nullopt;
    if (!text.front().isDigit() || !text.back().isDigit())
        return std::nullopt;

    // Only digits and separators may remain.
    qsizetype dots = 0;
    qsizetype commas = 0;
    for (const QChar c : std::as_const(text)) {
        if (c == u'.')
            ++dots;
        else if (c == u',')
            ++commas;
        else if (!(c >= u'0' && c <= u'9') && !isGroupSpace(c))
            return std::nullopt;
    }

    QChar point; // null: no decimal point
    if (style == DecimalStyle::Point) {
        point = dots > 0 ? QChar(u'.') : QChar();
    } else if (style == DecimalStyle::Comma) {
        point = commas > 0 ? QChar(u',') : QChar();
    } else if (dots > 0 && commas > 0) {
        point = text.lastIndexOf(u'.') > text.lastIndexOf(u',') ? QChar(u'.') : QChar(u',');
    } else if (dots + commas == 1) {
        const QChar only = dots ? QChar(u'.') : QChar(u',');
        const qsizetype at = text.indexOf(only);
        const qsizetype after = text.size() - at - 1;
        const QString before = text.left(at);
        bool grouping;
        if (decimals < 0)
            grouping = after == 3 && before != u"0" && before.size() <= 3 && !before.contains(u' ');
        else if (decimals == 0)
            grouping = after < 1 || after > 2;
        else
            grouping = after != decimals && (after == 3 || after > decimals);
        point = grouping ? QChar() : only;
    }
    // (Auto with one kind repeated, as in "1.000.000": all grouping.)

    if (!point.isNull() && text.count(point) > 1)
        return std::nullopt;
    const qsizetype pointAt = point.isNull() ? -1 : text.indexOf(point);
    const QString integerText = pointAt < 0 ? text : text.left(pointAt);
    parsed.fraction = pointAt < 0 ? QString() : text.mid(pointAt + 1);
    if (!allDigits(parsed.fraction) || (pointAt >= 0 && parsed.fraction.isEmpty()))
        return std::nullopt;

    // The integer part: groups split by the grouping characters, which must be all of one kind.
    QChar groupChar;
    for (const QChar c : integerText) {
        if (c.isDigit())
            continue;
        const QChar kind = isGroupSpace(c) ? QChar(u' ') : c;
        if (!groupChar.isNull() && groupChar != kind)
            return std::nullopt;
        groupChar = kind;
    }
    if (groupChar.isNull()) {
        parsed.integer = integerText;
    } else {
        QString unified = integerText;
        for (QChar &c : unified) {
            if (isGroupSpace(c))
                c = u' ';
        }
        const QStringList groups = unified.split(groupChar);
        if (!validGroups(groups))
            return std::nullopt;
        parsed.integer = groups.join(QString());
    }
    if (parsed.integer.isEmpty() || !allDigits(parsed.integer))
        return std::nullopt;
    return parsed;
}

constexpr qsizetype kMaxDigits = 17; // qint64 holds 18 digits; keep a margin for the minor-unit scaling

// Month names: English, then the Indonesian abbreviations that differ (Mei, Agu/Agt, Okt, Des).
int monthFromName(const QString &name)
{
    static const std::array<const char16_t *, 12> english = {u"jan", u"feb", u"mar", u"apr", u"may", u"jun",
                                                             u"jul", u"aug", u"sep", u"oct", u"nov", u"dec"};
    static const std::array<const char16_t *, 12> full = {
        u"january", u"february", u"march", u"april", u"may", u"june", u"july", u"august", u"september",
        u"october", u"november", u"december"};
    const QString lower = name.toLower();
    for (int m = 0; m < 12; ++m) {
        if (lower == QStringView(english[size_t(m)]) || lower == QStringView(full[size_t(m)]))
            return m + 1;
    }
    if (lower == u"sept")
        return 9;
    if (lower == u"mei")
        return 5;
    if (lower == u"agu" || lower == u"agt" || lower == u"ags")
        return 8;
    if (lower == u"okt")
        return 10;
    if (lower == u"des")
        return 12;
    return 0;
}

// Reads exactly `min`..`max` digits at `pos`.
bool readDigits(const QString &text, qsizetype &pos, int min, int max, int &value)
{
    int count = 0;
    value = 0;
    while (pos < text.size() && count < max && text.at(pos).isDigit() && text.at(pos) < u'\x80') {
        value = value * 10 + text.at(pos).digitValue();
        ++pos;
        ++count;
    }
    return count >= min;
}

// What may follow a day: a time of day, optionally with seconds, fraction, AM/PM or a zone.
bool isTimeSuffix(const QString &rest)
{
    static const QRegularExpression time(
        QStringLiteral(R"(^(?:[ T]+)\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?)"
                       R"(\s*(?:Z|[AaPp]\.?[Mm]\.?|[+-]\d{2}:?\d{2}|UTC|GMT|WIB)?$)"));
    return time.match(rest).hasMatch();
}

} // namespace

std::optional<qint64> CsvValues::amountMinor(const QString &text, int decimals, DecimalStyle style)
{
    if (decimals < 0 || decimals > 6)
        return std::nullopt;
    const auto parsed = parseNumber(text, decimals, style);
    if (!parsed)
        return std::nullopt;
    // Digits beyond the currency's decimals are refused unless they are zeros ("1.250.000,00" in rupiah loses
    // nothing); "12.345" in dollars would.
    QString fraction = parsed->fraction;
    while (fraction.size() > decimals && fraction.endsWith(u'0'))
        fraction.chop(1);
    if (fraction.size() > decimals)
        return std::nullopt;
    fraction = fraction.leftJustified(decimals, u'0');
    QString digits = parsed->integer + fraction;
    while (digits.size() > 1 && digits.startsWith(u'0'))
        digits.remove(0, 1);
    if (digits.size() > kMaxDigits)
        return std::nullopt;
    const qint64 value = digits.toLongLong();
    return parsed->negative ? -value : value;
}

std::optional<double> CsvValues::number(const QString &text, DecimalStyle style)
{
    const auto parsed = parseNumber(text, -1, style);
    if (!parsed)
        return std::nullopt;
    bool ok = false;
    const QString plain = parsed->fraction.isEmpty() ? parsed->integer : parsed->integer + u'.' + parsed->fraction;
    const double value = plain.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return parsed->negative ? -value : value;
}

QStringList CsvValues::dateFormats()
{
    return {QStringLiteral("yyyy-MM-dd"), QStringLiteral("dd/MM/yyyy"), QStringLiteral("MM/dd/yyyy"),
            QStringLiteral("dd.MM.yyyy"), QStringLiteral("dd-MM-yyyy"), QStringLiteral("yyyy/MM/dd"),
            QStringLiteral("yyyyMMdd"),   QStringLiteral("d MMM yyyy"), QStringLiteral("dd MMM yyyy"),
            QStringLiteral("d/M/yyyy"),   QStringLiteral("M/d/yyyy"),   QStringLiteral("dd/MM/yy"),
            QStringLiteral("MM/dd/yy"),   QStringLiteral("dd-MMM-yyyy"), QStringLiteral("dd-MMM-yy"),
            QStringLiteral("d.M.yyyy")};
}

QDate CsvValues::date(const QString &input, const QString &format)
{
    // Our own reader of the Qt tokens d, dd, M, MM, MMM, MMMM, yy, yyyy: QDate::fromString in Qt 6.4 reads "yy" as
    // 19xx and cannot be told to stop before a trailing time.
    const QString text = input.trimmed();
    if (text.isEmpty() || format.isEmpty())
        return {};
    int day = -1;
    int month = -1;
    int year = -1;
    qsizetype pos = 0;
    qsizetype f = 0;
    while (f < format.size()) {
        const QChar token = format.at(f);
        qsizetype run = 1;
        while (f + run < format.size() && format.at(f + run) == token)
            ++run;
        if (token == u'd' && run <= 2) {
            if (!readDigits(text, pos, int(run), 2, day))
                return {};
        } else if (token == u'M' && run <= 2) {
            if (!readDigits(text, pos, int(run), 2, month))
                return {};
        } else if (token == u'M') {
            const qsizetype start = pos;
            while (pos < text.size() && text.at(pos).isLetter())
                ++pos;
            month = monthFromName(text.mid(start, pos - start));
            if (month == 0)
                return {};
            if (pos < text.size() && text.at(pos) == u'.') // "Mar." and "Sept."
                ++pos;
        } else if (token == u'y' && (run == 2 || run == 4)) {
            if (!readDigits(text, pos, int(run), int(run), year))
                return {};
            if (run == 2)
                year += year < 70 ? 2000 : 1900; // bank statements are recent; "69" and before is this century
        } else if (token == u' ') {
            // One space in the format matches any run of spaces.
            if (pos >= text.size() || !text.at(pos).isSpace())
                return {};
            while (pos < text.size() && text.at(pos).isSpace())
                ++pos;
        } else {
            for (qsizetype k = 0; k < run; ++k) {
                if (pos >= text.size() || text.at(pos) != token)
                    return {};
                ++pos;
            }
        }
        f += run;
    }
    if (pos < text.size() && !isTimeSuffix(text.mid(pos)))
        return {};
    if (day < 0 || month < 0 || year < 0)
        return {};
    return QDate(year, month, day); // invalid (null) for 31/02
}

QString CsvValues::detectDateFormat(const QStringList &samples)
{
    QStringList present;
    for (const QString &sample : samples) {
        if (!sample.trimmed().isEmpty())
            present.append(sample);
    }
    if (present.isEmpty())
        return {};
    for (const QString &format : dateFormats()) {
        bool all = true;
        for (const QString &sample : std::as_const(present)) {
            if (!date(sample, format).isValid()) {
                all = false;
                break;
            }
        }
        if (all)
            return format;
    }
    return {};
}

} // namespace lifeos
