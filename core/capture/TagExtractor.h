#pragma once

#include "capture/CaptureText.h"

#include <QStringList>

#include <optional>

namespace lifeos {

struct TagsAndPriority
{
    QStringList tags;            // as typed, without '#', first spelling wins among case-insensitive repeats
    std::optional<int> priority; // 1 (most urgent) … 4
};

// The markup of a line: `#tags` (a tag needs a letter, so "#1" stays text) and a priority written as its own
// token: "!!" (or more) → 1, "!" → 2, "p1"…"p4" → 1…4; the most urgent wins. Both are consumed.
class TagExtractor
{
public:
    static TagsAndPriority extract(CaptureText &text);
};

} // namespace lifeos
