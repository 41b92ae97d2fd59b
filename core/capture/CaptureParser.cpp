#include "capture/CaptureParser.h"

#include "capture/CaptureText.h"

namespace lifeos {

ParsedCapture CaptureParser::parse(const QString &text, const ParseContext &ctx)
{
    return parseAs(text, ctx, CaptureKind::Note);
}

ParsedCapture CaptureParser::parseAs(const QString &text, const ParseContext &ctx, CaptureKind kind)
{
    Q_UNUSED(ctx)
    ParsedCapture result; // placeholder until the parser lands: everything is a note
    result.raw = text;
    result.kind = kind;
    result.title = CaptureText(text).remainder();
    result.confidence = 0.3;
    return result;
}

} // namespace lifeos
