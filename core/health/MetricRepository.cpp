#include "health/MetricRepository.h"

#include "storage/Query.h"
#include "storage/SqlValues.h"

#include <cmath>

namespace lifeos {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, name, value, unit, day, instant, source, external_id, import_batch, raw_input FROM metrics");

Metric metricFromRow(const QSqlQuery &row)
{
    Metric metric;
    metric.id = row.value(0).toLongLong();
    metric.name = row.value(1).toString();
    metric.value = row.value(2).toDouble();
    metric.unit = row.value(3).toString();
    metric.day = sql::toDay(row.value(4));
    metric.instant = sql::toInstant(row.value(5));
    metric.source = row.value(6).toString();
    metric.externalId = row.value(7).toString();
    metric.importBatch = row.value(8).toString();
    metric.rawInput = row.value(9).toString();
    return metric;
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// The fields a user edits, in the order every INSERT and UPDATE below lists their columns first.
QVariantList editableValues(const Metric &metric)
{
    return {metric.name, metric.value, metric.unit, sql::day(metric.day), sql::instant(metric.instant)};
}

} // namespace

MetricRepository::MetricRepository(Database &database)
    : m_database(database)
{}

// Trims and lower-cases the name and checks what SQLite would otherwise refuse with a less readable message.
static Result<Metric> normalised(const Metric &input)
{
    Metric metric = input;
    metric.name = metric.name.trimmed().toLower();
    metric.unit = metric.unit.trimmed();
    metric.source = metric.source.trimmed().isEmpty() ? QStringLiteral("manual") : metric.source.trimmed();
    metric.externalId = metric.externalId.trimmed();
    if (metric.name.isEmpty())
        return Error{ErrorCode::InvalidInput, MetricRepository::tr("A metric needs a name.")};
    if (!std::isfinite(metric.value))
        return Error{ErrorCode::InvalidInput,
                     MetricRepository::tr("The value of “%1” is not a number.").arg(metric.name)};
    if (!metric.day.isValid() || metric.day.year() < 1000 || metric.day.year() > 9999)
        return Error{ErrorCode::InvalidInput,
                     MetricRepository::tr("The value of “%1” needs a valid day.").arg(metric.name)};
    return metric;
}

Result<Metric> MetricRepository::add(const Metric &input)
{
    auto checked = normalised(input);
    if (!checked)
        return checked.error();
    Metric metric = *checked;
    const QVariant now = sql::instant(sql::now());
    auto query = runQuery(m_database,
                          QStringLiteral("INSERT INTO metrics (name, value, unit, day, instant, source, external_id, "
                                         "import_batch, raw_input, created_at, updated_at) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                          editableValues(metric)
                              + QVariantList{metric.source, textOrNull(metric.externalId),
                                             textOrNull(metric.importBatch), textOrNull(metric.rawInput), now, now},
                          tr("Adding the value of “%1”").arg(metric.name));
    if (!query)
        return query.error();
    metric.id = query->lastInsertId().toLongLong();
    return metric;
}

Result<Metric> MetricRepository::update(const Metric &input)
{
    auto checked = normalised(input);
    if (!checked)
        return checked.error();
    Metric metric = *checked;
    auto query = runQuery(m_database,
                          QStringLiteral("UPDATE metrics SET name = ?, value = ?, unit = ?, day = ?, instant = ?, "
                                         "updated_at = ? WHERE id = ?"),
                          editableValues(metric) + QVariantList{sql::instant(sql::now()), metric.id},
                          tr("Saving the value of “%1”").arg(metric.name));
    if (!query)
        return query.error();
    if (query->numRowsAffected() != 1)
        return Error{ErrorCode::NotFound, tr("The value no longer exists.")};
    // Source, external id and import batch are not edited here; read them back so the caller holds the row.
    auto stored = get(metric.id);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return Error{ErrorCode::NotFound, tr("The value no longer exists.")};
    return **stored;
}

Result<void> MetricRepository::remove(qint64 id)
{
    auto query =
        runQuery(m_database, QStringLiteral("DELETE FROM metrics WHERE id = ?"), {id}, tr("Deleting the value"));
    if (!query)
        return query.error();
    return {};
}

Result<std::optional<Metric>> MetricRepository::get(qint64 id) const
{
    auto query = runQuery(m_database, kSelect + QStringLiteral(" WHERE id = ?"), {id}, tr("Reading the value"));
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<Metric>();
    return std::optional<Metric>(metricFromRow(*query));
}

Result<Metric> MetricRepository::upsert(const Metric &input)
{
    auto checked = normalised(input);
    if (!checked)
        return checked.error();
    Metric metric = *checked;
    if (metric.externalId.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("A synced or imported value needs an external id.")};
    auto written = m_database.write([&]() -> Result<void> {
        auto existing = runQuery(m_database,
                                 QStringLiteral("SELECT id FROM metrics WHERE source = ? AND external_id = ?"),
                                 {metric.source, metric.externalId},
                                 tr("Reading the value"));
        if (!existing)
            return existing.error();
        const QVariant now = sql::instant(sql::now());
        if (existing->next()) {
            metric.id = existing->value(0).toLongLong();
            auto query = runQuery(m_database,
                                  QStringLiteral("UPDATE metrics SET name = ?, value = ?, unit = ?, day = ?, "
                                                 "instant = ?, import_batch = ?, raw_input = ?, updated_at = ? "
                                                 "WHERE id = ?"),
                                  editableValues(metric)
                                      + QVariantList{textOrNull(metric.importBatch), textOrNull(metric.rawInput),
                                                     now, metric.id},
                                  tr("Saving the value of “%1”").arg(metric.name));
            if (!query)
                return query.error();
            return {};
        }
        auto added = add(metric);
        if (!added)
            return added.error();
        metric.id = added->id;
        return {};
    });
    if (!written)
        return written.error();
    return metric;
}

Result<QList<Metric>> MetricRepository::list(const MetricFilter &filter) const
{
    QStringList conditions;
    QVariantList values;
    if (!filter.name.trimmed().isEmpty()) {
        conditions << QStringLiteral("name = ?");
        values << filter.name.trimmed().toLower();
    }
    if (filter.from.isValid()) {
        conditions << QStringLiteral("day >= ?");
        values << sql::day(filter.from);
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("day <= ?");
        values << sql::day(filter.to);
    }
    QString statement = kSelect;
    if (!conditions.isEmpty())
        statement += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    statement += QStringLiteral(" ORDER BY day DESC, name, id DESC");
    if (filter.limit > 0) {
        statement += QStringLiteral(" LIMIT ?");
        values << filter.limit;
    }
    auto query = runQuery(m_database, statement, values, tr("Reading metrics"));
    if (!query)
        return query.error();
    QList<Metric> metrics;
    while (query->next())
        metrics.append(metricFromRow(*query));
    return metrics;
}

Result<QList<Metric>> MetricRepository::onDay(const QDate &day) const
{
    if (!day.isValid())
        return Error{ErrorCode::InvalidInput, tr("Choose a valid day.")};
    MetricFilter filter;
    filter.from = day;
    filter.to = day;
    return list(filter);
}

Result<QStringList> MetricRepository::names() const
{
    auto query = runQuery(m_database,
                          QStringLiteral("SELECT DISTINCT name FROM metrics ORDER BY name"),
                          {},
                          tr("Reading metric names"));
    if (!query)
        return query.error();
    QStringList result;
    while (query->next())
        result.append(query->value(0).toString());
    return result;
}

} // namespace lifeos
