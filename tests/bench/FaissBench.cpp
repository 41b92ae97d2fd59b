// bench_faiss: which FAISS index the vector search uses, measured on this machine with Debian's libfaiss 1.7.3.
//
// Data: clustered, unit-normalised vectors (500 gaussian clusters of uneven size, like topics in a diary), not
// uniform noise, which makes every index look equally bad. Queries are fresh draws from the same mixture.
// For each dimension it prints, for single queries (nq = 1, the interactive case), p50 / p95 in ms (medians
// over --runs repetitions), recall@10 and recall@100 against the exact answer, train + add time and index size:
//   flat      IndexIDMap(IndexFlatIP), exact
//   ivfN/pP   IndexIVFFlat (inner product) with N lists, nprobe P
// Then the OpenMP effect (1 thread vs the default) on single-query latency and on build time, and the CPU the
// process burns while idle right after an OpenMP parallel region (spin-waiting workers).
// Finally the real VectorIndex at --n vectors and --vi-dim dimensions: build, save, load, search, file size.
#include "BenchStats.h"
#include "search/VectorIndex.h"

#include <faiss/Clustering.h>
#include <faiss/IndexFlat.h>
#include <faiss/IndexIDMap.h>
#include <faiss/IndexIVFFlat.h>
#include <faiss/impl/io.h>
#include <faiss/index_io.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <omp.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <random>
#include <thread>
#include <unordered_set>
#include <vector>

using lifeos::bench::percentile;
using idx_t = faiss::Index::idx_t;

