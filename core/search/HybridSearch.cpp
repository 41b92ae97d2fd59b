#include "search/HybridSearch.h"

#include "search/EmbeddingStore.h"
#include "search/RankFusion.h"
#include "search/SemanticIndex.h"
#include "search/TextIndex.h"
#include "storage/Database.h"
#include "util/Logging.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace lifeos {

namespace {

struct DocumentMeta {
    qint64 id = 0;
    QString kind;
    QString origin;
    qint64 recordId = -1;
    QString ref;
    QString title;
    QDate day;
    int anchor = 0;
};

// The rows of these documents that still exist: an id from the vector index may name a deleted one.
Result<QHash<qint64, DocumentMeta>> documentsById(Database &database, const std::vector<qint64> &ids)
{
    QHash<qint64, DocumentMeta> found;
    constexpr size_t kChunk = 500;
    for (size_t start = 0; start < ids.size(); start += kChunk) {
        QStringList list;
        for (size_t i = start; i < std::min(ids.size(), start + kChunk); ++i)
            list.append(QString::number(ids[i]));
        QSqlQuery query(database.connection());
        query.setForwardOnly(true);
        const QString sql = QStringLiteral("SELECT id, kind, origin, record_id, ref, title, day, anchor FROM "
                                           "documents WHERE id IN (%1)")
                                .arg(list.join(u','));
        if (!query.exec(sql))
            return Database::errorFrom(query.lastError(), HybridSearch::tr("Searching"));
        while (query.next()) {
            DocumentMeta meta;
            meta.id = query.value(0).toLongLong();
            meta.kind = query.value(1).toString();
            meta.origin = query.value(2).toString();
            meta.recordId = query.value(3).isNull() ? -1 : query.value(3).toLongLong();
            meta.ref = query.value(4).toString();
            meta.title = query.value(5).toString();
            meta.day = QDate::fromString(query.value(6).toString(), Qt::ISODate);
            meta.anchor = query.value(7).toInt();
            found.insert(meta.id, std::move(meta));
        }
    }
    return found;
}

SearchHit hitFrom(const DocumentMeta &meta, double score)
{
    SearchHit hit;
    hit.documentId = meta.id;
    hit.kind = meta.kind;
    hit.origin = meta.origin;
    hit.recordId = meta.recordId;
    hit.ref = meta.ref.isEmpty() ? meta.origin : meta.ref;
    hit.title = meta.title;
    hit.day = meta.day;
    hit.anchor = meta.anchor;
    hit.score = score;
    return hit;
}

void normalise(std::vector<float> &vector)
{
    double norm = 0;
    for (const float v : vector)
        norm += double(v) * double(v);
    if (norm <= 0)
        return;
    const float scale = float(1.0 / std::sqrt(norm));
    for (float &v : vector)
        v *= scale;
}

bool isZero(const std::vector<float> &vector)
{
    return std::all_of(vector.begin(), vector.end(), [](float v) { return v == 0.0f; });
}

// Nearest records to a query vector that pass the filter, best first, one (best) chunk per record. Asks FAISS for
// more candidates until enough survive the join with documents and the filter, or the index is exhausted.
Result<QList<RankedItem>> nearestRecords(Database &database, const SemanticIndex::Snapshot &snapshot,
                                         const std::vector<float> &query, const SearchFilter &filter, int wanted,
                                         const QString &excludeOrigin, QHash<qint64, DocumentMeta> *metas)
{
    const qint64 available = snapshot.index->count();
    qint64 k = std::max<qint64>(qint64(wanted) * 2, 32);
    QList<RankedItem> ranking;
    while (true) {
        k = std::min(k, available);
        auto hits = snapshot.index->search(query.data(), int(k));
        if (!hits)
            return hits.error();
        std::vector<qint64> ids;
        ids.reserve(hits->size());
        for (const VectorHit &hit : *hits)
            ids.push_back(hit.id);
        auto found = documentsById(database, ids);
        if (!found)
            return found.error();
        ranking.clear();
        QSet<QString> seen;
        for (const VectorHit &hit : *hits) {
            const auto meta = found->constFind(hit.id);
            if (meta == found->constEnd())
                continue; // deleted since it was indexed
            if (meta->origin == excludeOrigin || !filter.accepts(meta->kind, meta->day) || seen.contains(meta->origin))
                continue;
            seen.insert(meta->origin);
            ranking.append(RankedItem{meta->origin, hit.id, double(hit.score)});
            metas->insert(hit.id, *meta);
        }
        if (ranking.size() >= wanted || k >= available || qint64(hits->size()) < k)
            return ranking;
        k *= 4;
    }
}

} // namespace

