#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

struct sqlite3;

namespace lifeos {

class Database;

// Documents waiting for an embedding, in id order (so a run that stops resumes where it left off).
struct PendingDocuments {
    std::vector<qint64> ids;
    QStringList texts; // what is embedded: the title, a blank line, the chunk's text
};

// Every embedding of one model, for rebuilding its vector index without calling the embedder again.
struct StoredEmbeddings {
    std::vector<qint64> ids;    // ascending
    std::vector<float> vectors; // ids.size() * dimension, row by row
    int dimension = 0;
};

// The embeddings table: one float32 little-endian BLOB per (model, document). Hot paths go through the SQLite
// C API on the Database's own connection (a 100k x 128 load must take well under a second).
class EmbeddingStore
{
    Q_DECLARE_TR_FUNCTIONS(EmbeddingStore)

public:
    explicit EmbeddingStore(Database &database);

    // Up to limit documents with an id above afterId and no embedding for model.
    Result<PendingDocuments> pending(const QString &model, qint64 afterId, int limit) const;
    Result<qint64> pendingCount(const QString &model) const;
    Result<qint64> count(const QString &model) const;

    // Stores vectors (ids.size() * dimension floats) in one write; documents deleted meanwhile are skipped.
    // Returns the ids actually stored.
    Result<std::vector<qint64>> put(const QString &model, const std::vector<qint64> &ids,
                                    const std::vector<float> &vectors, int dimension);

    Result<StoredEmbeddings> loadAll(const QString &model, int dimension) const;
    // The vectors of some documents of model (those that have one), by id.
    Result<QHash<qint64, std::vector<float>>> vectorsOf(const QString &model, const std::vector<qint64> &ids,
                                                        int dimension) const;
    // The ids embedded with model, ascending: what the vector index must hold.
    Result<std::vector<qint64>> ids(const QString &model) const;

    // Removes a model's embeddings, and its embedding_models row when it is retired.
    Result<void> removeModel(const QString &model);
    Result<void> removeAll();

    static QByteArray toBlob(const float *vector, int dimension);
    static bool fromBlob(const void *data, int bytes, int dimension, float *out);

private:
    Error sqlError(const QString &what) const;

    Database &m_database;
};

} // namespace lifeos
