#pragma once

#include "cli/CliRequest.h"

#include <QCoreApplication>

namespace lifeos::cli {

// `search QUERY [--limit N] [--mode hybrid|text|vector] [--kind K ...] [--from DATE] [--to DATE] [--json]` and
// `index [--rebuild] [--status] [--json]`. search projects pending records and brings the vector index up (from
// stored embeddings if its file is stale) but embeds nothing; index runs the indexer to completion, Ctrl+C
// stopping it cleanly with what was done kept.
class SearchCommands
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static int search(const CliRequest &request);
    static int index(const CliRequest &request);
};

} // namespace lifeos::cli
