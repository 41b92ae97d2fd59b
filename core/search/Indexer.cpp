#include "search/Indexer.h"

#include <QThread>

#include "search/EmbedderConfig.h"
#include "search/EmbeddingModels.h"
#include "search/EmbeddingStore.h"
#include "search/IndexMaintenance.h"
#include "search/SearchProjector.h"
#include "search/SemanticIndex.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "util/DataLocation.h"
#include "util/Logging.h"
#include "util/Settings.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QSet>
#include <QTimer>

namespace lifeos {

namespace {

bool isCancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

Result<qint64> countOf(Database &database, const QString &sql)
{
    auto query = runQuery(database, sql, {}, Indexer::tr("Counting documents"));
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : qint64(0);
}

// One run's state, so the steps below read as the run does.
class Run
{
public:
    Run(Database &database, const QString &dataDir, SemanticIndex &semantic, const IndexRunOptions &options,
        const Indexer::Progress &progress, const std::atomic_bool *cancel)
        : m_database(database)
        , m_dataDir(dataDir)
        , m_semantic(semantic)
        , m_options(options)
        , m_progress(progress)
        , m_cancel(cancel)
        , m_store(database)
        , m_models(database)
        , m_maintenance(database, dataDir)
    {}

    Result<IndexRunSummary> execute();

private:
    void report()
    {
        if (m_progress)
            m_progress(m_status);
    }
    Result<void> resetEverything();
    Result<void> project();
    Result<void> dropRetiredModels();
    Result<void> bringUpActiveIndex(const std::shared_ptr<Embedder> &active);
    Result<void> drainTombstones();
    Result<void> saveIndex();
    // Embeds every document model has no vector for; adds them to index when given. false: stopped early.
    Result<bool> embedAll(const std::shared_ptr<Embedder> &embedder, const std::shared_ptr<VectorIndex> &index);
    Result<void> switchTo(const std::shared_ptr<Embedder> &building);

    Database &m_database;
    QString m_dataDir;
    SemanticIndex &m_semantic;
    const IndexRunOptions &m_options;
    const Indexer::Progress &m_progress;
    const std::atomic_bool *m_cancel;
    EmbeddingStore m_store;
    EmbeddingModels m_models;
    IndexMaintenance m_maintenance;

