// bench_retrieval: retrieval quality of text, vector and hybrid search on a labelled set.
//
// Reads a corpus (JSONL in the import format), queries (JSONL: {"id","query"} and optionally "type") and
// TREC-style judgements (query_id 0 doc_ref grade), imports the corpus into a fresh data folder, indexes it with
// the built-in offline embedder and asks every query in each mode through HybridSearch (what the app does),
// then prints nDCG@10 and recall@100 per mode (per query type, and per query with --verbose).
// Defaults to the labelled set in tests/data/retrieval.
#include "RetrievalMetrics.h"
#include "SearchBenchSupport.h"
#include "search/HybridSearch.h"
#include "storage/Database.h"
#include "util/DataLocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>
#include <map>

using namespace lifeos;
using namespace lifeos::bench;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "bench_retrieval: %s\n", qPrintable(message));
    return 1;
}

struct Query
{
    QString id;
    QString text;
    QString type;
};

constexpr SearchMode kModes[] = {SearchMode::Text, SearchMode::Vector, SearchMode::Hybrid};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("nDCG@10 and recall@100 of text, vector and hybrid search."));
    parser.addHelpOption();
    const QString data = QStringLiteral(LIFEOS_RETRIEVAL_DATA);
    const QCommandLineOption corpusOption(QStringLiteral("corpus"), QStringLiteral("Corpus, JSONL import format."),
                                          QStringLiteral("FILE"), data + QStringLiteral("/corpus.jsonl"));
    const QCommandLineOption queriesOption(QStringLiteral("queries"), QStringLiteral("Queries, JSONL {id, query}."),
                                           QStringLiteral("FILE"), data + QStringLiteral("/queries.jsonl"));
    const QCommandLineOption qrelsOption(QStringLiteral("qrels"),
                                         QStringLiteral("Judgements: query_id 0 doc_ref grade."), QStringLiteral("FILE"),
                                         data + QStringLiteral("/qrels.txt"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"), QStringLiteral("Figures per query."));
    const QCommandLineOption workDirOption(QStringLiteral("work-dir"),
                                           QStringLiteral("Where the data folder goes (system temp)."),
                                           QStringLiteral("DIR"));
    parser.addOptions({corpusOption, queriesOption, qrelsOption, verboseOption, workDirOption});
    parser.process(app);
    const bool verbose = parser.isSet(verboseOption);

    // Queries and judgements.
    QList<Query> queries;
    {
        QFile file(parser.value(queriesOption));
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read %1").arg(file.fileName()));
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            if (line.isEmpty())
                continue;
            const QJsonObject object = QJsonDocument::fromJson(line).object();
            queries.append({object.value(QStringLiteral("id")).toString(),
                            object.value(QStringLiteral("query")).toString(),
                            object.value(QStringLiteral("type")).toString()});
            if (queries.last().id.isEmpty() || queries.last().text.isEmpty())
                return fail(QStringLiteral("a query needs an id and a query: %1").arg(QString::fromUtf8(line)));
        }
    }
    QHash<QString, Judgements> qrels;
    {
        QFile file(parser.value(qrelsOption));
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read %1").arg(file.fileName()));
        while (!file.atEnd()) {
            const QList<QByteArray> fields = file.readLine().simplified().split(' ');
            if (fields.size() < 4)
                continue;
            qrels[QString::fromUtf8(fields[0])].insert(QString::fromUtf8(fields[2]), fields[3].toInt());
        }
    }

    QTemporaryDir dir(parser.isSet(workDirOption) ? parser.value(workDirOption) + QStringLiteral("/retrieval-XXXXXX")
                                                  : QString());
    if (!dir.isValid())
        return fail(QStringLiteral("no temporary folder"));
    auto opened = Database::open(DataLocation::databasePath(dir.path()));
    if (!opened)
        return fail(opened.error().message);
    Database &db = **opened;
    SemanticIndex built;
    auto times = importAndIndex(db, dir.path(), parser.value(corpusOption), built);
    if (!times)
        return fail(times.error().message);
    SemanticIndex semantic;
    if (auto loaded = loadSemanticIndex(db, dir.path(), semantic); !loaded)
        return fail(loaded.error().message);
    std::printf("corpus: %lld records, %lld documents (chunks); model %s; import %.0f ms, index %.0f ms\n",
                qlonglong(times->records), qlonglong(times->documents), qPrintable(times->summary.model),
                times->importMs + times->projectMs, times->indexMs);

    HybridSearch search(db, semantic);
    struct Sums
    {
        double ndcg = 0;
        double recall = 0;
        int count = 0;
    };
    std::map<QString, std::map<SearchMode, Sums>> byType; // "" = all queries
    int hybridOverText = 0;
    int hybridUnderText = 0;
    if (verbose)
        std::printf("\n%-5s %-32s %4s  %-14s %-14s %-14s\n", "id", "query", "rel", "text nDCG/R", "vector nDCG/R",
                    "hybrid nDCG/R");
    for (const Query &query : queries) {
        const Judgements judgements = qrels.value(query.id);
        if (RetrievalMetrics::relevantCount(judgements) == 0) {
            std::fprintf(stderr, "note: %s has no relevant document and is left out\n", qPrintable(query.id));
            continue;
        }
        std::map<SearchMode, double> ndcgOf;
        QString line;
        for (const SearchMode mode : kModes) {
            SearchRequest request;
            request.query = query.text;
            request.mode = mode;
            request.limit = 100;
            auto results = search.search(request);
            if (!results)
                return fail(QStringLiteral("%1 (%2): %3").arg(query.id, searchModeName(mode), results.error().message));
            QStringList ranking;
            for (const SearchHit &hit : results->hits)
                ranking.append(hit.ref);
            const double ndcg = RetrievalMetrics::ndcg(ranking, judgements, 10);
            const double recall = RetrievalMetrics::recall(ranking, judgements, 100);
            ndcgOf[mode] = ndcg;
            QStringList types{QString()};
            if (!query.type.isEmpty())
                types.append(query.type);
            for (const QString &type : types) {
                Sums &sums = byType[type][mode];
                sums.ndcg += ndcg;
                sums.recall += recall;
                ++sums.count;
            }
            line += QStringLiteral("%1/%2      ").arg(ndcg, 0, 'f', 3).arg(recall, 0, 'f', 2).left(15);
        }
        if (ndcgOf[SearchMode::Hybrid] > ndcgOf[SearchMode::Text] + 1e-9)
            ++hybridOverText;
        else if (ndcgOf[SearchMode::Hybrid] < ndcgOf[SearchMode::Text] - 1e-9)
            ++hybridUnderText;
        if (verbose)
            std::printf("%-5s %-32s %4d  %s\n", qPrintable(query.id), qPrintable(query.text.left(32)),
                        RetrievalMetrics::relevantCount(judgements), qPrintable(line));
    }

    if (byType.empty())
        return fail(QStringLiteral("no query has a relevant document in the judgements"));
    std::printf("\n%-12s %7s  %-16s %-16s %-16s\n", "queries", "count", "text", "vector", "hybrid");
    std::printf("%-12s %7s  %-16s %-16s %-16s\n", "", "", "nDCG@10 R@100", "nDCG@10 R@100", "nDCG@10 R@100");
    for (const auto &[type, modes] : byType) {
        std::printf("%-12s %7d ", type.isEmpty() ? "all" : qPrintable(type), modes.at(SearchMode::Text).count);
        for (const SearchMode mode : kModes) {
            const Sums &sums = modes.at(mode);
            std::printf(" %7.3f %6.3f  ", sums.ndcg / sums.count, sums.recall / sums.count);
        }
        std::printf("\n");
    }
    const auto &all = byType.at(QString());
    const double text = all.at(SearchMode::Text).ndcg / all.at(SearchMode::Text).count;
    const double hybrid = all.at(SearchMode::Hybrid).ndcg / all.at(SearchMode::Hybrid).count;
    std::printf("\nhybrid vs text nDCG@10: %+.3f (%.2fx); hybrid better on %d queries, worse on %d\n", hybrid - text,
                text > 0 ? hybrid / text : 0.0, hybridOverText, hybridUnderText);
    return 0;
}
