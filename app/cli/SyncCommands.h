#pragma once

#include "cli/CliRequest.h"

#include <QCoreApplication>

namespace lifeos::cli {

// `sync [oura|calendar] [--status] [--backfill DAYS] [--connect] [--disconnect] [--json]`: runs SyncRunner in this
// process (no GUI needed) with the tokens in the system keychain; Ctrl+C stops a sync between two requests.
class SyncCommands
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static int sync(const CliRequest &request);
};

} // namespace lifeos::cli
