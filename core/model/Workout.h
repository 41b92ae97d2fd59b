#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace lifeos {

// One workout: "run" 30 min 5 km. Duration, distance and calories are optional (not everything is measured).
struct Workout
{
    qint64 id = 0;
    QString activity; // "run", "walk", "cycle", "swim", "yoga", "gym", or anything the user types
    QDate day;
    QDateTime startedAt; // UTC; null when unknown
    std::optional<double> durationMin;
    std::optional<double> distanceKm;
    std::optional<double> calories;
    QString notes;
    QString source = QStringLiteral("manual");
    QString externalId;
    QString rawInput;
};

} // namespace lifeos
