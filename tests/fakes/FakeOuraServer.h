#pragma once

#include "FakeHttpServer.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

#include <memory>
#include <mutex>
#include <optional>

namespace lifeos {

// The Oura API v2 on loopback: GET /v2/usercollection/{daily_sleep, sleep, daily_activity, daily_readiness,
// workout, heartrate} with start_date/end_date (heartrate: start_datetime/end_datetime) and next_token paging,
// answering {"data":[...],"next_token":null|"..."} with the real field names. The data is generated once,
// deterministically, for the days first..last (several sleep periods on some days, naps listed before the long
// sleep, rest periods, split nights, workouts a few days a week), so a page costs a slice and a join.
//
// Date filters as reported for the real API: daily_sleep and daily_readiness include end_date; daily_activity,
// sleep and workout treat end_date as exclusive. heartrate includes start_datetime and excludes end_datetime.
// Every request needs "Authorization: Bearer <an accepted token>" (401 otherwise). Faults are injected by rule.
class FakeOuraServer
{
public:
    struct Options
    {
        QDate first;
        QDate last;
        int pageSize = 50;               // documents per page (heartrate: samples per page)
        QByteArray token = "test-token"; // the first accepted token
        quint64 seed = 6;
        int utcOffsetMinutes = 120; // the wearer's zone, as the timestamps carry it
    };

    struct SleepPeriod
    {
        QString id;
        QString type; // "long_sleep", "sleep", "late_nap", "rest"
        QDateTime bedtimeStart;
        QDateTime bedtimeEnd;
        int totalSleepSeconds = 0;
        std::optional<int> averageHrv;
        int lowestHeartRate = 0;
        bool main = false; // the night's sleep LifeOS must keep for the day
    };

    struct WorkoutDocument
    {
        QString id;
        QString activity; // as Oura spells it: "running", "strengthTraining" …
        QString intensity;
        QString source;
        QDateTime start;
        QDateTime end;
        double calories = 0;
        std::optional<double> distanceMetres;
    };

    // One generated day: the truth the tests compare the database with.
    struct Day
    {
        QDate day;
        std::optional<int> sleepScore;
        std::optional<int> readiness;
        int steps = 0;
        int activeCalories = 0;
        QList<SleepPeriod> sleeps; // in the order the API lists them
        QList<WorkoutDocument> workouts;

        const SleepPeriod *mainSleep() const;
    };

    enum class Fault {
        Unauthorized,  // 401; the token that was presented is refused from then on
        RateLimited,   // 429 with Retry-After: retryAfterSeconds
        ServerError,   // `status` (500 unless told)
        MalformedJson, // 200 with the page cut in half (complete HTTP message, broken JSON)
        NoDataArray,   // 200 with {"next_token":null} and no "data"
        CutMidPage,    // the headers announce the whole page, half of it arrives, then the connection closes
    };

    struct FaultRule
    {
        Fault fault = Fault::ServerError;
        QString collection = {}; // empty: any collection
        int page = 0;       // 1-based page of the request (from its next_token); 0: any page
        QDate coveringDay = {};  // null: any request; else only requests whose date range contains this day
        int times = 1;      // how many matching requests get the fault; -1: every one
        int retryAfterSeconds = 1;
        int status = 500;
    };

    explicit FakeOuraServer(Options options);
    ~FakeOuraServer();
    FakeOuraServer(const FakeOuraServer &) = delete;
    FakeOuraServer &operator=(const FakeOuraServer &) = delete;

    FakeHttpServer &http() { return *m_http; }
    QUrl baseUrl() const { return m_http->baseUrl(); }
    const Options &options() const { return m_options; }

    const QList<Day> &days() const { return m_days; } // fixed after construction
    const Day *day(const QDate &day) const;

    void addFault(const FaultRule &rule);
    void clearFaults();
    int faultsServed() const;
    void acceptToken(const QByteArray &token);

    // The requests for one collection, in order, and one query parameter of a request (percent-decoded).
    QList<FakeHttpRequest> requestsFor(const QString &collection) const;
    static QString queryValue(const FakeHttpRequest &request, const QString &key);
    static QString collectionOf(const FakeHttpRequest &request); // "sleep" for /v2/usercollection/sleep

    // The body of one page, as served when no fault applies (for tests of the mapping).
    QByteArray pageBody(const QString &collection, const QDate &startDate, const QDate &endDate, int offset) const;

private:
    struct Documents
    {
        QList<QDate> days;      // ascending
        QList<QByteArray> json; // one serialized document per entry of days
    };

    FakeHttpResponse answer(const FakeHttpRequest &request);
    std::optional<FakeHttpResponse> faultFor(const FakeHttpRequest &request,
                                             const QString &collection,
                                             int page,
                                             const QDate &from,
                                             const QDate &to,
                                             const FakeHttpResponse &page_);
    FakeHttpResponse heartRatePage(const FakeHttpRequest &request, int offset);
    void generate();

    Options m_options;
    QList<Day> m_days;
    QMap<QString, Documents> m_documents; // by collection

    mutable std::mutex m_mutex; // guards what follows (the handler runs on the server's thread)
    QList<FaultRule> m_faults;
    int m_faultsServed = 0;
    QSet<QByteArray> m_acceptedTokens;
    QSet<QByteArray> m_refusedTokens;

    std::unique_ptr<FakeHttpServer> m_http; // last: stopped before the data it serves goes away
};

} // namespace lifeos
