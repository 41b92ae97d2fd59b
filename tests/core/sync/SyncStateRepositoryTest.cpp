#include "StorageTestSupport.h"
#include "support/TempDataDir.h"
#include "sync/SyncStateRepository.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace lifeos;

namespace {

SyncState fullState()
{
    SyncState state;
    state.source = QStringLiteral("oura");
    state.cursor = QStringLiteral("2026-11-20");
    state.lastSuccess = QDateTime(QDate(2026, 11, 20), QTime(6, 30, 0, 125), Qt::UTC);
    state.lastError = QStringLiteral("Oura could not be reached. Check the connection and try again.");
    state.nextRun = QDateTime(QDate(2026, 11, 20), QTime(12, 30), Qt::UTC);
    state.itemsChanged = 42;
    return state;
}

} // namespace

TEST_CASE("a saved sync state reads back field for field")
{
    TempDataDir dir;
    auto db = testsupport::openDatabase(dir.databasePath());
    SyncStateRepository repository(*db);

    const SyncState state = fullState();
    REQUIRE(repository.save(state).ok());
    auto read = repository.get(QStringLiteral("oura"));
    REQUIRE(read.ok());
    REQUIRE(read->has_value());
    const SyncState &back = **read;
    CHECK(back.source == state.source);
    CHECK(back.cursor == state.cursor);
    CHECK(back.lastSuccess == state.lastSuccess);
    CHECK(back.lastSuccess.timeSpec() == Qt::UTC);
    CHECK(back.lastError == state.lastError);
    CHECK(back.nextRun == state.nextRun);
    CHECK(back.itemsChanged == 42);
}

TEST_CASE("times are stored as UTC ISO strings whatever zone they were given in")
{
    TempDataDir dir;
    auto db = testsupport::openDatabase(dir.databasePath());
    SyncStateRepository repository(*db);

    SyncState state;
    state.source = QStringLiteral("calendar");
    state.lastSuccess = QDateTime(QDate(2026, 3, 1), QTime(9, 0), QTimeZone(QByteArrayLiteral("Asia/Jakarta")));
    REQUIRE(repository.save(state).ok());
    CHECK(testsupport::scalar(db->handle(), QStringLiteral("SELECT last_success FROM sync_state"))
          == QStringLiteral("t:2026-03-01T02:00:00.000Z"));
    CHECK(testsupport::scalar(db->handle(), QStringLiteral("SELECT next_run FROM sync_state"))
          == QStringLiteral("null"));
}

TEST_CASE("saving a source again replaces its row instead of adding one")
{
    TempDataDir dir;
    auto db = testsupport::openDatabase(dir.databasePath());
    SyncStateRepository repository(*db);

    REQUIRE(repository.save(fullState()).ok());
    SyncState after = fullState();
    after.lastError.clear();
    after.itemsChanged = 7;
    after.nextRun = QDateTime();
    REQUIRE(repository.save(after).ok());

    CHECK(testsupport::count(db->handle(), QStringLiteral("sync_state")) == 1);
    auto read = repository.get(QStringLiteral("oura"));
    REQUIRE(read.ok());
    REQUIRE(read->has_value());
    CHECK((*read)->lastError.isEmpty());
    CHECK((*read)->itemsChanged == 7);
    CHECK((*read)->nextRun.isNull());
}

TEST_CASE("an unknown source reads as no state, not as an error")
{
    TempDataDir dir;
    auto db = testsupport::openDatabase(dir.databasePath());
    SyncStateRepository repository(*db);

    auto read = repository.get(QStringLiteral("calendar"));
    REQUIRE(read.ok());
    CHECK_FALSE(read->has_value());
}

TEST_CASE("setting a cursor keeps the other columns and creates the row when missing")
{
    TempDataDir dir;
    auto db = testsupport::openDatabase(dir.databasePath());
    SyncStateRepository repository(*db);

    REQUIRE(repository.save(fullState()).ok());
    REQUIRE(repository.setCursor(QStringLiteral("oura"), QStringLiteral("2026-11-21")).ok());
    auto oura = repository.get(QStringLiteral("oura"));
    REQUIRE(oura.ok());
    REQUIRE(oura->has_value());
    CHECK((*oura)->cursor == QStringLiteral("2026-11-21"));
    CHECK((*oura)->itemsChanged == 42);
    CHECK((*oura)->lastSuccess == fullState().lastSuccess);
    CHECK((*oura)->lastError == fullState().lastError);

    REQUIRE(repository.setCursor(QStringLiteral("calendar:primary"), QStringLiteral("CPDAlvWDx70CEPDAlvWDx70CGAU=")).ok());
    auto calendar = repository.get(QStringLiteral("calendar:primary"));
    REQUIRE(calendar.ok());
    REQUIRE(calendar->has_value());
    CHECK((*calendar)->cursor == QStringLiteral("CPDAlvWDx70CEPDAlvWDx70CGAU="));
    CHECK((*calendar)->lastSuccess.isNull());
    CHECK((*calendar)->itemsChanged == 0);

    REQUIRE(repository.setCursor(QStringLiteral("calendar:primary"), QString()).ok());
    CHECK(testsupport::scalar(db->handle(),
                              QStringLiteral("SELECT cursor FROM sync_state WHERE source = 'calendar:primary'"))
          == QStringLiteral("null"));
}

TEST_CASE("removing by prefix removes only the rows that start with it, literally")
{
    TempDataDir dir;
    auto db = testsupport::openDatabase(dir.databasePath());
    SyncStateRepository repository(*db);

    const QStringList sources{QStringLiteral("oura"), QStringLiteral("calendar"), QStringLiteral("calendar:primary"),
                              QStringLiteral("calendar:team_x%y@group.calendar.google.com"),
                              QStringLiteral("calendarx:other")};
    for (const QString &source : sources)
        REQUIRE(repository.setCursor(source, QStringLiteral("c")).ok());

    REQUIRE(repository.removeWithPrefix(QStringLiteral("calendar:")).ok());
    QStringList left;
    for (const QString &row : testsupport::rows(db->handle(), QStringLiteral("SELECT source FROM sync_state ORDER BY source")))
        left.append(row.mid(2));
    CHECK(left == QStringList{QStringLiteral("calendar"), QStringLiteral("calendarx:other"), QStringLiteral("oura")});

    REQUIRE(repository.remove(QStringLiteral("oura")).ok());
    REQUIRE(repository.remove(QStringLiteral("not-there")).ok());
    CHECK(testsupport::count(db->handle(), QStringLiteral("sync_state")) == 2);

    CHECK(repository.removeWithPrefix(QString()).error().code == ErrorCode::InvalidInput);
    CHECK(testsupport::count(db->handle(), QStringLiteral("sync_state")) == 2);
}

TEST_CASE("a sync state without a source is refused")
{
    TempDataDir dir;
    auto db = testsupport::openDatabase(dir.databasePath());
    SyncStateRepository repository(*db);

    CHECK(repository.save(SyncState{}).error().code == ErrorCode::InvalidInput);
    CHECK(repository.setCursor(QString(), QStringLiteral("x")).error().code == ErrorCode::InvalidInput);
    CHECK(testsupport::count(db->handle(), QStringLiteral("sync_state")) == 0);
}
