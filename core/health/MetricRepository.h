#pragma once

#include "model/Metric.h"
#include "storage/Database.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace lifeos {

struct MetricFilter
{
    QString name; // empty: every metric
    QDate from;   // null: open
    QDate to;     // inclusive; null: open
    int limit = 0; // 0: no limit
};

// Metrics in SQLite. Values must be finite; names are trimmed and lower-cased.
class MetricRepository
{
    Q_DECLARE_TR_FUNCTIONS(MetricRepository)

public:
    explicit MetricRepository(Database &database);

    Result<Metric> add(const Metric &metric);
    Result<Metric> update(const Metric &metric);
    Result<void> remove(qint64 id);
    Result<std::optional<Metric>> get(qint64 id) const;
    // Inserts, or updates the row with the same (source, externalId); externalId must not be empty.
    Result<Metric> upsert(const Metric &metric);
    // Newest day first, then by name.
    Result<QList<Metric>> list(const MetricFilter &filter = {}) const;
    Result<QList<Metric>> onDay(const QDate &day) const;
    // Every metric name that has at least one value, alphabetically.
    Result<QStringList> names() const;

private:
    Database &m_database;
};

} // namespace lifeos
