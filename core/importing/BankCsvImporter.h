#pragma once

#include "importing/BankCsvMapping.h"
#include "importing/CsvTable.h"
#include "importing/ImportPreview.h"
#include "storage/Database.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace lifeos {

// Bank statements into transactions: preview first, then one all-or-nothing write that is one undoable batch.
// Each row's external id is a hash of (date, signed amount, currency, description) plus how many identical
// rows came before it in the file, so re-importing the same file (or an overlapping later statement)
// adds nothing, while two genuinely identical purchases on one day both stay.
class BankCsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(BankCsvImporter)

public:
    explicit BankCsvImporter(Database &database);

    // Reads every data row; a row whose date or amount cannot be read becomes a problem with its line number.
    // Suggests a category for each row from CategoryRules (then from the bank's category column).
    Result<TransactionImportPreview> preview(const CsvTable &table, const BankCsvMapping &mapping) const;
    // Writes the preview's new rows (with the categories the user chose) as one batch; refuses a preview with
    // problems. Every row whose category differs from its suggestion teaches CategoryRules. Nothing is written
    // when anything fails.
    Result<ImportBatch> commit(const TransactionImportPreview &preview, const QString &fileName);

private:
    Database &m_database;
};

} // namespace lifeos
