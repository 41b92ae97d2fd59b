#pragma once

#include "capture/CaptureText.h"

#include <optional>

namespace lifeos {

struct DurationMatch
{
    double minutes = 0;
    qsizetype first = 0;
    qsizetype count = 0;
};

// Lengths of time: 8h, 7h20, 7.5 hours, 45 min, 90m, 8 jam, 30 menit, 1 jam 30 menit, setengah jam, and "1:30"
// only where a clock reading is allowed (after a sleep or workout word; never after "at", "jam" or "pukul",
// where it is a time of day).
class DurationExtractor
{
public:
    // A duration starting at the token `index`; consumes nothing.
    static std::optional<DurationMatch> readAt(const CaptureText &text, qsizetype index, bool clockAllowed);
    // The first duration among the free tokens, consumed with a leading "for", "in" or "selama".
    static std::optional<DurationMatch> extract(CaptureText &text, bool clockAllowed);
    static bool isHourUnit(const QString &word);
    static bool isMinuteUnit(const QString &word);
};

} // namespace lifeos
