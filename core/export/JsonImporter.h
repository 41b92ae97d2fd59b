#pragma once

#include "export/ExportSummary.h"
#include "storage/Database.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace lifeos {

// Restores a JsonExporter file into an empty database, all or nothing.
class JsonImporter {
    Q_DECLARE_TR_FUNCTIONS(JsonImporter)

public:
    explicit JsonImporter(Database &database);
    Result<ExportSummary> importJson(const QByteArray &json);
    Result<ExportSummary> importFile(const QString &path);

private:
    Result<bool> isEmpty() const;

    Database &m_database;
};

} // namespace lifeos
