#include "search/OfflineEmbedder.h"

#include "search/HashedFeatures.h"
#include "search/RandomizedSvd.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QElapsedTimer>
#include <QIODevice>

#include <algorithm>
#include <cmath>
#include <exception>
#include <map>
#include <mutex>
#include <system_error>
#include <thread>

namespace lifeos {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OfflineEmbedder)
};

constexpr quint32 kMagic = 0x4d454f4c; // "LOEM" little-endian: LifeOS Offline EMbedder
constexpr quint32 kVersion = 1;
constexpr quint8 kUnfittedKind = 0;
constexpr quint8 kFittedKind = 1;
constexpr quint64 kUnfittedSeed = 0x6f66666c696e6531ULL;
constexpr int kMaxDimension = 4096;

// Projection columns are scaled by σ^-exponent: 0 keeps LSA's document coordinates (U·Σ), 1 whitens them. Measured
// on tests/data/retrieval (vector-only nDCG@10, 128 d): 0 → 0.526, 0.5 → 0.530, 1 → 0.527; 0 has the best recall.
constexpr float kSingularValueExponent = 0.0f;

Error damaged(const char *why)
{
    qCWarning(lcSearch) << "offline embedder parameters rejected:" << why;
    return Error{ErrorCode::IndexDamaged, Tr::tr("The saved search model is damaged; it will be learned again.")};
}

Error cancelledError()
{
    return Error{ErrorCode::Cancelled, Tr::tr("Computing search vectors was cancelled.")};
}

bool isCancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

int workerThreads()
{
    return int(std::clamp(std::thread::hardware_concurrency(), 1u, 4u));
}

} // namespace

struct OfflineEmbedder::Model
{
    HashedFeatures features;
    int dimension = 0;
    int fittedOn = 0;
    bool fitted = false;
    float scaleExponent = 0;       // projection columns were scaled by σ^-exponent (recorded, applied at fit)
    std::vector<float> idf;        // per bucket
    std::vector<float> projection; // buckets × dimension, row-major
    QByteArray params;
    QString modelId;
};

namespace {

using Model = OfflineEmbedder::Model;

void writeHeader(QDataStream &out, const Model &model, quint8 kind)
{
    const auto &s = model.features.settings();
    out << kMagic << kVersion << qint32(HashedFeatures::kFeatureVersion) << kind << qint32(model.dimension)
        << qint32(s.hashBits) << qint32(s.minGram) << qint32(s.maxGram) << quint8(s.stems ? 1 : 0) << s.wordWeight
        << s.stemWeight << s.gramWeight << qint32(model.fittedOn) << model.scaleExponent;
}

// Serialises the model; the projection is stored as int8 per bucket row with a float scale (4 MB, not 16).
// fit() loads the model back from these bytes, so a fitted model and one restored from its params are identical.
QByteArray serialise(const Model &model)
{
    QByteArray bytes;
    {
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out.setByteOrder(QDataStream::LittleEndian);
        out.setFloatingPointPrecision(QDataStream::SinglePrecision);
        writeHeader(out, model, model.fitted ? kFittedKind : kUnfittedKind);
        if (model.fitted) {
            for (float x : model.idf)
                out << x;
            const int k = model.dimension;
            std::vector<qint8> row(static_cast<std::size_t>(k));
            for (std::size_t b = 0; b < model.idf.size(); ++b) {
                const float *values = model.projection.data() + b * std::size_t(k);
                float largest = 0;
                for (int c = 0; c < k; ++c)
                    largest = std::max(largest, std::abs(values[c]));
                const float scale = largest / 127.0f;
                out << scale;
                for (int c = 0; c < k; ++c)
                    row[std::size_t(c)] = scale > 0 ? qint8(std::lround(values[c] / scale)) : qint8(0);
                out.writeRawData(reinterpret_cast<const char *>(row.data()), k);
            }
        }
    }
    const quint64 checksum = HashedFeatures::hashBytes(bytes.constData(), std::size_t(bytes.size()));
    QDataStream tail(&bytes, QIODevice::Append);
    tail.setByteOrder(QDataStream::LittleEndian);
    tail << checksum;
    return bytes;
}

QString hexId(quint64 hash)
{
    return QString::number(hash, 16).rightJustified(16, u'0').left(12);
}

std::vector<float> randomProjection(int buckets, int dimension)
{
    std::vector<float> projection(std::size_t(buckets) * std::size_t(dimension));
    RandomizedSvd::Gaussian gaussian(kUnfittedSeed);
    for (float &x : projection)
        x = float(gaussian.next());
    return projection;
}

std::shared_ptr<const Model> makeUnfitted(const HashedFeatures::Settings &settings, int dimension)
{
    auto model = std::make_shared<Model>();
    model->features = HashedFeatures(settings);
    model->dimension = dimension;
    model->idf.assign(std::size_t(model->features.buckets()), 1.0f); // neutral: no corpus to weigh words by
    model->projection = randomProjection(model->features.buckets(), dimension);
    model->params = serialise(*model);
    model->modelId = QStringLiteral("offline-v1-d%1-unfitted").arg(dimension);
    return model;
}

} // namespace

