#pragma once

#include <QStringList>

namespace lifeos {

// `count` realistic quick-capture lines, English and Indonesian mixed, of every kind (tasks with dates, notes,
// journal lines, expenses and income in several currency styles, metrics, workouts), the same every time.
QStringList sampleCaptureLines(int count, quint32 seed = 7);

} // namespace lifeos
