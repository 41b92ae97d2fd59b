#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace lifeos {

// What a captured line becomes. The order is the order Tab cycles through in the capture window.
enum class CaptureKind {
    Task,
    Note,
    Journal,
    Expense,
    Income,
    Metric,
    Workout
};

// The stable names used in JSON and on the command line: task, note, journal, expense, income, metric, workout.
QString captureKindName(CaptureKind kind);
std::optional<CaptureKind> captureKindFromName(const QString &name);
const QList<CaptureKind> &allCaptureKinds();

} // namespace lifeos
