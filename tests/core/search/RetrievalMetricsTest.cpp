// The retrieval-quality harness (tests/bench/search/bench_retrieval) reports nDCG@10 and recall@100; these
// are the hand-computed cases its metric code must reproduce.
#include "RetrievalMetrics.h" // tests/bench/search

#include <catch2/catch.hpp>

#include <cmath>

#include <QStringList>

using namespace lifeos::bench;
using Catch::Detail::Approx;

namespace {

QStringList refs(std::initializer_list<const char *> names)
{
    QStringList list;
    for (const char *name : names)
        list.append(QString::fromUtf8(name));
    return list;
}

Judgements judged(std::initializer_list<std::pair<const char *, int>> grades)
{
    Judgements judgements;
    for (const auto &[ref, grade] : grades)
        judgements.insert(QString::fromUtf8(ref), grade);
    return judgements;
}

} // namespace

TEST_CASE("DCG adds each grade divided by log2 of its rank plus one")
{
    const Judgements judgements = judged({{"a", 2}, {"c", 1}, {"d", 2}});
    // a at rank 1: 2 / log2(2) = 2; b is unjudged: 0; c at rank 3: 1 / log2(4) = 0.5.
    CHECK(RetrievalMetrics::dcg(refs({"a", "b", "c"}), judgements, 10) == Approx(2.5));
    // Ideal: 2, 2, 1 -> 2 + 2 / log2(3) + 1 / log2(4) = 3.7618595...
    CHECK(RetrievalMetrics::idealDcg(judgements, 10) == Approx(3.7618595071429146));
    CHECK(RetrievalMetrics::ndcg(refs({"a", "b", "c"}), judgements, 10) == Approx(0.6645649565734895));
}

TEST_CASE("nDCG is 1 for the ideal ranking and lower when a clearly wanted document is ranked below a related one")
{
    const Judgements judgements = judged({{"a", 2}, {"b", 1}});
    CHECK(RetrievalMetrics::ndcg(refs({"a", "b", "x"}), judgements, 10) == Approx(1.0));
    // b then a: (1 + 2 / log2(3)) / (2 + 1 / log2(3)) = 0.8597...
    CHECK(RetrievalMetrics::ndcg(refs({"b", "a"}), judgements, 10) == Approx(0.8597186998521972));
    CHECK(RetrievalMetrics::ndcg(refs({"x", "y"}), judgements, 10) == Approx(0.0));
}

TEST_CASE("documents below the cut-off count for neither nDCG nor recall")
{
    const Judgements judgements = judged({{"hit", 2}});
    const QStringList ranking = refs({"n1", "n2", "n3", "n4", "n5", "n6", "n7", "n8", "n9", "n10", "hit"});
    CHECK(RetrievalMetrics::ndcg(ranking, judgements, 10) == Approx(0.0));
    CHECK(RetrievalMetrics::ndcg(ranking, judgements, 11) == Approx(1.0 / std::log2(12.0)));
    CHECK(RetrievalMetrics::recall(ranking, judgements, 10) == Approx(0.0));
    CHECK(RetrievalMetrics::recall(ranking, judgements, 100) == Approx(1.0));
}

TEST_CASE("the ideal DCG is cut at k too")
{
    // Twelve documents of grade 1: the ideal ranking at 10 holds only ten of them.
    Judgements judgements;
    for (int i = 0; i < 12; ++i)
        judgements.insert(QStringLiteral("r%1").arg(i), 1);
    double expected = 0;
    for (int rank = 1; rank <= 10; ++rank)
        expected += 1.0 / std::log2(rank + 1.0);
    CHECK(RetrievalMetrics::idealDcg(judgements, 10) == Approx(expected));
    QStringList ranking;
    for (int i = 0; i < 10; ++i)
        ranking.append(QStringLiteral("r%1").arg(i));
    CHECK(RetrievalMetrics::ndcg(ranking, judgements, 10) == Approx(1.0));
    CHECK(RetrievalMetrics::recall(ranking, judgements, 100) == Approx(10.0 / 12.0));
}

TEST_CASE("recall counts every document judged 1 or 2 and ignores those judged 0")
{
    const auto [ranking, expected] = GENERATE(table<QStringList, double>({
        {refs({}), 0.0},
        {refs({"zero"}), 0.0},
        {refs({"one"}), 1.0 / 3.0},
        {refs({"two", "zero", "x"}), 1.0 / 3.0},
        {refs({"one", "two"}), 2.0 / 3.0},
        {refs({"x", "one", "also", "two"}), 1.0},
    }));
    const Judgements judgements = judged({{"zero", 0}, {"one", 1}, {"two", 2}, {"also", 1}});
    CHECK(RetrievalMetrics::relevantCount(judgements) == 3);
    CHECK(RetrievalMetrics::recall(ranking, judgements, 100) == Approx(expected));
}

TEST_CASE("a document judged 0 adds no gain but still takes its rank")
{
    const Judgements judgements = judged({{"a", 0}, {"b", 1}});
    // b at rank 2: 1 / log2(3); ideal holds only b: 1.
    CHECK(RetrievalMetrics::ndcg(refs({"a", "b"}), judgements, 10) == Approx(0.6309297535714575));
    CHECK(RetrievalMetrics::idealDcg(judgements, 10) == Approx(1.0));
}

TEST_CASE("a document returned twice gains only once")
{
    const Judgements judgements = judged({{"a", 2}, {"b", 2}});
    // a, a, b counts as a, b: the ideal ranking.
    CHECK(RetrievalMetrics::ndcg(refs({"a", "a", "b"}), judgements, 10) == Approx(1.0));
    CHECK(RetrievalMetrics::dcg(refs({"a", "a", "b"}), judgements, 2) == Approx(2.0 + 2.0 / std::log2(3.0)));
    CHECK(RetrievalMetrics::recall(refs({"a", "a"}), judgements, 100) == Approx(0.5));
}

TEST_CASE("a query with no relevant document scores 0, not a division by zero")
{
    const Judgements judgements = judged({{"a", 0}});
    CHECK(RetrievalMetrics::idealDcg(judgements, 10) == Approx(0.0));
    CHECK(RetrievalMetrics::ndcg(refs({"a"}), judgements, 10) == Approx(0.0));
    CHECK(RetrievalMetrics::recall(refs({"a"}), judgements, 100) == Approx(0.0));
    CHECK(RetrievalMetrics::relevantCount(Judgements()) == 0);
}
