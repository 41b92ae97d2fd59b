#include "search/RankFusion.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <limits>

namespace lifeos {

QList<RankedItem> RankFusion::collapse(const QList<RankedItem> &ranking)
{
    QList<RankedItem> collapsed;
    QSet<QString> seen;
    for (const RankedItem &item : ranking) {
        if (seen.contains(item.key))
            continue;
        seen.insert(item.key);
        collapsed.append(item);
    }
    return collapsed;
}

QList<FusedItem> RankFusion::fuse(const QList<RankedItem> &text, const QList<RankedItem> &vector,
                                  const Options &options)
{
    QList<FusedItem> fused;
    QHash<QString, qsizetype> at;
    const QList<RankedItem> textRanking = collapse(text);
    for (qsizetype i = 0; i < textRanking.size(); ++i) {
        const RankedItem &item = textRanking[i];
        FusedItem entry;
        entry.key = item.key;
        entry.documentId = item.documentId;
        entry.textRank = int(i + 1);
        entry.textScore = item.score;
        entry.score = options.textWeight / (options.k + double(i + 1));
        at.insert(item.key, fused.size());
        fused.append(entry);
    }

    const QList<RankedItem> vectorRanking = collapse(vector);
    const double best = vectorRanking.isEmpty() ? 0 : vectorRanking.first().score;
    const double floor = std::max(options.vectorFloor, best * options.vectorRelativeFloor);
    // With no text match at all, the vector lane is all there is: no floor then, or nothing would be found.
    const bool alone = textRanking.isEmpty();
    int rank = 0;
    for (const RankedItem &item : vectorRanking) {
        if (rank >= options.vectorDepth && !alone)
            break;
        if (!alone && item.score < floor)
            break; // the ranking is best first: everything after is below the floor too
        ++rank;
        const double contribution = options.vectorWeight / (options.k + double(rank));
        const auto found = at.constFind(item.key);
        if (found != at.constEnd()) {
            FusedItem &entry = fused[*found];
            entry.vectorRank = rank;
            entry.vectorScore = item.score;
            entry.score += contribution;
            continue;
        }
        FusedItem entry;
        entry.key = item.key;
        entry.documentId = item.documentId;
        entry.vectorRank = rank;
        entry.vectorScore = item.score;
        entry.score = contribution;
        at.insert(item.key, fused.size());
        fused.append(entry);
    }

    const auto rankOrLast = [](int r) { return r == 0 ? std::numeric_limits<int>::max() : r; };
    std::stable_sort(fused.begin(), fused.end(), [&](const FusedItem &a, const FusedItem &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.textRank != b.textRank)
            return rankOrLast(a.textRank) < rankOrLast(b.textRank);
        if (a.vectorRank != b.vectorRank)
            return rankOrLast(a.vectorRank) < rankOrLast(b.vectorRank);
        return a.key < b.key;
    });
    return fused;
}

} // namespace lifeos
