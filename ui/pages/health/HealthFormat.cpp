#include "pages/health/HealthFormat.h"

#include <QDate>
#include <QLocale>
#include <QStringList>

#include <cmath>

namespace lifeos {

QString HealthFormat::metricValue(double value, const MetricDefinition &definition)
{
    const QString number = QLocale().toString(value, 'f', qMax(0, definition.decimals));
    if (definition.unit.isEmpty())
        return number;
    // "/10" and "%" read glued to the number; words and symbols such as "kg" get a space.
    if (definition.unit.startsWith(u'/') || definition.unit == u"%")
        return number + definition.unit;
    return number + u' ' + definition.unit;
}

QString HealthFormat::editableNumber(double value)
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(value, 'f', QLocale::FloatingPointShortest);
}

std::optional<double> HealthFormat::parseNumber(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    double value = QLocale().toDouble(trimmed, &ok);
    if (!ok)
        value = QLocale::c().toDouble(trimmed, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

QString HealthFormat::activity(const QString &activity)
{
    const QString trimmed = activity.trimmed();
    if (trimmed.isEmpty())
        return trimmed;
    return trimmed.left(1).toUpper() + trimmed.mid(1);
}

QString HealthFormat::duration(std::optional<double> minutes)
{
    if (!minutes)
        return {};
    const qint64 total = qRound64(*minutes);
    if (total < 60)
        return tr("%1 min").arg(QLocale().toString(total));
    const qint64 rest = total % 60;
    if (rest == 0)
        return tr("%1 h").arg(QLocale().toString(total / 60));
    return tr("%1 h %2 min").arg(QLocale().toString(total / 60), QLocale().toString(rest));
}

QString HealthFormat::distance(std::optional<double> km)
{
    if (!km)
        return {};
    return tr("%1 km").arg(QLocale().toString(*km, 'f', *km >= 100 ? 0 : (*km >= 10 ? 1 : 2)));
}

QString HealthFormat::calories(std::optional<double> kcal)
{
    if (!kcal)
        return {};
    return tr("%1 kcal").arg(QLocale().toString(*kcal, 'f', 0));
}

QString HealthFormat::workoutSummary(const Workout &workout)
{
    QStringList parts{activity(workout.activity)};
    for (const QString &part : {duration(workout.durationMin), distance(workout.distanceKm), calories(workout.calories)}) {
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts.join(QStringLiteral(" · "));
}

QString HealthFormat::source(const QString &source)
{
    if (source == u"manual")
        return tr("Manual");
    if (source == u"oura")
        return tr("Oura");
    if (source == u"import" || source == u"csv")
        return tr("Import");
    if (source == u"capture")
        return tr("Quick capture");
    return source;
}

QString HealthFormat::dayTitle(const QDate &day, const QDate &today)
{
    const QString date = QLocale().toString(day, QLocale::LongFormat);
    const qint64 offset = today.daysTo(day);
    if (offset == 0)
        return tr("Today · %1").arg(date);
    if (offset == -1)
        return tr("Yesterday · %1").arg(date);
    if (offset == 1)
        return tr("Tomorrow · %1").arg(date);
    return date;
}

} // namespace lifeos
