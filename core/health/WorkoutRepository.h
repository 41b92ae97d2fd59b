#pragma once

#include "model/Workout.h"
#include "storage/Database.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace lifeos {

// Workouts in SQLite. Activity is required; duration, distance and calories, when given, are not negative.
class WorkoutRepository
{
    Q_DECLARE_TR_FUNCTIONS(WorkoutRepository)

public:
    explicit WorkoutRepository(Database &database);

    Result<Workout> add(const Workout &workout);
    Result<Workout> update(const Workout &workout);
    Result<void> remove(qint64 id);
    Result<std::optional<Workout>> get(qint64 id) const;
    Result<Workout> upsert(const Workout &workout); // by (source, externalId)
    // Newest first; from/to inclusive, null = open.
    Result<QList<Workout>> list(const QDate &from = {}, const QDate &to = {}) const;
    Result<QList<Workout>> onDay(const QDate &day) const;

private:
    Database &m_database;
};

} // namespace lifeos
