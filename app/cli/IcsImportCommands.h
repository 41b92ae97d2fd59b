#pragma once

#include "cli/CliRequest.h"

#include <QCoreApplication>

namespace lifeos::cli {

// `import FILE --format ics [--calendar NAME] [--dry-run] [--now DATE] [--json]`: an iCalendar file (Google, Outlook,
// Apple exports) as the offline alternative to Google sync. Re-importing the same calendar replaces its events;
// repeats are expanded for a year back and a year ahead of today (--now). Skipped lines are listed on stderr.
class IcsImportCommands
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static int importIcs(const CliRequest &request, const QString &path);
};

} // namespace lifeos::cli
