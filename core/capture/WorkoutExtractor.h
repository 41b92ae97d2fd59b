#pragma once

#include "capture/CaptureText.h"

#include <optional>

namespace lifeos {

struct WorkoutMatch
{
    QString activity; // canonical English key: run, walk, cycle, swim, yoga, gym, lift, hike, futsal, badminton …
    std::optional<double> durationMin;
    std::optional<double> distanceKm;
    bool hasQuantity() const { return durationMin.has_value() || distanceKm.has_value(); }
};

// A workout: an activity word (run/ran/lari, walk/jalan kaki, cycle/sepeda/gowes, swim/renang, yoga, gym, lift,
// hike/mendaki, futsal, badminton/bulutangkis …) with the duration and distance said anywhere in the line.
class WorkoutExtractor
{
public:
    // The first activity word, and the first duration ("1:30" allowed) and distance ("5k", "5 kilo" allowed),
    // which are consumed; the activity word is left for the title decision.
    static std::optional<WorkoutMatch> extract(CaptureText &text);
    static bool speaksOfWorkout(const CaptureText &text);
    // Words that only name an activity (ran, lari, jalan kaki …): a title made only of them is the label.
    static bool isActivityWord(const QString &word);
};

} // namespace lifeos
