#pragma once

#include "search/IndexStatus.h"
#include "search/SearchTypes.h"
#include "util/Result.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace lifeos {

class HybridSearch;

// The GUI's door to search. Lives on the GUI thread and never blocks it: queries run on a search thread
// with its own database connection, the Indexer on another. Answers arrive by signal with the ticket the
// call returned; a newer query from the same caller makes older answers stale (callers compare tickets).
class SearchService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchService)

public:
    // databasePath: lifeos.db; dataDir: where the vector index files live (beside the database).
    SearchService(QString databasePath, QString dataDir, QObject *parent = nullptr);
    ~SearchService() override;

    // Opens the worker connections, loads and checks the vector index, starts catching up in the background.
    void start();

    // asker: who is asking (any stable pointer; nullptr is one shared asker). A new question from the same asker
    // supersedes its older ones still waiting, which are then skipped and never answered.
    quint64 search(const SearchRequest &request, const void *asker = nullptr);
    quint64 related(const QString &origin, int limit, const void *asker = nullptr);

    // Ask the indexer to look for changed records now (it also looks every few seconds on its own).
    void reindexSoon();
    void rebuild();
    void cancelIndexing();
    IndexStatus status() const;

Q_SIGNALS:
    void resultsReady(quint64 ticket, const lifeos::SearchResults &results);
    void searchFailed(quint64 ticket, const QString &message);
    void indexProgress(qint64 done, qint64 total);
    void indexStatusChanged(const lifeos::IndexStatus &status);

private:
    quint64 answer(quintptr asker, std::function<Result<SearchResults>(HybridSearch &)> question);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace lifeos
