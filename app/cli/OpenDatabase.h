#pragma once

#include "storage/Database.h"
#include "util/Result.h"

#include <memory>

namespace lifeos::cli {

// Creates the data folder if needed and opens (and migrates) its database.
Result<std::unique_ptr<Database>> openDatabase(const QString &dataDir);

} // namespace lifeos::cli
