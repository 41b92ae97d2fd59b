#include "FakeOuraServer.h"

#include <QTimeZone>
#include <QUrl>

#include <algorithm>

namespace lifeos {

namespace {

const QString kDailySleep = QStringLiteral("daily_sleep");
const QString kSleep = QStringLiteral("sleep");
const QString kDailyActivity = QStringLiteral("daily_activity");
const QString kDailyReadiness = QStringLiteral("daily_readiness");
const QString kWorkout = QStringLiteral("workout");
const QString kHeartRate = QStringLiteral("heartrate");
constexpr int kSampleSeconds = 300;

// splitmix64: a small, fast, well-mixed stream; one per day, seeded by the day, so days do not depend on each other.
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int between(int low, int high) { return low + int(next() % quint64(high - low + 1)); } // inclusive
    bool oneIn(int n) { return next() % quint64(n) == 0; }

private:
    quint64 m_state;
};

QByteArray number(std::optional<int> value)
{
    return value ? QByteArray::number(*value) : QByteArrayLiteral("null");
}

QByteArray number(std::optional<double> value)
{
    return value ? QByteArray::number(*value, 'g', 12) : QByteArrayLiteral("null");
}

QByteArray quoted(const QString &text)
{
    return '"' + text.toUtf8() + '"';
}

QByteArray stamp(const QDateTime &instant)
{
    return quoted(instant.toString(Qt::ISODate));
}

QByteArray dayTimestamp(const QDate &day, const QTimeZone &zone)
{
    return stamp(QDateTime(day, QTime(0, 0), zone));
}

bool endExclusive(const QString &collection)
{
    return collection == kDailyActivity || collection == kSleep || collection == kWorkout;
}

QByteArray detail(const char *text)
{
    return QByteArrayLiteral("{\"detail\":\"") + text + QByteArrayLiteral("\"}");
}

// next_token: opaque to the client, and made of bytes whose base64 holds '+', '/' and '=' so a client that does
// not percent-encode it breaks here as it would against a real server.
QString encodeToken(const QString &collection, int offset)
{
    return QString::fromLatin1(
        QByteArray(QByteArray("\xfb\xff") + collection.toUtf8() + '|' + QByteArray::number(offset)).toBase64());
}

std::optional<int> decodeToken(const QString &collection, const QString &token)
{
    const QByteArray raw = QByteArray::fromBase64(token.toLatin1());
    const QByteArray prefix = QByteArray("\xfb\xff") + collection.toUtf8() + '|';
    if (!raw.startsWith(prefix))
        return std::nullopt;
    bool ok = false;
    const int offset = raw.mid(prefix.size()).toInt(&ok);
    return ok && offset >= 0 ? std::optional<int>(offset) : std::nullopt;
}

QByteArray page(const QList<QByteArray> &documents, const QString &nextToken)
{
    QByteArray body = QByteArrayLiteral("{\"data\":[");
    for (qsizetype i = 0; i < documents.size(); ++i) {
        if (i > 0)
            body += ',';
        body += documents.at(i);
    }
    body += QByteArrayLiteral("],\"next_token\":");
    body += nextToken.isEmpty() ? QByteArrayLiteral("null") : quoted(nextToken);
    body += '}';
    return body;
}

} // namespace

const FakeOuraServer::SleepPeriod *FakeOuraServer::Day::mainSleep() const
{
    for (const SleepPeriod &period : sleeps) {
        if (period.main)
            return &period;
    }
    return nullptr;
}

FakeOuraServer::FakeOuraServer(Options options)
    : m_options(std::move(options))
{
    m_acceptedTokens.insert(m_options.token);
    generate();
    m_http = std::make_unique<FakeHttpServer>();
    m_http->setHandler([this](const FakeHttpRequest &request) { return answer(request); });
}

FakeOuraServer::~FakeOuraServer() = default;

