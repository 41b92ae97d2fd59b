#pragma once

// Helpers shared by the core storage tests: opening a database, raw SQL through the SQLite C API
// (so a test can do what "another program" or a hand-written statement would do), dumps of
// schema and rows, file hashes, and Catch2 printers for the Qt and LifeOS types the tests compare.

#include "storage/Database.h"
#include "support/QtStringMakers.h"
#include "util/Error.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QTime>

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <string>

namespace Catch {

template<>
struct StringMaker<lifeos::ErrorCode>
{
    static std::string convert(lifeos::ErrorCode code)
    {
        using lifeos::ErrorCode;
        switch (code) {
        case ErrorCode::Unknown:
            return "Unknown";
        case ErrorCode::InvalidInput:
            return "InvalidInput";
        case ErrorCode::NotFound:
            return "NotFound";
        case ErrorCode::Io:
            return "Io";
        case ErrorCode::DatabaseLocked:
            return "DatabaseLocked";
        case ErrorCode::DatabaseReadOnly:
            return "DatabaseReadOnly";
        case ErrorCode::DatabaseTooNew:
            return "DatabaseTooNew";
        case ErrorCode::DatabaseCorrupt:
            return "DatabaseCorrupt";
        case ErrorCode::DatabaseNotEmpty:
            return "DatabaseNotEmpty";
        case ErrorCode::Cancelled:
            return "Cancelled";
        case ErrorCode::Network:
            return "Network";
        case ErrorCode::RateLimited:
            return "RateLimited";
        case ErrorCode::AuthFailed:
            return "AuthFailed";
        case ErrorCode::BadResponse:
            return "BadResponse";
        case ErrorCode::IndexDamaged:
            return "IndexDamaged";
        case ErrorCode::ServerError:
            return "ServerError";
        case ErrorCode::KeychainUnavailable:
            return "KeychainUnavailable";
        }
        return "ErrorCode(" + std::to_string(int(code)) + ")";
    }
};

} // namespace Catch

namespace testsupport {

// Opens (creating or migrating) a LifeOS database and fails the test with the product's message if it cannot.
inline std::unique_ptr<lifeos::Database> openDatabase(const QString &path, int targetVersion = -1)
{
    lifeos::Database::Options options;
    options.targetVersion = targetVersion;
    auto db = lifeos::Database::open(path, options);
    INFO("opening " << path.toStdString() << ": " << (db.ok() ? std::string() : db.error().message.toStdString()));
    REQUIRE(db.ok());
    return std::move(db).value();
}

// What a raw statement did: the SQLite result code (extended) and message.
struct RawOutcome
{
    int code = SQLITE_OK;
    std::string message;

    bool ok() const { return code == SQLITE_OK; }
    int primary() const { return code & 0xff; }
};

inline RawOutcome tryExec(sqlite3 *handle, const QString &sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(handle, sql.toUtf8().constData(), nullptr, nullptr, &message);
    RawOutcome outcome;
    outcome.code = rc == SQLITE_OK ? SQLITE_OK : sqlite3_extended_errcode(handle);
    outcome.message = message ? message : (rc == SQLITE_OK ? "" : sqlite3_errmsg(handle));
    sqlite3_free(message);
    return outcome;
}

inline void exec(sqlite3 *handle, const QString &sql)
{
    const RawOutcome outcome = tryExec(handle, sql);
    INFO(sql.left(300).toStdString() << " -> " << outcome.message);
    REQUIRE(outcome.ok());
}

// One value of the first row of a query, rendered with its storage class ("i:1", "r:2.5", "t:text", "b:hex", "null").
inline QString renderColumn(sqlite3_stmt *statement, int column)
{
    switch (sqlite3_column_type(statement, column)) {
    case SQLITE_INTEGER:
        return QStringLiteral("i:%1").arg(sqlite3_column_int64(statement, column));
    case SQLITE_FLOAT:
        return QStringLiteral("r:%1").arg(sqlite3_column_double(statement, column), 0, 'g', 17);
    case SQLITE_TEXT:
        return QStringLiteral("t:")
               + QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, column)),
                                   sqlite3_column_bytes(statement, column));
    case SQLITE_BLOB:
        return QStringLiteral("b:")
               + QString::fromLatin1(QByteArray(static_cast<const char *>(sqlite3_column_blob(statement, column)),
                                                sqlite3_column_bytes(statement, column))
                                         .toHex());
    default:
        return QStringLiteral("null");
    }
}

// Every row of a query, each row's columns joined with " | ", in the query's order.
inline QStringList rows(sqlite3 *handle, const QString &sql)
{
    sqlite3_stmt *statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int prepared = sqlite3_prepare_v2(handle, utf8.constData(), int(utf8.size()), &statement, nullptr);
    INFO(sql.toStdString() << " -> " << sqlite3_errmsg(handle));
    REQUIRE(prepared == SQLITE_OK);
    QStringList result;
    int rc = SQLITE_OK;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        QStringList columns;
        for (int i = 0; i < sqlite3_column_count(statement); ++i)
            columns.append(renderColumn(statement, i));
        result.append(columns.join(QStringLiteral(" | ")));
    }
    sqlite3_finalize(statement);
    REQUIRE(rc == SQLITE_DONE);
    return result;
}

inline QString scalar(sqlite3 *handle, const QString &sql)
{
    const QStringList result = rows(handle, sql);
    INFO(sql.toStdString());
    REQUIRE(result.size() == 1);
    return result.first();
}

inline qint64 count(sqlite3 *handle, const QString &table)
{
    const QString value = scalar(handle, QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table));
    return value.mid(2).toLongLong();
}

// All rows of a table, sorted, so two dumps compare equal whatever order the rows are stored in.
inline QStringList tableContents(sqlite3 *handle, const QString &table)
{
    QStringList result = rows(handle, QStringLiteral("SELECT * FROM \"%1\"").arg(table));
    result.sort();
    return result;
}

inline QStringList userTables(sqlite3 *handle)
{
    QStringList names;
    for (const QString &row :
         rows(handle,
              QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
                             "ESCAPE '\\' ORDER BY name")))
        names.append(row.mid(2));
    return names;
}

// The whole schema: type, name, table and SQL of every object, sorted.
inline QStringList schemaOf(sqlite3 *handle)
{
    return rows(handle, QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"));
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

inline QByteArray fileHash(const QString &path)
{
    return QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256).toHex();
}

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

// A plain SQLite connection of our own, as another program would hold one.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
    {
        const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_handle, SQLITE_OPEN_READWRITE, nullptr);
        INFO("opening " << path.toStdString() << ": " << (m_handle ? sqlite3_errmsg(m_handle) : "out of memory"));
        REQUIRE(rc == SQLITE_OK);
    }
    ~RawConnection() { sqlite3_close_v2(m_handle); }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    sqlite3 *handle() const { return m_handle; }
    void exec(const QString &sql) const { testsupport::exec(m_handle, sql); }

private:
    sqlite3 *m_handle = nullptr;
};

} // namespace testsupport
