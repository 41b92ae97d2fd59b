#pragma once

#include "calendar/IcsImporter.h"
#include "util/Result.h"

#include <QFutureWatcher>
#include <QObject>

namespace lifeos {

// Imports one .ics file off the GUI thread: the import runs on a pool thread with a database connection of its own
// (one QSqlDatabase per thread), and finished() comes back on the GUI thread with the summary or the error.
class IcsImportTask final : public QObject
{
    Q_OBJECT

public:
    explicit IcsImportTask(QObject *parent = nullptr);
    ~IcsImportTask() override; // waits for a running import: it holds the database's write lock

    bool isRunning() const { return m_watcher.isRunning(); }
    // Ignored while an import runs.
    void start(const QString &databasePath, const QString &filePath, const IcsImportOptions &options);
    // "Imported 12 events into “Work”: 10 added, 2 updated, 0 removed." (plus the first warning, if any).
    static QString describe(const IcsImportSummary &summary);

Q_SIGNALS:
    void finished(const QString &message, bool ok);

private:
    QFutureWatcher<Result<IcsImportSummary>> m_watcher;
};

} // namespace lifeos
