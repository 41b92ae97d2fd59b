#pragma once

#include "cli/CliRequest.h"

#include <QCoreApplication>

namespace lifeos::cli {

// `export DIR --format json|md` and `import FILE --format json|jsonl|csv` (csv: see CsvImportCommands).
class DataCommands
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static int exportData(const CliRequest &request);
    static int importData(const CliRequest &request);
};

} // namespace lifeos::cli