OfflineEmbedder::OfflineEmbedder(std::shared_ptr<const Model> model)
    : m_model(std::move(model))
{}

std::shared_ptr<OfflineEmbedder> OfflineEmbedder::unfitted(int dimension)
{
    dimension = std::clamp(dimension, 1, kMaxDimension);
    // The random projection is 16 MB at 128 d: every unfitted embedder of one dimension shares it.
    static std::mutex mutex;
    static std::map<int, std::weak_ptr<const Model>> cache;
    const std::lock_guard lock(mutex);
    auto model = cache[dimension].lock();
    if (!model) {
        model = makeUnfitted(HashedFeatures::Settings{}, dimension);
        cache[dimension] = model;
    }
    return std::make_shared<OfflineEmbedder>(model);
}

Result<std::shared_ptr<OfflineEmbedder>> OfflineEmbedder::fromParams(const QByteArray &params)
{
    if (params.size() < 16)
        return damaged("too short");
    const qsizetype payload = params.size() - 8;
    quint64 stored = 0;
    {
        QDataStream tail(params.sliced(payload));
        tail.setByteOrder(QDataStream::LittleEndian);
        tail >> stored;
    }
    if (stored != HashedFeatures::hashBytes(params.constData(), std::size_t(payload)))
        return damaged("checksum mismatch");

    QDataStream in(params.first(payload));
    in.setByteOrder(QDataStream::LittleEndian);
    in.setFloatingPointPrecision(QDataStream::SinglePrecision);
    quint32 magic = 0, version = 0;
    quint8 kind = 0, stems = 0;
    qint32 featureVersion = 0, dimension = 0, hashBits = 0, minGram = 0, maxGram = 0, fittedOn = 0;
    HashedFeatures::Settings settings;
    float scaleExponent = 0;
    in >> magic >> version >> featureVersion >> kind >> dimension >> hashBits >> minGram >> maxGram >> stems
        >> settings.wordWeight >> settings.stemWeight >> settings.gramWeight >> fittedOn >> scaleExponent;
    if (in.status() != QDataStream::Ok)
        return damaged("truncated header");
    if (magic != kMagic)
        return damaged("not offline embedder parameters");
    if (version != kVersion)
        return damaged("unknown version");
    if (featureVersion != HashedFeatures::kFeatureVersion)
        return damaged("features of another version"); // the same text would give other features: refit
    if (kind > kFittedKind || dimension < 1 || dimension > kMaxDimension || hashBits < 8 || hashBits > 22 || minGram < 1
        || maxGram < minGram || maxGram > 8 || stems > 1 || fittedOn < 0 || !std::isfinite(settings.wordWeight)
        || !std::isfinite(settings.stemWeight) || !std::isfinite(settings.gramWeight) || !std::isfinite(scaleExponent))
        return damaged("settings out of range");
    settings.hashBits = hashBits;
    settings.minGram = minGram;
    settings.maxGram = maxGram;
    settings.stems = stems != 0;

    if (kind == kUnfittedKind) {
        if (!in.atEnd())
            return damaged("trailing bytes");
        if (settings == HashedFeatures::Settings{})
            return unfitted(dimension);
        return std::make_shared<OfflineEmbedder>(makeUnfitted(settings, dimension));
    }

    auto model = std::make_shared<Model>();
    model->features = HashedFeatures(settings);
    model->dimension = dimension;
    model->fittedOn = fittedOn;
    model->fitted = true;
    model->scaleExponent = scaleExponent;
    const std::size_t buckets = std::size_t(model->features.buckets());
    const qsizetype expected = in.device()->pos() + qsizetype(buckets) * (4 + 4 + dimension);
    if (payload != expected)
        return damaged("wrong size");
    model->idf.resize(buckets);
    for (float &x : model->idf) {
        in >> x;
        if (!std::isfinite(x))
            return damaged("bad weight");
    }
    model->projection.resize(buckets * std::size_t(dimension));
    std::vector<qint8> row(static_cast<std::size_t>(dimension));
    for (std::size_t b = 0; b < buckets; ++b) {
        float scale = 0;
        in >> scale;
        if (in.readRawData(reinterpret_cast<char *>(row.data()), dimension) != dimension || !std::isfinite(scale))
            return damaged("bad projection");
        float *target = model->projection.data() + b * std::size_t(dimension);
        for (int c = 0; c < dimension; ++c)
            target[c] = float(row[std::size_t(c)]) * scale;
    }
    if (in.status() != QDataStream::Ok)
        return damaged("truncated");
    model->params = params;
    model->modelId = QStringLiteral("offline-v1-d%1-%2").arg(dimension).arg(hexId(stored));
    return std::make_shared<OfflineEmbedder>(std::move(model));
}

