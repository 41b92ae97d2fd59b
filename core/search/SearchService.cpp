#include "search/SearchService.h"

#include "search/HybridSearch.h"
#include "search/Indexer.h"
#include "search/SemanticIndex.h"
#include "storage/Database.h"
#include "util/Logging.h"

#include <QHash>
#include <QMutex>
#include <QPointer>
#include <QThread>

#include <atomic>

namespace lifeos {

struct SearchService::Private {
    QString databasePath;
    QString dataDir;
    std::shared_ptr<SemanticIndex> semantic = std::make_shared<SemanticIndex>();

    QThread indexerThread;
    Indexer *indexer = nullptr; // lives in indexerThread, deleted when it finishes

    QThread searchThread;
    QObject *searchContext = nullptr;    // lives in searchThread: queries are queued to it
    std::unique_ptr<Database> searchDatabase; // opened and closed in searchThread only
    std::atomic_bool searchClosed{false};     // set by searchThread after it closed searchDatabase
    QString searchOpenError;

    std::atomic<quint64> nextTicket = 0;
    // Each asker's newest ticket: an older question still queued has been superseded and is skipped.
    QMutex latestMutex;
    QHash<quintptr, quint64> latest;

    bool isLatest(quintptr asker, quint64 ticket)
    {
        QMutexLocker lock(&latestMutex);
        return latest.value(asker) == ticket;
    }
    bool started = false;
    IndexStatus status;

    // On the search thread.
    Database *searchDb()
    {
        // Tried again for every query until it works: a long write elsewhere may hold the lock at start.
        if (!searchDatabase) {
            auto opened = Database::open(databasePath);
            if (opened) {
                searchDatabase = std::move(*opened);
                searchOpenError.clear();
            } else {
                searchOpenError = opened.error().message;
            }
        }
        return searchDatabase.get();
    }
};

SearchService::SearchService(QString databasePath, QString dataDir, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    qRegisterMetaType<lifeos::IndexStatus>();
    qRegisterMetaType<lifeos::SearchResults>();
    d->databasePath = std::move(databasePath);
    d->dataDir = std::move(dataDir);
    d->indexerThread.setObjectName(QStringLiteral("lifeos-indexer"));
    d->searchThread.setObjectName(QStringLiteral("lifeos-search"));
}

SearchService::~SearchService()
{
    if (!d->started)
        return;
    // Stop the indexer between two batches (what it did is kept), then let both threads finish.
    d->indexer->stop();
    d->indexerThread.quit();
    d->searchThread.quit();
    d->indexerThread.wait();
    d->searchThread.wait();
    // QThread::wait() orders the thread's last writes before what follows, but through Qt's futex-based wait that
    // ThreadSanitizer cannot see; this acquire pairs with the release at the end of the search thread.
    (void)d->searchClosed.load(std::memory_order_acquire);
}

void SearchService::start()
{
    if (d->started)
        return;
    d->started = true;

    Indexer::Options options;
    const QString dataDir = d->dataDir;
    options.run.wantedEmbedder = [dataDir] { return Indexer::configuredEmbedder(dataDir); };
    d->indexer = new Indexer(d->databasePath, d->dataDir, d->semantic, options);
    d->indexer->moveToThread(&d->indexerThread);
    connect(&d->indexerThread, &QThread::finished, d->indexer, &QObject::deleteLater);
    connect(d->indexer, &Indexer::progressChanged, this, &SearchService::indexProgress);
    connect(d->indexer, &Indexer::statusChanged, this, [this](const IndexStatus &status) {
        d->status = status;
        Q_EMIT indexStatusChanged(status);
    });

    d->searchContext = new QObject;
    d->searchContext->moveToThread(&d->searchThread);
    connect(&d->searchThread, &QThread::finished, d->searchContext, &QObject::deleteLater);
    // finished is emitted by the thread itself: the connection is closed on the thread that opened it.
    connect(
        &d->searchThread, &QThread::finished, d->searchContext,
        [this] {
            d->searchDatabase.reset();
            d->searchClosed.store(true, std::memory_order_release);
        },
        Qt::DirectConnection);

    d->indexerThread.start(QThread::LowPriority);
    d->searchThread.start();
    QMetaObject::invokeMethod(d->indexer, &Indexer::start, Qt::QueuedConnection);
}

quint64 SearchService::search(const SearchRequest &request, const void *asker)
{
    return answer(quintptr(asker) * 2, [request](HybridSearch &search) { return search.search(request); });
}

quint64 SearchService::related(const QString &origin, int limit, const void *asker)
{
    // Related answers are kept apart from the same asker's searches.
    return answer(quintptr(asker) * 2 + 1,
                  [origin, limit](HybridSearch &search) { return search.related(origin, SearchFilter{}, limit); });
}

quint64 SearchService::answer(quintptr asker, std::function<Result<SearchResults>(HybridSearch &)> question)
{
    const quint64 ticket = ++d->nextTicket;
    {
        QMutexLocker lock(&d->latestMutex);
        d->latest.insert(asker, ticket);
    }
    if (!d->started)
        start();
    QPointer<SearchService> self(this);
    QMetaObject::invokeMethod(d->searchContext, [this, self, ticket, asker, question = std::move(question)] {
        if (!d->isLatest(asker, ticket))
            return; // the user typed on; only the latest question is worth answering
        Database *database = d->searchDb();
        Result<SearchResults> results = Error{ErrorCode::Unknown, d->searchOpenError};
        if (database) {
            HybridSearch search(*database, *d->semantic);
            results = question(search);
        }
        QMetaObject::invokeMethod(this, [self, ticket, results] {
            if (!self)
                return;
            if (results)
                Q_EMIT self->resultsReady(ticket, *results);
            else
                Q_EMIT self->searchFailed(ticket, results.error().message);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
    return ticket;
}

void SearchService::reindexSoon()
{
    if (d->started)
        QMetaObject::invokeMethod(d->indexer, &Indexer::runNow, Qt::QueuedConnection);
}

void SearchService::rebuild()
{
    if (!d->started)
        start();
    d->indexer->cancel(); // a run in progress stops at its next batch; the rebuild follows it
    QMetaObject::invokeMethod(d->indexer, &Indexer::rebuildAll, Qt::QueuedConnection);
}

void SearchService::cancelIndexing()
{
    if (d->started)
        d->indexer->cancel();
}

IndexStatus SearchService::status() const
{
    return d->status;
}

} // namespace lifeos
