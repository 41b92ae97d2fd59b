#include "pages/health/WorkoutTableModel.h"

#include "pages/health/HealthFormat.h"

#include <QLocale>

namespace lifeos {

namespace {

// Unknown values sort before every known one.
QVariant sortable(std::optional<double> value)
{
    return value ? *value : -1.0;
}

} // namespace

WorkoutTableModel::WorkoutTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void WorkoutTableModel::setWorkouts(const QList<Workout> &workouts)
{
    beginResetModel();
    m_workouts = workouts;
    endResetModel();
}

int WorkoutTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_workouts.size());
}

int WorkoutTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkoutTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_workouts.size())
        return {};
    const Workout &workout = m_workouts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DayColumn: return QLocale().toString(workout.day, QLocale::ShortFormat);
        case ActivityColumn: return HealthFormat::activity(workout.activity);
        case DurationColumn: return HealthFormat::duration(workout.durationMin);
        case DistanceColumn: return HealthFormat::distance(workout.distanceKm);
        case CaloriesColumn: return HealthFormat::calories(workout.calories);
        case NotesColumn: return workout.notes.simplified();
        case SourceColumn: return HealthFormat::source(workout.source);
        default: return {};
        }
    case SortRole:
        switch (index.column()) {
        case DayColumn: return workout.day;
        case ActivityColumn: return HealthFormat::activity(workout.activity);
        case DurationColumn: return sortable(workout.durationMin);
        case DistanceColumn: return sortable(workout.distanceKm);
        case CaloriesColumn: return sortable(workout.calories);
        case NotesColumn: return workout.notes;
        case SourceColumn: return HealthFormat::source(workout.source);
        default: return {};
        }
    case Qt::ToolTipRole:
        return workout.notes.isEmpty() ? QVariant() : QVariant(workout.notes);
    case Qt::TextAlignmentRole:
        if (index.column() >= DurationColumn && index.column() <= CaloriesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    default: return {};
    }
}

QVariant WorkoutTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    // Headers line up with their column's text: numbers right, words left.
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((section >= DurationColumn && section <= CaloriesColumn ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DayColumn: return tr("Date");
    case ActivityColumn: return tr("Activity");
    case DurationColumn: return tr("Duration");
    case DistanceColumn: return tr("Distance");
    case CaloriesColumn: return tr("Calories");
    case NotesColumn: return tr("Notes");
    case SourceColumn: return tr("Source");
    default: return {};
    }
}

} // namespace lifeos
