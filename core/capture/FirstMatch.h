#pragma once

#include "capture/CaptureText.h"
#include "capture/PhraseMap.h"

#include <optional>

namespace lifeos {

// Finds the first token at which `readAt(index)` recognises something (a Match with `first` and `count`),
// takes a free leading word from `leading` with it ("for 30 min", "sejauh 5 km") and consumes the lot.
template<typename ReadAt>
auto takeFirstMatch(CaptureText &text, const PhraseMap &leading, ReadAt readAt) -> decltype(readAt(qsizetype()))
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        auto match = readAt(i);
        if (!match)
            continue;
        if (text.isFree(i - 1) && leading.containsWord(text.word(i - 1))) {
            --match->first;
            ++match->count;
        }
        text.consume(match->first, match->count);
        return match;
    }
    return std::nullopt;
}

} // namespace lifeos
