#pragma once

#include "search/Embedder.h"
#include "search/VectorIndex.h"

#include <QMutex>

#include <memory>

namespace lifeos {

// The active embedding model and its FAISS index, shared by the indexer (which publishes a new pair after a
// rebuild or a model change) and every search (which takes a snapshot and keeps it for one query).
class SemanticIndex
{
public:
    struct Snapshot {
        std::shared_ptr<Embedder> embedder;
        std::shared_ptr<VectorIndex> index;
        bool isReady() const { return embedder && index; }
    };

    Snapshot current() const
    {
        QMutexLocker lock(&m_mutex);
        return m_snapshot;
    }
    void publish(Snapshot snapshot)
    {
        QMutexLocker lock(&m_mutex);
        m_snapshot = std::move(snapshot);
    }

private:
    mutable QMutex m_mutex;
    Snapshot m_snapshot;
};

} // namespace lifeos
