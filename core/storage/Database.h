#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

struct sqlite3;

namespace lifeos {

// One open lifeos.db connection for the thread that opened it (one Database per thread).
// Opening checks, in order, that the file is a SQLite database, is not newer than this build,
// can be locked for writing and is writable; only then does it switch on WAL and migrate.
// A file that fails any check is left exactly as it was.
class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    struct Options {
        int busyTimeoutMs = 5000;
        int targetVersion = -1; // -1: latest; tests open older schemas
    };

    static Result<std::unique_ptr<Database>> open(const QString &filePath, const Options &options);
    static Result<std::unique_ptr<Database>> open(const QString &filePath) { return open(filePath, Options{}); }
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    sqlite3 *handle() const;
    QString filePath() const { return m_filePath; }
    int schemaVersion() const;

    // Runs work inside BEGIN IMMEDIATE … COMMIT; rolls back if work fails. A write inside another one is a
    // savepoint, so several repository calls can be made all-or-nothing by wrapping them in one write.
    Result<void> write(const std::function<Result<void>()> &work);

    // Turns a failed query's SQLite error into an Error with a readable message.
    static Error errorFrom(const class QSqlError &error, const QString &what);

private:
    Database(QString connectionName, QString filePath);
    Result<void> initialise(const Options &options);

    QString m_connectionName;
    QString m_filePath;
    int m_writeDepth = 0;
};

} // namespace lifeos
