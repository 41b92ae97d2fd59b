#pragma once

#include "storage/Database.h"
#include "util/Result.h"

#include <QStringList>

namespace lifeos {

// The tables that hold the user's own data, in dependency order. The search projection (documents, its FTS
// index, embeddings, embedding models, vector tombstones, search_dirty) is derived from them and rebuilt by the
// indexer, so it is left out.
Result<QStringList> exportedTables(const Database &database);
Result<QStringList> columnsOf(const Database &database, const QString &table);
Result<QStringList> primaryKeyOf(const Database &database, const QString &table);

} // namespace lifeos
