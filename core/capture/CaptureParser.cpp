#include "capture/CaptureParser.h"

#include "capture/AmountExtractor.h"
#include "capture/CaptureLexicon.h"
#include "capture/CaptureText.h"
#include "capture/IntentClassifier.h"
#include "capture/MarkerExtractor.h"
#include "capture/MetricExtractor.h"
#include "capture/TagExtractor.h"
#include "capture/TemporalExtractor.h"
#include "capture/WorkoutExtractor.h"

namespace lifeos {

namespace {

// Longer than this is a pasted text, not a quick-capture line: it is kept whole as a note, unread.
constexpr qsizetype kLongestLine = 2000;

// The line with its markup (tags, priority, explicit marker) taken away: what every reading starts from.
struct Markup
{
    CaptureText text;
    TagsAndPriority tags;
    std::optional<CaptureKind> marker;

    explicit Markup(const QString &raw)
        : text(raw)
    {
        tags = TagExtractor::extract(text);
        marker = MarkerExtractor::extract(text);
    }
};

// Which extractors run over a line, and which way its dates lean.
struct Plan
{
    bool amounts = false;
    bool bareAmounts = false;
    bool metrics = false;
    bool workouts = false;
    bool dates = false;
    std::optional<DateLean> lean; // unset: Past when money, a measurement or a past-tense cue was found
    bool pastCue = false;
};

struct Findings
{
    std::optional<AmountMatch> amount;
    std::optional<MetricMatch> metric;
    std::optional<WorkoutMatch> workout;
    TemporalMatch when;
    DateLean lean = DateLean::Future; // the lean the dates were read with
    bool wakeDay = false;             // "last night" said of sleep: the sleep ended this morning
};

qsizetype firstFree(const CaptureText &text)
{
    qsizetype i = 0;
    while (i < text.size() && text.isConsumed(i))
        ++i;
    return i;
}

// For sleep, "last night" / "semalam" names the night that ended today, so it is read here, not as yesterday.
bool consumeLastNight(CaptureText &text)
{
    static const PhraseMap lastNight(
        QLatin1StringView("last night|semalam|semalem|tadi malam|tadi malem|kemarin malam|malam tadi|overnight"));
    const PhraseMap::Match match = lastNight.findFirst(text);
    if (!match.found())
        return false;
    text.consume(match.index, match.length);
    return true;
}

// The order matters: with a sleep or workout word, quantities are read before dates so "slept 7:30" is a
// duration; otherwise dates come first so "weight on 5/12 72kg" keeps its date. Marked amounts come before dates
// ("12.50 USD" is not 12:50); bare amounts come last, taking only what nothing else understood.
Findings runExtractors(CaptureText &text, const ParseContext &ctx, const Plan &plan)
{
    Findings found;
    const bool sleep = plan.metrics && MetricExtractor::speaksOfSleep(text);
    const bool quantitiesFirst = (plan.metrics && MetricExtractor::readsBeforeDates(text))
                                 || (plan.workouts && WorkoutExtractor::speaksOfWorkout(text));
    if (sleep)
        found.wakeDay = consumeLastNight(text);
    const auto readQuantities = [&] {
        if (plan.metrics && !found.metric)
            found.metric = MetricExtractor::extract(text, ctx);
        if (plan.workouts && !found.metric && !found.workout)
            found.workout = WorkoutExtractor::extract(text);
    };
    if (quantitiesFirst)
        readQuantities();
    if (plan.amounts)
        found.amount = AmountExtractor::extractMarked(text, ctx);
    if (plan.dates) {
        const bool logged = found.amount || found.metric || (found.workout && found.workout->hasQuantity());
        found.lean = plan.lean.value_or(logged || plan.pastCue ? DateLean::Past : DateLean::Future);
        found.when = TemporalExtractor::extract(text, ctx, found.lean);
    }
    readQuantities(); // after the dates, or again when reading first found nothing ("weight on 5/12 72kg")
    if (plan.bareAmounts && !found.amount)
        found.amount = AmountExtractor::extractBare(text, ctx);
    return found;
}

// A category hint: one of the user's categories named in the line, else the built-in key (food, transport …).
QString categoryHint(const CaptureText &text, const ParseContext &ctx)
{
    for (const QString &category : ctx.categories) {
        const QStringList words = category.toCaseFolded().split(u' ', Qt::SkipEmptyParts);
        for (qsizetype i = 0; !words.isEmpty() && i + words.size() <= text.size(); ++i) {
            bool matches = true;
            for (qsizetype k = 0; k < words.size() && matches; ++k)
                matches = text.word(i + k) == words.at(k);
            if (matches)
                return category;
        }
    }
    return CaptureLexicon::categories().findFirst(text, 0, true).value;
}

CaptureEvidence gatherEvidence(const Markup &markup, const ParseContext &ctx)
{
    const CaptureText &text = markup.text;
    const qsizetype first = firstFree(text);
    CaptureEvidence e;
    e.markedKind = markup.marker;
    e.taskVerbFirst = CaptureLexicon::taskVerbs().matchAt(text, first).found();
    e.taskVerbLater = !e.taskVerbFirst && CaptureLexicon::taskVerbs().findFirst(text).found();
    e.obligation = CaptureLexicon::obligations().findFirst(text).found();
    e.priority = markup.tags.priority.has_value();
    e.expenseVerb = CaptureLexicon::expenseVerbs().findFirst(text).found();
    e.incomeWord = CaptureLexicon::incomeWords().findFirst(text).found();
    e.categoryWord = !categoryHint(text, ctx).isEmpty();
    e.journalCue = CaptureLexicon::journalCues().findFirst(text).found();
    e.firstPerson = CaptureLexicon::firstPerson().matchAt(text, first).found();

    CaptureText scratch = text;
    Plan plan;
    plan.amounts = plan.metrics = plan.workouts = plan.dates = true;
    plan.bareAmounts = e.expenseVerb || e.incomeWord || e.categoryWord;
    plan.pastCue = e.journalCue || e.incomeWord || CaptureLexicon::pastMoneyVerbs().findFirst(text).found();
    if (e.taskVerbFirst && !plan.pastCue)
        plan.lean = DateLean::Future; // an imperative ("pay rent 5jt friday") plans, even with an amount
    Findings found = runExtractors(scratch, ctx, plan);
    const bool logged = found.amount || found.metric || (found.workout && found.workout->hasQuantity());
    if (logged && found.lean == DateLean::Future && !plan.lean) {
        // A measurement found after the dates ("weight on 5/12 72kg") makes it a log: read its dates as past.
        scratch = text;
        plan.lean = DateLean::Past;
        found = runExtractors(scratch, ctx, plan);
    }

    e.markedAmount = found.amount && found.amount->marked;
    e.bareAmount = found.amount && !found.amount->marked;
    e.metricConfidence = found.metric ? found.metric->confidence : 0;
    e.activity = found.workout.has_value();
    e.workoutQuantity = found.workout && found.workout->hasQuantity();
    const QDate today = ctx.today();
    if (found.when.date.isValid()) {
        e.futureDate =
            found.when.date > today
            || (found.when.date == today && found.when.time.isValid() && found.when.time > ctx.localNow().time());
        e.pastDate = found.when.date < today;
    } else {
        // A time of day still ahead is a plan ("call mom at 5pm"); one already past may be a log ("kopi 15k at 8am").
        e.futureDate = found.when.time.isValid() && found.when.time > ctx.localNow().time();
    }
    return e;
}

// The title of a measured line: the metric or activity name ("sleep", "run": cleanTitle capitalises it) when
// nothing but its words is left, else the words as typed ("Morning run with Sarah").
QString
measuredTitle(const CaptureText &text, const QString &label, qsizetype keywordFirst = -1, qsizetype keywordCount = 0)
{
    static const PhraseMap filler(QLatin1StringView(
        "went|go|going|did|do|done|had|a|an|the|for|of|my|some|pergi|habis|sudah|udah|abis|ke|di|total|today"));
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.isConsumed(i) || (i >= keywordFirst && i < keywordFirst + keywordCount))
            continue;
        const QString word = text.word(i);
        if (!word.isEmpty() && !filler.containsWord(word) && !MetricExtractor::isMetricWord(word)
            && !WorkoutExtractor::isActivityWord(word))
            return text.remainder();
    }
    return label;
}

