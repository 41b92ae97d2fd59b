#pragma once

#include "capture/CaptureText.h"
#include "capture/ParseContext.h"
#include "capture/ParsedCapture.h"

#include <optional>

namespace lifeos {

struct MetricMatch
{
    MetricReading reading;
    std::optional<double> durationMin; // sleep and sauna are measured as durations too
    double confidence = 0;
    qsizetype keywordFirst = -1; // the tokens that named the metric ("slept", "berat badan", the user's alias)
    qsizetype keywordCount = 0;
};

// Measurements named by a word next to a number: sleep (h), weight (kg; lb converted), water (ml; a glass or
// gelas is 250 ml, a cup 240 ml, a litre 1000 ml), steps, mood and energy (1–10, "/10"), sauna (min), and the
// user's own metrics (ctx.customMetrics, matched by name or alias, before the built-in words).
class MetricExtractor
{
public:
    // The first metric word with a fitting number beside it; consumes the number and its unit, not the word.
    static std::optional<MetricMatch> extract(CaptureText &text, const ParseContext &ctx);
    // True when the line speaks of sleep: "7:30" is then a duration and "last night" the night before waking.
    static bool speaksOfSleep(const CaptureText &text);
    // True when the line names a metric whose value a date reader would misread: sleep ("7:30" is not half past
    // seven) and mood or energy ("7/10" is not 7 October). Such lines are read for metrics before dates.
    static bool readsBeforeDates(const CaptureText &text);
    // Words that only name a metric (sleep, tidur, drank, minum, air …): a title made only of them is the label.
    static bool isMetricWord(const QString &word);
};

} // namespace lifeos
