#pragma once

#include "capture/ParseContext.h"
#include "capture/ParsedCapture.h"

namespace lifeos {

// The offline parser: files any line (English or Indonesian) as a task, note, journal line, expense, income,
// metric or workout, with its date, amount or measurement, without network. It never fails and never drops
// text: an ambiguous line becomes a note with a low confidence.
class CaptureParser
{
public:
    static ParsedCapture parse(const QString &text, const ParseContext &ctx);
    // The same line read as a kind the user picked (Tab in the capture window): the parts that fit the kind
    // are kept, the rest stays in the title.
    static ParsedCapture parseAs(const QString &text, const ParseContext &ctx, CaptureKind kind);
};

} // namespace lifeos
