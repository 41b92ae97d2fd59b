#pragma once

#include "oura/OuraCollection.h"
#include "sync/SyncSource.h"

#include <QCoreApplication>
#include <QUrl>

namespace lifeos {

class OuraWindowData;

// Oura Ring through the Oura API v2 (/v2/usercollection/...): daily_sleep (sleep score), sleep (hours asleep,
// average HRV, lowest heart rate; the long sleep wins over naps), daily_activity (steps, active calories),
// daily_readiness (readiness score), workout, and optionally heartrate. Every collection is read window by
// window (start_date/end_date, following next_token), and a whole window is written in one transaction,
// upserting by (source "oura", external id), so a fault leaves no partial page and a rerun no duplicate.
class OuraSync final : public SyncSource
{
    Q_DECLARE_TR_FUNCTIONS(OuraSync)

public:
    struct Config
    {
        QUrl apiBaseUrl = QUrl(QStringLiteral("https://api.ouraring.com"));
        int windowDays = 90;       // days per request window
        int incrementalDays = 3;   // an incremental run re-reads the last days (Oura revises them) and anything newer
        int firstRunDays = 30;     // the first incremental run, when nothing was synced yet
        bool heartrate = false;    // the 5-minute heart rate collection (large; off by default)
    };

    explicit OuraSync(Config config);
    QString id() const override;
    Result<SyncOutcome> run(const SyncRequest &request, SyncContext &context) override;

private:
    // Every page of one collection for the window, into data.
    Result<void> readCollection(OuraCollection collection, OuraWindowData &data, SyncContext &context);
    // The window's rows in one transaction; how many rows were inserted, updated or removed.
    static Result<int> writeWindow(const OuraWindowData &data, Database &database);

    Config m_config;
};

} // namespace lifeos
