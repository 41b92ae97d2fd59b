#pragma once

#include "capture/CaptureKind.h"

#include <optional>

namespace lifeos {

// What the extractors and word lists found in a line; the classifier weighs it into a kind.
struct CaptureEvidence
{
    std::optional<CaptureKind> markedKind; // "todo:", "note:", "remind me to" …
    bool taskVerbFirst = false;            // the line starts with buy/call/beli/telepon …
    bool taskVerbLater = false;
    bool obligation = false; // need to, harus, perlu
    bool priority = false;
    bool futureDate = false; // a date after today, or a time of day
    bool pastDate = false;   // a date before today
    bool expenseVerb = false;
    bool incomeWord = false;
    bool categoryWord = false;   // coffee, bensin, or one of the user's categories
    bool markedAmount = false;   // Rp, $, 15k, 2 juta …
    bool bareAmount = false;     // "kopi 25000"
    double metricConfidence = 0; // 0 when no metric was read
    bool activity = false;
    bool workoutQuantity = false; // a duration or distance beside the activity
    bool journalCue = false;      // felt, today was, merasa, hari ini aku
    bool firstPerson = false;     // I, aku, saya at the start
};

// Weighs evidence into a confidence per kind (0…1). An explicit marker scores 0.95 and nothing else can reach
// it; when no kind reaches kNoteThreshold the line is filed as a note.
class IntentClassifier
{
public:
    static constexpr double kNoteThreshold = 0.5;
    static constexpr double kMarkedConfidence = 0.95;
    static constexpr double kFallbackNoteConfidence = 0.4;

    static double score(CaptureKind kind, const CaptureEvidence &evidence);
    // The kind with the highest score (ties go to the more specific kind), or Note below the threshold.
    static CaptureKind classify(const CaptureEvidence &evidence);
};

} // namespace lifeos
