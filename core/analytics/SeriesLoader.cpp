#include "analytics/SeriesLoader.h"

#include "storage/Query.h"
#include "storage/SqlValues.h"

namespace lifeos {

namespace {

// An empty series over [from, to]: every day missing, or every day `fill`.
DailySeries emptySeries(const QDate &from, const QDate &to, std::optional<double> fill)
{
    DailySeries series;
    series.first = from;
    series.values = QList<std::optional<double>>(from.daysTo(to) + 1, fill);
    return series;
}

// Reads (day, value) rows into the series; days outside it are ignored.
void fillFrom(QSqlQuery &query, DailySeries &series)
{
    while (query.next()) {
        const qint64 index = series.first.daysTo(sql::toDay(query.value(0)));
        if (index >= 0 && index < series.values.size() && !query.value(1).isNull())
            series.values[index] = query.value(1).toDouble();
    }
}

} // namespace

SeriesLoader::SeriesLoader(const Database &database)
    : m_database(database)
{}

static std::optional<Error> checkRange(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid() || from > to)
        return Error{ErrorCode::InvalidInput, SeriesLoader::tr("Choose a valid range of days.")};
    return std::nullopt;
}

Result<DailySeries> SeriesLoader::metric(const MetricDefinition &definition, const QDate &from, const QDate &to) const
{
    if (auto invalid = checkRange(from, to))
        return *invalid;
    QString value;
    switch (definition.aggregate) {
    case MetricAggregate::Sum:
        value = QStringLiteral("SUM(value)");
        break;
    case MetricAggregate::Mean:
        value = QStringLiteral("AVG(value)");
        break;
    case MetricAggregate::Last:
        // SQLite takes a bare column from the row that holds the MAX(): the latest measurement, then the latest row.
        value = QStringLiteral("value, MAX(COALESCE(instant, '') || printf('%020d', id))");
        break;
    }
    auto query = runQuery(m_database,
                          QStringLiteral("SELECT day, ") + value
                              + QStringLiteral(" FROM metrics WHERE name = ? AND day BETWEEN ? AND ? GROUP BY day"),
                          {definition.name.trimmed().toLower(), sql::day(from), sql::day(to)},
                          tr("Reading the values of “%1”").arg(definition.name));
    if (!query)
        return query.error();
    DailySeries series = emptySeries(from, to, std::nullopt);
    fillFrom(*query, series);
    return series;
}

Result<DailySeries> SeriesLoader::spending(const QString &currency,
                                           std::optional<qint64> categoryId,
                                           const QDate &from,
                                           const QDate &to) const
{
    if (auto invalid = checkRange(from, to))
        return *invalid;
    QString statement = QStringLiteral("SELECT day, SUM(amount_minor) FROM transactions WHERE kind = 'expense' AND "
                                       "currency = ? AND day BETWEEN ? AND ?");
    QVariantList values{currency.trimmed().toUpper(), sql::day(from), sql::day(to)};
    if (categoryId) {
        statement += QStringLiteral(" AND category_id = ?");
        values << *categoryId;
    }
    statement += QStringLiteral(" GROUP BY day");
    auto query = runQuery(m_database, statement, values, tr("Reading spending"));
    if (!query)
        return query.error();
    DailySeries series = emptySeries(from, to, 0.0);
    fillFrom(*query, series);
    return series;
}

Result<DailySeries> SeriesLoader::workoutMinutes(const QDate &from, const QDate &to) const
{
    if (auto invalid = checkRange(from, to))
        return *invalid;
    auto query = runQuery(m_database,
                          QStringLiteral("SELECT day, SUM(COALESCE(duration_min, 0)) FROM workouts "
                                         "WHERE day BETWEEN ? AND ? GROUP BY day"),
                          {sql::day(from), sql::day(to)},
                          tr("Reading workouts"));
    if (!query)
        return query.error();
    DailySeries series = emptySeries(from, to, 0.0);
    fillFrom(*query, series);
    return series;
}

Result<std::optional<std::pair<QDate, QDate>>> SeriesLoader::metricSpan(const QString &name) const
{
    auto query = runQuery(m_database,
                          QStringLiteral("SELECT MIN(day), MAX(day) FROM metrics WHERE name = ?"),
                          {name.trimmed().toLower()},
                          tr("Reading the values of “%1”").arg(name));
    if (!query)
        return query.error();
    using Span = std::optional<std::pair<QDate, QDate>>;
    if (!query->next() || query->value(0).isNull())
        return Span();
    return Span(std::make_pair(sql::toDay(query->value(0)), sql::toDay(query->value(1))));
}

} // namespace lifeos
