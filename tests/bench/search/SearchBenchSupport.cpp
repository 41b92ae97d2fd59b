#include "SearchBenchSupport.h"

#include "search/EmbeddingModels.h"
#include "search/IndexMaintenance.h"
#include "search/JsonlImporter.h"
#include "search/SearchProjector.h"
#include "storage/Database.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <cstdio>
#include <cstring>

namespace lifeos::bench {

namespace {

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

Result<IndexBuildTimes> importAndIndex(Database &database, const QString &dataDir, const QString &jsonlPath,
                                       SemanticIndex &semantic)
{
    IndexBuildTimes times;
    QElapsedTimer timer;
    timer.start();
    JsonlImporter importer(database);
    auto imported = importer.importFile(jsonlPath);
    if (!imported)
        return imported.error();
    times.importMs = msSince(timer);
    times.records = imported->added + imported->updated + imported->unchanged;

    timer.start();
    auto projected = SearchProjector(database).catchUpAll();
    if (!projected)
        return projected.error();
    times.projectMs = msSince(timer);

    // Phases from the indexer's own progress reports, so the run measured is exactly the one the app does.
    double firstReport = -1;
    double firstEmbedding = -1;
    double lastEmbedding = -1;
    timer.start();
    auto progress = [&](const IndexStatus &status) {
        const double now = msSince(timer);
        if (firstReport < 0)
            firstReport = now;
        if (status.state == IndexStatus::State::Embedding) {
            if (firstEmbedding < 0)
                firstEmbedding = now;
            lastEmbedding = now;
        }
    };
    auto summary = Indexer::runToCompletion(database, dataDir, semantic, IndexRunOptions{}, progress);
    if (!summary)
        return summary.error();
    times.indexMs = msSince(timer);
    times.summary = *summary;
    times.fitMs = firstReport < 0 ? 0 : firstReport;
    if (firstEmbedding >= 0) {
        times.embedMs = lastEmbedding - firstEmbedding;
        times.finishMs = times.indexMs - lastEmbedding;
    }

    QSqlQuery count(database.connection());
    if (count.exec(QStringLiteral("SELECT count(*) FROM documents")) && count.next())
        times.documents = count.value(0).toLongLong();
    return times;
}

Result<void> loadSemanticIndex(Database &database, const QString &dataDir, SemanticIndex &semantic)
{
    EmbeddingModels models(database);
    auto active = models.active();
    if (!active)
        return active.error();
    if (!*active)
        return Error{ErrorCode::NotFound, QStringLiteral("no active embedding model: the corpus is not indexed")};
    std::shared_ptr<Embedder> embedder = EmbeddingModels::embedderFor(**active, nullptr);
    if (!embedder)
        return Error{ErrorCode::NotFound, QStringLiteral("the active model %1 cannot be recreated").arg((*active)->model)};
    IndexOpenReport report;
    auto index = IndexMaintenance(database, dataDir).open(embedder->modelId(), embedder->dimension(), &report);
    if (!index)
        return index.error();
    if (report.rebuilt)
        std::fprintf(stderr, "note: the index file was rebuilt on load (%s)\n", qPrintable(report.reason));
    semantic.publish({embedder, *index});
    return {};
}

qint64 procStatusKb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

qint64 fileBytes(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? info.size() : 0;
}

qint64 folderBytes(const QString &path)
{
    qint64 total = 0;
    QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

} // namespace lifeos::bench
