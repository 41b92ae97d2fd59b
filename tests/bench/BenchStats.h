#pragma once

#include <algorithm>
#include <vector>

namespace lifeos::bench {

// The p-th percentile (0…100) of the samples, nearest rank; 0 when there are none.
inline double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, std::size_t(p / 100.0 * double(values.size())))];
}

} // namespace lifeos::bench
