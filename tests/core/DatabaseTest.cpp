#include "storage/Database.h"
#include "storage/Migrations.h"
#include "support/TempDataDir.h"

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
