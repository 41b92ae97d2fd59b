#include "cli/OpenDatabase.h"

#include "util/DataLocation.h"

namespace lifeos::cli {

Result<std::unique_ptr<Database>> openDatabase(const QString &dataDir)
{
    if (auto folder = DataLocation::ensure(dataDir); !folder)
        return folder.error();
    return Database::open(DataLocation::databasePath(dataDir));
}

} // namespace lifeos::cli
