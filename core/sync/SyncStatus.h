#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace lifeos {

// What the UI and `lifeos sync --status` show about one source.
struct SyncStatus
{
    QString source;         // SyncSources::Oura | SyncSources::Calendar
    bool configured = false; // a client id is set
    bool connected = false;  // tokens are in the keychain
    bool running = false;
    QDateTime lastSuccess;   // UTC; null: never
    QString lastError;       // in words; empty when the last run succeeded
    QDateTime nextRun;       // UTC; null: not scheduled (not connected)
    int itemsChanged = 0;    // in the last successful run
    int progressDone = 0;    // while running: units of work done ...
    int progressTotal = 0;   // ... of this many (0: unknown)
};

} // namespace lifeos

Q_DECLARE_METATYPE(lifeos::SyncStatus)
