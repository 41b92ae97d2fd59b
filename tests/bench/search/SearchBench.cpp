// bench_search: import, index build, query latency, memory and size on disk of search at 10k and 100k documents.
//
// For each size, --runs times, in a fresh data folder: writes the generated corpus (lifeos-corpus) as JSONL,
// imports and projects it, runs the indexer to completion with the built-in offline embedder, and splits the
// time by phase. Then a child process (this program with --serve, so its memory is that of a process that only
// opened the data, as the app does at start) loads the index and times a few hundred queries in text, vector
// and hybrid mode through HybridSearch after a warm-up, interleaved with the same-run baselines: the FTS5 lane
// alone (TextIndex), a bare FTS5 MATCH ranked by bm25, the query embedding alone, VectorIndex::search alone, and
// an exact FAISS flat search over the same vectors. Prints every run and the medians.
// Targets (issue 4): import + index < 60 s at 100k; hybrid p95 < 15 ms at 100k; resident memory < 400 MB at 100k.
#include "BenchStats.h"
#include "CorpusGenerator.h"
#include "SearchBenchSupport.h"
#include "search/EmbeddingStore.h"
#include "search/HybridSearch.h"
#include "search/TextIndex.h"
#include "search/VectorIndex.h"
#include "storage/Database.h"
#include "util/DataLocation.h"

#include <faiss/IndexFlat.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QThread>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <map>
#include <string>
#include <vector>

using namespace lifeos;
using namespace lifeos::bench;

