#pragma once

#include "search/Indexer.h"
#include "search/SemanticIndex.h"
#include "util/Result.h"

#include <QString>

namespace lifeos {
class Database;
}

namespace lifeos::bench {

// What bringing a fresh data folder from a JSONL file to a searchable index cost, phase by phase.
struct IndexBuildTimes
{
    double importMs = 0;  // JsonlImporter: parse the file, upsert the notes (one transaction)
    double projectMs = 0; // SearchProjector::catchUpAll: render, chunk, write documents + FTS5
    double fitMs = 0;     // Indexer run, start to its first progress report: choosing and fitting the model
    double embedMs = 0;   // first to last "Embedding" report: embedding, storing vectors, adding them to FAISS
    double finishMs = 0;  // last report to the end: building the index of a new model, saving the file
    double indexMs = 0;   // the whole Indexer::runToCompletion
    qint64 records = 0;   // lines imported
    qint64 documents = 0; // rows in documents (chunks)
    IndexRunSummary summary;
};

// Imports path into the (empty) database, projects it and runs the indexer to completion with the built-in
// offline embedder, as `lifeos import` followed by `lifeos index` does. semantic ends up holding the model.
Result<IndexBuildTimes> importAndIndex(Database &database, const QString &dataDir, const QString &jsonlPath,
                                       SemanticIndex &semantic);

// What the app does at start: the active model's embedder from its stored params and its index file, loaded
// and checked against the database (rebuilt if it disagrees). Error when there is no active model.
Result<void> loadSemanticIndex(Database &database, const QString &dataDir, SemanticIndex &semantic);

// A field of /proc/self/status in KiB (VmRSS, VmHWM); -1 when absent.
qint64 procStatusKb(const char *field);

// Bytes of a file, 0 when it does not exist; and of every file under a folder.
qint64 fileBytes(const QString &path);
qint64 folderBytes(const QString &path);

} // namespace lifeos::bench
