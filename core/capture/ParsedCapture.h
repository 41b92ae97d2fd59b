#pragma once

#include "capture/CaptureKind.h"
#include "model/Money.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace lifeos {

// One measurement: a canonical metric name ("sleep", "weight", "water", "steps", "mood", "energy", "sauna",
// or a user-defined name) with its value in the canonical unit ("h", "kg", "ml", "steps", "/10", "min" ...).
struct MetricReading
{
    QString name;
    double value = 0;
    QString unit;
    bool operator==(const MetricReading &) const = default;
};

// What the offline parser (or a second opinion) understood of one captured line.
struct ParsedCapture
{
    QString raw; // exactly what was typed; kept with the stored record
    CaptureKind kind = CaptureKind::Note;
    QString title; // the line with the parsed-away parts removed, first letter capitalised
    QDate date;    // null: no date was given
    QTime time;    // null: no time was given
    std::optional<Money> amount;
    std::optional<MetricReading> metric;
    std::optional<double> durationMin;
    std::optional<double> distanceKm;
    QString activity;            // workouts: "run", "walk", "cycle", "swim", "yoga", "gym" …; empty otherwise
    QStringList tags;            // without '#', in the order typed, no duplicates
    std::optional<int> priority; // 1 (most urgent) … 4
    QString category;            // a category hint ("food", "transport" …), empty when none
    double confidence = 0;       // 0…1: how sure the parser is of `kind`
};

} // namespace lifeos
