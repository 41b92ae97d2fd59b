#include "capture/WorkoutExtractor.h"

#include "capture/DistanceExtractor.h"
#include "capture/DurationExtractor.h"
#include "capture/PhraseMap.h"

namespace lifeos {

namespace {

const PhraseMap &activities()
{
    static const PhraseMap map(
        QLatin1StringView("run=run|ran|running|jog|jogged|jogging|lari|lari pagi|berlari|joging;"
                          "walk=walk|walked|walking|jalan kaki|jalan|jalan pagi|berjalan;"
                          "cycle=cycle|cycled|cycling|bike|biked|biking|bicycle|sepeda|bersepeda|gowes|naik sepeda;"
                          "swim=swim|swam|swimming|renang|berenang;"
                          "yoga=yoga;"
                          "gym=gym|workout|work out|worked out|working out|fitness|nge-gym|ngegym;"
                          "lift=lift|lifted|lifting|weights|weightlifting|angkat beban;"
                          "hike=hike|hiked|hiking|mendaki|naik gunung|trekking;"
                          "futsal=futsal;"
                          "badminton=badminton|bulutangkis|bulu tangkis;"
                          "tennis=tennis|tenis;"
                          "football=football|soccer|sepak bola|sepakbola;"
                          "basketball=basketball|basket;"
                          "pilates=pilates;"
                          "rowing=rowing|rowed"));
    return map;
}

} // namespace

std::optional<WorkoutMatch> WorkoutExtractor::extract(CaptureText &text)
{
    const PhraseMap::Match activity = activities().findFirst(text);
    if (!activity.found())
        return std::nullopt;
    WorkoutMatch match;
    match.activity = activity.value;
    if (const auto distance = DistanceExtractor::extract(text, true))
        match.distanceKm = distance->km;
    if (const auto duration = DurationExtractor::extract(text, true))
        match.durationMin = duration->minutes;
    return match;
}

bool WorkoutExtractor::speaksOfWorkout(const CaptureText &text)
{
    return activities().findFirst(text).found();
}

bool WorkoutExtractor::isActivityWord(const QString &word)
{
    static const PhraseMap partWords(QLatin1StringView("kaki|pagi|gunung|beban|tangkis|bulu|naik|sepak|bola|out"));
    return activities().containsWord(word) || partWords.containsWord(word);
}

} // namespace lifeos