void FakeOuraServer::generate()
{
    const QTimeZone zone(m_options.utcOffsetMinutes * 60);
    static const QStringList activities = {QStringLiteral("running"),
                                           QStringLiteral("walking"),
                                           QStringLiteral("cycling"),
                                           QStringLiteral("strengthTraining"),
                                           QStringLiteral("yoga")};
    static const QStringList intensities = {QStringLiteral("easy"), QStringLiteral("moderate"), QStringLiteral("hard")};
    static const QStringList sources = {QStringLiteral("manual"),
                                        QStringLiteral("autodetected"),
                                        QStringLiteral("confirmed")};
    for (QDate date = m_options.first; date.isValid() && date <= m_options.last; date = date.addDays(1)) {
        Random random(m_options.seed * 1000003ULL + quint64(date.toJulianDay()));
        Day day;
        day.day = date;
        const QString compact = date.toString(QStringLiteral("yyyyMMdd"));
        const bool notWorn = random.oneIn(41);
        if (!notWorn) {
            day.sleepScore = random.oneIn(29) ? std::nullopt : std::optional<int>(random.between(55, 95));
            day.readiness = random.oneIn(31) ? std::nullopt : std::optional<int>(random.between(50, 95));
        }
        day.steps = random.between(1500, 16000);
        day.activeCalories = random.between(90, 900);

        auto makePeriod = [&](const QString &type, const QDateTime &start, int inBedSeconds, int suffix) {
            SleepPeriod sleep;
            sleep.id = QStringLiteral("sleep-%1-%2").arg(compact).arg(suffix);
            sleep.type = type;
            sleep.bedtimeStart = start;
            sleep.bedtimeEnd = start.addSecs(inBedSeconds);
            sleep.totalSleepSeconds = inBedSeconds * random.between(82, 95) / 100 / 30 * 30;
            sleep.averageHrv = random.oneIn(23) ? std::nullopt : std::optional<int>(random.between(25, 90));
            sleep.lowestHeartRate = random.between(42, 62);
            return sleep;
        };
        const QDateTime evening(date.addDays(-1), QTime(22, 0), zone);
        if (notWorn) {
            if (random.oneIn(2)) // a nap only: no night to keep
                day.sleeps.append(makePeriod(QStringLiteral("late_nap"), evening.addSecs(-5 * 3600), 2400, 1));
        } else {
            SleepPeriod night = makePeriod(QStringLiteral("long_sleep"),
                                           evening.addSecs(random.between(0, 7200)),
                                           random.between(6 * 3600 + 1800, 9 * 3600),
                                           2);
            night.main = true;
            if (random.oneIn(4)) // an afternoon nap the day before, listed first (Oura lists by start)
                day.sleeps.append(
                    makePeriod(QStringLiteral("late_nap"), evening.addSecs(-6 * 3600), random.between(1200, 5400), 1));
            if (random.oneIn(9)) // a split night: an earlier, shorter long_sleep
                day.sleeps.append(makePeriod(QStringLiteral("long_sleep"),
                                             evening.addSecs(-3 * 3600),
                                             random.between(2 * 3600, 3 * 3600),
                                             3));
            if (random.oneIn(7)) // a short "sleep" period that is not the night
                day.sleeps.append(makePeriod(QStringLiteral("sleep"), evening.addSecs(-2 * 3600), 3600, 4));
            day.sleeps.append(night);
            if (random.oneIn(13)) { // rest mode: longer than the night, and still not it
                SleepPeriod rest = makePeriod(QStringLiteral("rest"), night.bedtimeEnd.addSecs(600), 11 * 3600, 5);
                day.sleeps.append(rest);
            }
        }
        const int weekday = date.dayOfWeek();
        const int workoutCount = (weekday == 1 || weekday == 3) ? 1 : weekday == 6 ? 2 : random.oneIn(6) ? 1 : 0;
        for (int i = 0; i < workoutCount; ++i) {
            WorkoutDocument workout;
            workout.id = QStringLiteral("workout-%1-%2").arg(compact).arg(i + 1);
            workout.activity = activities.at(random.between(0, int(activities.size()) - 1));
            workout.intensity = intensities.at(random.between(0, 2));
            workout.source = sources.at(random.between(0, 2));
            workout.start = QDateTime(date, QTime(7 + 9 * i, random.between(0, 59)), zone);
            workout.end = workout.start.addSecs(random.between(20, 90) * 60);
            workout.calories = random.between(800, 7000) / 10.0;
            if (workout.activity != u"strengthTraining" && workout.activity != u"yoga")
                workout.distanceMetres = random.between(1500, 30000);
            day.workouts.append(workout);
        }
        m_days.append(day);

        const QByteArray dayText = quoted(date.toString(Qt::ISODate));
        Documents &dailySleep = m_documents[kDailySleep];
        Documents &sleep = m_documents[kSleep];
        Documents &activity = m_documents[kDailyActivity];
        Documents &readiness = m_documents[kDailyReadiness];
        Documents &workouts = m_documents[kWorkout];
        if (!notWorn) {
            dailySleep.days.append(date);
            dailySleep.json.append("{\"id\":\"daily-sleep-" + compact.toUtf8()
                                   + "\",\"contributors\":{\"deep_sleep\":" + QByteArray::number(random.between(40, 99))
                                   + ",\"efficiency\":" + QByteArray::number(random.between(60, 99))
                                   + ",\"latency\":" + QByteArray::number(random.between(40, 99))
                                   + ",\"rem_sleep\":" + QByteArray::number(random.between(40, 99))
                                   + ",\"restfulness\":" + QByteArray::number(random.between(40, 99))
                                   + ",\"timing\":" + QByteArray::number(random.between(40, 99)) + ",\"total_sleep\":"
                                   + QByteArray::number(random.between(40, 99)) + "},\"day\":" + dayText + ",\"score\":"
                                   + number(day.sleepScore) + ",\"timestamp\":" + dayTimestamp(date, zone) + "}");
            readiness.days.append(date);
            readiness.json.append("{\"id\":\"readiness-" + compact.toUtf8()
                                  + "\",\"contributors\":{\"activity_balance\":82,\"body_temperature\":95,"
                                    "\"hrv_balance\":null,\"previous_day_activity\":70,\"previous_night\":78,"
                                    "\"recovery_index\":90,\"resting_heart_rate\":88,\"sleep_balance\":75},\"day\":"
                                  + dayText + ",\"score\":" + number(day.readiness)
                                  + ",\"temperature_deviation\":-0.12,\"temperature_trend_deviation\":0.05,"
                                    "\"timestamp\":"
                                  + dayTimestamp(date, zone) + "}");
        }
        activity.days.append(date);
        activity.json.append("{\"id\":\"activity-" + compact.toUtf8()
                             + "\",\"class_5_min\":null,\"score\":" + QByteArray::number(random.between(50, 99))
                             + ",\"active_calories\":" + QByteArray::number(day.activeCalories)
                             + ",\"average_met_minutes\":1.4,\"contributors\":{\"meet_daily_targets\":60,"
                               "\"move_every_hour\":95,\"recovery_time\":100,\"stay_active\":80,"
                               "\"training_frequency\":71,\"training_volume\":88},\"equivalent_walking_distance\":"
                             + QByteArray::number(day.steps * 3 / 4) + ",\"high_activity_met_minutes\":12,"
                             + "\"steps\":" + QByteArray::number(day.steps)
                             + ",\"total_calories\":" + QByteArray::number(day.activeCalories + 1800)
                             + ",\"day\":" + dayText + ",\"timestamp\":" + dayTimestamp(date, zone) + "}");
        for (const SleepPeriod &period : std::as_const(day.sleeps)) {
            const int inBed = int(period.bedtimeStart.secsTo(period.bedtimeEnd));
            sleep.days.append(date);
            sleep.json.append(
                "{\"id\":" + quoted(period.id) + ",\"average_breath\":14.5,\"average_heart_rate\":"
                + QByteArray::number(period.lowestHeartRate + 6) + ",\"average_hrv\":" + number(period.averageHrv)
                + ",\"awake_time\":" + QByteArray::number(inBed - period.totalSleepSeconds)
                + ",\"bedtime_end\":" + stamp(period.bedtimeEnd) + ",\"bedtime_start\":" + stamp(period.bedtimeStart)
                + ",\"day\":" + dayText + ",\"deep_sleep_duration\":" + QByteArray::number(period.totalSleepSeconds / 5)
                + ",\"efficiency\":" + QByteArray::number(100 * period.totalSleepSeconds / inBed)
                + ",\"latency\":600,\"light_sleep_duration\":" + QByteArray::number(period.totalSleepSeconds / 2)
                + ",\"low_battery_alert\":false,\"lowest_heart_rate\":" + QByteArray::number(period.lowestHeartRate)
                + ",\"period\":" + QByteArray::number(sleep.days.size()) + ",\"readiness_score_delta\":null,"
                + "\"rem_sleep_duration\":" + QByteArray::number(period.totalSleepSeconds * 3 / 10)
                + ",\"restless_periods\":210,\"sleep_phase_5_min\":\"4422211\","
                + "\"time_in_bed\":" + QByteArray::number(inBed) + ",\"total_sleep_duration\":"
                + QByteArray::number(period.totalSleepSeconds) + ",\"type\":" + quoted(period.type) + "}");
        }
        for (const WorkoutDocument &workout : std::as_const(day.workouts)) {
            workouts.days.append(date);
            workouts.json.append("{\"id\":" + quoted(workout.id) + ",\"activity\":" + quoted(workout.activity)
                                 + ",\"calories\":" + number(std::optional<double>(workout.calories))
                                 + ",\"day\":" + dayText + ",\"distance\":" + number(workout.distanceMetres)
                                 + ",\"end_datetime\":" + stamp(workout.end) + ",\"intensity\":"
                                 + quoted(workout.intensity) + ",\"label\":null,\"source\":" + quoted(workout.source)
                                 + ",\"start_datetime\":" + stamp(workout.start) + "}");
        }
    }
}

