#pragma once

#include "importing/ImportPreview.h"
#include "storage/Database.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace lifeos {

// The imports done so far, and undoing one as a single step: its rows are deleted (and replaced metric values
// restored) in one transaction. Rows edited since the import are deleted too: they came from the file.
class ImportHistory
{
    Q_DECLARE_TR_FUNCTIONS(ImportHistory)

public:
    explicit ImportHistory(Database &database);

    // Newest first.
    Result<QList<ImportBatch>> list() const;
    // Records a new batch (used by the importers, inside their write). Returns its id.
    Result<QString> begin(const QString &kind, const QString &fileName, const QString &mapping);
    Result<void> finish(const QString &batchId, int rowCount);
    // NotFound for an unknown id; InvalidInput when it was already undone.
    Result<int> undo(const QString &batchId);

private:
    Database &m_database;
};

} // namespace lifeos
