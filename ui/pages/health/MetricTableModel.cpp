#include "pages/health/MetricTableModel.h"

#include "pages/health/HealthFormat.h"

#include <QLocale>

namespace lifeos {

MetricTableModel::MetricTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MetricTableModel::setDefinitions(const QList<MetricDefinition> &definitions)
{
    beginResetModel();
    m_definitions = definitions;
    endResetModel();
}

void MetricTableModel::setMetrics(const QList<Metric> &metrics)
{
    beginResetModel();
    m_metrics = metrics;
    endResetModel();
}

int MetricTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_metrics.size());
}

int MetricTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MetricTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_metrics.size())
        return {};
    const Metric &metric = m_metrics.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DayColumn: return QLocale().toString(metric.day, QLocale::ShortFormat);
        case NameColumn: return MetricCatalog::label(metric.name);
        case ValueColumn:
            return HealthFormat::metricValue(metric.value,
                                             MetricCatalog::resolve(m_definitions, metric.name, metric.unit));
        case SourceColumn: return HealthFormat::source(metric.source);
        default: return {};
        }
    case SortRole:
        switch (index.column()) {
        case DayColumn: return metric.day;
        case NameColumn: return MetricCatalog::label(metric.name);
        case ValueColumn: return metric.value;
        case SourceColumn: return HealthFormat::source(metric.source);
        default: return {};
        }
    case Qt::ToolTipRole:
        return metric.rawInput.isEmpty() ? QVariant() : QVariant(tr("Typed as: %1").arg(metric.rawInput));
    case Qt::TextAlignmentRole:
        if (index.column() == ValueColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    default: return {};
    }
}

QVariant MetricTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    // Headers line up with their column's text: numbers right, words left.
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((section == ValueColumn ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DayColumn: return tr("Date");
    case NameColumn: return tr("Metric");
    case ValueColumn: return tr("Value");
    case SourceColumn: return tr("Source");
    default: return {};
    }
}

} // namespace lifeos