// The title of money: the line without its amount, a leading money verb ("spent", "bayar", "received") and the
// small words that tied them together ("spent 50k on lunch" → "lunch"), as long as something is left.
QString moneyTitle(CaptureText &text, const std::optional<AmountMatch> &amount, CaptureKind kind)
{
    static const PhraseMap joining(QLatin1StringView("on|for|untuk|buat|seharga|sebesar|of|at|di|total"));
    static const PhraseMap afterVerb(QLatin1StringView("on|for|untuk|buat"));
    if (amount) {
        for (qsizetype i = amount->first - 1; i >= 0 && text.isFree(i) && joining.containsWord(text.word(i)); --i)
            text.consume(i);
    }
    const auto hasFreeAfter = [&text](qsizetype index) {
        for (qsizetype i = index; i < text.size(); ++i) {
            if (text.isFree(i) && !text.word(i).isEmpty())
                return true;
        }
        return false;
    };
    const PhraseMap &verbs =
        kind == CaptureKind::Income ? CaptureLexicon::incomeVerbs() : CaptureLexicon::expenseVerbs();
    const qsizetype first = firstFree(text);
    const PhraseMap::Match verb = verbs.matchAt(text, first);
    if (verb.found() && hasFreeAfter(first + verb.length))
        text.consume(first, verb.length);
    const qsizetype next = firstFree(text);
    if (afterVerb.containsWord(text.word(next)) && hasFreeAfter(next + 1))
        text.consume(next);
    return text.remainder();
}

