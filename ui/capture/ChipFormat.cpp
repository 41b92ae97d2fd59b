#include "ChipFormat.h"

#include "DisplayFormat.h"
#include "capture/AmountExtractor.h"

#include <QRegularExpression>

#include <cmath>

namespace lifeos {

namespace {

const QRegularExpression &trailingZeros()
{
    static const QRegularExpression pattern(QStringLiteral("0+$"));
    return pattern;
}

// The C locale has no currency pattern and no grouping; the tests and a bare environment read best as en_US.
QLocale usable(const QLocale &locale)
{
    return locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : locale;
}

// Symbols of the currencies people here type most; others show their ISO code.
QString currencySymbol(const QString &code, const QLocale &locale)
{
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == code)
        return locale.currencySymbol(QLocale::CurrencySymbol);
    static const QList<std::pair<QString, QString>> symbols = {
        {QStringLiteral("IDR"), QStringLiteral("Rp")},
        {QStringLiteral("USD"), QStringLiteral("$")},
        {QStringLiteral("EUR"), QStringLiteral("€")},
        {QStringLiteral("GBP"), QStringLiteral("£")},
        {QStringLiteral("JPY"), QStringLiteral("¥")},
        {QStringLiteral("SGD"), QStringLiteral("S$")},
        {QStringLiteral("AUD"), QStringLiteral("A$")},
        {QStringLiteral("MYR"), QStringLiteral("RM")},
        {QStringLiteral("INR"), QStringLiteral("₹")},
    };
    for (const auto &[iso, symbol] : symbols) {
        if (iso == code)
            return symbol;
    }
    return code + QChar(0x00A0);
}

} // namespace

QString ChipFormat::kindName(CaptureKind kind)
{
    switch (kind) {
    case CaptureKind::Task:
        return tr("Task");
    case CaptureKind::Note:
        return tr("Note");
    case CaptureKind::Journal:
        return tr("Journal");
    case CaptureKind::Expense:
        return tr("Expense");
    case CaptureKind::Income:
        return tr("Income");
    case CaptureKind::Metric:
        return tr("Measurement");
    case CaptureKind::Workout:
        return tr("Workout");
    }
    return {};
}

QString ChipFormat::kindChipText(CaptureKind kind, double confidence, bool picked)
{
    // A question mark is quieter than a percentage and says the same thing: "press Tab if this is wrong".
    if (!picked && confidence < kSureConfidence)
        return tr("%1?", "an unsure kind, e.g. Note?").arg(kindName(kind));
    return kindName(kind);
}

QString ChipFormat::kindIconPath(CaptureKind kind)
{
    switch (kind) {
    case CaptureKind::Task:
        return QStringLiteral(":/icons/tasks.svg");
    case CaptureKind::Note:
        return QStringLiteral(":/icons/notes.svg");
    case CaptureKind::Journal:
        return QStringLiteral(":/icons/journal.svg");
    case CaptureKind::Expense:
    case CaptureKind::Income:
        return QStringLiteral(":/icons/finance.svg");
    case CaptureKind::Metric:
    case CaptureKind::Workout:
        return QStringLiteral(":/icons/health.svg");
    }
    return QStringLiteral(":/icons/capture.svg");
}

QString ChipFormat::money(const Money &money, const QString &defaultCurrency, const QLocale &locale)
{
    const QLocale loc = usable(locale);
    const QString code = (money.currency.isEmpty() ? defaultCurrency : money.currency).toUpper();
    const int decimals = AmountExtractor::minorDigits(code);
    const double value = double(money.minor) / std::pow(10.0, decimals);
    return loc.toCurrencyString(value, currencySymbol(code, loc), decimals);
}

QString ChipFormat::number(double value, int maxDecimals, const QLocale &locale)
{
    const double scale = std::pow(10.0, maxDecimals);
    const double rounded = std::round(value * scale) / scale;
    const bool whole = std::abs(rounded - std::round(rounded)) < 1e-9;
    if (whole)
        return usable(locale).toString(qint64(std::llround(rounded)));
    return usable(locale).toString(rounded, 'f', maxDecimals).remove(trailingZeros());
}

QString ChipFormat::duration(double minutes, const QLocale &locale)
{
    const qint64 total = std::llround(minutes);
    const qint64 hours = total / 60;
    const qint64 rest = total % 60;
    if (hours == 0)
        return tr("%1 min").arg(number(double(rest), 0, locale));
    if (rest == 0)
        return tr("%1 h").arg(number(double(hours), 0, locale));
    return tr("%1 h %2 min").arg(number(double(hours), 0, locale), number(double(rest), 0, locale));
}

QString ChipFormat::distance(double km, const QLocale &locale)
{
    return tr("%1 km").arg(number(km, 2, locale));
}

QString ChipFormat::capitalised(const QString &text, const QLocale &locale)
{
    if (text.isEmpty())
        return text;
    return locale.toUpper(text.left(1)) + text.mid(1);
}

