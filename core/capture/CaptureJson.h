#pragma once

#include "capture/CaptureStore.h"
#include "capture/ParsedCapture.h"

#include <QJsonObject>

namespace lifeos {

// The JSON contract of `lifeos parse` and `lifeos capture`: kind, title, when, amount {minor, currency},
// metric {name, value, unit}, duration_min, distance_km, tags, priority, confidence, raw. A part that was not
// understood is null, never absent.
QJsonObject captureToJson(const ParsedCapture &capture);
// The same, plus what was stored: id (of the record), capture_id and day.
QJsonObject storedCaptureToJson(const StoredCapture &stored);

} // namespace lifeos
