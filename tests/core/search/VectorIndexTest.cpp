// VectorIndex: exact and IVF search against brute force, removal, adding after a build, saving and loading,
// damaged files, the id checksum in C++ and SQLite, and searches racing with changes.
#include "search/VectorIndex.h"
#include "support/TempDataDir.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <QFile>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <random>
#include <set>
#include <thread>
#include <unordered_set>

using namespace lifeos;

namespace {

struct Vectors {
    int d = 0;
    std::vector<qint64> ids;
    std::vector<float> data;
    const float *row(std::size_t i) const { return data.data() + i * std::size_t(d); }
};

void normalise(float *v, int d)
{
    double s = 0;
    for (int j = 0; j < d; ++j)
        s += double(v[j]) * v[j];
    const float inv = float(1.0 / std::sqrt(std::max(s, 1e-30)));
    for (int j = 0; j < d; ++j)
        v[j] *= inv;
}

// Unit vectors around `clusters` random centres: the shape real embeddings have (topics), unlike uniform noise.
std::vector<float> clustered(int n, int d, int clusters, unsigned seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<float> gauss;
    std::vector<float> centres(std::size_t(clusters) * d);
    for (int c = 0; c < clusters; ++c) {
        for (int j = 0; j < d; ++j)
            centres[std::size_t(c) * d + j] = gauss(rng);
        normalise(&centres[std::size_t(c) * d], d);
    }
    std::uniform_int_distribution<int> pick(0, clusters - 1);
    const float sigma = 1.3f / std::sqrt(float(d));
    std::vector<float> out(std::size_t(n) * d);
    for (int i = 0; i < n; ++i) {
        const int c = pick(rng);
        for (int j = 0; j < d; ++j)
            out[std::size_t(i) * d + j] = centres[std::size_t(c) * d + j] + sigma * gauss(rng);
        normalise(&out[std::size_t(i) * d], d);
    }
    return out;
}

// Sparse, unordered ids, as documents have after edits and deletes.
Vectors makeSet(int n, int d, unsigned seed, int clusters = 50)
{
    Vectors v;
    v.d = d;
    v.data = clustered(n, d, clusters, seed);
    v.ids.resize(std::size_t(n));
    for (int i = 0; i < n; ++i)
        v.ids[std::size_t(i)] = 7 + qint64(i) * 13;
    std::shuffle(v.ids.begin(), v.ids.end(), std::mt19937(seed + 1));
    return v;
}

std::vector<VectorHit> bruteForce(const Vectors &v, const float *query, int k, const std::set<qint64> &skip = {})
{
    std::vector<VectorHit> all;
    for (std::size_t i = 0; i < v.ids.size(); ++i) {
        if (skip.count(v.ids[i]))
            continue;
        float s = 0;
        for (int j = 0; j < v.d; ++j)
            s += v.row(i)[j] * query[j];
        all.push_back({v.ids[i], s});
    }
    const std::size_t keep = std::min(all.size(), std::size_t(k));
    std::partial_sort(all.begin(), all.begin() + std::ptrdiff_t(keep), all.end(),
                      [](const VectorHit &a, const VectorHit &b) { return a.score > b.score; });
    all.resize(keep);
    return all;
}

std::vector<qint64> idsOf(const std::vector<VectorHit> &hits)
{
    std::vector<qint64> ids;
    for (const VectorHit &hit : hits)
        ids.push_back(hit.id);
    return ids;
}

std::vector<VectorHit> searchOk(const VectorIndex &index, const float *query, int k)
{
    auto hits = index.search(query, k);
    REQUIRE(hits.ok());
    return hits.value();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

// count(*) and the checksum SQLite computes for these ids with VectorIndex::idChecksumSql().
std::pair<qint64, quint64> sqliteChecksum(const std::vector<qint64> &ids)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(":memory:", &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "CREATE TABLE t (id INTEGER NOT NULL)", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_stmt *insert = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "INSERT INTO t (id) VALUES (?)", -1, &insert, nullptr) == SQLITE_OK);
    for (qint64 id : ids) {
        sqlite3_bind_int64(insert, 1, id);
        REQUIRE(sqlite3_step(insert) == SQLITE_DONE);
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    const QByteArray sql = VectorIndex::idChecksumSql(QStringLiteral("SELECT id FROM t")).toUtf8();
    sqlite3_stmt *query = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, sql.constData(), -1, &query, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(query) == SQLITE_ROW);
    // An integer overflow would have turned the sum into a REAL: insist it stayed an exact integer.
    REQUIRE(sqlite3_column_type(query, 1) == SQLITE_INTEGER);
    const std::pair<qint64, quint64> result{sqlite3_column_int64(query, 0), quint64(sqlite3_column_int64(query, 1))};
    sqlite3_finalize(query);
    sqlite3_close(db);
    return result;
}

