#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace lifeos {

// What an export or import wrote: rows per table and the files it produced.
struct ExportSummary {
    QMap<QString, int> rowsPerTable;
    QStringList files;
};

} // namespace lifeos