Result<std::shared_ptr<OfflineEmbedder>>
OfflineEmbedder::fit(const QStringList &corpus, int dimension, const std::atomic_bool *cancel)
{
    if (dimension < 1 || dimension > kMaxDimension)
        return Error{ErrorCode::InvalidInput, Tr::tr("The search model cannot have %1 dimensions.").arg(dimension)};
    try {
        QElapsedTimer timer;
        timer.start();
        Model model;
        model.dimension = dimension;
        model.fittedOn = int(corpus.size());
        model.fitted = true;
        const HashedFeatures &features = model.features;
        const int buckets = features.buckets();

        // An evenly spaced sample: deterministic, and spread over the years rather than the first few months.
        const int total = int(corpus.size());
        const int sampled = std::min(total, kMaxFitSample);
        const auto sourceOf = [&](int i) { return int(std::int64_t(i) * total / std::max(1, sampled)); };

        // Features of the sample, two threads, each filling its own contiguous range of rows.
        const int threads = workerThreads();
        std::vector<std::vector<SparseFeatures>> parts(static_cast<std::size_t>(threads));
        {
            std::vector<std::thread> workers;
            const auto work = [&](int t) {
                HashedFeatures::Scratch scratch;
                const int begin = int(std::int64_t(sampled) * t / threads);
                const int end = int(std::int64_t(sampled) * (t + 1) / threads);
                auto &part = parts[std::size_t(t)];
                part.resize(std::size_t(end - begin));
                for (int i = begin; i < end; ++i) {
                    if ((i & 63) == 0 && isCancelled(cancel))
                        return;
                    features.extract(corpus.at(sourceOf(i)), part[std::size_t(i - begin)], scratch);
                }
            };
            for (int t = 1; t < threads; ++t)
                workers.emplace_back(work, t);
            work(0);
            for (auto &worker : workers)
                worker.join();
        }
        if (isCancelled(cancel))
            return cancelledError();

        std::vector<int> documentFrequency(std::size_t(buckets), 0);
        int documents = 0;
        for (const auto &part : parts) {
            for (const auto &row : part) {
                documents += row.index.empty() ? 0 : 1;
                for (std::uint32_t b : row.index)
                    ++documentFrequency[b];
            }
        }
        if (documents == 0)
            return Error{ErrorCode::InvalidInput, Tr::tr("There is no text to learn the search model from.")};
        model.idf.resize(std::size_t(buckets));
        for (int b = 0; b < buckets; ++b)
            model.idf[std::size_t(b)] =
                float(std::log((1.0 + documents) / (1.0 + documentFrequency[std::size_t(b)])) + 1.0);

        // TF-IDF rows of unit length: long entries should not dominate what the projection learns.
        SparseRows matrix;
        matrix.columns = buckets;
        for (auto &part : parts) {
            for (auto &row : part) {
                if (row.index.empty())
                    continue;
                double norm = 0;
                for (std::size_t p = 0; p < row.index.size(); ++p) {
                    row.value[p] *= model.idf[row.index[p]];
                    norm += double(row.value[p]) * row.value[p];
                }
                const float scale = float(1.0 / std::sqrt(norm));
                matrix.index.insert(matrix.index.end(), row.index.begin(), row.index.end());
                for (float v : row.value)
                    matrix.value.push_back(v * scale);
                matrix.rowStart.push_back(std::int64_t(matrix.index.size()));
                row = {};
            }
            part = {};
        }
        const qint64 featureMs = timer.restart();

        RandomizedSvd::Options options;
        options.rank = dimension;
        options.threads = threads;
        auto svd = RandomizedSvd::compute(matrix, options, cancel);
        if (!svd)
            return svd.error();
        matrix = {};
        model.scaleExponent = kSingularValueExponent;
        model.projection = std::move(svd->components);
        for (int c = 0; c < dimension; ++c) {
            const double sigma = svd->singularValues[std::size_t(c)];
            const float scale = sigma > 0 ? float(std::pow(sigma, -double(kSingularValueExponent))) : 0.0f;
            for (int b = 0; b < buckets; ++b)
                model.projection[std::size_t(b) * std::size_t(dimension) + std::size_t(c)] *= scale;
        }
        qCInfo(lcSearch) << "offline embedder fitted on" << documents << "of" << total << "documents," << dimension
                         << "dimensions: features" << featureMs << "ms, svd" << timer.elapsed() << "ms";
        return fromParams(serialise(model));
    } catch (const std::exception &e) {
        qCWarning(lcSearch) << "offline embedder fit failed:" << e.what();
        return Error{ErrorCode::Unknown, Tr::tr("The search model could not be learned.")};
    }
}

