#include "search/VectorIndex.h"

#include "util/Logging.h"

#include <faiss/IndexFlat.h>
#include <faiss/IndexIDMap.h>
#include <faiss/IndexIVFFlat.h>
#include <faiss/impl/FaissException.h>
#include <faiss/impl/IDSelector.h>
#include <faiss/impl/io.h>
#include <faiss/index_io.h>

#include <QFile>
#include <QSaveFile>
#include <QtEndian>

#include <omp.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <exception>
#include <unordered_set>

namespace lifeos {

namespace {

using faiss_idx = faiss::Index::idx_t;

// IVF parameters, chosen by tests/bench/FaissBench.cpp (see docs/decisions.md "Search: the vector index").
// At 100k x 128 (scalar FAISS): ~1.1 ms CPU per query, recall@10 0.95 vs exact, train + add ~4 s CPU. More lists
// buy little recall for the k-means time (it grows with nlist^2), which counts against the 60 s full build.
constexpr double kListsPerSqrtN = 1.0; // nlist = sqrt(n)
constexpr std::size_t kProbe = 32;
constexpr int kTrainIterations = 10;
constexpr int kTrainPointsPerList = 32; // k-means samples at most this many points per list
constexpr int kTrainSeed = 20240604;    // fixed: the same vectors always give the same index

// File layout, little-endian:
//   header  "LOSVECIX" | u32 format | u32 dimension | u64 count | u64 id checksum | u32 model bytes | u32 kind
//   model   UTF-8
//   body    faiss::write_index
//   trailer u64 body bytes | u64 checksum of everything before it (header, model, body, body bytes)
constexpr char kMagic[8] = {'L', 'O', 'S', 'V', 'E', 'C', 'I', 'X'};
constexpr quint32 kFormatVersion = 1;
constexpr qsizetype kHeaderSize = 40;
constexpr qsizetype kTrailerSize = 16;
constexpr quint32 kMaxModelBytes = 4096;
constexpr quint32 kKindExact = 0;
constexpr quint32 kKindIvf = 1;

int listCountFor(qint64 n)
{
    return std::max(1, int(std::lround(kListsPerSqrtN * std::sqrt(double(n)))));
}

// A 64-bit checksum in the style of xxHash64 (four independent lanes, so it runs at memory speed): a flipped or
// lost byte anywhere in the file changes it. Not cryptographic; the file is ours, the threat is damage.
class Checksum
{
public:
    void update(const void *data, std::size_t size)
    {
        auto bytes = static_cast<const unsigned char *>(data);
        m_total += size;
        if (m_buffered > 0) {
            const std::size_t take = std::min(size, sizeof m_buffer - m_buffered);
            std::memcpy(m_buffer + m_buffered, bytes, take);
            m_buffered += take;
            bytes += take;
            size -= take;
            if (m_buffered < sizeof m_buffer)
                return;
            block(m_buffer);
            m_buffered = 0;
        }
        for (; size >= sizeof m_buffer; bytes += sizeof m_buffer, size -= sizeof m_buffer)
            block(bytes);
        std::memcpy(m_buffer, bytes, size);
        m_buffered = size;
    }

    quint64 finish() const
    {
        quint64 h = rotl(m_lanes[0], 1) + rotl(m_lanes[1], 7) + rotl(m_lanes[2], 12) + rotl(m_lanes[3], 18);
        h = (h ^ m_total) * kP1;
        for (std::size_t i = 0; i < m_buffered; ++i)
            h = rotl(h ^ (m_buffer[i] * kP5), 11) * kP1;
        h ^= h >> 33;
        h *= kP2;
        h ^= h >> 29;
        h *= kP3;
        return h ^ (h >> 32);
    }

private:
    static constexpr quint64 kP1 = 0x9E3779B185EBCA87ULL;
    static constexpr quint64 kP2 = 0xC2B2AE3D27D4EB4FULL;
    static constexpr quint64 kP3 = 0x165667B19E3779F9ULL;
    static constexpr quint64 kP5 = 0x27D4EB2F165667C5ULL;

