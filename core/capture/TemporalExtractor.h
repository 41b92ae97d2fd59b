#pragma once

#include "capture/CaptureText.h"
#include "capture/ParseContext.h"

#include <QDate>
#include <QTime>

namespace lifeos {

// Which way an undirected date leans: a task's "friday" or "Dec 5" is the next one, a log's is the last one.
enum class DateLean {
    Future,
    Past
};

struct TemporalMatch
{
    QDate date; // null when no date was said (a bare time leaves it null; the caller decides the day)
    QTime time; // null when no time was said
    bool found() const { return date.isValid() || time.isValid(); }
};

// Finds the date and time said in a line (English and Indonesian) relative to ctx.now in ctx.zone, and
// consumes the tokens it understood, including connectors such as "at", "on", "by", "jam", "tgl", "pada".
class TemporalExtractor
{
public:
    static TemporalMatch extract(CaptureText &text, const ParseContext &ctx, DateLean lean);
};

} // namespace lifeos
