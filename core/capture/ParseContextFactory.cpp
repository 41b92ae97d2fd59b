#include "capture/ParseContextFactory.h"

#include "storage/Query.h"
#include "util/Settings.h"

#include <QCoreApplication>

namespace lifeos {

ParseContext ParseContextFactory::fromSettings(const Settings &settings, const QDateTime &now, const QLocale &locale)
{
    ParseContext ctx;
    ctx.now = now;
    ctx.zone = QTimeZone::systemTimeZone();
    const QString currency = settings.value(SettingKeys::DefaultCurrency).trimmed().toUpper();
    ctx.defaultCurrency = currency.size() == 3 ? currency : localeCurrency(locale);
    const QString order = settings.value(SettingKeys::DateOrder);
    if (order == u"day-first")
        ctx.dateOrder = DateOrder::DayFirst;
    else if (order == u"month-first")
        ctx.dateOrder = DateOrder::MonthFirst;
    else
        ctx.dateOrder = localeDateOrder(locale);
    ctx.customMetrics = customMetricsFrom(settings.value(SettingKeys::CustomMetrics));
    return ctx;
}

Result<QStringList> ParseContextFactory::categoryNames(const Database &database)
{
    auto query = runQuery(database,
                          QStringLiteral("SELECT DISTINCT name FROM categories ORDER BY name"),
                          {},
                          QCoreApplication::translate("Database", "Reading categories"));
    if (!query)
        return query.error();
    QStringList names;
    while (query->next())
        names.append(query->value(0).toString());
    return names;
}

QString ParseContextFactory::localeCurrency(const QLocale &locale)
{
    const QString code = locale.currencySymbol(QLocale::CurrencyIsoCode);
    return code.size() == 3 ? code : QStringLiteral("IDR");
}

DateOrder ParseContextFactory::localeDateOrder(const QLocale &locale)
{
    const QString format = locale.dateFormat(QLocale::ShortFormat);
    const qsizetype month = format.indexOf(u'M');
    const qsizetype day = format.indexOf(u'd');
    return month >= 0 && day >= 0 && month < day ? DateOrder::MonthFirst : DateOrder::DayFirst;
}

QList<CustomMetric> ParseContextFactory::customMetricsFrom(const QStringList &lines)
{
    QList<CustomMetric> metrics;
    for (const QString &line : lines) {
        const QStringList parts = line.split(u':');
        if (parts.size() < 2 || parts.at(0).trimmed().isEmpty())
            continue;
        CustomMetric metric;
        metric.name = parts.at(0).trimmed().toCaseFolded();
        metric.unit = parts.at(1).trimmed();
        if (parts.size() > 2) {
            for (const QString &alias : parts.at(2).split(u',', Qt::SkipEmptyParts))
                metric.aliases.append(alias.trimmed().toCaseFolded());
        }
        metrics.append(metric);
    }
    return metrics;
}

} // namespace lifeos