    static quint64 rotl(quint64 x, int r) { return (x << r) | (x >> (64 - r)); }

    void block(const unsigned char *p)
    {
        for (int lane = 0; lane < 4; ++lane) {
            const quint64 word = qFromLittleEndian<quint64>(p + 8 * lane);
            m_lanes[lane] = rotl(m_lanes[lane] + word * kP2, 31) * kP1;
        }
    }

    quint64 m_lanes[4] = {kP1 + kP2, kP2, 0, 0 - kP1};
    unsigned char m_buffer[32] = {};
    std::size_t m_buffered = 0;
    quint64 m_total = 0;
};

// FAISS writes through this straight into the save file, so saving never holds a second copy of the index.
struct ChecksummedWriter : faiss::IOWriter {
    explicit ChecksummedWriter(QSaveFile &file, Checksum &sum) : m_file(file), m_sum(sum) {}

    size_t operator()(const void *ptr, size_t size, size_t nitems) override
    {
        const qint64 bytes = qint64(size * nitems);
        if (bytes == 0)
            return nitems;
        if (m_file.write(static_cast<const char *>(ptr), bytes) != bytes)
            return 0; // FAISS turns a short write into an exception
        m_sum.update(ptr, std::size_t(bytes));
        m_written += quint64(bytes);
        return nitems;
    }

    QSaveFile &m_file;
    Checksum &m_sum;
    quint64 m_written = 0;
};

// FAISS reads the body from memory (the mapped file) through this; a read past the end is a short read, which
// FAISS reports as an exception.
struct SpanReader : faiss::IOReader {
    SpanReader(const uchar *data, std::size_t size) : m_data(data), m_size(size) {}

    size_t operator()(void *ptr, size_t size, size_t nitems) override
    {
        if (size == 0 || nitems == 0)
            return 0;
        const std::size_t available = (m_size - m_pos) / size;
        const std::size_t n = std::min(nitems, available);
        std::memcpy(ptr, m_data + m_pos, n * size);
        m_pos += n * size;
        return n;
    }

