#pragma once

#include "importing/CsvTable.h"
#include "importing/ImportPreview.h"
#include "storage/Database.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace lifeos {

// The generic metrics CSV: a header naming the columns date, metric, value and optionally unit (in any
// order; English or Indonesian words: tanggal, metrik, nilai, satuan); one value per row. The date is
// detected from the column's values. Metric names are lower-cased; a known metric's unit must agree.
// Rows are upserted by (source "csv", "<metric>:<day>"): re-importing adds nothing, a changed value replaces
// the stored one, and undoing the import puts the old value back.
class MetricsCsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(MetricsCsvImporter)

public:
    explicit MetricsCsvImporter(Database &database);

    // True when the header row looks like a metrics file (has date, metric and value columns).
    static bool looksLikeMetrics(const CsvTable &table);
    Result<MetricImportPreview> preview(const CsvTable &table) const;
    Result<ImportBatch> commit(const MetricImportPreview &preview, const QString &fileName);

private:
    Database &m_database;
};

} // namespace lifeos