const FakeOuraServer::Day *FakeOuraServer::day(const QDate &day) const
{
    if (!m_options.first.isValid() || day < m_options.first || day > m_options.last)
        return nullptr;
    return &m_days.at(qsizetype(m_options.first.daysTo(day)));
}

void FakeOuraServer::addFault(const FaultRule &rule)
{
    std::lock_guard lock(m_mutex);
    m_faults.append(rule);
}

void FakeOuraServer::clearFaults()
{
    std::lock_guard lock(m_mutex);
    m_faults.clear();
}

int FakeOuraServer::faultsServed() const
{
    std::lock_guard lock(m_mutex);
    return m_faultsServed;
}

void FakeOuraServer::acceptToken(const QByteArray &token)
{
    std::lock_guard lock(m_mutex);
    m_acceptedTokens.insert(token);
}

QString FakeOuraServer::collectionOf(const FakeHttpRequest &request)
{
    const QByteArray prefix = "/v2/usercollection/";
    const QByteArray path = request.path();
    return path.startsWith(prefix) ? QString::fromUtf8(path.mid(prefix.size())) : QString();
}

QString FakeOuraServer::queryValue(const FakeHttpRequest &request, const QString &key)
{
    const qsizetype mark = request.target.indexOf('?');
    if (mark < 0)
        return {};
    const QByteArray wanted = key.toUtf8();
    for (const QByteArray &item : request.target.mid(mark + 1).split('&')) {
        const qsizetype equals = item.indexOf('=');
        const QByteArray name = equals < 0 ? item : item.left(equals);
        if (QUrl::fromPercentEncoding(name) != key)
            continue;
        QByteArray value = equals < 0 ? QByteArray() : item.mid(equals + 1);
        value.replace('+', ' '); // as a web framework reads a query: an unencoded '+' is a space
        return QUrl::fromPercentEncoding(value);
    }
    return {};
}

