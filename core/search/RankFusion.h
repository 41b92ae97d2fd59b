#pragma once

#include <QList>
#include <QString>

namespace lifeos {

// One lane's ranking of records, best first. key names the record (documents.origin): several chunks of one
// record are collapsed into its best-ranked one before fusing.
struct RankedItem {
    QString key;
    qint64 documentId = 0;
    double score = 0; // the lane's own score (BM25, cosine), kept for display and the vector floor
};

struct FusedItem {
    QString key;
    qint64 documentId = 0; // the chunk to show: the text lane's best if it has one (it has the snippet)
    double score = 0;      // the fused RRF score
    int textRank = 0;      // 1-based rank in each lane after collapsing; 0 when absent
    int vectorRank = 0;
    double textScore = 0;
    double vectorScore = 0;
};

// Reciprocal rank fusion: score = Σ weight / (k + rank). Ties are broken by the better text rank, then the
// better vector rank, then the key, so the order is deterministic.
//
// Guard against a weak embedder (see DESIGN.md "Search": fusing a poor vector lane made BM25 worse): only vector
// hits whose cosine reaches vectorFloor, and at most vectorDepth of them, take part. When the text lane is empty
// (no word matched: typos, other words for the same thing) the vector lane answers alone.
class RankFusion
{
public:
    struct Options {
        double k = 60;
        double textWeight = 1.0;
        double vectorWeight = 1.0;
        double vectorFloor = 0.0;      // absolute cosine below which a vector hit does not take part
        double vectorRelativeFloor = 0.0; // … nor below this fraction of the best vector hit's cosine
        int vectorDepth = 100;
    };

    // Keeps each key's first (best) occurrence, in order.
    static QList<RankedItem> collapse(const QList<RankedItem> &ranking);
    static QList<FusedItem> fuse(const QList<RankedItem> &text, const QList<RankedItem> &vector,
                                 const Options &options);
    static QList<FusedItem> fuse(const QList<RankedItem> &text, const QList<RankedItem> &vector)
    {
        return fuse(text, vector, Options{});
    }
};

} // namespace lifeos
