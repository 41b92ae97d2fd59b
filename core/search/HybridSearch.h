#pragma once

#include "search/SearchTypes.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace lifeos {

class Database;
class SemanticIndex;

// Answers a query from the text index (BM25) and the vector index (cosine), fused by reciprocal rank
// (RankFusion). Vector hits are joined with documents, so an id whose record was deleted is never returned,
// and several chunks of one record collapse into its best one. Runs on the thread that owns database.
class HybridSearch
{
    Q_DECLARE_TR_FUNCTIONS(HybridSearch)

public:
    HybridSearch(Database &database, const SemanticIndex &semantic);

    Result<SearchResults> search(const SearchRequest &request) const;
    // Records whose meaning is closest to this one's (origin as in SearchHit::origin), itself excluded.
    Result<SearchResults> related(const QString &origin, const SearchFilter &filter, int limit) const;

private:
    Database &m_database;
    const SemanticIndex &m_semantic;
};

} // namespace lifeos