namespace {

struct Data {
    int d = 0;
    std::vector<float> base;    // n x d
    std::vector<float> queries; // nq x d
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

// Mixture of gaussians on the sphere: centres uniform on the sphere, cluster weights ~ 1/(rank + 5), spread so
// that a point's cosine to its own centre is about 0.6 (typical of sentence embeddings of one topic).
Data makeData(int n, int nq, int d, int clusters, unsigned seed)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<float> gauss;
    std::vector<float> centres(std::size_t(clusters) * d);
    for (int c = 0; c < clusters; ++c) {
        for (int j = 0; j < d; ++j)
            centres[std::size_t(c) * d + j] = gauss(rng);
        normalise(&centres[std::size_t(c) * d], d);
    }
    std::vector<double> weights(clusters);
    for (int c = 0; c < clusters; ++c)
        weights[c] = 1.0 / (c + 5);
    std::discrete_distribution<int> pick(weights.begin(), weights.end());
    const float sigma = 1.3f / std::sqrt(float(d));
    auto draw = [&](float *out) {
        const int c = pick(rng);
        for (int j = 0; j < d; ++j)
            out[j] = centres[std::size_t(c) * d + j] + sigma * gauss(rng);
        normalise(out, d);
    };
    Data data;
    data.d = d;
    data.base.resize(std::size_t(n) * d);
    data.queries.resize(std::size_t(nq) * d);
    for (int i = 0; i < n; ++i)
        draw(&data.base[std::size_t(i) * d]);
    for (int i = 0; i < nq; ++i)
        draw(&data.queries[std::size_t(i) * d]);
    return data;
}

double nowMs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

double processCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

long rssKb()
{
    FILE *f = std::fopen("/proc/self/statm", "r");
    long pages = 0, resident = 0;
    if (f) {
        if (std::fscanf(f, "%ld %ld", &pages, &resident) != 2)
            resident = 0;
        std::fclose(f);
    }
    return resident * (sysconf(_SC_PAGESIZE) / 1024);
}

std::size_t serialisedBytes(const faiss::Index &index)
{
    faiss::VectorIOWriter writer;
    faiss::write_index(&index, &writer);
    return writer.data.size();
}

// Wall time and the calling thread's CPU time per query. A single query runs on one thread, so on a machine
// shared with other work the CPU time is the latency the query would have alone; the wall time includes waits.
struct Latency {
    double p50 = 0, p95 = 0;       // wall
    double cpu50 = 0, cpu95 = 0;   // thread CPU
};

// Single-query latency over all queries, repeated `runs` times; medians of the per-run p50 and p95.
Latency measureSingle(const faiss::Index &index, const Data &data, int k, int runs)
{
    const int nq = int(data.queries.size() / data.d);
    std::vector<float> dist(k);
    std::vector<idx_t> labels(k);
    std::vector<double> p50s, p95s, c50s, c95s;
    for (int r = 0; r < runs; ++r) {
        std::vector<double> samples, cpu;
        samples.reserve(nq);
        cpu.reserve(nq);
        for (int q = 0; q < nq; ++q) {
            const double t0 = nowMs(), c0 = threadCpuMs();
            index.search(1, &data.queries[std::size_t(q) * data.d], k, dist.data(), labels.data());
            cpu.push_back(threadCpuMs() - c0);
            samples.push_back(nowMs() - t0);
        }
        p50s.push_back(percentile(samples, 50));
        p95s.push_back(percentile(samples, 95));
        c50s.push_back(percentile(cpu, 50));
        c95s.push_back(percentile(cpu, 95));
    }
    return {percentile(p50s, 50), percentile(p95s, 50), percentile(c50s, 50), percentile(c95s, 50)};
}

std::vector<idx_t> searchAll(const faiss::Index &index, const Data &data, int k)
{
    const idx_t nq = idx_t(data.queries.size() / data.d);
    std::vector<float> dist(std::size_t(nq) * k);
    std::vector<idx_t> labels(std::size_t(nq) * k);
    index.search(nq, data.queries.data(), k, dist.data(), labels.data());
    return labels;
}

double recallAt(const std::vector<idx_t> &truth, int truthK, const std::vector<idx_t> &got, int gotK, int at)
{
    const std::size_t nq = truth.size() / truthK;
    double hits = 0;
    for (std::size_t q = 0; q < nq; ++q) {
        std::unordered_set<idx_t> expected(truth.begin() + q * truthK, truth.begin() + q * truthK + at);
        for (int i = 0; i < at; ++i)
            hits += expected.count(got[q * gotK + i]) ? 1 : 0;
    }
    return hits / double(nq * at);
}

std::unique_ptr<faiss::IndexIVFFlat> makeIvf(faiss::IndexFlatIP &quantizer, const Data &data, int nlist,
                                             int maxPointsPerCentroid, int niter, double *trainMs, double *addMs)
{
    auto ivf = std::make_unique<faiss::IndexIVFFlat>(&quantizer, data.d, nlist, faiss::METRIC_INNER_PRODUCT);
    ivf->cp.seed = 1234;
    ivf->cp.niter = niter;
    ivf->cp.max_points_per_centroid = maxPointsPerCentroid;
    const idx_t n = idx_t(data.base.size() / data.d);
    double t0 = nowMs();
    ivf->train(n, data.base.data());
    *trainMs = nowMs() - t0;
    std::vector<idx_t> ids(n);
    for (idx_t i = 0; i < n; ++i)
        ids[i] = i;
    t0 = nowMs();
    ivf->add_with_ids(n, data.base.data(), ids.data());
    *addMs = nowMs() - t0;
    return ivf;
}

void benchDimension(int n, int d, int nq, int runs, const std::vector<double> &nlistFactors,
                    const std::vector<int> &nprobes, int maxPoints, int niter)
{
    std::printf("\n== d=%d n=%d (queries %d, runs %d, k=100) ==\n", d, n, nq, runs);
    const Data data = makeData(n, nq, d, 500, 42 + d);
    const int k = 100;

    const long rss0 = rssKb();
    faiss::IndexFlatIP flatStorage(d);
    faiss::IndexIDMap flat(&flatStorage);
    std::vector<idx_t> ids(n);
    for (int i = 0; i < n; ++i)
        ids[i] = i;
    double t0 = nowMs();
    flat.add_with_ids(n, data.base.data(), ids.data());
    const double flatAdd = nowMs() - t0;
    const long flatRss = rssKb() - rss0;
    t0 = nowMs();
    const std::vector<idx_t> truth = searchAll(flat, data, k);
    const double truthMs = nowMs() - t0;
    const Latency flatLat = measureSingle(flat, data, k, runs);
    std::printf("%-14s cpu p50 %7.3f p95 %7.3f | wall p50 %7.3f p95 %7.3f ms | r@10 1.000  r@100 1.000 | build %.0f ms"
                "  size %.1f MB  rss+ %.1f MB  (batch of %d exact: %.0f ms)\n",
                "flat", flatLat.cpu50, flatLat.cpu95, flatLat.p50, flatLat.p95, flatAdd, serialisedBytes(flat) / 1e6,
                flatRss / 1024.0, nq, truthMs);
    std::fflush(stdout);

    for (double factor : nlistFactors) {
        const int nlist = std::max(1, int(std::lround(factor * std::sqrt(double(n)))));
        faiss::IndexFlatIP quantizer(d);
        double trainMs = 0, addMs = 0;
        const long rss1 = rssKb();
        const double cpu0 = processCpuMs();
        auto ivf = makeIvf(quantizer, data, nlist, maxPoints, niter, &trainMs, &addMs);
        const double buildCpu = processCpuMs() - cpu0;
        const long ivfRss = rssKb() - rss1;
        std::printf("ivf%-5d (%.1f*sqrt n)  wall: train %.0f ms  add %.0f ms | process CPU %.0f ms | size %.1f MB"
                    "  rss+ %.1f MB\n",
                    nlist, factor, trainMs, addMs, buildCpu, serialisedBytes(*ivf) / 1e6, ivfRss / 1024.0);
        for (int nprobe : nprobes) {
            if (nprobe > nlist)
                continue;
            ivf->nprobe = std::size_t(nprobe);
            const std::vector<idx_t> got = searchAll(*ivf, data, k);
            const Latency lat = measureSingle(*ivf, data, k, runs);
            char name[32];
            std::snprintf(name, sizeof name, "  ivf%d/p%d", nlist, nprobe);
            std::printf("%-14s cpu p50 %7.3f p95 %7.3f | wall p50 %7.3f p95 %7.3f ms | r@10 %.3f  r@100 %.3f\n", name,
                        lat.cpu50, lat.cpu95, lat.p50, lat.p95, recallAt(truth, k, got, k, 10),
                        recallAt(truth, k, got, k, 100));
            std::fflush(stdout);
        }
    }
}

// Exact single-query latency at several sizes: where the exact index stops being fast enough.
void benchExactSizes(int d, int nq, int runs, const std::vector<int> &sizes)
{
    std::printf("\n== exact (flat) single-query latency by size, d=%d, k=100 ==\n", d);
    const int maxN = *std::max_element(sizes.begin(), sizes.end());
    const Data data = makeData(maxN, nq, d, 500, 7);
    for (int n : sizes) {
        faiss::IndexFlatIP storage(d);
        faiss::IndexIDMap flat(&storage);
        std::vector<idx_t> ids(n);
        for (int i = 0; i < n; ++i)
            ids[i] = i;
        flat.add_with_ids(n, data.base.data(), ids.data());
        const Latency lat = measureSingle(flat, data, 100, runs);
        std::printf("n=%-7d cpu p50 %7.3f p95 %7.3f | wall p50 %7.3f p95 %7.3f ms\n", n, lat.cpu50, lat.cpu95, lat.p50,
                    lat.p95);
        std::fflush(stdout);
    }
}

void benchThreads(int n, int d, int nq, int runs, int nlist, int nprobe, int maxPoints, int niter)
{
    std::printf("\n== OpenMP: threads and spin-waiting (d=%d n=%d, ivf%d/p%d) ==\n", d, n, nlist, nprobe);
    std::printf("omp_get_max_threads() default = %d, OMP_WAIT_POLICY=%s GOMP_SPINCOUNT=%s\n", omp_get_max_threads(),
                getenv("OMP_WAIT_POLICY") ? getenv("OMP_WAIT_POLICY") : "(unset)",
                getenv("GOMP_SPINCOUNT") ? getenv("GOMP_SPINCOUNT") : "(unset)");
    const Data data = makeData(n, nq, d, 500, 99);
    const int defaultThreads = omp_get_max_threads();
    for (int threads : {1, defaultThreads}) {
        omp_set_num_threads(threads);
        faiss::IndexFlatIP storage(d);
        faiss::IndexIDMap flat(&storage);
        std::vector<idx_t> ids(n);
        for (int i = 0; i < n; ++i)
            ids[i] = i;
        flat.add_with_ids(n, data.base.data(), ids.data());
        faiss::IndexFlatIP quantizer(d);
        double trainMs = 0, addMs = 0;
        const double cpu0 = processCpuMs();
        auto ivf = makeIvf(quantizer, data, nlist, maxPoints, niter, &trainMs, &addMs);
        const double buildCpu = processCpuMs() - cpu0;
        ivf->nprobe = std::size_t(nprobe);
        const Latency flatLat = measureSingle(flat, data, 100, runs);
        const double qcpu0 = processCpuMs(), qthread0 = threadCpuMs(), qwall0 = nowMs();
        const Latency ivfLat = measureSingle(*ivf, data, 100, runs);
        const double qcpu = processCpuMs() - qcpu0, qthread = threadCpuMs() - qthread0, qwall = nowMs() - qwall0;
        std::printf("threads=%d  flat cpu p50 %.3f p95 %.3f (wall %.3f/%.3f) | ivf cpu p50 %.3f p95 %.3f (wall %.3f/%.3f)"
                    " ms\n           ivf wall: train %.0f add %.0f ms (process CPU %.0f ms) | all single queries: wall %.0f,"
                    " this thread CPU %.0f, process CPU %.0f ms\n",
                    threads, flatLat.cpu50, flatLat.cpu95, flatLat.p50, flatLat.p95, ivfLat.cpu50, ivfLat.cpu95,
                    ivfLat.p50, ivfLat.p95, trainMs, addMs, buildCpu, qwall, qthread, qcpu);

        // A batch search (nq=200 uses BLAS and an OpenMP team), then idle: do the workers spin afterwards?
        searchAll(*ivf, data, 100);
        const double icpu0 = processCpuMs(), iwall0 = nowMs();
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        std::printf("           300 ms idle right after an OpenMP batch search: process CPU %.1f ms over %.0f ms\n",
                    processCpuMs() - icpu0, nowMs() - iwall0);
        // Interleaved small pauses: the pattern of a user typing while a background build runs batches.
        double spinCpu = 0;
        for (int i = 0; i < 20; ++i) {
            std::vector<float> dist(100 * 20);
            std::vector<idx_t> labels(100 * 20);
            ivf->search(20, data.queries.data(), 100, dist.data(), labels.data()); // 20 queries: a parallel region
            const double c0 = processCpuMs();
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
            spinCpu += processCpuMs() - c0;
        }
        std::printf("           20 x (batch of 20 queries, then 5 ms sleep): CPU burnt during the sleeps %.1f ms"
                    " of 100 ms\n",
                    spinCpu);
        std::fflush(stdout);
    }
    omp_set_num_threads(defaultThreads);
}

void benchVectorIndex(int n, int d, int nq, int runs)
{
    std::printf("\n== lifeos::VectorIndex at n=%d d=%d ==\n", n, d);
    const Data data = makeData(n, nq, d, 500, 5);
    std::vector<qint64> ids(n);
    for (int i = 0; i < n; ++i)
        ids[i] = 1000 + i * 3; // document ids are sparse after edits
    lifeos::VectorIndex index(QStringLiteral("bench-model"), d);
    const long rss0 = rssKb();
    double t0 = nowMs();
    const double cpu0 = processCpuMs();
    if (auto built = index.build(ids, data.base); !built) {
        std::printf("build failed: %s\n", qUtf8Printable(built.error().message));
        return;
    }
    std::printf("build (train + add) wall %.0f ms, process CPU %.0f ms, rss+ %.1f MB, %s\n", nowMs() - t0,
                processCpuMs() - cpu0, (rssKb() - rss0) / 1024.0, index.isExact() ? "exact" : "IVF");

    std::vector<double> p50s, p95s, c50s, c95s;
    for (int r = 0; r < runs; ++r) {
        std::vector<double> samples, cpu;
        for (int q = 0; q < nq; ++q) {
            t0 = nowMs();
            const double c0 = threadCpuMs();
            auto hits = index.search(&data.queries[std::size_t(q) * d], 100);
            cpu.push_back(threadCpuMs() - c0);
            samples.push_back(nowMs() - t0);
            if (!hits)
                return;
        }
        p50s.push_back(percentile(samples, 50));
        p95s.push_back(percentile(samples, 95));
        c50s.push_back(percentile(cpu, 50));
        c95s.push_back(percentile(cpu, 95));
    }
    std::printf("search k=100: cpu p50 %.3f p95 %.3f | wall p50 %.3f p95 %.3f ms\n", percentile(c50s, 50),
                percentile(c95s, 50), percentile(p50s, 50), percentile(p95s, 50));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("index.faiss"));
    std::vector<double> saves, loads, loadCpus;
    for (int r = 0; r < runs; ++r) {
        t0 = nowMs();
        if (auto saved = index.save(path); !saved) {
            std::printf("save failed: %s\n", qUtf8Printable(saved.error().message));
            return;
        }
        saves.push_back(nowMs() - t0);
        t0 = nowMs();
        const double c0 = threadCpuMs();
        auto loaded = lifeos::VectorIndex::load(path);
        loadCpus.push_back(threadCpuMs() - c0);
        loads.push_back(nowMs() - t0);
        if (!loaded) {
            std::printf("load failed: %s\n", qUtf8Printable(loaded.error().message));
            return;
        }
    }
    std::printf("save %.0f ms wall (median of %d, incl. fsync), load %.0f ms wall, %.0f ms CPU (medians; file in the"
                " page cache; checksum + FAISS read), file %.1f MB\n",
                percentile(saves, 50), runs, percentile(loads, 50), percentile(loadCpus, 50),
                QFileInfo(path).size() / 1e6);

