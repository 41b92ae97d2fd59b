#pragma once

#include "cli/CliRequest.h"

#include <QCoreApplication>

namespace lifeos::cli {

// `parse TEXT [--now ISO8601] [--kind KIND] [--json]` (a dry run) and `capture TEXT [--kind KIND] [--json]`.
// TEXT may be several words (joined by spaces) or "-" to read the whole of standard input.
class CaptureCommands
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static int parse(const CliRequest &request);
    static int capture(const CliRequest &request);
};

} // namespace lifeos::cli