// Titles keep what was typed except C0 control characters (tab stays; line breaks become spaces); the first
// letter is capitalised unless the first word already has capitals of its own ("iPhone").
QString cleanTitle(const QString &title)
{
    QString out;
    out.reserve(title.size());
    for (QChar c : title) {
        if (c.unicode() < 0x20 && c != u'\t') {
            if (c == u'\n' || c == u'\r' || c == u'\v' || c == u'\f')
                out += u' ';
            continue;
        }
        out += c;
    }
    if (!out.isEmpty() && out.front().isLower()) {
        bool ownCapitals = false;
        for (qsizetype i = 1; i < out.size() && !out.at(i).isSpace() && !ownCapitals; ++i)
            ownCapitals = out.at(i).isUpper();
        if (!ownCapitals)
            out[0] = out.front().toUpper();
    }
    return out;
}

Plan planFor(CaptureKind kind)
{
    Plan plan;
    plan.dates = true;
    plan.lean = DateLean::Past;
    switch (kind) {
    case CaptureKind::Task:
        plan.lean = DateLean::Future;
        break;
    case CaptureKind::Note:
        plan.amounts = true; // reported, while the words stay in the note
        plan.lean = DateLean::Future;
        break;
    case CaptureKind::Journal:
        break;
    case CaptureKind::Expense:
    case CaptureKind::Income:
        plan.amounts = plan.bareAmounts = true;
        break;
    case CaptureKind::Metric:
        plan.metrics = true;
        break;
    case CaptureKind::Workout:
        plan.workouts = true;
        break;
    }
    return plan;
}

// The day of a time said without a date: the next one for a plan, the last one for a log.
QDate dayOfTime(QTime time, DateLean lean, const ParseContext &ctx)
{
    const QDate today = ctx.today();
    const QTime now = ctx.localNow().time();
    if (lean == DateLean::Future)
        return time > now ? today : today.addDays(1);
    return time <= now ? today : today.addDays(-1);
}

