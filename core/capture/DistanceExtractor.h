#pragma once

#include "capture/CaptureText.h"

#include <optional>

namespace lifeos {

struct DistanceMatch
{
    double km = 0;
    qsizetype first = 0;
    qsizetype count = 0;
};

// Distances in kilometres: 5km, 5 km, 3.2 mi (converted), 800 meters; and, only after an activity word
// (looseUnits), "5k" and "5 kilo" — elsewhere Indonesian "kilo" usually means kilograms.
class DistanceExtractor
{
public:
    static std::optional<DistanceMatch> readAt(const CaptureText &text, qsizetype index, bool looseUnits);
    // The first distance among the free tokens, consumed with a leading "sejauh" or "for".
    static std::optional<DistanceMatch> extract(CaptureText &text, bool looseUnits);
};

} // namespace lifeos
