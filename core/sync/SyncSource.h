#pragma once

#include "net/AuthorizedHttp.h"
#include "storage/Database.h"
#include "util/Result.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <atomic>
#include <functional>

namespace lifeos {

namespace SyncSources {
inline const QString Oura = QStringLiteral("oura");
inline const QString Calendar = QStringLiteral("calendar"); // Google Calendar
} // namespace SyncSources

struct SyncRequest
{
    enum class Mode {
        Incremental, // what changed since the last run (Oura: the last few days again; Google: the syncToken)
        Backfill,    // the last backfillDays days (Oura), or a full resync (Google)
    };
    Mode mode = Mode::Incremental;
    int backfillDays = 0;
};

// What a source works with during one run (all of it owned by the calling thread).
struct SyncContext
{
    Database &database;
    AuthorizedHttp &http;
    QDate today;       // the user's local today
    QDateTime now;     // UTC
    QTimeZone zone;    // the user's zone, for local days
    const std::atomic_bool *cancel = nullptr;
    std::function<void(int done, int total)> progress; // may be empty
};

struct SyncOutcome
{
    int itemsChanged = 0; // rows inserted, updated or removed
};

// One thing LifeOS syncs. run() is blocking and transactional per unit of work: after any failure or
// cancellation the database holds whole pages only (never a partial one) and never a duplicate, and the
// next run picks up where it stopped. Cursors live in sync_state (SyncStateRepository).
class SyncSource
{
public:
    virtual ~SyncSource() = default;
    virtual QString id() const = 0;
    virtual Result<SyncOutcome> run(const SyncRequest &request, SyncContext &context) = 0;
};

} // namespace lifeos
