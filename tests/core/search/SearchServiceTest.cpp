// SearchService: the GUI's door. Answers arrive by signal with their ticket; closing mid-indexing is clean.

#include "SearchTestSupport.h"
#include "search/SearchService.h"
#include "support/QtStringMakers.h"
#include "support/TempDataDir.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QThread>

#include <functional>

using namespace lifeos;
using namespace testsupport;

namespace {

// Runs the event loop until done() or the timeout; queued signals from the worker threads arrive meanwhile.
bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return true;
}

} // namespace

TEST_CASE("search answers arrive by signal with the ticket of the query that asked")
{
    TempDataDir dir;
    {
        auto db = openDatabase(dir.databasePath());
        for (int i = 0; i < 30; ++i)
            addNote(*db, QStringLiteral("Note %1").arg(i), QStringLiteral("kappa%1 lambda").arg(i));
    }
    SearchService service(dir.databasePath(), dir.path());
    QSignalSpy results(&service, &SearchService::resultsReady);
    QSignalSpy statuses(&service, &SearchService::indexStatusChanged);
    service.start();
    // Wait until the indexer has run once, so the text index holds the notes.
    REQUIRE(waitUntil([&] { return !statuses.isEmpty()
                                 && statuses.last().at(0).value<IndexStatus>().state == IndexStatus::State::Idle; }, 30000));
    SearchRequest request;
    request.query = QStringLiteral("kappa7");
    request.mode = SearchMode::Hybrid;
    const quint64 stale = service.search(request);
    const quint64 ticket = service.search(request);
    CHECK(ticket > stale);
    REQUIRE(waitUntil([&] { return !results.isEmpty(); }, 10000));
    // The older query was superseded before it ran, or answered first; the latest one is always answered.
    REQUIRE(waitUntil([&] { return results.last().at(0).toULongLong() == ticket; }, 10000));
    const auto answer = results.last().at(1).value<SearchResults>();
    REQUIRE_FALSE(answer.hits.isEmpty());
    CHECK(answer.hits.first().title == QStringLiteral("Note 7")); // the only text match leads the fused list
    CHECK(service.status().embedded == 30);
}

TEST_CASE("closing the search service while it is indexing stops cleanly and keeps what was done")
{
    TempDataDir dir;
    {
        auto db = openDatabase(dir.databasePath());
        for (int i = 0; i < 150; ++i)
            addNote(*db, QStringLiteral("Note %1").arg(i), QStringLiteral("mu%1 nu").arg(i));
    }
    qint64 reported = 0;
    {
        SearchService service(dir.databasePath(), dir.path());
        QSignalSpy progress(&service, &SearchService::indexProgress);
        service.start();
        REQUIRE(waitUntil([&] { return !progress.isEmpty() && progress.last().at(0).toLongLong() > 0; }, 30000));
        reported = progress.last().at(0).toLongLong();
    } // destroyed mid-run (or just after): no crash, no hang
    auto db = openDatabase(dir.databasePath());
    const qint64 embedded = countOf(*db, QStringLiteral("SELECT count(*) FROM embeddings"));
    CHECK(embedded >= reported); // what was reported done was committed
    CHECK(embedded <= 150);
}
