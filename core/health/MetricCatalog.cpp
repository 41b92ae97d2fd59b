#include "health/MetricCatalog.h"

#include "util/Settings.h"

#include <QRegularExpression>

namespace lifeos {

namespace {

MetricDefinition builtIn(const char *name, const char *unit, MetricAggregate aggregate, int decimals)
{
    MetricDefinition definition;
    definition.name = QString::fromLatin1(name);
    definition.unit = QString::fromUtf8(unit);
    definition.aggregate = aggregate;
    definition.decimals = decimals;
    definition.builtIn = true;
    return definition;
}

// The name part of a CustomMetrics line ("caffeine:mg:kafein"), read as quick capture reads it.
QString lineName(const QString &line)
{
    return line.section(u':', 0, 0).trimmed().toCaseFolded();
}

} // namespace

QList<MetricDefinition> MetricCatalog::builtIns()
{
    static const QList<MetricDefinition> definitions = {
        builtIn("sleep", "h", MetricAggregate::Mean, 1),
        builtIn("sleep_score", "", MetricAggregate::Mean, 0),
        builtIn("weight", "kg", MetricAggregate::Mean, 1),
        builtIn("water", "ml", MetricAggregate::Sum, 0),
        builtIn("steps", "steps", MetricAggregate::Sum, 0),
        builtIn("mood", "/10", MetricAggregate::Mean, 1),
        builtIn("energy", "/10", MetricAggregate::Mean, 1),
        builtIn("hrv", "ms", MetricAggregate::Mean, 0),
        builtIn("readiness", "", MetricAggregate::Mean, 0),
        builtIn("resting_hr", "bpm", MetricAggregate::Mean, 0),
        builtIn("sauna", "min", MetricAggregate::Sum, 0),
    };
    return definitions;
}

QList<MetricDefinition> MetricCatalog::all(const Settings &settings)
{
    QList<MetricDefinition> definitions = builtIns();
    for (const QString &line : settings.value(SettingKeys::CustomMetrics)) {
        const QStringList parts = line.split(u':');
        const QString name = lineName(line);
        if (parts.size() < 2 || name.isEmpty() || find(definitions, name))
            continue;
        MetricDefinition definition;
        definition.name = name;
        definition.unit = parts.at(1).trimmed();
        definition.aggregate = MetricAggregate::Mean;
        definition.decimals = 1;
        definition.builtIn = false;
        definitions.append(definition);
    }
    return definitions;
}

std::optional<MetricDefinition> MetricCatalog::find(const QList<MetricDefinition> &definitions, const QString &name)
{
    const QString wanted = name.trimmed().toCaseFolded();
    for (const MetricDefinition &definition : definitions) {
        if (definition.name == wanted)
            return definition;
    }
    return std::nullopt;
}

MetricDefinition
MetricCatalog::resolve(const QList<MetricDefinition> &definitions, const QString &name, const QString &unit)
{
    if (auto known = find(definitions, name))
        return *known;
    MetricDefinition definition;
    definition.name = name.trimmed().toCaseFolded();
    definition.unit = unit.trimmed();
    definition.aggregate = MetricAggregate::Mean;
    definition.decimals = 1;
    definition.builtIn = false;
    return definition;
}

QString MetricCatalog::label(const QString &name)
{
    if (name == u"sleep")
        return tr("Sleep");
    if (name == u"sleep_score")
        return tr("Sleep score");
    if (name == u"weight")
        return tr("Weight");
    if (name == u"water")
        return tr("Water");
    if (name == u"steps")
        return tr("Steps");
    if (name == u"mood")
        return tr("Mood");
    if (name == u"energy")
        return tr("Energy");
    if (name == u"hrv")
        return tr("Heart-rate variability");
    if (name == u"readiness")
        return tr("Readiness");
    if (name == u"resting_hr")
        return tr("Resting heart rate");
    if (name == u"sauna")
        return tr("Sauna");
    return name;
}

Result<MetricDefinition> MetricCatalog::addCustom(Settings &settings, const QString &name, const QString &unit)
{
    static const QRegularExpression validName(QStringLiteral("^[\\w-]+$"),
                                              QRegularExpression::UseUnicodePropertiesOption);
    const QString canonical = name.trimmed().toCaseFolded();
    const QString cleanUnit = unit.trimmed();
    if (canonical.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("A metric needs a name.")};
    if (!validName.match(canonical).hasMatch())
        return Error{ErrorCode::InvalidInput,
                     tr("“%1” cannot be a metric name: use letters, digits, “_” and “-” only.").arg(name.trimmed())};
    if (cleanUnit.contains(u':') || cleanUnit.contains(u'\n'))
        return Error{ErrorCode::InvalidInput, tr("A unit cannot contain “:” or a line break.")};
    if (find(builtIns(), canonical))
        return Error{ErrorCode::InvalidInput, tr("“%1” is already a built-in metric.").arg(label(canonical))};
    QStringList lines = settings.value(SettingKeys::CustomMetrics);
    for (const QString &line : std::as_const(lines)) {
        if (lineName(line) == canonical)
            return Error{ErrorCode::InvalidInput, tr("You already have a metric called “%1”.").arg(canonical)};
    }
    lines.append(QString(canonical + u':' + cleanUnit));
    settings.setValue(SettingKeys::CustomMetrics, lines);
    settings.sync();
    MetricDefinition definition;
    definition.name = canonical;
    definition.unit = cleanUnit;
    definition.aggregate = MetricAggregate::Mean;
    definition.decimals = 1;
    definition.builtIn = false;
    return definition;
}

Result<void> MetricCatalog::removeCustom(Settings &settings, const QString &name)
{
    const QString canonical = name.trimmed().toCaseFolded();
    if (find(builtIns(), canonical))
        return Error{ErrorCode::InvalidInput,
                     tr("“%1” is a built-in metric and cannot be removed.").arg(label(canonical))};
    QStringList lines = settings.value(SettingKeys::CustomMetrics);
    const qsizetype removed = lines.removeIf([&](const QString &line) { return lineName(line) == canonical; });
    if (removed == 0)
        return Error{ErrorCode::NotFound, tr("There is no metric called “%1”.").arg(name.trimmed())};
    settings.setValue(SettingKeys::CustomMetrics, lines);
    settings.sync();
    return {};
}

} // namespace lifeos
