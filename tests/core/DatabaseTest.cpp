#include "storage/Database.h"

#include "storage/Migrations.h"
#include "support/TempDataDir.h"

#include <QSqlError>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace lifeos;

TEST_CASE("a new database is created at the latest schema in WAL mode")
{
    TempDataDir dir;
    auto db = Database::open(dir.databasePath());
    INFO((db.ok() ? QString() : db.error().message).toStdString());
    REQUIRE(db.ok());
    CHECK((*db)->schemaVersion() == Migrations::latestVersion());
    CHECK(Migrations::latestVersion() >= 3);
}

TEST_CASE("a write inside a write is a savepoint: its failure undoes only itself, the outer failure undoes all")
{
    TempDataDir dir;
    auto opened = Database::open(dir.databasePath());
    REQUIRE(opened);
    Database &db = **opened;
    auto insertTag = [&db](const QString &name) -> Result<void> {
        QSqlQuery query(db.connection());
        query.prepare(QStringLiteral("INSERT INTO tags (name) VALUES (?)"));
        query.addBindValue(name);
        if (!query.exec())
            return Database::errorFrom(query.lastError(), QStringLiteral("insert"));
        return {};
    };
    auto tagCount = [&db] {
        QSqlQuery query(db.connection());
        query.exec(QStringLiteral("SELECT count(*) FROM tags"));
        query.next();
        return query.value(0).toInt();
    };

    auto outer = db.write([&]() -> Result<void> {
        if (auto kept = insertTag(QStringLiteral("kept")); !kept)
            return kept;
        auto inner = db.write([&]() -> Result<void> {
            if (auto dropped = insertTag(QStringLiteral("dropped")); !dropped)
                return dropped;
            return Error{ErrorCode::InvalidInput, QStringLiteral("inner fails")};
        });
        CHECK_FALSE(inner);
        return {};
    });
    REQUIRE(outer);
    CHECK(tagCount() == 1);

    auto failing = db.write([&]() -> Result<void> {
        auto inner = db.write([&] { return insertTag(QStringLiteral("inner")); });
        REQUIRE(inner);
        return Error{ErrorCode::InvalidInput, QStringLiteral("outer fails")};
    });
    CHECK_FALSE(failing);
    CHECK(tagCount() == 1);
}