QList<FakeHttpRequest> FakeOuraServer::requestsFor(const QString &collection) const
{
    QList<FakeHttpRequest> matching;
    for (const FakeHttpRequest &request : m_http->requests()) {
        if (collectionOf(request) == collection)
            matching.append(request);
    }
    return matching;
}

QByteArray
FakeOuraServer::pageBody(const QString &collection, const QDate &startDate, const QDate &endDate, int offset) const
{
    const Documents documents = m_documents.value(collection);
    const QDate lastIncluded = endExclusive(collection) ? endDate.addDays(-1) : endDate;
    const auto begin = std::lower_bound(documents.days.cbegin(), documents.days.cend(), startDate);
    const auto end = std::upper_bound(documents.days.cbegin(), documents.days.cend(), lastIncluded);
    const qsizetype first = begin - documents.days.cbegin();
    const qsizetype count = std::max<qsizetype>(0, end - begin);
    const qsizetype from = std::min<qsizetype>(count, offset);
    const qsizetype size = std::min<qsizetype>(count - from, m_options.pageSize);
    const QString next = from + size < count ? encodeToken(collection, int(from + size)) : QString();
    return page(documents.json.mid(first + from, size), next);
}

FakeHttpResponse FakeOuraServer::answer(const FakeHttpRequest &request)
{
    const QString collection = collectionOf(request);
    static const QStringList known = {kDailySleep, kSleep, kDailyActivity, kDailyReadiness, kWorkout, kHeartRate};
    if (request.method != "GET" || !known.contains(collection))
        return FakeHttpResponse::json(404, detail("Not Found"));

    const QByteArray authorization = request.header("Authorization");
    const QByteArray token = authorization.startsWith("Bearer ") ? authorization.mid(7) : QByteArray();
    {
        std::lock_guard lock(m_mutex);
        if (token.isEmpty() || !m_acceptedTokens.contains(token) || m_refusedTokens.contains(token))
            return FakeHttpResponse::json(401, detail("Unauthorized"));
    }

    int offset = 0;
    const QString nextToken = queryValue(request, QStringLiteral("next_token"));
    if (!nextToken.isEmpty()) {
        const auto decoded = decodeToken(collection, nextToken);
        if (!decoded)
            return FakeHttpResponse::json(400, detail("Invalid next_token"));
        offset = *decoded;
    }
    const int pageNumber = offset / std::max(1, m_options.pageSize) + 1;

    QDate from;
    QDate to;
    FakeHttpResponse normal;
    if (collection == kHeartRate) {
        const QDateTime start =
            QDateTime::fromString(queryValue(request, QStringLiteral("start_datetime")), Qt::ISODate);
        const QDateTime end = QDateTime::fromString(queryValue(request, QStringLiteral("end_datetime")), Qt::ISODate);
        if (!start.isValid() || !end.isValid() || end < start)
            return FakeHttpResponse::json(400, detail("start_datetime and end_datetime must be valid, start first"));
        const QTimeZone zone(m_options.utcOffsetMinutes * 60);
        from = start.toTimeZone(zone).date();
        to = end.toTimeZone(zone).date();
        normal = heartRatePage(request, offset);
    } else {
        from = QDate::fromString(queryValue(request, QStringLiteral("start_date")), Qt::ISODate);
        to = QDate::fromString(queryValue(request, QStringLiteral("end_date")), Qt::ISODate);
        if (!from.isValid() || !to.isValid() || to < from)
            return FakeHttpResponse::json(400, detail("start_date and end_date must be valid days, start first"));
        normal = FakeHttpResponse::json(200, pageBody(collection, from, to, offset));
    }
    if (auto faulty = faultFor(request, collection, pageNumber, from, to, normal))
        return *faulty;
    return normal;
}

