// bench_offline_embedder: the built-in offline embedder's speed and (on the labelled set) its quality.
//
// Prints, on a generated corpus (CorpusGenerator, title + body of each document):
//   fit      – OfflineEmbedder::fit on the first --fit documents (default 20,000): wall time, params size
//   embed    – embedding --docs documents (default 100,000) in batches of 256: wall and CPU time (two threads)
//   query    – embedding one short query (CorpusGenerator::sampleQueries) at a time: p50 / p95 / p99 (µs)
//   rss      – resident memory after all of it
// With --quality DIR (default tests/data/retrieval): vector-only nDCG@10 and recall@100 on the labelled set,
// for an embedder fitted on its corpus alone at several dimensions, and the unfitted one for comparison.
// Targets (issue 4): 100k documents embedded well under 20 s, fit on 20k well under 10 s, a query well under 1 ms.
#include "BenchStats.h"
#include "CorpusGenerator.h"
#include "RetrievalMetrics.h"
#include "search/OfflineEmbedder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <time.h>

#include <algorithm>
#include <cstdio>
#include <numeric>

using namespace lifeos;
using lifeos::bench::percentile;
namespace metrics = lifeos::bench::RetrievalMetrics;

namespace {

QString documentText(const QJsonObject &object)
{
    const QString title = object.value(QStringLiteral("title")).toString();
    const QString body = object.value(QStringLiteral("body")).toString();
    return body.isEmpty() ? title : title + QStringLiteral("\n") + body;
}

// CPU seconds of this process (all threads) and of the calling thread: on a shared, loaded machine wall time says
// more about the neighbours than about the code, so both are printed.
double processCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

long residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return 0;
}

void speed(int documents, int fitDocuments, int dimension)
{
    bench::CorpusGenerator generator({});
    QStringList corpus;
    corpus.reserve(documents);
    qint64 chars = 0;
    for (int i = 0; i < documents; ++i) {
        const auto line = generator.nextLine();
        corpus << documentText(QJsonDocument::fromJson(QByteArray::fromStdString(line)).object());
        chars += corpus.back().size();
    }
    std::printf("corpus   %d documents, %.0f characters on average\n", documents, double(chars) / documents);

    QElapsedTimer timer;
    const QStringList fitCorpus = corpus.mid(0, fitDocuments);
    double cpu = processCpuMs();
    timer.start();
    auto fitted = OfflineEmbedder::fit(fitCorpus, dimension);
    const double fitMs = double(timer.nsecsElapsed()) / 1e6;
    const double fitCpuMs = processCpuMs() - cpu;
    if (!fitted) {
        std::printf("fit failed: %s\n", qPrintable(fitted.error().message));
        return;
    }
    auto &embedder = *fitted.value();
    std::printf("fit      %d documents, %d d: %.0f ms wall, %.0f ms CPU (all threads), params %.1f MB, model %s\n",
                int(fitCorpus.size()),
                dimension,
                fitMs,
                fitCpuMs,
                double(embedder.params().size()) / 1e6,
                qPrintable(embedder.modelId()));

    cpu = processCpuMs();
    timer.restart();
    constexpr int kBatch = 256;
    for (int i = 0; i < corpus.size(); i += kBatch) {
        auto vectors = embedder.embed(corpus.mid(i, kBatch));
        if (!vectors) {
            std::printf("embed failed\n");
            return;
        }
    }
    const double embedMs = double(timer.nsecsElapsed()) / 1e6;
    const double embedCpuMs = processCpuMs() - cpu;
    std::printf("embed    %d documents (batches of 256): %.0f ms wall, %.0f ms CPU, %.0f documents per CPU second\n",
                documents,
                embedMs,
                embedCpuMs,
                documents / (embedCpuMs / 1000));

    const QStringList queries = bench::CorpusGenerator::sampleQueries(2000, 7);
    for (const auto &[name, model] :
         {std::pair{"fitted", fitted.value()}, std::pair{"unfitted", OfflineEmbedder::unfitted(dimension)}}) {
        std::vector<double> micros;
        for (const QString &query : queries) {
            const double before = threadCpuMs();
            auto vector = model->embed({query});
            micros.push_back((threadCpuMs() - before) * 1e3);
        }
        std::printf("query    %-8s one short query, CPU: p50 %.0f µs, p95 %.0f µs, p99 %.0f µs\n",
                    name,
                    percentile(micros, 50),
                    percentile(micros, 95),
                    percentile(micros, 99));
    }
    std::printf("rss      %.0f MB\n", double(residentKb()) / 1024);
}

struct LabelledSet
{
    QStringList refs;
    QStringList texts;
    QList<std::pair<QString, QString>> queries; // id, text
    QHash<QString, bench::Judgements> qrels;
};

