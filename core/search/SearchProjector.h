#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QVariant>

#include <atomic>
#include <functional>

namespace lifeos {

class Database;

// Brings the documents table up to date with the records: takes origins from search_dirty (filled by the
// triggers of schema 5), renders each record as title + text (DocumentRenderer), chunks it (TextChunker)
// and replaces only the chunks whose text, title or day changed, in one transaction per batch.
class SearchProjector
{
    Q_DECLARE_TR_FUNCTIONS(SearchProjector)

public:
    explicit SearchProjector(Database &database);

    // Projects up to maxOrigins dirty records; returns how many were done (0: nothing was pending).
    Result<int> catchUp(int maxOrigins = 500);
    // Projects everything pending.
    Result<int> catchUpAll();
    // The same, in batches of 1000 (one transaction each), reporting progress after each batch; stops between
    // batches with ErrorCode::Cancelled when *cancel becomes true (what was projected so far stays).
    Result<int> catchUpAll(const std::function<void(qint64 done, qint64 total)> &progress,
                           const std::atomic_bool *cancel = nullptr);
    Result<qint64> pendingCount() const;
    // Marks every record dirty (used by `lifeos index --rebuild`).
    Result<void> markAllDirty();

private:
    // Rows one multi-row statement writes: few statements (FTS5 flushes at each), few placeholders (parse time).
    static constexpr int kRowsPerStatement = 100;
    Result<void> removeDocuments(const QList<qint64> &ids);
    Result<void> insertDocuments(const QVariantList &values);
    Result<void> cleanDirty(const QStringList &origins);

    Database &m_database;
};

} // namespace lifeos
