#pragma once

#include "storage/Database.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace lifeos {

// One row of sync_state. "oura" and "calendar" rows hold a source's status; "calendar:<calendar id>" rows hold
// a Google calendar's syncToken, "oura" keeps the last day synced as its cursor ("2026-11-20").
struct SyncState
{
    QString source;
    QString cursor;
    QDateTime lastSuccess; // UTC
    QString lastError;     // in words, already translated; empty after a success
    QDateTime nextRun;     // UTC
    int itemsChanged = 0;  // in the last successful run
};

class SyncStateRepository
{
    Q_DECLARE_TR_FUNCTIONS(SyncStateRepository)

public:
    explicit SyncStateRepository(Database &database);

    Result<std::optional<SyncState>> get(const QString &source) const;
    Result<void> save(const SyncState &state); // insert or replace
    Result<void> setCursor(const QString &source, const QString &cursor); // keeps the other columns
    Result<void> remove(const QString &source);
    Result<void> removeWithPrefix(const QString &prefix); // "calendar:"

private:
    Database &m_database;
};

} // namespace lifeos