QString ChipFormat::metric(const MetricReading &metric, const QLocale &locale)
{
    const QString name = metric.name.toLower();
    QString label;
    if (name == QLatin1StringView("sleep"))
        label = tr("Sleep");
    else if (name == QLatin1StringView("weight"))
        label = tr("Weight");
    else if (name == QLatin1StringView("water"))
        label = tr("Water");
    else if (name == QLatin1StringView("steps"))
        label = tr("Steps");
    else if (name == QLatin1StringView("mood"))
        label = tr("Mood");
    else if (name == QLatin1StringView("energy"))
        label = tr("Energy");
    else if (name == QLatin1StringView("sauna"))
        label = tr("Sauna");
    else
        label = capitalised(metric.name, locale); // the user's own metric, in their own words

    QString value;
    if (metric.unit == QLatin1StringView("h"))
        value = duration(metric.value * 60, locale); // "7 h 20 min" is what was typed; 7.33 h is not
    else if (metric.unit == QLatin1StringView("min"))
        value = duration(metric.value, locale);
    else if (metric.unit == QLatin1StringView("/10"))
        value = tr("%1/10").arg(number(metric.value, 1, locale));
    else if (metric.unit == QLatin1StringView("steps") || metric.unit.isEmpty())
        value = number(metric.value, 1, locale);
    else
        value = tr("%1 %2", "a value and its unit, e.g. 72.5 kg").arg(number(metric.value, 2, locale), metric.unit);
    return tr("%1 %2", "a measurement and its value, e.g. Sleep 7 h").arg(label, value);
}

QString ChipFormat::day(const QDate &date, const QDate &today, const QLocale &locale)
{
    const qint64 days = today.daysTo(date);
    if (days == 0)
        return tr("today");
    if (days == 1)
        return tr("tomorrow");
    if (days == -1)
        return tr("yesterday");
    const QLocale loc = usable(locale);
    if (days > 1 && days < 7)
        return loc.dayName(date.dayOfWeek(), QLocale::LongFormat);
    const QString dayMonth = tr("%1, %2 %3", "weekday, day month: Wed, 2 Dec")
                                 .arg(loc.dayName(date.dayOfWeek(), QLocale::ShortFormat))
                                 .arg(date.day())
                                 .arg(loc.monthName(date.month(), QLocale::ShortFormat));
    return date.year() == today.year() ? dayMonth : tr("%1 %2", "a day and its year").arg(dayMonth).arg(date.year());
}

QString ChipFormat::when(const QDate &date, const QTime &time, const QDate &today, const QLocale &locale)
{
    const QLocale loc = usable(locale);
    if (!date.isValid())
        return time.isValid() ? shortTime(time) : QString();
    const QString dayText = capitalised(day(date, today, loc), loc);
    return time.isValid() ? tr("%1, %2", "a day and a time: Tomorrow, 17:00").arg(dayText, shortTime(time)) : dayText;
}

QString ChipFormat::tags(const QStringList &tags)
{
    QStringList hashed;
    for (const QString &tag : tags)
        hashed.append(u'#' + tag);
    return hashed.join(u' ');
}

QString ChipFormat::priority(int priority)
{
    return tr("P%1", "task priority, P1 is the most urgent").arg(priority);
}

QString ChipFormat::savedSummary(const StoredCapture &stored, const QDate &today, const QString &defaultCurrency)
{
    const ParsedCapture &parsed = stored.parsed;
    QStringList details;
    const bool otherDay = stored.day.isValid() && stored.day != today;
    if (parsed.kind == CaptureKind::Task) {
        if (parsed.date.isValid()) {
            const QString due = day(parsed.date, today);
            details.append(parsed.time.isValid() ? tr("due %1 at %2").arg(due, shortTime(parsed.time))
                                                 : tr("due %1").arg(due));
        }
        if (parsed.priority)
            details.append(priority(*parsed.priority));
    } else if (otherDay) {
        details.append(day(stored.day, today));
    }
    if (parsed.amount)
        details.append(money(*parsed.amount, defaultCurrency));
    if (parsed.metric)
        details.append(metric(*parsed.metric));
    if (parsed.durationMin)
        details.append(duration(*parsed.durationMin));
    if (parsed.distanceKm)
        details.append(distance(*parsed.distanceKm));

    QString what = parsed.title.trimmed();
    if (what.isEmpty() && parsed.kind != CaptureKind::Task)
        what = details.isEmpty() ? parsed.raw.trimmed() : details.takeFirst();
    if (what.isEmpty())
        what = parsed.raw.trimmed();
    const QString line = details.isEmpty() ? what : what + QStringLiteral(" · ") + details.join(QStringLiteral(" · "));

    switch (parsed.kind) {
    case CaptureKind::Task:
        return tr("Saved as task: %1").arg(line);
    case CaptureKind::Note:
        return tr("Saved as note: %1").arg(line);
    case CaptureKind::Journal:
        return tr("Added to the journal: %1").arg(line);
    case CaptureKind::Expense:
        return tr("Saved as expense: %1").arg(line);
    case CaptureKind::Income:
        return tr("Saved as income: %1").arg(line);
    case CaptureKind::Metric:
        return tr("Saved as measurement: %1").arg(line);
    case CaptureKind::Workout:
        return tr("Saved as workout: %1").arg(line);
    }
    return line;
}

} // namespace lifeos