namespace {

using Figures = std::map<std::string, double>;

int fail(const QString &message)
{
    std::fprintf(stderr, "bench_search: %s\n", qPrintable(message));
    return 1;
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(std::vector<double> values)
{
    return percentile(std::move(values), 50);
}

// The child: open the data as the app does, load the index, then time the queries. Prints "key=value" lines.
int serve(const QString &dataDir, int queryCount, quint32 seed)
{
    Figures out;
    out["rss_start_kb"] = double(procStatusKb("VmRSS"));
    QElapsedTimer timer;
    timer.start();
    auto opened = Database::open(DataLocation::databasePath(dataDir));
    if (!opened)
        return fail(opened.error().message);
    Database &db = **opened;
    SemanticIndex semantic;
    if (auto loaded = loadSemanticIndex(db, dataDir, semantic); !loaded)
        return fail(loaded.error().message);
    out["load_ms"] = msSince(timer);
    out["rss_loaded_kb"] = double(procStatusKb("VmRSS"));
    out["hwm_loaded_kb"] = double(procStatusKb("VmHWM"));

    const SemanticIndex::Snapshot snapshot = semantic.current();
    HybridSearch search(db, semantic);
    TextIndex text(db);
    QSqlQuery bare(db.connection());
    bare.prepare(QStringLiteral("SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rank LIMIT 20"));
    const QStringList queries = CorpusGenerator::sampleQueries(queryCount, seed);
    constexpr int kLimit = 20;    // a page of results, as the palette and the Search page ask
    constexpr int kVectorK = 100; // nearest vectors for the vector baselines

    std::map<std::string, std::vector<double>> times;
    std::vector<double> hitCounts[3];
    int failuresShown = 0;
    auto timeMode = [&](SearchMode mode, const QString &query, bool record) -> bool {
        SearchRequest request;
        request.query = query;
        request.mode = mode;
        request.limit = kLimit;
        QElapsedTimer t;
        t.start();
        auto results = search.search(request);
        const double ms = msSince(t);
        if (!results) {
            // Counted and shown, not fatal: one bad query should not hide the rest of the figures.
            if (record)
                out["failed_" + searchModeName(mode).toStdString()] += 1;
            if (failuresShown++ < 3)
                std::fprintf(stderr, "bench_search: %s (%s): %s\n", qPrintable(query),
                             qPrintable(searchModeName(mode)), qPrintable(results.error().message));
            return false;
        }
        if (record) {
            times["q_" + searchModeName(mode).toStdString()].push_back(ms);
            hitCounts[int(mode)].push_back(double(results->hits.size()));
        }
        return true;
    };
    auto timeBaselines = [&](const QString &query) {
        QElapsedTimer t;
        t.start();
        auto lane = text.search(query, SearchFilter{}, kLimit);
        times["b_textindex"].push_back(msSince(t));
        Q_UNUSED(lane)
        const QString match = TextIndex::matchExpression(query);
        if (!match.isEmpty()) {
            t.start();
            bare.addBindValue(match);
            if (bare.exec()) {
                while (bare.next()) {
                }
            }
            times["b_fts5_bare"].push_back(msSince(t));
        }
        t.start();
        auto vector = snapshot.embedder->embed({query});
        times["b_embed"].push_back(msSince(t));
        if (vector) {
            t.start();
            auto hits = snapshot.index->search(vector->data(), kVectorK);
            times["b_vectorindex"].push_back(msSince(t));
            Q_UNUSED(hits)
        }
    };

    // Warm-up: the first queries pay for page faults in the database and the index, not counted.
    const int warmUp = std::min<int>(50, int(queries.size()));
    for (int i = 0; i < warmUp; ++i) {
        for (const SearchMode mode : {SearchMode::Text, SearchMode::Vector, SearchMode::Hybrid})
            timeMode(mode, queries[i], false);
    }
    // Interleaved, so a busy moment on the machine lands on every mode alike.
    for (const QString &query : queries) {
        for (const SearchMode mode : {SearchMode::Text, SearchMode::Vector, SearchMode::Hybrid})
            timeMode(mode, query, true);
        timeBaselines(query);
    }
    out["rss_queried_kb"] = double(procStatusKb("VmRSS"));
    out["hwm_queried_kb"] = double(procStatusKb("VmHWM"));
    out["queries"] = double(queries.size());
    for (int mode = 0; mode < 3; ++mode)
        out["hits_" + searchModeName(SearchMode(mode)).toStdString()] = median(hitCounts[mode]);

    // Exact search over the same vectors: what a flat index costs at this size, with this FAISS build.
    auto stored = EmbeddingStore(db).loadAll(snapshot.embedder->modelId(), snapshot.embedder->dimension());
    if (stored && !stored->ids.empty()) {
        faiss::IndexFlatIP flat(stored->dimension);
        flat.add(faiss::Index::idx_t(stored->ids.size()), stored->vectors.data());
        std::vector<float> distances(kVectorK);
        std::vector<faiss::Index::idx_t> labels(kVectorK);
        for (const QString &query : queries) {
            auto vector = snapshot.embedder->embed({query});
            if (!vector)
                continue;
            QElapsedTimer t;
            t.start();
            flat.search(1, vector->data(), kVectorK, distances.data(), labels.data());
            times["b_faiss_exact"].push_back(msSince(t));
        }
        out["vectors"] = double(stored->ids.size());
        out["dimension"] = double(stored->dimension);
    }

    for (const auto &[name, values] : times) {
        out[name + "_p50"] = percentile(values, 50);
        out[name + "_p95"] = percentile(values, 95);
    }
    for (const auto &[key, value] : out)
        std::printf("%s=%.4f\n", key.c_str(), value);
    return 0;
}

// One run at one size, in a fresh folder: build in this process, measure queries and memory in a child.
Result<Figures> runOnce(const QString &workDir, int size, quint32 seed, int queryCount, bool keep,
                        const QString &givenCorpus)
{
    QTemporaryDir dir(workDir.isEmpty() ? QString() : workDir + QStringLiteral("/search-XXXXXX"));
    if (!dir.isValid())
        return Error{ErrorCode::Io, QStringLiteral("no temporary folder")};
    dir.setAutoRemove(!keep);
    Figures figures;

    // The corpus (not counted: a user's file already exists).
    const QString corpus = givenCorpus.isEmpty() ? dir.filePath(QStringLiteral("corpus.jsonl")) : givenCorpus;
    QElapsedTimer timer;
    timer.start();
    if (givenCorpus.isEmpty()) {
        FILE *out = std::fopen(qPrintable(corpus), "wb");
        if (!out)
            return Error{ErrorCode::Io, QStringLiteral("cannot write %1").arg(corpus)};
        CorpusGenerator generator({seed, QDate(2026, 1, 1), 10});
        for (int i = 0; i < size; ++i) {
            std::string line = generator.nextLine();
            line += '\n';
            std::fwrite(line.data(), 1, line.size(), out);
        }
        std::fclose(out);
    }
    figures["corpus_ms"] = msSince(timer);
    figures["corpus_mb"] = double(fileBytes(corpus)) / 1048576.0;

    const QString dataDir = dir.filePath(QStringLiteral("data"));
    QDir().mkpath(dataDir);
    {
        auto opened = Database::open(DataLocation::databasePath(dataDir));
        if (!opened)
            return opened.error();
        SemanticIndex semantic;
        auto built = importAndIndex(**opened, dataDir, corpus, semantic);
        if (!built)
            return built.error();
        figures["import_ms"] = built->importMs;
        figures["project_ms"] = built->projectMs;
        figures["fit_ms"] = built->fitMs;
        figures["embed_ms"] = built->embedMs;
        figures["finish_ms"] = built->finishMs;
        figures["index_ms"] = built->indexMs;
        figures["total_ms"] = built->importMs + built->projectMs + built->indexMs;
        figures["records"] = double(built->records);
        figures["documents"] = double(built->documents);
        figures["embedded"] = double(built->summary.embedded);
        figures["build_hwm_kb"] = double(procStatusKb("VmHWM"));

        // The FAISS part alone, from the stored vectors: read, build (trains IVF when large), save.
        const SemanticIndex::Snapshot snapshot = semantic.current();
        if (snapshot.isReady()) {
            timer.start();
            auto stored = EmbeddingStore(**opened).loadAll(snapshot.embedder->modelId(), snapshot.embedder->dimension());
            figures["vectors_read_ms"] = msSince(timer);
            if (stored) {
                VectorIndex index(snapshot.embedder->modelId(), snapshot.embedder->dimension());
                timer.start();
                auto ok = index.build(stored->ids, stored->vectors);
                figures["faiss_build_ms"] = msSince(timer);
                timer.start();
                if (ok)
                    ok = index.save(dir.filePath(QStringLiteral("probe.faiss")));
                figures["faiss_save_ms"] = msSince(timer);
                QFile::remove(dir.filePath(QStringLiteral("probe.faiss")));
            }
        }
    } // closing the database checkpoints the WAL, as quitting the app does

    const QString db = DataLocation::databasePath(dataDir);
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--serve"), dataDir, QStringLiteral("--queries"), QString::number(queryCount),
                 QStringLiteral("--seed"), QString::number(seed + 1)});
    if (!child.waitForFinished(30 * 60 * 1000) || child.exitCode() != 0)
        return Error{ErrorCode::Unknown, QStringLiteral("the query process failed")};
    for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            figures[line.left(eq).toStdString()] = line.mid(eq + 1).toDouble();
    }
    // Sizes after the app-like session: the database, what the WAL holds, the index files.
    figures["db_mb"] = double(fileBytes(db)) / 1048576.0;
    figures["wal_mb"] = double(fileBytes(db + QStringLiteral("-wal"))) / 1048576.0;
    figures["index_files_mb"] = double(folderBytes(dataDir + QStringLiteral("/search"))) / 1048576.0;
    if (keep)
        std::printf("  kept %s\n", qPrintable(dir.path()));
    return figures;
}