bool loadLabelledSet(const QString &dir, LabelledSet &set)
{
    QFile corpus(dir + QStringLiteral("/corpus.jsonl"));
    QFile queries(dir + QStringLiteral("/queries.jsonl"));
    QFile qrels(dir + QStringLiteral("/qrels.txt"));
    if (!corpus.open(QIODevice::ReadOnly) || !queries.open(QIODevice::ReadOnly) || !qrels.open(QIODevice::ReadOnly))
        return false;
    for (const QByteArray &line : corpus.readAll().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        set.refs << object.value(QStringLiteral("ref")).toString();
        set.texts << documentText(object);
    }
    for (const QByteArray &line : queries.readAll().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        set.queries.append(
            {object.value(QStringLiteral("id")).toString(), object.value(QStringLiteral("query")).toString()});
    }
    for (const QByteArray &line : qrels.readAll().split('\n')) {
        const auto fields = line.simplified().split(' ');
        if (fields.size() == 4)
            set.qrels[QString::fromUtf8(fields[0])].insert(QString::fromUtf8(fields[2]), fields[3].toInt());
    }
    return true;
}

void quality(const LabelledSet &set, const QString &label, OfflineEmbedder &embedder)
{
    const int k = embedder.dimension();
    auto documents = embedder.embed(set.texts);
    if (!documents)
        return;
    double ndcg = 0, recall = 0;
    int counted = 0;
    for (const auto &[id, text] : set.queries) {
        const auto judgements = set.qrels.value(id);
        if (metrics::relevantCount(judgements) == 0)
            continue;
        auto query = embedder.embed({text});
        std::vector<std::pair<float, int>> scored;
        for (int d = 0; d < set.texts.size(); ++d) {
            float dot = 0;
            for (int c = 0; c < k; ++c)
                dot += query.value()[std::size_t(c)] * documents.value()[std::size_t(d * k + c)];
            scored.emplace_back(-dot, d);
        }
        std::sort(scored.begin(), scored.end());
        QStringList ranking;
        for (const auto &[score, d] : scored)
            ranking << set.refs.at(d);
        ndcg += metrics::ndcg(ranking, judgements, 10);
        recall += metrics::recall(ranking, judgements, 100);
        ++counted;
    }
    std::printf("quality  %-28s vector-only nDCG@10 %.3f, recall@100 %.3f (%d queries)\n",
                qPrintable(label),
                ndcg / counted,
                recall / counted,
                counted);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Speed and quality of the built-in offline embedder."));
    parser.addHelpOption();
    const QCommandLineOption docsOption(QStringLiteral("docs"),
                                        QStringLiteral("Documents to embed (100000)."),
                                        QStringLiteral("N"),
                                        QStringLiteral("100000"));
    const QCommandLineOption fitOption(QStringLiteral("fit"),
                                       QStringLiteral("Documents to fit on (20000)."),
                                       QStringLiteral("N"),
                                       QStringLiteral("20000"));
    const QCommandLineOption dimOption(QStringLiteral("dim"),
                                       QStringLiteral("Dimension (128)."),
                                       QStringLiteral("D"),
                                       QString::number(OfflineEmbedder::kDefaultDimension));
    const QCommandLineOption qualityOption(QStringLiteral("quality"),
                                           QStringLiteral("Labelled set folder for the quality figures."),
                                           QStringLiteral("DIR"),
                                           QStringLiteral(LIFEOS_RETRIEVAL_DATA));
    const QCommandLineOption noSpeedOption(QStringLiteral("quality-only"), QStringLiteral("Skip the speed figures."));
    parser.addOptions({docsOption, fitOption, dimOption, qualityOption, noSpeedOption});
    parser.process(app);

    if (!parser.isSet(noSpeedOption))
        speed(parser.value(docsOption).toInt(), parser.value(fitOption).toInt(), parser.value(dimOption).toInt());

    LabelledSet set;
    if (!loadLabelledSet(parser.value(qualityOption), set)) {
        std::printf("quality  no labelled set in %s\n", qPrintable(parser.value(qualityOption)));
        return 0;
    }
    quality(set, QStringLiteral("unfitted 128 d"), *OfflineEmbedder::unfitted(128));
    for (int dimension : {32, 64, 96, 128, 192, 256}) {
        auto fitted = OfflineEmbedder::fit(set.texts, dimension);
        if (fitted)
            quality(set, QStringLiteral("fitted on the set, %1 d").arg(dimension), *fitted.value());
    }
    // The set is small; a person's corpus is larger: fit on the set plus generated documents, as the app would.
    bench::CorpusGenerator generator({});
    QStringList larger = set.texts;
    for (int i = 0; i < 5000; ++i)
        larger << documentText(QJsonDocument::fromJson(QByteArray::fromStdString(generator.nextLine())).object());
    for (int dimension : {64, 128, 256}) {
        auto fitted = OfflineEmbedder::fit(larger, dimension);
        if (fitted)
            quality(set, QStringLiteral("fitted on set + 5k generated, %1 d").arg(dimension), *fitted.value());
    }
    return 0;
}
