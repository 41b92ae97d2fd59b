#include "pages/calendar/IcsImportTask.h"

#include "storage/Database.h"

#include <QtConcurrent/QtConcurrentRun>

namespace lifeos {

IcsImportTask::IcsImportTask(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Result<IcsImportSummary>>::finished, this, [this] {
        const Result<IcsImportSummary> result = m_watcher.result();
        if (result)
            Q_EMIT finished(describe(*result), true);
        else
            Q_EMIT finished(result.error().message, false);
    });
}

IcsImportTask::~IcsImportTask()
{
    m_watcher.waitForFinished();
}

void IcsImportTask::start(const QString &databasePath, const QString &filePath, const IcsImportOptions &options)
{
    if (m_watcher.isRunning())
        return;
    m_watcher.setFuture(QtConcurrent::run([databasePath, filePath, options]() -> Result<IcsImportSummary> {
        auto database = Database::open(databasePath);
        if (!database)
            return database.error();
        IcsImporter importer(**database);
        return importer.importFile(filePath, options);
    }));
}

QString IcsImportTask::describe(const IcsImportSummary &summary)
{
    QString text = tr("Imported %n event(s) into “%1”: %2 added, %3 updated, %4 removed.", nullptr, summary.instances)
                       .arg(summary.calendarId)
                       .arg(summary.added)
                       .arg(summary.updated)
                       .arg(summary.removed);
    if (!summary.warnings.isEmpty())
        text += QLatin1Char(' ')
                + tr("%n line(s) could not be read, the first: %1", nullptr, int(summary.warnings.size()))
                      .arg(summary.warnings.first());
    return text;
}

} // namespace lifeos