std::optional<FakeHttpResponse> FakeOuraServer::faultFor(const FakeHttpRequest &request,
                                                         const QString &collection,
                                                         int page,
                                                         const QDate &from,
                                                         const QDate &to,
                                                         const FakeHttpResponse &normal)
{
    std::lock_guard lock(m_mutex);
    for (auto it = m_faults.begin(); it != m_faults.end(); ++it) {
        FaultRule &rule = *it;
        if (!rule.collection.isEmpty() && rule.collection != collection)
            continue;
        if (rule.page != 0 && rule.page != page)
            continue;
        if (rule.coveringDay.isValid() && (rule.coveringDay < from || rule.coveringDay > to))
            continue;
        const FaultRule served = rule;
        if (rule.times > 0 && --rule.times == 0)
            m_faults.erase(it);
        ++m_faultsServed;
        switch (served.fault) {
        case Fault::Unauthorized: {
            const QByteArray authorization = request.header("Authorization");
            m_refusedTokens.insert(authorization.mid(7));
            return FakeHttpResponse::json(401, detail("Unauthorized"));
        }
        case Fault::RateLimited:
            return FakeHttpResponse::json(429, detail("Too Many Requests"))
                .withHeader("Retry-After", QByteArray::number(served.retryAfterSeconds));
        case Fault::ServerError:
            return FakeHttpResponse::json(served.status, detail("Internal Server Error"));
        case Fault::MalformedJson:
            return FakeHttpResponse::json(200, normal.body.left(normal.body.size() / 2));
        case Fault::NoDataArray:
            return FakeHttpResponse::json(200, "{\"next_token\":null}");
        case Fault::CutMidPage:
            return FakeHttpResponse::partialBodyThenClose(200, normal.body);
        }
    }
    return std::nullopt;
}

