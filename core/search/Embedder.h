#pragma once

#include "util/Result.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <vector>

namespace lifeos {

// Turns texts into unit-length vectors (so inner product is cosine). One interface for the built-in offline
// embedder and for OpenAI / OpenAI-compatible /v1/embeddings servers.
class Embedder
{
public:
    virtual ~Embedder() = default;

    // Names the vectors: embeddings rows and the index file are kept per model id. Two embedders with the
    // same id must give the same vectors.
    virtual QString modelId() const = 0;
    virtual QString provider() const = 0; // offline | openai | openai-compatible
    virtual int dimension() const = 0;
    // True when embed() is local CPU work of well under a millisecond a text (the query path may call it on
    // any thread). False: it may block on the network; call it from a worker thread only.
    virtual bool isLocal() const = 0;

    // texts.size() * dimension() floats, row by row, each row of length 1 (a zero row for an empty text).
    // Stops early with ErrorCode::Cancelled when *cancel becomes true.
    virtual Result<std::vector<float>> embed(const QStringList &texts, const std::atomic_bool *cancel = nullptr) = 0;
};

} // namespace lifeos
