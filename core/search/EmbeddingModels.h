#pragma once

#include "search/Embedder.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

namespace lifeos {

class Database;

// One row of embedding_models.
struct EmbeddingModelRow {
    QString model;
    QString provider;
    int dimension = 0;
    QString state; // building | active | retired
    QByteArray params;
    qint64 fittedOn = 0;
};

// Which embedding model answers queries and which one is being filled, and the policy that moves between them.
// Offline by default: a seeded (unfitted) projection until the corpus has OfflineEmbedder::kMinimumCorpus
// documents, then one fitted on the corpus, refitted when the corpus has doubled since. A new model (a refit,
// or the user choosing a network model) is 'building' while the 'active' one keeps answering queries; the
// Indexer switches them when the new one is complete. Each model has one index file:
// <dataDir>/search/<file-safe model id>.faiss.
class EmbeddingModels
{
    Q_DECLARE_TR_FUNCTIONS(EmbeddingModels)

public:
    explicit EmbeddingModels(Database &database);

    Result<std::optional<EmbeddingModelRow>> active() const;
    Result<std::optional<EmbeddingModelRow>> building() const;
    Result<std::optional<EmbeddingModelRow>> find(const QString &model) const;
    Result<QList<EmbeddingModelRow>> retired() const;

    // Adds the model, or makes an existing row of it take this state (a retired model can come back).
    Result<void> add(const Embedder &embedder, const QString &state, const QByteArray &params, qint64 fittedOn);
    Result<void> setState(const QString &model, const QString &state);
    // Makes building the active model and the active one retired, in one transaction.
    Result<void> promote(const QString &building);
    Result<void> removeAll();

    // The embedder that produces this model's vectors: the offline one from its stored params, or `wanted`
    // when it is that model; nullptr when this build cannot recreate it (a network model no longer set up).
    static std::shared_ptr<Embedder> embedderFor(const EmbeddingModelRow &row, const std::shared_ptr<Embedder> &wanted);

    struct Plan {
        std::shared_ptr<Embedder> active;   // answers queries; nullptr only when it cannot be recreated
        std::shared_ptr<Embedder> building; // being filled, or nullptr
    };
    struct PlanOptions {
        std::shared_ptr<Embedder> wanted; // the model the user chose; nullptr: the built-in offline one
        std::shared_ptr<Embedder> current; // the embedder answering queries now, if any (a network model that
                                           // settings no longer name can keep answering while its successor builds)
        bool allowRefit = true;           // at most one refit a run
        int offlineDimension = 0;         // 0: OfflineEmbedder::kDefaultDimension
        int maxFitTexts = 20000;          // a refit learns from at most this many documents (evenly sampled)
    };
    // Applies the policy: creates the first model (active at once, since nothing answers yet) or a building
    // one when the wanted model differs or the offline projection is due a refit. May fit a projection, which
    // takes seconds on a large corpus: call it from the indexer thread.
    Result<Plan> plan(const PlanOptions &options, const std::atomic_bool *cancel = nullptr);

    static QString indexFileName(const QString &model);
    static QString indexPath(const QString &dataDir, const QString &model);

private:
    Result<std::optional<EmbeddingModelRow>> firstInState(const QString &state) const;
    Result<std::shared_ptr<Embedder>> fitOffline(const PlanOptions &options, qint64 corpusSize,
                                                 const std::atomic_bool *cancel) const;

    Database &m_database;
};

} // namespace lifeos
