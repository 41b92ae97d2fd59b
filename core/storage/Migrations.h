#pragma once

#include "util/Result.h"

#include <QString>
#include <QStringList>

struct sqlite3;

namespace lifeos {

// Numbered, forward-only schema scripts (core/storage/migrations/NNNN_name.sql, compiled in as resources).
// Schema version N is the state after script N; PRAGMA user_version holds it.
class Migrations {
public:
    static int latestVersion();
    static QStringList scriptNames();
    // Applies scripts current+1 … target, each in its own transaction with its user_version bump.
    static Result<void> migrate(sqlite3 *handle, int currentVersion, int targetVersion);
};

} // namespace lifeos
