#pragma once

#include "model/Workout.h"

#include <QAbstractTableModel>
#include <QList>

namespace lifeos {

// Workouts as rows (day, activity, duration, distance, calories, notes, source) for the day list and the table.
class WorkoutTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkoutTableModel)

public:
    enum Column {
        DayColumn,
        ActivityColumn,
        DurationColumn,
        DistanceColumn,
        CaloriesColumn,
        NotesColumn,
        SourceColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit WorkoutTableModel(QObject *parent = nullptr);

    void setWorkouts(const QList<Workout> &workouts);
    const Workout &workoutAt(int row) const { return m_workouts.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Workout> m_workouts;
};

} // namespace lifeos
