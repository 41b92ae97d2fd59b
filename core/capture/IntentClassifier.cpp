#include "capture/IntentClassifier.h"

#include <QtGlobal>

#include <array>

namespace lifeos {

namespace {

constexpr double kHighestUnmarked = 0.9;

double taskScore(const CaptureEvidence &e)
{
    double score = 0;
    if (e.taskVerbFirst)
        score = 0.75;
    else if (e.obligation)
        score = 0.65;
    else if (e.taskVerbLater)
        score = 0.45;
    if (e.futureDate)
        score = score > 0 ? score + 0.15 : 0.6;
    if (e.priority)
        score = score > 0 ? score + 0.1 : 0.55;
    if (e.pastDate)
        score -= 0.3;
    return score;
}

double expenseScore(const CaptureEvidence &e)
{
    if (!e.markedAmount && !e.bareAmount)
        return e.expenseVerb ? 0.25 : 0;
    double score = e.markedAmount ? 0.7 : 0.6;
    if (e.expenseVerb)
        score += 0.15;
    if (e.categoryWord)
        score += 0.1;
    if (e.futureDate) // money that has not moved yet is a bill to pay: a task
        score -= 0.3;
    if (e.incomeWord)
        score -= 0.3;
    return score;
}

double incomeScore(const CaptureEvidence &e)
{
    if (!e.incomeWord)
        return 0;
    if (!e.markedAmount && !e.bareAmount)
        return 0.25;
    double score = e.markedAmount ? 0.9 : 0.85;
    if (e.futureDate)
        score -= 0.3;
    return score;
}

double workoutScore(const CaptureEvidence &e)
{
    if (!e.activity)
        return 0;
    double score = e.workoutQuantity ? 0.85 : 0.3;
    if (e.futureDate) // "run 5km tomorrow" is a plan
        score -= 0.3;
    return score;
}

double journalScore(const CaptureEvidence &e)
{
    if (e.journalCue)
        return 0.75;
    return e.firstPerson ? 0.55 : 0;
}

double unmarkedScore(CaptureKind kind, const CaptureEvidence &e)
{
    switch (kind) {
    case CaptureKind::Task:
        return taskScore(e);
    case CaptureKind::Expense:
        return expenseScore(e);
    case CaptureKind::Income:
        return incomeScore(e);
    case CaptureKind::Metric:
        return e.metricConfidence;
    case CaptureKind::Workout:
        return workoutScore(e);
    case CaptureKind::Journal:
        return journalScore(e);
    case CaptureKind::Note:
        return 0;
    }
    return 0;
}

} // namespace

double IntentClassifier::score(CaptureKind kind, const CaptureEvidence &evidence)
{
    if (evidence.markedKind && kind == *evidence.markedKind)
        return kMarkedConfidence;
    return qBound(0.0, unmarkedScore(kind, evidence), kHighestUnmarked);
}

CaptureKind IntentClassifier::classify(const CaptureEvidence &evidence)
{
    // On a tie the more specific reading wins: money and measurements before plans and prose.
    static constexpr std::array order = {CaptureKind::Income,
                                         CaptureKind::Expense,
                                         CaptureKind::Metric,
                                         CaptureKind::Workout,
                                         CaptureKind::Task,
                                         CaptureKind::Journal,
                                         CaptureKind::Note};
    CaptureKind best = CaptureKind::Note;
    double bestScore = -1;
    for (CaptureKind kind : order) {
        const double s = score(kind, evidence);
        if (s > bestScore) {
            best = kind;
            bestScore = s;
        }
    }
    return bestScore < kNoteThreshold ? CaptureKind::Note : best;
}

} // namespace lifeos
