#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QReadWriteLock>
#include <QString>

#include <memory>
#include <unordered_set>
#include <vector>

namespace faiss {
struct Index;
}

namespace lifeos {

struct VectorHit {
    qint64 id = 0;      // documents.id
    float score = 0;    // inner product of unit vectors: cosine similarity
};

// What an index file says about itself; compared with the database at start (IndexConsistency).
struct VectorIndexStamp {
    QString model;
    int dimension = 0;
    qint64 count = 0;
    quint64 idChecksum = 0; // idChecksum() over the ids in the index

    friend bool operator==(const VectorIndexStamp &, const VectorIndexStamp &) = default;
};

// A FAISS inner-product index keyed by document id. Exact (flat) below kExactLimit vectors, IVF above (see
// docs/decisions.md "Search: the vector index"). Thread-safe: searches share a read lock, changes take the
// write lock. FAISS exceptions never leave this class; they become errors.
class VectorIndex
{
    Q_DECLARE_TR_FUNCTIONS(VectorIndex)

public:
    // Exact search below this many vectors, IVF from here on (measured: tests/bench/FaissBench.cpp).
    static constexpr qint64 kExactLimit = 10'000;

    explicit VectorIndex(QString model, int dimension);
    ~VectorIndex();
    Q_DISABLE_COPY_MOVE(VectorIndex)

    QString model() const { return m_model; }
    int dimension() const { return m_dimension; }
    qint64 count() const;
    VectorIndexStamp stamp() const;
    bool isExact() const;
    // True when build() would now choose another index type or list count (the corpus grew or shrank a lot
    // since the last build); add() and remove() keep working either way, only slower or less balanced.
    bool shouldRebuild() const;

    // Replaces the contents (chooses and trains the index type for this many vectors).
    Result<void> build(const std::vector<qint64> &ids, const std::vector<float> &vectors);
    Result<void> add(const std::vector<qint64> &ids, const std::vector<float> &vectors);
    Result<void> remove(const std::vector<qint64> &ids);
    // Up to k nearest ids, best first. An id may name a document deleted since; callers join with documents.
    Result<std::vector<VectorHit>> search(const float *query, int k) const;

    // Written to a temporary file and renamed over path, so a crash leaves the old file or the new one.
    Result<void> save(const QString &path) const;
    // ErrorCode::IndexDamaged for a missing header, a wrong magic, a truncated or unreadable FAISS body.
    static Result<std::unique_ptr<VectorIndex>> load(const QString &path);

    // Order-independent checksum of a set of ids; SQL can compute the same (see IndexConsistency).
    static quint64 idChecksum(const std::vector<qint64> &ids);
    static quint64 idHash(qint64 id);
    // The same checksum in SQLite: a statement answering (count, checksum) for the ids selected by idsSelect,
    // a SELECT with one column (e.g. "SELECT document_id FROM embeddings WHERE model = :model").
    static QString idChecksumSql(const QString &idsSelect);

private:
    void recountIds(); // from what FAISS holds; under the write lock

    QString m_model;
    int m_dimension = 0;
    std::unique_ptr<faiss::Index> m_index;
    // The ids FAISS holds, so add() and remove() update the checksum per id instead of rereading every id.
    std::unordered_set<qint64> m_ids;
    quint64 m_checksum = 0;
    mutable QReadWriteLock m_lock;
};

} // namespace lifeos
