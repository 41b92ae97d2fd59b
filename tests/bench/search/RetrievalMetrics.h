#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace lifeos::bench {

// Relevance judgements for one query: document ref -> grade (0 not relevant, 1 related, 2 clearly wanted).
using Judgements = QHash<QString, int>;

// Ranking metrics as TREC's trec_eval computes them for graded judgements. A ranking is the list of document
// refs the system returned, best first; a ref may appear only once (later repeats are ignored, as a hit list
// that repeated a record would be wrong to count twice).
namespace RetrievalMetrics {

// Discounted cumulative gain over the first k ranks: sum of grade / log2(rank + 1), rank counted from 1
// (linear gains, as trec_eval's ndcg_cut).
double dcg(const QStringList &ranking, const Judgements &judgements, int k);
// The DCG of the best possible ranking of the judged documents (grades sorted descending), cut at k.
double idealDcg(const Judgements &judgements, int k);
// dcg / idealDcg; 0 when nothing is judged relevant (such a query says nothing and is usually left out).
double ndcg(const QStringList &ranking, const Judgements &judgements, int k);
// The share of documents with grade >= 1 that appear in the first k ranks; 0 when none are relevant.
double recall(const QStringList &ranking, const Judgements &judgements, int k);
// How many judged documents have grade >= 1.
int relevantCount(const Judgements &judgements);

} // namespace RetrievalMetrics

} // namespace lifeos::bench