FakeHttpResponse FakeOuraServer::heartRatePage(const FakeHttpRequest &request, int offset)
{
    const QDateTime start = QDateTime::fromString(queryValue(request, QStringLiteral("start_datetime")), Qt::ISODate);
    const QDateTime end = QDateTime::fromString(queryValue(request, QStringLiteral("end_datetime")), Qt::ISODate);
    const QTimeZone zone(m_options.utcOffsetMinutes * 60);
    // Samples every 5 minutes of the generated days, from start (included) to end (excluded).
    const qint64 dataStart = QDateTime(m_options.first, QTime(0, 0), zone).toSecsSinceEpoch();
    const qint64 dataEnd = QDateTime(m_options.last.addDays(1), QTime(0, 0), zone).toSecsSinceEpoch();
    qint64 first = std::max(start.toSecsSinceEpoch(), dataStart);
    first = (first + kSampleSeconds - 1) / kSampleSeconds * kSampleSeconds;
    const qint64 stop = std::min(end.toSecsSinceEpoch(), dataEnd);
    const qint64 count = stop > first ? (stop - first + kSampleSeconds - 1) / kSampleSeconds : 0;
    const qint64 from = std::min<qint64>(count, offset);
    const qint64 size = std::min<qint64>(count - from, m_options.pageSize);
    QList<QByteArray> samples;
    samples.reserve(size);
    static const char *sources[] = {"awake", "rest", "sleep", "workout"};
    for (qint64 i = from; i < from + size; ++i) {
        const qint64 seconds = first + i * kSampleSeconds;
        Random random(m_options.seed ^ quint64(seconds));
        samples.append("{\"bpm\":" + QByteArray::number(random.between(48, 120)) + ",\"source\":\""
                       + sources[random.between(0, 3)]
                       + "\",\"timestamp\":" + stamp(QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc())) + "}");
    }
    const QString next = from + size < count ? encodeToken(kHeartRate, int(from + size)) : QString();
    return FakeHttpResponse::json(200, page(samples, next));
}

} // namespace lifeos