void printRun(int run, const Figures &f)
{
    auto v = [&](const char *key) {
        auto it = f.find(key);
        return it == f.end() ? -1.0 : it->second;
    };
    std::printf("  run %d: import %.1f s (parse+insert %.1f, project %.1f) | index %.1f s (fit %.1f, embed %.1f, "
                "finish %.1f) | hybrid p50 %.2f p95 %.2f ms | RSS %.0f MB\n",
                run, (v("import_ms") + v("project_ms")) / 1000, v("import_ms") / 1000, v("project_ms") / 1000,
                v("index_ms") / 1000, v("fit_ms") / 1000, v("embed_ms") / 1000, v("finish_ms") / 1000,
                v("q_hybrid_p50"), v("q_hybrid_p95"), v("rss_queried_kb") / 1024);
}

void printSummary(int size, const std::vector<Figures> &runs)
{
    auto med = [&](const char *key) {
        std::vector<double> values;
        for (const Figures &f : runs) {
            auto it = f.find(key);
            if (it != f.end())
                values.push_back(it->second);
        }
        return values.empty() ? -1.0 : median(values);
    };
    auto range = [&](const char *key, double scale) {
        double low = 1e300;
        double high = -1e300;
        for (const Figures &f : runs) {
            auto it = f.find(key);
            if (it != f.end()) {
                low = std::min(low, it->second * scale);
                high = std::max(high, it->second * scale);
            }
        }
        char text[64];
        std::snprintf(text, sizeof text, "[%.2f–%.2f]", low, high);
        return std::string(text);
    };
    const double total = med("total_ms") / 1000;
    std::printf("\n== %d documents: medians of %zu runs (min–max in brackets) ==\n", size, runs.size());
    std::printf("corpus          %.0f records -> %.0f documents (chunks), %.1f MB JSONL, generated in %.2f s\n",
                med("records"), med("documents"), med("corpus_mb"), med("corpus_ms") / 1000);
    std::printf("import          %7.2f s  (JsonlImporter %.2f s, projection %.2f s)\n",
                (med("import_ms") + med("project_ms")) / 1000, med("import_ms") / 1000, med("project_ms") / 1000);
    std::printf("index build     %7.2f s  (model fit %.2f s, embedding + FAISS add %.2f s, finish/save %.2f s)\n",
                med("index_ms") / 1000, med("fit_ms") / 1000, med("embed_ms") / 1000, med("finish_ms") / 1000);
    std::printf("  FAISS alone   read stored vectors %.0f ms, build %.0f ms, save %.0f ms\n", med("vectors_read_ms"),
                med("faiss_build_ms"), med("faiss_save_ms"));
    std::printf("import + index  %7.2f s %s  target < 60 s at 100k%s\n", total, range("total_ms", 0.001).c_str(),
                size >= 100000 ? (total < 60 ? " (met)" : " (MISSED)") : "");
    std::printf("queries         %.0f (1–3 words; prefixes, typos, some Indonesian), limit 20, after 50 warm-up\n",
                med("queries"));
    for (const char *mode : {"text", "vector", "hybrid"}) {
        const std::string p50 = std::string("q_") + mode + "_p50";
        const std::string p95 = std::string("q_") + mode + "_p95";
        std::printf("  %-13s p50 %7.2f ms  p95 %7.2f ms %s  (median hits %.0f)%s\n", mode, med(p50.c_str()),
                    med(p95.c_str()), range(p95.c_str(), 1).c_str(), med((std::string("hits_") + mode).c_str()),
                    std::string(mode) == "hybrid" && size >= 100000
                        ? (med(p95.c_str()) < 15 ? "  target p95 < 15 ms (met)" : "  target p95 < 15 ms (MISSED)")
                        : "");
    }
    for (const char *mode : {"text", "vector", "hybrid"}) {
        const double failed = med((std::string("failed_") + mode).c_str());
        if (failed > 0)
            std::printf("  FAILED        %.0f %s queries returned an error (see stderr); their times are not counted\n",
                        failed, mode);
    }
    std::printf("baselines (same run)\n");
    for (const auto &[key, what] : {std::pair{"b_textindex", "TextIndex::search (FTS5 lane + snippets)"},
                                    std::pair{"b_fts5_bare", "bare FTS5 MATCH, bm25 order, LIMIT 20"},
                                    std::pair{"b_embed", "embed the query (offline embedder)"},
                                    std::pair{"b_vectorindex", "VectorIndex::search k=100 (the index in use)"},
                                    std::pair{"b_faiss_exact", "exact faiss::IndexFlatIP k=100, same vectors"}}) {
        std::printf("  %-13s p50 %7.3f ms  p95 %7.3f ms  %s\n", key + 2, med((std::string(key) + "_p50").c_str()),
                    med((std::string(key) + "_p95").c_str()), what);
    }
    std::printf("vectors         %.0f x %.0f dimensions\n", med("vectors"), med("dimension"));
    const double rss = med("rss_queried_kb") / 1024;
    std::printf("memory (query process) RSS at start %.0f MB, after loading %.0f MB (load %.0f ms), after queries "
                "%.0f MB, peak (VmHWM) %.0f MB%s\n",
                med("rss_start_kb") / 1024, med("rss_loaded_kb") / 1024, med("load_ms"), rss,
                med("hwm_queried_kb") / 1024,
                size >= 100000 ? (med("hwm_queried_kb") / 1024 < 400 ? "  target < 400 MB (met)"
                                                                      : "  target < 400 MB (MISSED)")
                               : "");
    std::printf("memory (build process) peak (VmHWM) %.0f MB (import + index in one process)\n",
                med("build_hwm_kb") / 1024);
    std::printf("on disk         lifeos.db %.1f MB, -wal %.1f MB, index files %.1f MB\n", med("db_mb"), med("wal_mb"),
                med("index_files_mb"));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Search: import, index build, query latency, memory, size."));
    parser.addHelpOption();
    const QCommandLineOption sizesOption(QStringLiteral("sizes"), QStringLiteral("Corpus sizes (10000,100000)."),
                                         QStringLiteral("N,N"), QStringLiteral("10000,100000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per size (3)."), QStringLiteral("N"),
                                        QStringLiteral("3"));
    const QCommandLineOption queriesOption(QStringLiteral("queries"), QStringLiteral("Queries per run (300)."),
                                           QStringLiteral("N"), QStringLiteral("300"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Corpus seed (4)."), QStringLiteral("S"),
                                        QStringLiteral("4"));
    const QCommandLineOption workDirOption(QStringLiteral("work-dir"),
                                           QStringLiteral("Where the data folders go (system temp)."),
                                           QStringLiteral("DIR"));
    const QCommandLineOption corpusOption(QStringLiteral("corpus"),
                                          QStringLiteral("Use this JSONL file (import format) instead of generating "
                                                         "one; --sizes is then only a label."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption keepOption(QStringLiteral("keep"), QStringLiteral("Keep the data folders."));
    const QCommandLineOption serveOption(QStringLiteral("serve"),
                                         QStringLiteral("(internal) time queries against this data folder."),
                                         QStringLiteral("DIR"));
    parser.addOptions({sizesOption, runsOption, queriesOption, seedOption, workDirOption, keepOption, serveOption,
                       corpusOption});
    parser.process(app);
    const quint32 seed = parser.value(seedOption).toUInt();
    const int queryCount = std::max(1, parser.value(queriesOption).toInt());
    if (parser.isSet(serveOption))
        return serve(parser.value(serveOption), queryCount, seed);

    const int runs = std::max(1, parser.value(runsOption).toInt());
    std::vector<int> sizes;
    for (const QString &size : parser.value(sizesOption).split(QLatin1Char(','), Qt::SkipEmptyParts))
        sizes.push_back(size.toInt());
    std::printf("bench_search: sizes %s, %d runs each, %d queries a run, seed %u, %d cores\n",
                qPrintable(parser.value(sizesOption)), runs, queryCount, seed, QThread::idealThreadCount());
    for (const int size : sizes) {
        std::vector<Figures> results;
        std::printf("\n%d documents\n", size);
        for (int run = 1; run <= runs; ++run) {
            auto figures = runOnce(parser.value(workDirOption), size, seed, queryCount, parser.isSet(keepOption),
                                   parser.value(corpusOption));
            if (!figures)
                return fail(figures.error().message);
            printRun(run, *figures);
            std::fflush(stdout);
            results.push_back(*figures);
        }
        printSummary(size, results);
        std::fflush(stdout);
    }
    return 0;
}