    std::vector<qint64> removeIds(ids.begin(), ids.begin() + 100);
    t0 = nowMs();
    if (auto removed = index.remove(removeIds); !removed)
        return;
    const double removeMs = nowMs() - t0;
    std::vector<float> extra(data.queries.begin(), data.queries.begin() + std::size_t(10) * d);
    std::vector<qint64> extraIds(10);
    for (int i = 0; i < 10; ++i)
        extraIds[i] = 10'000'000 + i;
    t0 = nowMs();
    if (auto added = index.add(extraIds, extra); !added)
        return;
    std::printf("remove 100 ids %.1f ms, add 10 vectors %.1f ms\n", removeMs, nowMs() - t0);
}

std::vector<double> parseDoubles(const QString &text)
{
    std::vector<double> out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts))
        out.push_back(part.toDouble());
    return out;
}

std::vector<int> parseInts(const QString &text)
{
    std::vector<int> out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts))
        out.push_back(part.toInt());
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("FAISS index choice for LifeOS vector search"));
    parser.addHelpOption();
    const QCommandLineOption nOpt(QStringLiteral("n"), QStringLiteral("vectors"), QStringLiteral("n"),
                                  QStringLiteral("100000"));
    const QCommandLineOption dimsOpt(QStringLiteral("dims"), QStringLiteral("dimensions"), QStringLiteral("list"),
                                     QStringLiteral("64,128,192,256"));
    const QCommandLineOption factorsOpt(QStringLiteral("nlist-factors"), QStringLiteral("nlist = f * sqrt(n)"),
                                        QStringLiteral("list"), QStringLiteral("1,2,4"));
    const QCommandLineOption probesOpt(QStringLiteral("nprobes"), QStringLiteral("nprobe values"),
                                       QStringLiteral("list"), QStringLiteral("8,16,32,64"));
    const QCommandLineOption queriesOpt(QStringLiteral("queries"), QStringLiteral("queries"), QStringLiteral("n"),
                                        QStringLiteral("200"));
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("repetitions"), QStringLiteral("n"),
                                     QStringLiteral("3"));
    const QCommandLineOption maxPointsOpt(QStringLiteral("max-points"),
                                          QStringLiteral("k-means sample: points per centroid"), QStringLiteral("n"),
                                          QStringLiteral("64"));
    const QCommandLineOption niterOpt(QStringLiteral("niter"), QStringLiteral("k-means iterations"),
                                      QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption partsOpt(QStringLiteral("parts"), QStringLiteral("dims,sizes,threads,vectorindex"),
                                      QStringLiteral("list"), QStringLiteral("dims,sizes,threads,vectorindex"));
    const QCommandLineOption viDimOpt(QStringLiteral("vi-dim"), QStringLiteral("VectorIndex dimension"),
                                      QStringLiteral("d"), QStringLiteral("128"));
    parser.addOptions({nOpt, dimsOpt, factorsOpt, probesOpt, queriesOpt, runsOpt, maxPointsOpt, niterOpt, partsOpt,
                       viDimOpt});
    parser.process(app);

    const int n = parser.value(nOpt).toInt();
    const int nq = parser.value(queriesOpt).toInt();
    const int runs = parser.value(runsOpt).toInt();
    const int maxPoints = parser.value(maxPointsOpt).toInt();
    const int niter = parser.value(niterOpt).toInt();
    const QStringList parts = parser.value(partsOpt).split(u',');
    std::printf("bench_faiss: n=%d queries=%d runs=%d k-means: %d points/centroid, %d iterations, seed 1234\n", n, nq,
                runs, maxPoints, niter);

    if (parts.contains(QStringLiteral("dims"))) {
        for (int d : parseInts(parser.value(dimsOpt)))
            benchDimension(n, d, nq, runs, parseDoubles(parser.value(factorsOpt)), parseInts(parser.value(probesOpt)),
                           maxPoints, niter);
    }
    if (parts.contains(QStringLiteral("sizes")))
        benchExactSizes(128, nq, runs, {5000, 10000, 20000, 30000, 50000, 100000});
    if (parts.contains(QStringLiteral("threads")))
        benchThreads(n, 128, nq, runs, int(2 * std::sqrt(double(n))), 16, maxPoints, niter);
    if (parts.contains(QStringLiteral("vectorindex")))
        benchVectorIndex(n, parser.value(viDimOpt).toInt(), nq, runs);
    return 0;
}