QByteArray OfflineEmbedder::params() const
{
    return m_model->params;
}

int OfflineEmbedder::fittedOn() const
{
    return m_model->fittedOn;
}

bool OfflineEmbedder::isFitted() const
{
    return m_model->fitted;
}

QString OfflineEmbedder::modelId() const
{
    return m_model->modelId;
}

int OfflineEmbedder::dimension() const
{
    return m_model->dimension;
}

namespace {

// Embeds texts [begin, end) into their rows of out; false when cancelled.
bool embedRange(const Model &model,
                const QStringList &texts,
                qsizetype begin,
                qsizetype end,
                float *out,
                const std::atomic_bool *cancel)
{
    const std::size_t k = std::size_t(model.dimension);
    HashedFeatures::Scratch scratch;
    SparseFeatures features;
    for (qsizetype i = begin; i < end; ++i) {
        if ((i & 31) == 31 && isCancelled(cancel))
            return false;
        model.features.extract(texts.at(i), features, scratch);
        float *target = out + std::size_t(i) * k;
        for (std::size_t p = 0; p < features.index.size(); ++p) {
            const std::uint32_t b = features.index[p];
            const float weight = features.value[p] * model.idf[b];
            const float *row = model.projection.data() + std::size_t(b) * k;
            for (std::size_t c = 0; c < k; ++c)
                target[c] += weight * row[c];
        }
        double norm = 0;
        for (std::size_t c = 0; c < k; ++c)
            norm += double(target[c]) * target[c];
        if (norm > 0) {
            const float scale = float(1.0 / std::sqrt(norm));
            for (std::size_t c = 0; c < k; ++c)
                target[c] *= scale;
        }
    }
    return true;
}

} // namespace

Result<std::vector<float>> OfflineEmbedder::embed(const QStringList &texts, const std::atomic_bool *cancel)
{
    const Model &model = *m_model;
    std::vector<float> out(std::size_t(texts.size()) * std::size_t(model.dimension), 0.0f);
    // A batch is split over two threads (each row is computed whole by one, so the result does not change); a
    // query or a small batch stays on the caller's thread.
    constexpr qsizetype kParallelBatch = 64;
    const int threads = texts.size() >= kParallelBatch ? std::min(2, workerThreads()) : 1;
    bool finished = true;
    if (threads > 1) {
        const qsizetype half = texts.size() / 2;
        bool secondFinished = true;
        try {
            std::thread second(
                [&] { secondFinished = embedRange(model, texts, half, texts.size(), out.data(), cancel); });
            finished = embedRange(model, texts, 0, half, out.data(), cancel);
            second.join();
        } catch (const std::system_error &e) { // no thread to be had: do it all here
            qCWarning(lcSearch) << "offline embedder runs on one thread:" << e.what();
            std::fill(out.begin(), out.end(), 0.0f);
            finished = embedRange(model, texts, 0, texts.size(), out.data(), cancel);
        }
        finished = finished && secondFinished;
    } else {
        finished = embedRange(model, texts, 0, texts.size(), out.data(), cancel);
    }
    if (!finished || isCancelled(cancel))
        return cancelledError();
    return out;
}

} // namespace lifeos
