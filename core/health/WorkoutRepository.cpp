#include "health/WorkoutRepository.h"

#include "storage/Query.h"
#include "storage/SqlValues.h"

#include <cmath>

namespace lifeos {

namespace {

const QString kSelect = QStringLiteral("SELECT id, activity, day, started_at, duration_min, distance_km, calories, "
                                       "notes, source, external_id, raw_input FROM workouts");

std::optional<double> optionalReal(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

QVariant realOrNull(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

Workout workoutFromRow(const QSqlQuery &row)
{
    Workout workout;
    workout.id = row.value(0).toLongLong();
    workout.activity = row.value(1).toString();
    workout.day = sql::toDay(row.value(2));
    workout.startedAt = sql::toInstant(row.value(3));
    workout.durationMin = optionalReal(row.value(4));
    workout.distanceKm = optionalReal(row.value(5));
    workout.calories = optionalReal(row.value(6));
    workout.notes = row.value(7).toString();
    workout.source = row.value(8).toString();
    workout.externalId = row.value(9).toString();
    workout.rawInput = row.value(10).toString();
    return workout;
}

// The fields a user edits, in the order every INSERT and UPDATE below lists their columns first.
QVariantList editableValues(const Workout &workout)
{
    return {workout.activity,
            sql::day(workout.day),
            sql::instant(workout.startedAt),
            realOrNull(workout.durationMin),
            realOrNull(workout.distanceKm),
            realOrNull(workout.calories),
            workout.notes};
}

} // namespace

WorkoutRepository::WorkoutRepository(Database &database)
    : m_database(database)
{}

// Checks what SQLite would otherwise refuse with a less readable message.
static Result<Workout> normalised(const Workout &input)
{
    Workout workout = input;
    workout.activity = workout.activity.trimmed();
    workout.source = workout.source.trimmed().isEmpty() ? QStringLiteral("manual") : workout.source.trimmed();
    workout.externalId = workout.externalId.trimmed();
    if (workout.activity.isEmpty())
        return Error{ErrorCode::InvalidInput, WorkoutRepository::tr("A workout needs an activity, such as “run”.")};
    if (!workout.day.isValid() || workout.day.year() < 1000 || workout.day.year() > 9999)
        return Error{ErrorCode::InvalidInput, WorkoutRepository::tr("The workout needs a valid day.")};
    const auto invalid = [](const std::optional<double> &value) {
        return value && (!std::isfinite(*value) || *value < 0);
    };
    if (invalid(workout.durationMin))
        return Error{ErrorCode::InvalidInput,
                     WorkoutRepository::tr("The duration must be a number of minutes, not negative.")};
    if (invalid(workout.distanceKm))
        return Error{ErrorCode::InvalidInput,
                     WorkoutRepository::tr("The distance must be a number of kilometres, not negative.")};
    if (invalid(workout.calories))
        return Error{ErrorCode::InvalidInput, WorkoutRepository::tr("The calories must be a number, not negative.")};
    return workout;
}

Result<Workout> WorkoutRepository::add(const Workout &input)
{
    auto checked = normalised(input);
    if (!checked)
        return checked.error();
    Workout workout = *checked;
    const QVariant now = sql::instant(sql::now());
    auto query = runQuery(m_database,
                          QStringLiteral("INSERT INTO workouts (activity, day, started_at, duration_min, distance_km, "
                                         "calories, notes, source, external_id, raw_input, created_at, updated_at) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                          editableValues(workout)
                              + QVariantList{workout.source, textOrNull(workout.externalId),
                                             textOrNull(workout.rawInput), now, now},
                          tr("Adding the workout"));
    if (!query)
        return query.error();
    workout.id = query->lastInsertId().toLongLong();
    return workout;
}

Result<Workout> WorkoutRepository::update(const Workout &input)
{
    auto checked = normalised(input);
    if (!checked)
        return checked.error();
    const Workout workout = *checked;
    auto query = runQuery(m_database,
                          QStringLiteral("UPDATE workouts SET activity = ?, day = ?, started_at = ?, duration_min = ?, "
                                         "distance_km = ?, calories = ?, notes = ?, updated_at = ? WHERE id = ?"),
                          editableValues(workout) + QVariantList{sql::instant(sql::now()), workout.id},
                          tr("Saving the workout"));
    if (!query)
        return query.error();
    if (query->numRowsAffected() != 1)
        return Error{ErrorCode::NotFound, tr("The workout no longer exists.")};
    // Source and external id are not edited here; read them back so the caller holds the stored row.
    auto stored = get(workout.id);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return Error{ErrorCode::NotFound, tr("The workout no longer exists.")};
    return **stored;
}

Result<void> WorkoutRepository::remove(qint64 id)
{
    auto query =
        runQuery(m_database, QStringLiteral("DELETE FROM workouts WHERE id = ?"), {id}, tr("Deleting the workout"));
    if (!query)
        return query.error();
    return {};
}

Result<std::optional<Workout>> WorkoutRepository::get(qint64 id) const
{
    auto query = runQuery(m_database, kSelect + QStringLiteral(" WHERE id = ?"), {id}, tr("Reading the workout"));
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<Workout>();
    return std::optional<Workout>(workoutFromRow(*query));
}

Result<Workout> WorkoutRepository::upsert(const Workout &input)
{
    auto checked = normalised(input);
    if (!checked)
        return checked.error();
    Workout workout = *checked;
    if (workout.externalId.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("A synced or imported workout needs an external id.")};
    auto written = m_database.write([&]() -> Result<void> {
        auto existing = runQuery(m_database,
                                 QStringLiteral("SELECT id FROM workouts WHERE source = ? AND external_id = ?"),
                                 {workout.source, workout.externalId},
                                 tr("Reading the workout"));
        if (!existing)
            return existing.error();
        if (existing->next()) {
            workout.id = existing->value(0).toLongLong();
            auto query = runQuery(m_database,
                                  QStringLiteral("UPDATE workouts SET activity = ?, day = ?, started_at = ?, "
                                                 "duration_min = ?, distance_km = ?, calories = ?, notes = ?, "
                                                 "raw_input = ?, updated_at = ? WHERE id = ?"),
                                  editableValues(workout)
                                      + QVariantList{textOrNull(workout.rawInput), sql::instant(sql::now()),
                                                     workout.id},
                                  tr("Saving the workout"));
            if (!query)
                return query.error();
            return {};
        }
        auto added = add(workout);
        if (!added)
            return added.error();
        workout.id = added->id;
        return {};
    });
    if (!written)
        return written.error();
    return workout;
}

Result<QList<Workout>> WorkoutRepository::list(const QDate &from, const QDate &to) const
{
    QStringList conditions;
    QVariantList values;
    if (from.isValid()) {
        conditions << QStringLiteral("day >= ?");
        values << sql::day(from);
    }
    if (to.isValid()) {
        conditions << QStringLiteral("day <= ?");
        values << sql::day(to);
    }
    QString statement = kSelect;
    if (!conditions.isEmpty())
        statement += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    // Newest first: by day, then by start time where known, then by the order they were added.
    statement += QStringLiteral(" ORDER BY day DESC, started_at IS NULL, started_at DESC, id DESC");
    auto query = runQuery(m_database, statement, values, tr("Reading workouts"));
    if (!query)
        return query.error();
    QList<Workout> workouts;
    while (query->next())
        workouts.append(workoutFromRow(*query));
    return workouts;
}

Result<QList<Workout>> WorkoutRepository::onDay(const QDate &day) const
{
    if (!day.isValid())
        return Error{ErrorCode::InvalidInput, tr("Choose a valid day.")};
    return list(day, day);
}

} // namespace lifeos