constexpr int kIvfSize = int(VectorIndex::kExactLimit) + 5'000;

} // namespace

TEST_CASE("exact vector search returns what brute force returns, best first")
{
    const int n = GENERATE(1, 37, 1500);
    const int d = GENERATE(8, 64);
    CAPTURE(n, d);
    const Vectors v = makeSet(n, d, unsigned(n * 100 + d));
    VectorIndex index(QStringLiteral("test"), d);
    REQUIRE(index.build(v.ids, v.data).ok());
    REQUIRE(index.isExact());
    REQUIRE(index.count() == n);

    const std::vector<float> queries = clustered(20, d, 50, 99);
    for (int q = 0; q < 20; ++q) {
        const float *query = queries.data() + std::size_t(q) * d;
        const auto expected = bruteForce(v, query, 10);
        const auto got = searchOk(index, query, 10);
        REQUIRE(idsOf(got) == idsOf(expected));
        for (std::size_t i = 0; i < got.size(); ++i)
            CHECK(got[i].score == Approx(expected[i].score).margin(1e-5));
        CHECK(std::is_sorted(got.begin(), got.end(),
                             [](const VectorHit &a, const VectorHit &b) { return a.score > b.score; }));
    }
}

TEST_CASE("an empty index and a k larger than the index answer without padding")
{
    VectorIndex index(QStringLiteral("test"), 4);
    const float query[4] = {1, 0, 0, 0};
    CHECK(searchOk(index, query, 10).empty());
    CHECK(searchOk(index, query, 0).empty());
    REQUIRE(index.build({5, 9}, {1, 0, 0, 0, 0, 1, 0, 0}).ok());
    const auto hits = searchOk(index, query, 10);
    REQUIRE(idsOf(hits) == std::vector<qint64>{5, 9});
    CHECK(hits[0].score == Approx(1.0f));
}

