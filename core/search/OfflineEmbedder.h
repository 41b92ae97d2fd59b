#pragma once

#include "search/Embedder.h"

#include <QByteArray>

#include <memory>

namespace lifeos {

// The built-in embedder: no download, no key, deterministic. Words (and their stems) plus character
// n-grams are hashed into a sparse TF-IDF vector, which a projection learned from the user's own records
// (LSA by randomized SVD) maps to a few dense dimensions; character n-grams keep it robust to typos and
// word forms. Before there is enough text to learn from, a fixed seeded random projection stands in.
// See docs/decisions.md "Search: the offline embedder".
class OfflineEmbedder final : public Embedder
{
public:
    static constexpr int kDefaultDimension = 128;
    static constexpr int kMinimumCorpus = 200;  // documents needed before a projection is learned
    static constexpr int kMaxFitSample = 20000; // fit() learns from at most this many texts, evenly spaced

    static std::shared_ptr<OfflineEmbedder> unfitted(int dimension = kDefaultDimension);
    // Learns the projection from these texts. The same texts give the same model (and modelId()).
    static Result<std::shared_ptr<OfflineEmbedder>>
    fit(const QStringList &corpus, int dimension = kDefaultDimension, const std::atomic_bool *cancel = nullptr);
    // A model saved with params(); ErrorCode::IndexDamaged when the bytes are not one.
    static Result<std::shared_ptr<OfflineEmbedder>> fromParams(const QByteArray &params);

    QByteArray params() const;
    int fittedOn() const;
    bool isFitted() const; // false: the seeded random projection used until there is enough text

    QString modelId() const override;
    QString provider() const override { return QStringLiteral("offline"); }
    int dimension() const override;
    bool isLocal() const override { return true; }
    Result<std::vector<float>> embed(const QStringList &texts, const std::atomic_bool *cancel = nullptr) override;

    struct Model;
    explicit OfflineEmbedder(std::shared_ptr<const Model> model);

private:
    std::shared_ptr<const Model> m_model;
};

} // namespace lifeos
