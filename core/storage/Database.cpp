#include "storage/Database.h"

#include "search/Fts5Tokenizer.h"
#include "storage/Migrations.h"
#include "util/Logging.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace lifeos {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("lifeos-%1").arg(counter.fetchAndAddRelaxed(1));
}

int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

} // namespace

Database::Database(QString connectionName, QString filePath)
    : m_connectionName(std::move(connectionName))
    , m_filePath(std::move(filePath))
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Error Database::errorFrom(const QSqlError &error, const QString &what)
{
    qCWarning(lcStorage) << what << "failed:" << error.text();
    switch (primaryCode(error)) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {ErrorCode::DatabaseLocked, tr("The database is in use by another program. Close it and try again.")};
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        return {ErrorCode::DatabaseReadOnly,
                tr("The database cannot be written. Check the file's permissions "
                   "and the free space on the disk.")};
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return {ErrorCode::DatabaseCorrupt,
                tr("The database file is damaged or is not a LifeOS database. It was left untouched; "
                   "restore a backup or move the file away.")};
    case SQLITE_CONSTRAINT:
        return {ErrorCode::InvalidInput, tr("%1 was refused: %2").arg(what, error.databaseText())};
    case SQLITE_FULL:
        return {ErrorCode::Io, tr("The disk is full. Free up some space and try again.")};
    default:
        return {ErrorCode::Unknown, tr("%1 failed: %2").arg(what, error.text())};
    }
}

Result<std::unique_ptr<Database>> Database::open(const QString &filePath, const Options &options)
{
    const QFileInfo info(filePath);
    if (info.exists() && !info.isFile())
        return Error{ErrorCode::Io, tr("%1 is not a file.").arg(filePath)};

    std::unique_ptr<Database> database(new Database(nextConnectionName(), filePath));
    if (auto result = database->initialise(options); !result)
        return result.error();
    return database;
}

Result<void> Database::initialise(const Options &options)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_filePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
    if (!db.open())
        return errorFrom(db.lastError(), tr("Opening the database"));
    // The search index's tokenizer must exist on the connection before any statement touches documents_fts.
    if (auto registered = registerLifeosTokenizer(handle()); !registered)
        return Error{ErrorCode::Unknown, tr("Opening the database failed: %1").arg(registered.error().message)};

    QSqlQuery query(db);
    // Reading the schema first proves the file is a database without writing anything to it.
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return errorFrom(query.lastError(), tr("Reading the database"));
    const int version = schemaVersion();
    if (version < 0)
        return errorFrom(query.lastError(), tr("Reading the database version"));
    const int latest = Migrations::latestVersion();
    if (version > latest) {
        return Error{ErrorCode::DatabaseTooNew,
                     tr("The database was written by a newer LifeOS (schema %1; this version knows up to %2). "
                        "Update LifeOS to open it.")
                         .arg(version)
                         .arg(latest)};
    }

    for (const auto pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL"}) {
        if (!query.exec(QLatin1StringView(pragma)))
            return errorFrom(query.lastError(), tr("Configuring the database"));
    }
    // Take the write lock once: this is where a database held by another program, or read-only, shows.
    if (!query.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return errorFrom(query.lastError(), tr("Locking the database"));
    query.exec(QStringLiteral("ROLLBACK"));
    // In WAL mode SQLite grants that lock even on a file it could only open read-only, so ask it directly.
    if (sqlite3_db_readonly(handle(), "main") == 1)
        return Error{ErrorCode::DatabaseReadOnly,
                     tr("The database cannot be written. Check the file's permissions "
                        "and the free space on the disk.")};
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !query.next())
        return errorFrom(query.lastError(), tr("Switching the database to WAL"));
    const bool walEnabled = query.value(0).toString() == u"wal";
    query.finish(); // a statement left active would block the migrations' COMMIT
    if (!walEnabled)
        return Error{ErrorCode::DatabaseReadOnly,
                     tr("The database cannot be written. Check the file's permissions "
                        "and the free space on the disk.")};

    const int target = options.targetVersion < 0 ? latest : options.targetVersion;
    if (version < target) {
        if (auto migrated = Migrations::migrate(handle(), version, target); !migrated)
            return migrated;
    }
    qCDebug(lcStorage) << "opened" << m_filePath << "schema" << schemaVersion();
    return {};
}

sqlite3 *Database::handle() const
{
    const QVariant v = connection().driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.data());
    return nullptr;
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

Result<void> Database::write(const std::function<Result<void>()> &work)
{
    QSqlQuery query(connection());
    const bool nested = m_writeDepth > 0;
    const QString savepoint = QStringLiteral("write_%1").arg(m_writeDepth);
    if (!query.exec(nested ? QStringLiteral("SAVEPOINT ") + savepoint : QStringLiteral("BEGIN IMMEDIATE")))
        return errorFrom(query.lastError(), tr("Starting a change"));
    ++m_writeDepth;
    Result<void> result = work();
    --m_writeDepth;
    if (!result) {
        if (nested) {
            query.exec(QStringLiteral("ROLLBACK TO ") + savepoint);
            query.exec(QStringLiteral("RELEASE ") + savepoint);
        } else {
            query.exec(QStringLiteral("ROLLBACK"));
        }
        return result;
    }
    if (!query.exec(nested ? QStringLiteral("RELEASE ") + savepoint : QStringLiteral("COMMIT"))) {
        const Error error = errorFrom(query.lastError(), tr("Saving the change"));
        query.exec(nested ? QStringLiteral("ROLLBACK TO ") + savepoint : QStringLiteral("ROLLBACK"));
        return error;
    }
    return {};
}

} // namespace lifeos