    IndexStatus m_status;
    IndexRunSummary m_summary;
    std::shared_ptr<VectorIndex> m_index; // the active model's, shared with searches
    std::vector<qint64> m_appliedTombstones; // removed from the index, to forget once it is saved
    QSet<qint64> m_applied;
    bool m_indexChanged = false;
    QElapsedTimer m_sinceSave;
};

Result<void> Run::resetEverything()
{
    qCInfo(lcSearch) << "rebuilding search: every record is projected and embedded again";
    m_semantic.publish({});
    if (auto marked = SearchProjector(m_database).markAllDirty(); !marked)
        return marked;
    auto reset = m_database.write([&]() -> Result<void> {
        if (auto removed = m_store.removeAll(); !removed)
            return removed;
        if (auto removed = m_models.removeAll(); !removed)
            return removed;
        auto query = runQuery(m_database, QStringLiteral("DELETE FROM vector_tombstones"), {},
                              Indexer::tr("Rebuilding the search index"));
        if (!query)
            return query.error();
        return {};
    });
    if (!reset)
        return reset;
    QDir folder(QDir(m_dataDir).filePath(QStringLiteral("search")));
    for (const QString &name : folder.entryList({QStringLiteral("*.faiss")}, QDir::Files))
        folder.remove(name);
    return {};
}

Result<void> Run::project()
{
    SearchProjector projector(m_database);
    m_status.state = IndexStatus::State::Projecting;
    while (!isCancelled(m_cancel)) {
        auto pending = projector.pendingCount();
        if (!pending)
            return pending.error();
        m_status.pendingRecords = *pending;
        if (*pending == 0)
            break;
        report();
        auto done = projector.catchUp(500);
        if (!done)
            return done.error();
        m_summary.projected += *done;
        if (*done == 0)
            break;
    }
    return {};
}

Result<void> Run::dropRetiredModels()
{
    auto retired = m_models.retired();
    if (!retired)
        return retired.error();
    for (const EmbeddingModelRow &row : *retired) {
        // The file first: once the row is gone nothing would remember to delete it.
        m_maintenance.removeFile(row.model);
        if (auto removed = m_store.removeModel(row.model); !removed)
            return removed;
    }
    return {};
}

Result<void> Run::bringUpActiveIndex(const std::shared_ptr<Embedder> &active)
{
    const SemanticIndex::Snapshot current = m_semantic.current();
    if (current.isReady() && current.index->model() == active->modelId()) {
        m_index = current.index;
        return {};
    }
    IndexOpenReport opening;
    m_status.state = IndexStatus::State::Rebuilding;
    report();
    auto opened = m_maintenance.open(active->modelId(), active->dimension(), &opening, m_cancel);
    if (!opened)
        return opened.error();
    m_index = *opened;
    m_summary.indexRebuilt = opening.rebuilt;
    // The loaded file still holds these ids; they are forgotten once a file without them is saved.
    m_appliedTombstones = std::move(opening.tombstones);
    m_applied = QSet<qint64>(m_appliedTombstones.begin(), m_appliedTombstones.end());
    m_indexChanged = !m_appliedTombstones.empty();
    m_semantic.publish({active, m_index});
    m_sinceSave.start();
    return {};
}

Result<void> Run::drainTombstones()
{
    if (!m_index)
        return {};
    auto dead = m_maintenance.tombstones();
    if (!dead)
        return dead.error();
    // Tombstones stay in the table until a saved file no longer holds their ids: only new ones need removing.
    std::vector<qint64> fresh;
    for (const qint64 id : *dead) {
        if (!m_applied.contains(id))
            fresh.push_back(id);
    }
    if (fresh.empty())
        return {};
    if (auto removed = m_index->remove(fresh); !removed)
        return removed;
    m_summary.removed += qint64(fresh.size());
    for (const qint64 id : fresh)
        m_applied.insert(id);
    m_appliedTombstones.insert(m_appliedTombstones.end(), fresh.begin(), fresh.end());
    m_indexChanged = true;
    return {};
}

Result<void> Run::saveIndex()
{
    if (!m_index || !m_indexChanged)
        return {};
    // Drop what was deleted meanwhile first, so the saved file matches the database as closely as it can.
    if (auto drained = drainTombstones(); !drained)
        return drained;
    if (m_index->shouldRebuild()) {
        // Grown (one batch at a time) past what its type suits, e.g. exact beyond the size where IVF is faster:
        // retrain it from the stored vectors, in place, so searches holding it see the new one.
        auto stored = m_store.loadAll(m_index->model(), m_index->dimension());
        if (!stored)
            return stored.error();
        if (auto built = m_index->build(stored->ids, stored->vectors); !built)
            return built;
    }
    if (auto saved = m_maintenance.save(*m_index, m_appliedTombstones); !saved)
        return saved;
    m_appliedTombstones.clear();
    m_applied.clear();
    m_indexChanged = false;
    m_sinceSave.restart();
    m_status.lastSaved = QDateTime::currentDateTime();
    return {};
}

Result<bool> Run::embedAll(const std::shared_ptr<Embedder> &embedder, const std::shared_ptr<VectorIndex> &index)
{
    const QString model = embedder->modelId();
    const int batchSize = std::max(1, m_options.batchSize);
    qint64 afterId = 0;
    while (true) {
        if (isCancelled(m_cancel)) {
            m_summary.cancelled = true;
            return false;
        }
        // Deletions land between batches too: never let a deleted id sit in the index for a whole long run.
        if (index) {
            if (auto drained = drainTombstones(); !drained)
                return drained.error();
        }
        auto batch = m_store.pending(model, afterId, batchSize);
        if (!batch)
            return batch.error();
        if (batch->ids.empty())
            return true;
        afterId = batch->ids.back();
        auto vectors = embedder->embed(batch->texts, m_cancel);
        if (!vectors) {
            if (vectors.error().code == ErrorCode::Cancelled) {
                m_summary.cancelled = true;
                return false;
            }
            // The documents stay pending; the next run tries again.
            qCWarning(lcSearch) << "embedding with" << model << "failed:" << vectors.error().message;
            m_summary.lastError = vectors.error().message;
            return false;
        }
        const int dimension = embedder->dimension();
        if (vectors->size() != batch->ids.size() * size_t(dimension)) {
            m_summary.lastError = Indexer::tr("The embedder returned vectors of the wrong size.");
            return false;
        }
        // Commit first, then add to the index: a kill in between leaves a file older than the database, which
        // the start-up check notices (and rebuilds from the stored vectors), never a vector the database lacks.
        auto stored = m_store.put(model, batch->ids, *vectors, dimension);
        if (!stored)
            return stored.error();
        if (index && !stored->empty()) {
            std::vector<float> kept;
            kept.reserve(stored->size() * size_t(dimension));
            size_t row = 0;
            for (const qint64 id : *stored) {
                while (batch->ids[row] != id)
                    ++row;
                kept.insert(kept.end(), vectors->begin() + qptrdiff(row * size_t(dimension)),
                            vectors->begin() + qptrdiff((row + 1) * size_t(dimension)));
            }
            if (auto added = index->add(*stored, kept); !added)
                return added.error();
            m_indexChanged = true;
        }
        m_summary.embedded += qint64(batch->ids.size());
        m_status.done += qint64(batch->ids.size());
        if (m_options.batchPauseMs > 0)
            QThread::msleep(ulong(m_options.batchPauseMs));
        if (index)
            m_status.embedded += qint64(stored->size());
        report();
        if (index && m_sinceSave.isValid() && m_sinceSave.elapsed() >= m_options.saveIntervalMs) {
            if (auto saved = saveIndex(); !saved)
                return saved.error();
        }
    }
}

Result<void> Run::switchTo(const std::shared_ptr<Embedder> &building)
{
    m_status.state = IndexStatus::State::Rebuilding;
    report();
    const QString old = m_index ? m_index->model() : QString();
    // The new index is built from its stored vectors and saved before the database says it is the active one.
    auto built = m_maintenance.rebuild(building->modelId(), building->dimension());
    if (!built)
        return built.error();
    if (auto promoted = m_models.promote(building->modelId()); !promoted)
        return promoted;
    m_index = *built;
    m_appliedTombstones.clear();
    m_applied.clear();
    m_indexChanged = false;
    m_semantic.publish({building, m_index});
    m_summary.switchedModel = true;
    qCInfo(lcSearch) << "search now uses" << building->modelId() << "instead of" << old;
    return dropRetiredModels();
}

Result<IndexRunSummary> Run::execute()
{
    m_sinceSave.start();
    if (m_options.rebuild) {
        if (auto reset = resetEverything(); !reset)
            return reset.error();
    }
    if (auto projected = project(); !projected)
        return projected.error();
    if (auto dropped = dropRetiredModels(); !dropped)
        return dropped.error();

    // Which model answers, and which (if any) is being built.
    EmbeddingModels::Plan plan;
    std::shared_ptr<Embedder> wanted;
    bool haveWanted = true;
    if (m_options.wantedEmbedder) {
        auto chosen = m_options.wantedEmbedder();
        if (chosen) {
            wanted = *chosen;
        } else {
            haveWanted = false;
            m_summary.lastError = chosen.error().message;
        }
    }
    Result<EmbeddingModels::Plan> planned = Error{};
    // Only a run that embeds may create or refit a model: a search must not spend seconds learning one.
    if (haveWanted && m_options.embed && !isCancelled(m_cancel)) {
        EmbeddingModels::PlanOptions planOptions;
        planOptions.wanted = wanted;
        planOptions.current = m_semantic.current().embedder;
        planOptions.allowRefit = m_options.allowRefit && m_options.embed;
        planOptions.offlineDimension = m_options.offlineDimension;
        planned = m_models.plan(planOptions, m_cancel);
        if (!planned && planned.error().code != ErrorCode::Cancelled)
            m_summary.lastError = planned.error().message;
    }
    if (planned) {
        plan = *planned;
    } else {
        // Keep answering with what there is: the active model as it was, nothing new built.
        auto active = m_models.active();
        if (!active)
            return active.error();
        if (*active) {
            plan.active = EmbeddingModels::embedderFor(**active, wanted);
            const auto current = m_semantic.current().embedder;
            if (!plan.active && current && current->modelId() == (*active)->model)
                plan.active = current;
        }
    }

    if (plan.active) {
        if (auto up = bringUpActiveIndex(plan.active); !up)
            return up.error();
        if (auto drained = drainTombstones(); !drained)
            return drained.error();
        m_summary.model = plan.active->modelId();
    }

    if (m_options.embed && !isCancelled(m_cancel)) {
        qint64 total = 0;
        if (plan.active) {
            auto pending = m_store.pendingCount(plan.active->modelId());
            if (!pending)
                return pending.error();
            total += *pending;
            auto embedded = m_store.count(plan.active->modelId());
            m_status.embedded = embedded ? *embedded : 0;
        }
        if (plan.building) {
            auto pending = m_store.pendingCount(plan.building->modelId());
            if (!pending)
                return pending.error();
            total += *pending;
        }
        m_status.state = IndexStatus::State::Embedding;
        m_status.model = m_summary.model;
        m_status.buildingModel = plan.building ? plan.building->modelId() : QString();
        m_status.total = total;
        m_status.done = 0;
        report();

        bool complete = true;
        if (plan.active) {
            auto done = embedAll(plan.active, m_index);
            if (!done)
                return done.error();
            complete = *done;
        }
        if (complete && plan.building) {
            auto done = embedAll(plan.building, nullptr);
            if (!done)
                return done.error();
            if (*done) {
                if (auto switched = switchTo(plan.building); !switched)
                    return switched.error();
                m_summary.model = plan.building->modelId();
            }
        }
        if (auto saved = saveIndex(); !saved)
            return saved.error();
    }

    if (!m_summary.model.isEmpty()) {
        // Embeddings of deleted documents go with them (ON DELETE CASCADE), so a difference of counts will do.
        auto documents = countOf(m_database, QStringLiteral("SELECT count(*) FROM documents"));
        if (!documents)
            return documents.error();
        auto embedded = m_store.count(m_summary.model);
        if (!embedded)
            return embedded.error();
        m_summary.pending = std::max<qint64>(0, *documents - *embedded);
    } else {
        auto documents = countOf(m_database, QStringLiteral("SELECT count(*) FROM documents"));
        if (!documents)
            return documents.error();
        m_summary.pending = *documents;
    }
    return m_summary;
}

} // namespace

Result<IndexRunSummary> Indexer::runToCompletion(Database &database, const QString &dataDir, SemanticIndex &semantic,
                                                 const IndexRunOptions &options, const Progress &progress,
                                                 const std::atomic_bool *cancel)
{
    QElapsedTimer timer;
    timer.start();
    auto summary = Run(database, dataDir, semantic, options, progress, cancel).execute();
    if (summary) {
        qCInfo(lcSearch) << "indexer run:" << summary->projected << "records projected," << summary->embedded
                         << "documents embedded," << summary->removed << "removed," << summary->pending
                         << "pending, in" << timer.elapsed() << "ms" << (summary->cancelled ? "(cancelled)" : "");
    }
    return summary;
}

Result<IndexStatus> Indexer::readStatus(Database &database, const QString &dataDir, const SemanticIndex *semantic)
{
    IndexStatus status;
    EmbeddingModels models(database);
    EmbeddingStore store(database);
    IndexMaintenance maintenance(database, dataDir);
    auto documents = countOf(database, QStringLiteral("SELECT count(*) FROM documents"));
    if (!documents)
        return documents.error();
    status.documents = *documents;
    auto pendingRecords = SearchProjector(database).pendingCount();
    if (!pendingRecords)
        return pendingRecords.error();
    status.pendingRecords = *pendingRecords;
    auto active = models.active();
    if (!active)
        return active.error();
    if (*active) {
        status.model = (*active)->model;
        auto embedded = store.count(status.model);
        if (!embedded)
            return embedded.error();
        status.embedded = *embedded;
        status.pendingDocuments = status.documents - status.embedded;
        status.indexBytes = maintenance.fileSize(status.model);
        status.lastSaved = maintenance.lastSaved(status.model);
    } else {
        status.pendingDocuments = status.documents;
    }
    auto building = models.building();
    if (!building)
        return building.error();
    if (*building)
        status.buildingModel = (*building)->model;
    if (semantic) {
        const auto snapshot = semantic->current();
        status.vectorsReady = snapshot.isReady() && snapshot.index->model() == status.model;
    }
    return status;
}

Result<std::shared_ptr<Embedder>> Indexer::configuredEmbedder(const QString &dataDir)
{
    const Settings settings(DataLocation::settingsPath(dataDir));
    const EmbedderConfig config = EmbedderConfig::load(settings);
    if (config.isOffline())
        return std::shared_ptr<Embedder>();
    if (auto valid = config.validate(); !valid)
        return valid.error();
    auto embedder = createNetworkEmbedder(config);
    if (!embedder)
        return Error{ErrorCode::InvalidInput, tr("The embedding provider in the settings cannot be used.")};
    return embedder;
}

Indexer::Indexer(QString databasePath, QString dataDir, std::shared_ptr<SemanticIndex> semantic, Options options,
                 QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_dataDir(std::move(dataDir))
    , m_semantic(std::move(semantic))
    , m_options(std::move(options))
{}

Indexer::~Indexer() = default;

void Indexer::cancel()
{
    m_paused = true;
    m_cancel = true;
}

void Indexer::stop()
{
    m_stopped = true;
    m_cancel = true;
}

void Indexer::start()
{
    if (m_timer)
        return;
    m_timer = new QTimer(this);
    m_timer->setInterval(m_options.pollIntervalMs);
    connect(m_timer, &QTimer::timeout, this, [this] { run(false, false); });
    m_timer->start();
    run(false, true);
}

bool Indexer::openDatabase()
{
    if (m_database)
        return true;
    // Tried again at every poll: the database may be locked by a long write (an import) when LifeOS starts.
    auto database = Database::open(m_databasePath);
    if (!database) {
        m_status.state = IndexStatus::State::Failed;
        m_status.lastError = database.error().message;
        Q_EMIT statusChanged(m_status);
        return false;
    }
    m_database = std::move(*database);
    return true;
}

void Indexer::runNow()
{
    m_paused = false;
    run(false, true);
}

void Indexer::rebuildAll()
{
    m_paused = false;
    run(true, true);
}

void Indexer::run(bool rebuild, bool poked)
{
    if (m_stopped || (m_paused && !poked))
        return;
    if (!m_running && !openDatabase())
        return;
    if (m_running) { // an embedder that waits in an event loop can let a tick in: run again afterwards
        m_again = true;
        m_rebuildAgain = m_rebuildAgain || rebuild;
        return;
    }
    m_running = true;
    m_cancel = false;
    IndexRunOptions options = m_options.run;
    options.rebuild = rebuild;
    options.allowRefit = !m_refitDone;
    const bool wasReady = m_semantic->current().isReady();
    qint64 lastDone = -1;
    auto summary = runToCompletion(*m_database, m_dataDir, *m_semantic, options,
                                   [&](const IndexStatus &progress) {
                                       // A poll that finds nothing to do is not "indexing": say nothing.
                                       if (progress.total == 0 && progress.state != IndexStatus::State::Rebuilding)
                                           return;
                                       m_status.state = progress.state;
                                       m_status.done = progress.done;
                                       m_status.total = progress.total;
                                       m_status.buildingModel = progress.buildingModel;
                                       if (progress.done != lastDone) {
                                           lastDone = progress.done;
                                           Q_EMIT progressChanged(progress.done, progress.total);
                                       }
                                       Q_EMIT statusChanged(m_status);
                                   },
                                   &m_cancel);
    m_running = false;
    if (summary && summary->switchedModel)
        m_refitDone = true;
    if (auto status = readStatus(*m_database, m_dataDir, m_semantic.get()); status) {
        const QDateTime lastSaved = m_status.lastSaved;
        m_status = *status;
        if (!m_status.lastSaved.isValid())
            m_status.lastSaved = lastSaved;
    }
    m_status.state = IndexStatus::State::Idle;
    if (!summary) {
        m_status.state = IndexStatus::State::Failed;
        m_status.lastError = summary.error().message;
    } else {
        m_status.lastError = summary->lastError;
        if (!summary->lastError.isEmpty())
            m_status.state = IndexStatus::State::Failed;
    }
    Q_EMIT statusChanged(m_status);
    if (!wasReady && m_semantic->current().isReady())
        Q_EMIT vectorIndexReady();
    if (m_again && !m_stopped) {
        m_again = false;
        const bool again = m_rebuildAgain;
        m_rebuildAgain = false;
        QTimer::singleShot(0, this, [this, again] { run(again, true); });
    }
}

} // namespace lifeos