    const uchar *m_data = nullptr;
    std::size_t m_size = 0;
    std::size_t m_pos = 0;
};

// Calls fn, turning any exception FAISS (or the allocator) throws into an Error.
template <typename Fn>
Result<void> guarded(const char *what, ErrorCode code, const QString &userMessage, Fn &&fn)
{
    try {
        fn();
        return {};
    } catch (const faiss::FaissException &e) {
        qCWarning(lcSearch) << "FAISS failed to" << what << ":" << e.what();
    } catch (const std::exception &e) {
        qCWarning(lcSearch) << "vector index failed to" << what << ":" << e.what();
    }
    return Error{code, userMessage};
}

// Every id stored in the index, whichever kind it is.
template <typename Fn>
void forEachId(const faiss::Index &index, Fn &&fn)
{
    if (auto map = dynamic_cast<const faiss::IndexIDMap *>(&index)) {
        for (faiss_idx id : map->id_map)
            fn(qint64(id));
    } else if (auto ivf = dynamic_cast<const faiss::IndexIVF *>(&index)) {
        for (std::size_t list = 0; list < ivf->nlist; ++list) {
            const std::size_t size = ivf->invlists->list_size(list);
            faiss::InvertedLists::ScopedIds ids(ivf->invlists, list);
            for (std::size_t i = 0; i < size; ++i)
                fn(qint64(ids[i]));
        }
    }
}

quint64 checksumOf(const faiss::Index &index)
{
    quint64 sum = 0;
    forEachId(index, [&](qint64 id) { sum += VectorIndex::idHash(id); });
    return sum;
}

// FAISS work on this thread runs without an OpenMP team. Single queries never use one anyway; for add, remove
// and k-means a second thread saved little here (the BLAS part is single-threaded) while, after every parallel
// region, libgomp's idle worker spin-waits ~3 ms on the other core (measured: 61 ms CPU per 100 ms of pauses).
// omp_set_num_threads() is per thread in libgomp, so this touches only the thread calling VectorIndex.
void useOneOpenMpThread()
{
    if (omp_get_max_threads() != 1)
        omp_set_num_threads(1);
}

Error invalid(const QString &message)
{
    return Error{ErrorCode::InvalidInput, message};
}

} // namespace

VectorIndex::VectorIndex(QString model, int dimension)
    : m_model(std::move(model)), m_dimension(std::max(1, dimension))
{
    auto map = std::make_unique<faiss::IndexIDMap>(new faiss::IndexFlatIP(m_dimension));
    map->own_fields = true;
    m_index = std::move(map);
}

VectorIndex::~VectorIndex() = default;

qint64 VectorIndex::count() const
{
    QReadLocker lock(&m_lock);
    return qint64(m_index->ntotal);
}

VectorIndexStamp VectorIndex::stamp() const
{
    QReadLocker lock(&m_lock);
    return {m_model, m_dimension, qint64(m_index->ntotal), m_checksum};
}

bool VectorIndex::isExact() const
{
    QReadLocker lock(&m_lock);
    return dynamic_cast<const faiss::IndexIDMap *>(m_index.get()) != nullptr;
}

bool VectorIndex::shouldRebuild() const
{
    QReadLocker lock(&m_lock);
    const qint64 n = qint64(m_index->ntotal);
    if (auto ivf = dynamic_cast<const faiss::IndexIVF *>(m_index.get())) {
        // Below half the limit exact search is cheaper; at twice the lists' design size they are too long.
        const int ideal = listCountFor(n);
        return n < kExactLimit / 2 || int(ivf->nlist) * 2 < ideal;
    }
    return n >= kExactLimit * 3 / 2;
}

Result<void> VectorIndex::build(const std::vector<qint64> &ids, const std::vector<float> &vectors)
{
    useOneOpenMpThread();
    if (vectors.size() != ids.size() * std::size_t(m_dimension))
        return invalid(tr("The vectors do not match the index dimension."));
    std::unordered_set<qint64> seen;
    seen.reserve(ids.size());
    for (qint64 id : ids) {
        if (id < 0 || !seen.insert(id).second)
            return invalid(tr("A vector's document id is missing or repeated."));
    }

    // The new index is made without the lock, so searches keep answering from the old one meanwhile.
    std::unique_ptr<faiss::Index> fresh;
    const qint64 n = qint64(ids.size());
    static_assert(sizeof(faiss_idx) == sizeof(qint64));
    auto made = guarded("build the index", ErrorCode::Unknown, tr("The search index could not be built."), [&] {
        if (n < kExactLimit) {
            auto map = std::make_unique<faiss::IndexIDMap>(new faiss::IndexFlatIP(m_dimension));
            map->own_fields = true;
            map->add_with_ids(n, vectors.data(), reinterpret_cast<const faiss_idx *>(ids.data()));
            fresh = std::move(map);
            return;
        }
        const int nlist = listCountFor(n);
        auto ivf = std::make_unique<faiss::IndexIVFFlat>(new faiss::IndexFlatIP(m_dimension), std::size_t(m_dimension),
                                                         std::size_t(nlist), faiss::METRIC_INNER_PRODUCT);
        ivf->own_fields = true;
        ivf->cp.seed = kTrainSeed;
        ivf->cp.niter = kTrainIterations;
        ivf->cp.max_points_per_centroid = kTrainPointsPerList;
        ivf->nprobe = kProbe;
        ivf->train(n, vectors.data());
        ivf->add_with_ids(n, vectors.data(), reinterpret_cast<const faiss_idx *>(ids.data()));
        fresh = std::move(ivf);
    });
    if (!made)
        return made;

    const quint64 checksum = idChecksum(ids);
    QWriteLocker lock(&m_lock);
    m_index = std::move(fresh);
    m_ids = std::move(seen);
    m_checksum = checksum;
    return {};
}

Result<void> VectorIndex::add(const std::vector<qint64> &ids, const std::vector<float> &vectors)
{
    useOneOpenMpThread();
    if (vectors.size() != ids.size() * std::size_t(m_dimension))
        return invalid(tr("The vectors do not match the index dimension."));
    std::unordered_set<qint64> seen;
    seen.reserve(ids.size());
    for (qint64 id : ids) {
        if (id < 0 || !seen.insert(id).second)
            return invalid(tr("A vector's document id is missing or repeated."));
    }
    if (ids.empty())
        return {};

    QWriteLocker lock(&m_lock);
    // An id already present is replaced, so an interrupted indexer can simply add its batch again. Looking first
    // is a plain pass over the ids; remove_ids would run an OpenMP pass over every list even when nothing matches.
    const bool replacing = std::any_of(ids.begin(), ids.end(), [&](qint64 id) { return m_ids.count(id) > 0; });
    auto done = guarded("add vectors", ErrorCode::Unknown, tr("The search index could not be updated."), [&] {
        if (replacing) {
            faiss::IDSelectorBatch existing(faiss_idx(ids.size()), reinterpret_cast<const faiss_idx *>(ids.data()));
            m_index->remove_ids(existing);
        }
        m_index->add_with_ids(faiss_idx(ids.size()), vectors.data(), reinterpret_cast<const faiss_idx *>(ids.data()));
    });
    if (!done) {
        recountIds(); // the stamp stays true even after a failure half-way
        return done;
    }
    for (qint64 id : ids) {
        if (m_ids.insert(id).second) // a replaced vector keeps its id, and so the checksum
            m_checksum += idHash(id);
    }
    return done;
}

Result<void> VectorIndex::remove(const std::vector<qint64> &ids)
{
    useOneOpenMpThread();
    if (ids.empty())
        return {};
    QWriteLocker lock(&m_lock);
    auto done = guarded("remove vectors", ErrorCode::Unknown, tr("The search index could not be updated."), [&] {
        faiss::IDSelectorBatch selector(faiss_idx(ids.size()), reinterpret_cast<const faiss_idx *>(ids.data()));
        m_index->remove_ids(selector);
    });
    if (!done) {
        recountIds();
        return done;
    }
    for (qint64 id : ids) {
        if (m_ids.erase(id) > 0)
            m_checksum -= idHash(id);
    }
    return done;
}

void VectorIndex::recountIds()
{
    m_ids.clear();
    m_ids.reserve(std::size_t(m_index->ntotal));
    forEachId(*m_index, [&](qint64 id) { m_ids.insert(id); });
    m_checksum = checksumOf(*m_index);
}

Result<std::vector<VectorHit>> VectorIndex::search(const float *query, int k) const
{
    std::vector<VectorHit> hits;
    if (k <= 0 || query == nullptr)
        return hits;
    QReadLocker lock(&m_lock);
    const int wanted = int(std::min<qint64>(k, m_index->ntotal));
    if (wanted == 0)
        return hits;
    std::vector<float> scores(std::size_t(wanted), 0.0f);
    std::vector<faiss_idx> labels(std::size_t(wanted), -1);
    auto done = guarded("search", ErrorCode::Unknown, tr("The search index could not be searched."),
                        [&] { m_index->search(1, query, wanted, scores.data(), labels.data()); });
    if (!done)
        return done.error();
    hits.reserve(std::size_t(wanted));
    for (int i = 0; i < wanted; ++i) {
        if (labels[std::size_t(i)] >= 0) // FAISS pads with -1 when fewer vectors were reachable
            hits.push_back({qint64(labels[std::size_t(i)]), scores[std::size_t(i)]});
    }
    return hits;
}

Result<void> VectorIndex::save(const QString &path) const
{
    QReadLocker lock(&m_lock);
    const Error failed{ErrorCode::Io, tr("The search index could not be saved to %1.").arg(path)};
    const QByteArray model = m_model.toUtf8();
    if (quint32(model.size()) > kMaxModelBytes)
        return invalid(tr("The embedding model name is too long."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcSearch) << "cannot write vector index" << path << file.errorString();
        return failed;
    }

    uchar header[kHeaderSize] = {};
    std::memcpy(header, kMagic, sizeof kMagic);
    qToLittleEndian<quint32>(kFormatVersion, header + 8);
    qToLittleEndian<quint32>(quint32(m_dimension), header + 12);
    qToLittleEndian<quint64>(quint64(m_index->ntotal), header + 16);
    qToLittleEndian<quint64>(m_checksum, header + 24);
    qToLittleEndian<quint32>(quint32(model.size()), header + 32);
    const bool exact = dynamic_cast<const faiss::IndexIDMap *>(m_index.get()) != nullptr;
    qToLittleEndian<quint32>(exact ? kKindExact : kKindIvf, header + 36);

    Checksum sum;
    sum.update(header, sizeof header);
    sum.update(model.constData(), std::size_t(model.size()));
    if (file.write(reinterpret_cast<const char *>(header), kHeaderSize) != kHeaderSize
        || file.write(model) != model.size()) {
        qCWarning(lcSearch) << "cannot write vector index" << path << file.errorString();
        file.cancelWriting();
        return failed;
    }
    ChecksummedWriter writer(file, sum);
    auto written = guarded("write the index", ErrorCode::Io, failed.message,
                           [&] { faiss::write_index(m_index.get(), &writer); });
    if (!written) {
        file.cancelWriting();
        return written;
    }
    uchar trailer[kTrailerSize] = {};
    qToLittleEndian<quint64>(writer.m_written, trailer);
    sum.update(trailer, 8);
    qToLittleEndian<quint64>(sum.finish(), trailer + 8);
    if (file.write(reinterpret_cast<const char *>(trailer), kTrailerSize) != kTrailerSize || !file.commit()) {
        qCWarning(lcSearch) << "cannot write vector index" << path << file.errorString();
        file.cancelWriting();
        return failed;
    }
    return {};
}

Result<std::unique_ptr<VectorIndex>> VectorIndex::load(const QString &path)
{
    const Error damaged{ErrorCode::IndexDamaged, tr("The search index file is damaged; it will be rebuilt.")};
    auto reject = [&](const char *why) {
        qCWarning(lcSearch) << "vector index" << path << "is unusable:" << why;
        return damaged;
    };

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return reject("cannot open");
    const qint64 size = file.size();
    if (size < kHeaderSize + kTrailerSize)
        return reject("too short");
    // Mapped, not read: the checksum pass and FAISS's copy into its own arrays are the only passes over it.
    QByteArray copy;
    const uchar *data = file.map(0, size);
    if (data == nullptr) {
        copy = file.readAll();
        if (copy.size() != size)
            return reject("cannot read");
        data = reinterpret_cast<const uchar *>(copy.constData());
    }

    if (std::memcmp(data, kMagic, sizeof kMagic) != 0)
        return reject("wrong magic");
    if (qFromLittleEndian<quint32>(data + 8) != kFormatVersion)
        return reject("unknown format version");
    const quint32 dimension = qFromLittleEndian<quint32>(data + 12);
    const quint64 count = qFromLittleEndian<quint64>(data + 16);
    const quint64 idChecksumInFile = qFromLittleEndian<quint64>(data + 24);
    const quint32 modelBytes = qFromLittleEndian<quint32>(data + 32);
    const quint64 bodyBytes = qFromLittleEndian<quint64>(data + size - kTrailerSize);
    if (dimension == 0 || dimension > 65536 || modelBytes > kMaxModelBytes)
        return reject("implausible header");
    if (bodyBytes != quint64(size - kHeaderSize - kTrailerSize - modelBytes))
        return reject("truncated or extended");
    Checksum sum;
    sum.update(data, std::size_t(size - 8));
    if (sum.finish() != qFromLittleEndian<quint64>(data + size - 8))
        return reject("checksum mismatch");

    auto index = std::make_unique<VectorIndex>(
        QString::fromUtf8(reinterpret_cast<const char *>(data + kHeaderSize), qsizetype(modelBytes)), int(dimension));
    std::unique_ptr<faiss::Index> body;
    SpanReader reader(data + kHeaderSize + modelBytes, std::size_t(bodyBytes));
    auto read = guarded("read the index", ErrorCode::IndexDamaged, damaged.message,
                        [&] { body.reset(faiss::read_index(&reader)); });
    if (!read)
        return read.error();
    if (reader.m_pos != reader.m_size)
        return reject("trailing bytes after the FAISS body");
    const bool known = dynamic_cast<const faiss::IndexIDMap *>(body.get()) != nullptr
        || dynamic_cast<const faiss::IndexIVFFlat *>(body.get()) != nullptr;
    if (!known || body->d != faiss_idx(dimension) || body->metric_type != faiss::METRIC_INNER_PRODUCT)
        return reject("unexpected FAISS index type");
    if (quint64(body->ntotal) != count || checksumOf(*body) != idChecksumInFile)
        return reject("ids disagree with the header");
    if (auto ivf = dynamic_cast<faiss::IndexIVF *>(body.get()))
        ivf->nprobe = kProbe; // today's setting, not the one the file was written with

    index->m_index = std::move(body);
    index->recountIds();
    return index;
}

// The mix is murmur-style (xor-shift, multiply) on 32 bits, with every intermediate inside SQLite's signed
// 64-bit integers (multipliers below 2^31, values below 2^32), so SQL computes it exactly; xor is (a|b)-(a&b).
// For ids below 2^32 it is a bijection, so replacing one id by another always changes the checksum.
quint64 VectorIndex::idHash(qint64 id)
{
    constexpr qint64 kLow = 0xFFFFFFFF;
    qint64 x = ((id & kLow) + (id >> 32) * 668265261) & kLow;
    x ^= x >> 16;
    x = (x * 2146121005) & kLow;
    x ^= x >> 15;
    x = (x * 739982445) & kLow;
    x ^= x >> 16;
    return quint64(x);
}

// A sum, not a xor, because SQLite has SUM() but no xor aggregate; below 2^31 ids it cannot overflow.
quint64 VectorIndex::idChecksum(const std::vector<qint64> &ids)
{
    quint64 sum = 0;
    for (qint64 id : ids)
        sum += idHash(id);
    return sum;
}

// Step by step as idHash(); each CTE is one line of it. Answers one row: count, checksum (0 for no ids).
QString VectorIndex::idChecksumSql(const QString &idsSelect)
{
    return QStringLiteral("WITH ids(id) AS (") + idsSelect
        + QStringLiteral("), "
                         "h0(x) AS (SELECT ((id & 4294967295) + (id >> 32) * 668265261) & 4294967295 FROM ids), "
                         "h1(x) AS (SELECT (x | (x >> 16)) - (x & (x >> 16)) FROM h0), "
                         "h2(x) AS (SELECT (x * 2146121005) & 4294967295 FROM h1), "
                         "h3(x) AS (SELECT (x | (x >> 15)) - (x & (x >> 15)) FROM h2), "
                         "h4(x) AS (SELECT (x * 739982445) & 4294967295 FROM h3), "
                         "h5(x) AS (SELECT (x | (x >> 16)) - (x & (x >> 16)) FROM h4) "
                         "SELECT count(*), coalesce(sum(x), 0) FROM h5");
}

} // namespace lifeos
