#pragma once

#include "cli/CliRequest.h"

#include <QCoreApplication>

namespace lifeos::cli {

// `import FILE --format csv [--mapping NAME | --mapping-save NAME] [--currency CODE] [--dry-run] [--json]`:
// a metrics CSV (date, metric, value columns) or a bank statement, previewed and then written as one undoable
// batch; a file with any bad row writes nothing. `import --undo BATCH_ID` and `import --list` work on the
// import history.
class CsvImportCommands
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static int importCsv(const CliRequest &request, const QString &path);
    static int undo(const CliRequest &request);
    static int list(const CliRequest &request);
};

} // namespace lifeos::cli
