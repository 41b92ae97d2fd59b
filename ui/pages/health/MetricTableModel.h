#pragma once

#include "health/MetricCatalog.h"
#include "model/Metric.h"

#include <QAbstractTableModel>
#include <QList>

namespace lifeos {

// Metrics as rows (day, metric, value with unit, source) for the Health page's day list and table.
class MetricTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricTableModel)

public:
    enum Column { DayColumn, NameColumn, SourceColumn, ValueColumn, ColumnCount };
    // The raw value to sort by: the date, the number, the label.
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit MetricTableModel(QObject *parent = nullptr);

    void setDefinitions(const QList<MetricDefinition> &definitions);
    void setMetrics(const QList<Metric> &metrics);
    const Metric &metricAt(int row) const { return m_metrics.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<MetricDefinition> m_definitions;
    QList<Metric> m_metrics;
};

} // namespace lifeos
