#pragma once

#include "search/Embedder.h"
#include "search/IndexStatus.h"
#include "util/Result.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QTimer;

namespace lifeos {

class Database;
class SemanticIndex;

struct IndexRunOptions {
    int batchSize = 128;        // documents embedded and committed together (a kill loses at most one batch)
    int saveIntervalMs = 30000; // during a long run the index file is also saved this often
    int batchPauseMs = 0;       // a pause after each committed batch (tests: makes a kill mid-run certain)
    bool rebuild = false;       // re-project every record and re-embed every document
    bool embed = true;          // false: project and bring the vector index up, embed nothing (lifeos search)
    bool allowRefit = true;     // the offline projection may be refitted (at most once a run)
    int offlineDimension = 0;   // 0: OfflineEmbedder::kDefaultDimension
    // The model the user chose (nullptr: the built-in offline one); an error keeps the models as they are.
    std::function<Result<std::shared_ptr<Embedder>>()> wantedEmbedder;
};

struct IndexRunSummary {
    qint64 projected = 0;      // records projected
    qint64 embedded = 0;       // documents embedded in this run (all models)
    qint64 removed = 0;        // deleted documents dropped from the vector index
    qint64 pending = 0;        // documents still without an embedding of the active model
    bool indexRebuilt = false; // the index file was missing, damaged or stale and was rebuilt
    bool switchedModel = false;
    bool cancelled = false;
    QString model;             // the active model after the run
    QString lastError;         // in words: the embedder failed; its documents stay pending for the next run
};

// Brings search up to date with the records: projects dirty records into documents, drops deleted documents from
// the vector index, embeds what has no embedding yet (active model first, then a model being built) in batches
// that are each committed on their own, and saves the index file. One code path: the QObject (on its own thread,
// with its own connection, looking for work every few seconds and when poked) and the command line / benchmarks
// (runToCompletion) do the same run.
class Indexer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Indexer)

public:
    using Progress = std::function<void(const IndexStatus &)>;

    struct Options {
        IndexRunOptions run;
        int pollIntervalMs = 5000;
    };

    // Construct anywhere, move to its thread, then invoke start() there: the connection is opened in that thread.
    Indexer(QString databasePath, QString dataDir, std::shared_ptr<SemanticIndex> semantic, Options options,
            QObject *parent = nullptr);
    ~Indexer() override;

    static Result<IndexRunSummary> runToCompletion(Database &database, const QString &dataDir,
                                                   SemanticIndex &semantic, const IndexRunOptions &options,
                                                   const Progress &progress = {},
                                                   const std::atomic_bool *cancel = nullptr);
    // What the database and the index files say now (for --status and the status bar).
    static Result<IndexStatus> readStatus(Database &database, const QString &dataDir,
                                          const SemanticIndex *semantic = nullptr);

    // The model the user chose in settings / environment (EmbedderConfig): nullptr for the built-in offline one.
    static Result<std::shared_ptr<Embedder>> configuredEmbedder(const QString &dataDir);

    // Thread-safe: stops the current run between batches and pauses until runNow() or rebuildAll().
    void cancel();
    // Thread-safe: no run starts after this (shutdown).
    void stop();

public Q_SLOTS:
    void start();
    void runNow();
    void rebuildAll();

Q_SIGNALS:
    void progressChanged(qint64 done, qint64 total);
    void statusChanged(const lifeos::IndexStatus &status);
    void vectorIndexReady();

private:
    void run(bool rebuild, bool poked);
    bool openDatabase();

    QString m_databasePath;
    QString m_dataDir;
    std::shared_ptr<SemanticIndex> m_semantic;
    Options m_options;
    std::unique_ptr<Database> m_database;
    QTimer *m_timer = nullptr;
    std::atomic_bool m_cancel = false;
    std::atomic_bool m_stopped = false;
    std::atomic_bool m_paused = false;
    bool m_running = false;
    bool m_again = false;
    bool m_rebuildAgain = false;
    bool m_refitDone = false;
    IndexStatus m_status;
};

} // namespace lifeos