HybridSearch::HybridSearch(Database &database, const SemanticIndex &semantic)
    : m_database(database)
    , m_semantic(semantic)
{}

Result<SearchResults> HybridSearch::search(const SearchRequest &request) const
{
    QElapsedTimer timer;
    timer.start();
    SearchResults results;
    const int limit = std::max(1, request.limit);
    const SemanticIndex::Snapshot snapshot = m_semantic.current();
    const bool wantText = request.mode != SearchMode::Vector;
    bool wantVectors = request.mode != SearchMode::Text;
    if (wantVectors && !snapshot.isReady()) {
        results.vectorsReady = false;
        wantVectors = false;
    }

    QHash<qint64, DocumentMeta> metas;
    QHash<qint64, QString> snippets;
    QList<RankedItem> textRanking;
    const TextIndex textIndex(m_database);
    if (wantText) {
        // Deeper than the page: chunks of one record collapse, and fusion reorders the top.
        const int depth = request.mode == SearchMode::Hybrid ? std::max(limit * 2, 50) : limit * 3;
        // Snippets cost more than ranking: only the page that survives fusion gets them (below).
        auto textHits = textIndex.search(request.query, request.filter, depth, false);
        if (!textHits)
            return textHits.error();
        std::vector<qint64> ids;
        for (const TextHit &hit : *textHits)
            ids.push_back(hit.documentId);
        auto found = documentsById(m_database, ids);
        if (!found)
            return found.error();
        for (const TextHit &hit : *textHits) {
            const auto meta = found->constFind(hit.documentId);
            if (meta == found->constEnd())
                continue;
            textRanking.append(RankedItem{meta->origin, hit.documentId, hit.bm25});
            metas.insert(hit.documentId, *meta);
        }
        textRanking = RankFusion::collapse(textRanking);
    }

    QList<RankedItem> vectorRanking;
    if (wantVectors) {
        auto embedded = snapshot.embedder->embed({request.query});
        if (!embedded || embedded->size() != size_t(snapshot.index->dimension())) {
            // A network embedder that cannot be reached must not stop the words from being found.
            qCWarning(lcSearch) << "embedding the query failed:"
                                << (embedded ? QStringLiteral("wrong size") : embedded.error().message);
            results.vectorsReady = false;
        } else if (!isZero(*embedded) && snapshot.index->count() > 0) {
            const int depth = request.mode == SearchMode::Hybrid ? std::max(limit * 2, 50) : limit;
            auto nearest = nearestRecords(m_database, snapshot, *embedded, request.filter, depth, QString(), &metas);
            if (!nearest)
                return nearest.error();
            vectorRanking = std::move(*nearest);
        }
    }

    QList<FusedItem> fused;
    if (request.mode == SearchMode::Vector) {
        for (const RankedItem &item : vectorRanking)
            fused.append(FusedItem{item.key, item.documentId, item.score, 0, 0, 0, item.score});
    } else if (request.mode == SearchMode::Text || vectorRanking.isEmpty()) {
        for (const RankedItem &item : textRanking)
            fused.append(FusedItem{item.key, item.documentId, item.score, 0, 0, item.score, 0});
    } else {
        fused = RankFusion::fuse(textRanking, vectorRanking);
    }
    if (fused.size() > limit)
        fused.resize(limit);

    // Every hit on the page gets a snippet: the query words highlighted where they occur, else the chunk's start.
    std::vector<qint64> needSnippet;
    for (const FusedItem &item : fused) {
        if (!snippets.contains(item.documentId))
            needSnippet.push_back(item.documentId);
    }
    if (!needSnippet.empty()) {
        // A snippet is decoration: if it cannot be made, the hit is still shown.
        if (auto more = textIndex.snippets(request.query, QList<qint64>(needSnippet.begin(), needSnippet.end())))
            snippets.insert(*more);
    }

    for (const FusedItem &item : fused) {
        SearchHit hit = hitFrom(metas.value(item.documentId), item.score);
        hit.snippet = snippets.value(item.documentId);
        results.hits.append(hit);
    }
    results.tookMs = double(timer.nsecsElapsed()) / 1e6;
    return results;
}

