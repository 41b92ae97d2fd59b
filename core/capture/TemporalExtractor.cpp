#include "capture/TemporalExtractor.h"

namespace lifeos {

TemporalMatch TemporalExtractor::extract(CaptureText &text, const ParseContext &ctx, DateLean lean)
{
    Q_UNUSED(text)
    Q_UNUSED(ctx)
    Q_UNUSED(lean)
    return {}; // placeholder until the date extractor lands
}

} // namespace lifeos
