#include "importing/ImportPreview.h"

#include <algorithm>

namespace lifeos {

int TransactionImportPreview::newCount() const
{
    return int(std::count_if(rows.begin(), rows.end(), [](const TransactionImportRow &row) { return !row.duplicate; }));
}

int TransactionImportPreview::duplicateCount() const
{
    return int(rows.size()) - newCount();
}

int MetricImportPreview::newCount() const
{
    return int(std::count_if(rows.begin(), rows.end(), [](const MetricImportRow &row) { return !row.duplicate; }));
}

} // namespace lifeos