ParsedCapture readAs(const QString &raw, const ParseContext &ctx, CaptureKind kind, const Markup &markup)
{
    ParsedCapture out;
    out.raw = raw;
    out.kind = kind;
    out.tags = markup.tags.tags;
    out.priority = markup.tags.priority;

    CaptureText text = markup.text;
    const Plan plan = planFor(kind);
    const Findings found = runExtractors(text, ctx, plan);

    out.date = found.when.date;
    out.time = found.when.time;
    if (!out.date.isValid() && out.time.isValid())
        out.date = dayOfTime(out.time, *plan.lean, ctx);
    if (!out.date.isValid() && found.wakeDay && found.metric)
        out.date = ctx.today();
    if (found.amount)
        out.amount = found.amount->money;

    QString title;
    switch (kind) {
    case CaptureKind::Note:
    case CaptureKind::Journal:
        title = markup.text.remainder(); // the words are the content: dates and amounts stay in them
        break;
    case CaptureKind::Task:
        title = text.remainder();
        break;
    case CaptureKind::Expense:
    case CaptureKind::Income:
        title = moneyTitle(text, found.amount, kind);
        out.category = categoryHint(markup.text, ctx);
        break;
    case CaptureKind::Metric:
        if (found.metric) {
            out.metric = found.metric->reading;
            out.durationMin = found.metric->durationMin;
            title =
                measuredTitle(text, found.metric->reading.name, found.metric->keywordFirst, found.metric->keywordCount);
        } else {
            title = text.remainder();
        }
        break;
    case CaptureKind::Workout:
        if (found.workout) {
            out.activity = found.workout->activity;
            out.durationMin = found.workout->durationMin;
            out.distanceKm = found.workout->distanceKm;
            title = measuredTitle(text, found.workout->activity);
        } else {
            title = text.remainder();
        }
        break;
    }
    out.title = cleanTitle(title);
    return out;
}

// How sure the parser is of `kind` for this line, given what the reading of that kind found.
double confidenceOf(CaptureKind kind, CaptureEvidence evidence, const ParsedCapture &reading)
{
    if (kind == CaptureKind::Note) {
        if (evidence.markedKind == CaptureKind::Note)
            return IntentClassifier::kMarkedConfidence;
        double best = 0;
        for (CaptureKind other : allCaptureKinds())
            best = qMax(best, IntentClassifier::score(other, evidence));
        return best < IntentClassifier::kNoteThreshold ? IntentClassifier::kFallbackNoteConfidence
                                                       : qMax(0.05, 1 - best);
    }
    // What the chosen reading itself found counts (a picked kind may read a number the guess did not).
    if (reading.amount && !evidence.markedAmount)
        evidence.bareAmount = true;
    if (reading.metric && evidence.metricConfidence == 0)
        evidence.metricConfidence = 0.6;
    if (!reading.activity.isEmpty()) {
        evidence.activity = true;
        evidence.workoutQuantity = reading.durationMin.has_value() || reading.distanceKm.has_value();
    }
    return IntentClassifier::score(kind, evidence);
}

ParsedCapture unreadLine(const QString &text, CaptureKind kind)
{
    ParsedCapture out;
    out.raw = text;
    out.kind = kind;
    if (text.trimmed().isEmpty())
        return out; // confidence 0: there is nothing to be sure of
    out.title = cleanTitle(text.trimmed());
    out.confidence = IntentClassifier::kFallbackNoteConfidence;
    return out;
}

} // namespace

namespace {

// Reads the line as `kind`, or (no kind) as the kind its evidence points to.
ParsedCapture readLine(const QString &text, const ParseContext &ctx, std::optional<CaptureKind> pickedKind)
{
    if (text.size() > kLongestLine || text.trimmed().isEmpty())
        return unreadLine(text, pickedKind.value_or(CaptureKind::Note));
    const Markup markup(text);
    const CaptureEvidence evidence = gatherEvidence(markup, ctx);
    const CaptureKind kind = pickedKind.value_or(IntentClassifier::classify(evidence));
    ParsedCapture result = readAs(text, ctx, kind, markup);
    result.confidence = confidenceOf(kind, evidence, result);
    return result;
}

} // namespace

ParsedCapture CaptureParser::parse(const QString &text, const ParseContext &ctx)
{
    return readLine(text, ctx, std::nullopt);
}

ParsedCapture CaptureParser::parseAs(const QString &text, const ParseContext &ctx, CaptureKind kind)
{
    return readLine(text, ctx, kind);
}

} // namespace lifeos
