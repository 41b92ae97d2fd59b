#pragma once

#include "cli/CliRequest.h"

#include <QCoreApplication>

namespace lifeos::cli {

// `stats [--json] [--now DATE]`: the Review page's numbers (this week vs last week vs the 90-day baseline per
// metric and spending category, on this day, streaks) as a table, or as the JSON ReviewCalculator::toJson writes.
class StatsCommands
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static int stats(const CliRequest &request);
};

} // namespace lifeos::cli