TEST_CASE("an IVF index finds at least 90% of the exact top 10 on clustered vectors")
{
    const int d = 64;
    const Vectors v = makeSet(30'000, d, 4242, 300);
    VectorIndex index(QStringLiteral("test"), d);
    REQUIRE(index.build(v.ids, v.data).ok());
    REQUIRE_FALSE(index.isExact());
    REQUIRE(index.count() == 30'000);

    const int queries = 60;
    const std::vector<float> qs = clustered(queries, d, 300, 4242); // same centres: queries on the same topics
    double found = 0;
    for (int q = 0; q < queries; ++q) {
        const float *query = qs.data() + std::size_t(q) * d;
        const auto expected = idsOf(bruteForce(v, query, 10));
        const auto got = idsOf(searchOk(index, query, 10));
        const std::unordered_set<qint64> want(expected.begin(), expected.end());
        for (qint64 id : got)
            found += want.count(id) ? 1 : 0;
    }
    const double recall = found / (queries * 10.0);
    INFO("recall@10 = " << recall);
    CHECK(recall >= 0.9);
}

TEST_CASE("a removed id is never returned by vector search")
{
    const int n = GENERATE(600, kIvfSize);
    CAPTURE(n);
    const int d = 32;
    const Vectors v = makeSet(n, d, 77);
    VectorIndex index(QStringLiteral("test"), d);
    REQUIRE(index.build(v.ids, v.data).ok());
    CHECK(index.isExact() == (n < VectorIndex::kExactLimit));

    // Remove exactly what the queries would find first, plus an id that was never there.
    std::set<qint64> removed;
    for (int q = 0; q < 5; ++q) {
        for (const VectorHit &hit : searchOk(index, v.row(std::size_t(q)), 20))
            removed.insert(hit.id);
    }
    std::vector<qint64> removeList(removed.begin(), removed.end());
    removeList.push_back(1'000'000'007);
    REQUIRE(index.remove(removeList).ok());
    REQUIRE(index.count() == n - qint64(removed.size()));

    std::vector<qint64> remaining;
    for (qint64 id : v.ids) {
        if (!removed.count(id))
            remaining.push_back(id);
    }
    CHECK(index.stamp().idChecksum == VectorIndex::idChecksum(remaining));
    for (int q = 0; q < 5; ++q) {
        for (const VectorHit &hit : searchOk(index, v.row(std::size_t(q)), 100))
            CHECK_FALSE(removed.count(hit.id));
    }
}

TEST_CASE("vectors added after a build are found, and adding an id again replaces its vector")
{
    const int n = GENERATE(600, kIvfSize);
    CAPTURE(n);
    const int d = 32;
    const Vectors v = makeSet(n, d, 5);
    VectorIndex index(QStringLiteral("test"), d);
    REQUIRE(index.build(v.ids, v.data).ok());

    const std::vector<float> extra = clustered(3, d, 50, 6);
    const std::vector<qint64> extraIds{900'000'001, 900'000'002, 900'000'003};
    REQUIRE(index.add(extraIds, extra).ok());
    REQUIRE(index.count() == n + 3);
    for (int i = 0; i < 3; ++i) {
        const auto hits = searchOk(index, extra.data() + std::size_t(i) * d, 5);
        REQUIRE_FALSE(hits.empty());
        CHECK(hits[0].id == extraIds[std::size_t(i)]);
        CHECK(hits[0].score == Approx(1.0f).margin(1e-4));
    }

    // The first document again with the first extra vector: still one entry, now found by the new vector.
    const std::vector<float> replacement(extra.begin(), extra.begin() + d);
    REQUIRE(index.add({v.ids[0]}, replacement).ok());
    CHECK(index.count() == n + 3);
    const auto hits = searchOk(index, replacement.data(), 2);
    CHECK(std::set<qint64>{hits[0].id, hits[1].id} == std::set<qint64>{v.ids[0], extraIds[0]});

    std::vector<qint64> all = v.ids;
    all.insert(all.end(), extraIds.begin(), extraIds.end());
    CHECK(index.stamp().idChecksum == VectorIndex::idChecksum(all));
}

TEST_CASE("bad input is refused and leaves the index as it was")
{
    VectorIndex index(QStringLiteral("test"), 4);
    REQUIRE(index.build({1, 2}, {1, 0, 0, 0, 0, 1, 0, 0}).ok());
    const VectorIndexStamp before = index.stamp();

    CHECK(index.add({3}, {1, 0, 0}).error().code == ErrorCode::InvalidInput);        // wrong dimension
    CHECK(index.add({-1}, {1, 0, 0, 0}).error().code == ErrorCode::InvalidInput);    // -1 means "no result"
    CHECK(index.add({4, 4}, std::vector<float>(8, 0.5f)).error().code == ErrorCode::InvalidInput);
    CHECK(index.build({1, 1}, std::vector<float>(8, 0.5f)).error().code == ErrorCode::InvalidInput);
    CHECK(index.stamp() == before);
}

TEST_CASE("a saved index loads with the same stamp and the same answers")
{
    const int n = GENERATE(0, 600, kIvfSize);
    CAPTURE(n);
    const int d = 24;
    const Vectors v = makeSet(n, d, 11);
    VectorIndex index(QStringLiteral("offline-v1/lsa-24"), d);
    REQUIRE(index.build(v.ids, v.data).ok());

    TempDataDir dir;
    const QString path = dir.filePath(QStringLiteral("vectors.faiss"));
    REQUIRE(index.save(path).ok());
    auto loaded = VectorIndex::load(path);
    REQUIRE(loaded.ok());
    const VectorIndex &copy = *loaded.value();
    CHECK(copy.stamp() == index.stamp());
    CHECK(copy.stamp().model == QStringLiteral("offline-v1/lsa-24"));
    CHECK(copy.stamp().idChecksum == VectorIndex::idChecksum(v.ids));
    CHECK(copy.isExact() == index.isExact());

    const std::vector<float> queries = clustered(10, d, 50, 12);
    for (int q = 0; q < 10; ++q) {
        const float *query = queries.data() + std::size_t(q) * d;
        const auto a = searchOk(index, query, 20);
        const auto b = searchOk(copy, query, 20);
        REQUIRE(idsOf(a) == idsOf(b));
    }

    // Saving again over the same path replaces the file.
    REQUIRE(index.remove({v.ids.empty() ? 1 : v.ids[0]}).ok());
    REQUIRE(index.save(path).ok());
    auto reloaded = VectorIndex::load(path);
    REQUIRE(reloaded.ok());
    CHECK(reloaded.value()->stamp() == index.stamp());
}

TEST_CASE("a damaged or foreign index file is reported as damaged, never loaded")
{
    const bool ivf = GENERATE(false, true);
    CAPTURE(ivf);
    const int d = 16;
    const Vectors v = makeSet(ivf ? kIvfSize : 300, d, 3);
    VectorIndex index(QStringLiteral("model"), d);
    REQUIRE(index.build(v.ids, v.data).ok());
    TempDataDir dir;
    const QString good = dir.filePath(QStringLiteral("good.faiss"));
    REQUIRE(index.save(good).ok());
    const QByteArray original = readAll(good);
    const qsizetype size = original.size();
    REQUIRE(size > 100);

    // Offsets cover the magic, each header field, the model name, the FAISS body (start, middle, end) and the
    // trailer (body length, checksum).
    const std::vector<qsizetype> offsets{0, 7, 8, 12, 16, 24, 32, 36, 40, 44, 46, 60, 100, size / 2,
                                         size - 40, size - 17, size - 16, size - 9, size - 8, size - 1};
    std::vector<std::pair<std::string, QByteArray>> cases;
    cases.emplace_back("empty file", QByteArray());
    cases.emplace_back("garbage", QByteArray(4096, '\x5a'));
    cases.emplace_back("text file", QByteArrayLiteral("hello, this is not an index\n"));
    cases.emplace_back("one extra byte", original + '\0');
    QByteArray foreign = original;
    foreign.replace(0, 8, "FAISSIDX");
    cases.emplace_back("wrong magic", foreign);
    for (qsizetype offset : offsets) {
        cases.emplace_back("truncated at " + std::to_string(offset), original.left(offset));
        QByteArray flipped = original;
        flipped[offset] = char(flipped[offset] ^ 0x10);
        cases.emplace_back("byte flipped at " + std::to_string(offset), flipped);
    }
    const QString bad = dir.filePath(QStringLiteral("bad.faiss"));
    for (const auto &[name, bytes] : cases) {
        INFO(name);
        writeAll(bad, bytes);
        auto loaded = VectorIndex::load(bad);
        REQUIRE_FALSE(loaded.ok());
        CHECK(loaded.error().code == ErrorCode::IndexDamaged);
        CHECK_FALSE(loaded.error().message.isEmpty());
    }

    auto missing = VectorIndex::load(dir.filePath(QStringLiteral("missing.faiss")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::IndexDamaged);
    REQUIRE(VectorIndex::load(good).ok()); // the cases above did not damage the original by accident
}

TEST_CASE("the id checksum computed by SQLite equals the one computed in C++")
{
    std::vector<qint64> ids;
    std::mt19937_64 rng(2024);
    for (int i = 0; i < 3000; ++i)
        ids.push_back(qint64(1 + rng() % 200'000)); // everyday document ids
    for (int i = 0; i < 1000; ++i)
        ids.push_back(qint64(rng() >> 1)); // anything up to 2^63 - 1
    for (qint64 edge : {qint64(0), qint64(1), qint64(0x7FFFFFFF), qint64(0x80000000), qint64(0xFFFFFFFF),
                        qint64(0x100000000), qint64(0x100000001), std::numeric_limits<qint64>::max()})
        ids.push_back(edge);
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());

    const auto [count, sum] = sqliteChecksum(ids);
    CHECK(count == qint64(ids.size()));
    CHECK(sum == VectorIndex::idChecksum(ids));
    // And id by id, so a difference would point at the hash rather than at the sum.
    for (std::size_t i = 0; i < ids.size(); i += 97) {
        CAPTURE(ids[i]);
        CHECK(sqliteChecksum({ids[i]}).second == VectorIndex::idHash(ids[i]));
    }
    CHECK(sqliteChecksum({}) == std::pair<qint64, quint64>{0, 0});
}

TEST_CASE("the id checksum tells apart id sets that differ by one id")
{
    // For ids below 2^32 the hash is a bijection: swapping one id for another always changes the checksum.
    std::vector<qint64> ids(1000);
    for (int i = 0; i < 1000; ++i)
        ids[std::size_t(i)] = i + 1;
    const quint64 base = VectorIndex::idChecksum(ids);
    std::set<quint64> hashes;
    for (qint64 id = 0; id < 200'000; ++id)
        hashes.insert(VectorIndex::idHash(id));
    CHECK(hashes.size() == 200'000);
    for (qint64 replacement : {qint64(1001), qint64(5000), qint64(123'456)}) {
        std::vector<qint64> other = ids;
        other[500] = replacement;
        CHECK(VectorIndex::idChecksum(other) != base);
    }
    // Order never matters.
    std::vector<qint64> shuffled = ids;
    std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937(1));
    CHECK(VectorIndex::idChecksum(shuffled) == base);
}

TEST_CASE("searches running while another thread adds and removes vectors do not crash")
{
    const int d = 16;
    const Vectors v = makeSet(2000, d, 8);
    VectorIndex index(QStringLiteral("test"), d);
    REQUIRE(index.build(v.ids, v.data).ok());

    std::atomic<bool> stop{false};
    std::atomic<int> searches{0};
    std::atomic<int> failures{0};
    auto reader = [&] {
        while (!stop.load()) {
            auto hits = index.search(v.row(std::size_t(searches.load() % 2000)), 10);
            if (!hits.ok() || hits.value().empty())
                ++failures;
            ++searches;
        }
    };
    std::thread r1(reader);
    std::thread r2(reader);
    // The writer starts once the readers are searching, so the two really overlap however fast add() is.
    while (searches.load() == 0)
        std::this_thread::yield();
    const std::vector<float> extra = clustered(10, d, 50, 9);
    for (int round = 0; round < 50; ++round) {
        std::vector<qint64> ids;
        for (int i = 0; i < 10; ++i)
            ids.push_back(1'000'000 + round * 10 + i);
        REQUIRE(index.add(ids, extra).ok());
        REQUIRE(index.remove({ids[0], ids[1]}).ok());
        (void)index.stamp();
    }
    stop = true;
    r1.join();
    r2.join();
    CHECK(failures.load() == 0);
    CHECK(searches.load() > 0);
    CHECK(index.count() == 2000 + 50 * 8);
}
