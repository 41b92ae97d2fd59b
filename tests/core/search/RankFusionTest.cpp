// Reciprocal rank fusion of the text and vector lanes, by record.

#include "search/RankFusion.h"
#include "support/QtStringMakers.h"

#include <catch2/catch.hpp>

using namespace lifeos;

namespace {

QList<RankedItem> ranking(std::initializer_list<const char *> keys, double firstScore = 1.0)
{
    QList<RankedItem> items;
    qint64 id = 100;
    double score = firstScore;
    for (const char *key : keys) {
        items.append(RankedItem{QString::fromLatin1(key), id++, score});
        score -= 0.01;
    }
    return items;
}

QStringList keysOf(const QList<FusedItem> &fused)
{
    QStringList keys;
    for (const FusedItem &item : fused)
        keys.append(item.key);
    return keys;
}

} // namespace

TEST_CASE("reciprocal rank fusion adds 1/(60+rank) from each lane")
{
    const auto fused = RankFusion::fuse(ranking({"a", "b", "c"}), ranking({"c", "a", "d"}));
    REQUIRE(keysOf(fused) == QStringList{QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("b"),
                                         QStringLiteral("d")});
    // a: 1/61 + 1/62; c: 1/63 + 1/61; b: 1/62; d: 1/63.
    CHECK(fused[0].score == Approx(1.0 / 61 + 1.0 / 62));
    CHECK(fused[1].score == Approx(1.0 / 63 + 1.0 / 61));
    CHECK(fused[2].score == Approx(1.0 / 62));
    CHECK(fused[3].score == Approx(1.0 / 63));
    CHECK(fused[0].textRank == 1);
    CHECK(fused[0].vectorRank == 2);
    CHECK(fused[3].textRank == 0);
    CHECK(fused[3].vectorRank == 3);
}

TEST_CASE("records tied on fused score are ordered by their text rank, then vector rank, then key")
{
    // a: text 1 + vector 2; b: text 2 + vector 1 — the same sum; the better text rank wins.
    auto fused = RankFusion::fuse(ranking({"a", "b"}), ranking({"b", "a"}));
    CHECK(keysOf(fused) == QStringList{QStringLiteral("a"), QStringLiteral("b")});
    CHECK(fused[0].score == fused[1].score);
    // Only in the vector lane, same rank in two calls: the order never depends on the input order.
    fused = RankFusion::fuse({}, ranking({"y", "x"}));
    CHECK(keysOf(fused) == QStringList{QStringLiteral("y"), QStringLiteral("x")});
}

TEST_CASE("chunks of one record collapse into the best-ranked chunk before fusing")
{
    const QList<RankedItem> text = {{QStringLiteral("note:1"), 11, 9}, {QStringLiteral("note:2"), 21, 8},
                                    {QStringLiteral("note:1"), 12, 7}, {QStringLiteral("note:3"), 31, 6}};
    const QList<RankedItem> vector = {{QStringLiteral("note:3"), 32, 0.9}, {QStringLiteral("note:3"), 31, 0.8},
                                      {QStringLiteral("note:1"), 12, 0.7}};
    const auto fused = RankFusion::fuse(text, vector);
    REQUIRE(fused.size() == 3);
    // note:1: text 1 + vector 2; note:3: text 3 + vector 1; note:2: text 2.
    CHECK(keysOf(fused) == QStringList{QStringLiteral("note:1"), QStringLiteral("note:3"), QStringLiteral("note:2")});
    CHECK(fused[0].documentId == 11); // the text lane's chunk: it carries the snippet
    CHECK(fused[0].vectorRank == 2);
    CHECK(fused[1].textRank == 3);
    CHECK(fused[1].vectorRank == 1);
    CHECK(fused[2].score == Approx(1.0 / 62));
}

TEST_CASE("with one lane empty the fused ranking is the other lane's order")
{
    const auto onlyText = RankFusion::fuse(ranking({"a", "b", "c"}), {});
    CHECK(keysOf(onlyText) == QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    const auto onlyVector = RankFusion::fuse({}, ranking({"c", "b", "a"}));
    CHECK(keysOf(onlyVector) == QStringList{QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("a")});
    CHECK(RankFusion::fuse({}, {}).isEmpty());
}

TEST_CASE("vector hits below the similarity floor do not take part, unless the text lane found nothing")
{
    RankFusion::Options options;
    options.vectorFloor = 0.5;
    const QList<RankedItem> vector = {{QStringLiteral("v1"), 1, 0.9}, {QStringLiteral("v2"), 2, 0.6},
                                      {QStringLiteral("v3"), 3, 0.2}};
    const auto fused = RankFusion::fuse(ranking({"t1"}), vector, options);
    CHECK(keysOf(fused) == QStringList{QStringLiteral("t1"), QStringLiteral("v1"), QStringLiteral("v2")});
    const auto alone = RankFusion::fuse({}, vector, options);
    CHECK(alone.size() == 3);
}
