#include "RetrievalMetrics.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <functional>
#include <vector>

namespace lifeos::bench::RetrievalMetrics {

namespace {

// The ranking without repeats, cut at k: a record returned twice gains only once.
QStringList firstDistinct(const QStringList &ranking, int k)
{
    QStringList distinct;
    QSet<QString> seen;
    for (const QString &ref : ranking) {
        if (distinct.size() >= k)
            break;
        if (!seen.contains(ref)) {
            seen.insert(ref);
            distinct.append(ref);
        }
    }
    return distinct;
}

} // namespace

double dcg(const QStringList &ranking, const Judgements &judgements, int k)
{
    const QStringList ranked = firstDistinct(ranking, k);
    double sum = 0;
    for (qsizetype i = 0; i < ranked.size(); ++i) {
        const int grade = std::max(0, judgements.value(ranked.at(i), 0));
        sum += double(grade) / std::log2(double(i) + 2.0); // rank i + 1: discount log2(rank + 1)
    }
    return sum;
}

double idealDcg(const Judgements &judgements, int k)
{
    std::vector<int> grades;
    for (auto it = judgements.cbegin(); it != judgements.cend(); ++it) {
        if (it.value() > 0)
            grades.push_back(it.value());
    }
    std::sort(grades.begin(), grades.end(), std::greater<>());
    double sum = 0;
    for (std::size_t i = 0; i < grades.size() && int(i) < k; ++i)
        sum += double(grades[i]) / std::log2(double(i) + 2.0);
    return sum;
}

double ndcg(const QStringList &ranking, const Judgements &judgements, int k)
{
    const double ideal = idealDcg(judgements, k);
    return ideal > 0 ? dcg(ranking, judgements, k) / ideal : 0.0;
}

int relevantCount(const Judgements &judgements)
{
    return int(std::count_if(judgements.cbegin(), judgements.cend(), [](int grade) { return grade > 0; }));
}

double recall(const QStringList &ranking, const Judgements &judgements, int k)
{
    const int relevant = relevantCount(judgements);
    if (relevant == 0)
        return 0.0;
    int found = 0;
    for (const QString &ref : firstDistinct(ranking, k)) {
        if (judgements.value(ref, 0) > 0)
            ++found;
    }
    return double(found) / double(relevant);
}

} // namespace lifeos::bench::RetrievalMetrics
