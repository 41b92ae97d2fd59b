#pragma once

#include "capture/CaptureKind.h"
#include "capture/CaptureText.h"

#include <optional>

namespace lifeos {

// An explicit kind at the start of a line, consumed: "todo:", "task:", "tugas:", "remind me to", "ingatkan",
// "jangan lupa", "don't forget to" → task; "note:", "idea:", "catatan:", "ide:" → note; "journal:", "j:",
// "jurnal:", "diary:" → journal; "expense:", "pengeluaran:" → expense; "income:", "pemasukan:" → income.
// Words that end in ':' are markers only with the colon, so "note the time" stays text.
class MarkerExtractor
{
public:
    static std::optional<CaptureKind> extract(CaptureText &text);
};

} // namespace lifeos