Result<SearchResults> HybridSearch::related(const QString &origin, const SearchFilter &filter, int limit) const
{
    QElapsedTimer timer;
    timer.start();
    SearchResults results;
    const SemanticIndex::Snapshot snapshot = m_semantic.current();
    if (!snapshot.isReady()) {
        results.vectorsReady = false;
        return results;
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, title, text FROM documents WHERE origin = ? ORDER BY chunk"));
    query.addBindValue(origin);
    if (!query.exec())
        return Database::errorFrom(query.lastError(), tr("Finding related entries"));
    std::vector<qint64> ids;
    QStringList texts;
    while (query.next()) {
        ids.push_back(query.value(0).toLongLong());
        const QString title = query.value(1).toString();
        texts.append(title.isEmpty() ? query.value(2).toString() : title + QStringLiteral("\n\n") + query.value(2).toString());
    }
    if (ids.empty())
        return results;

    const int dimension = snapshot.index->dimension();
    std::vector<float> mean(size_t(dimension), 0.0f);
    auto stored = EmbeddingStore(m_database).vectorsOf(snapshot.index->model(), ids, dimension);
    if (!stored)
        return stored.error();
    if (!stored->isEmpty()) {
        for (const auto &vector : std::as_const(*stored)) {
            for (int i = 0; i < dimension; ++i)
                mean[size_t(i)] += vector[size_t(i)];
        }
    } else if (snapshot.embedder->isLocal()) {
        // Not embedded yet (just written): a local embedder answers at once; a network one waits for the indexer.
        auto embedded = snapshot.embedder->embed(texts);
        if (!embedded || embedded->size() != ids.size() * size_t(dimension))
            return results;
        for (size_t row = 0; row < ids.size(); ++row) {
            for (int i = 0; i < dimension; ++i)
                mean[size_t(i)] += (*embedded)[row * size_t(dimension) + size_t(i)];
        }
    } else {
        return results;
    }
    normalise(mean);
    if (isZero(mean) || snapshot.index->count() == 0)
        return results;

    QHash<qint64, DocumentMeta> metas;
    auto nearest = nearestRecords(m_database, snapshot, mean, filter, std::max(1, limit), origin, &metas);
    if (!nearest)
        return nearest.error();
    std::vector<qint64> shown;
    for (const RankedItem &item : *nearest) {
        if (qsizetype(shown.size()) >= limit)
            break;
        shown.push_back(item.documentId);
    }
    // No query words here: TextIndex gives the start of each entry.
    const auto leads = TextIndex(m_database).snippets(QString(), QList<qint64>(shown.begin(), shown.end()));
    for (qsizetype i = 0; i < qsizetype(shown.size()); ++i) {
        const RankedItem &item = nearest->at(i);
        SearchHit hit = hitFrom(metas.value(item.documentId), item.score);
        if (leads)
            hit.snippet = leads->value(item.documentId);
        results.hits.append(hit);
    }
    results.tookMs = double(timer.nsecsElapsed()) / 1e6;
    return results;
}

} // namespace lifeos
