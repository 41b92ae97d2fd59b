#pragma once

#include "export/ExportSummary.h"
#include "storage/Database.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

namespace lifeos {

// Everything the user owns as one JSON file, lossless: every row of every table with its exact values
// (integers stay integers, blobs become {"$base64": …}); JsonImporter reads it back.
class JsonExporter {
    Q_DECLARE_TR_FUNCTIONS(JsonExporter)

public:
    static constexpr int kFormatVersion = 1;
    static QString fileName() { return QStringLiteral("lifeos-export.json"); }

    explicit JsonExporter(const Database &database);
    Result<QByteArray> toJson(const QDateTime &exportedAt, ExportSummary *summary = nullptr) const;
    Result<ExportSummary> exportTo(const QString &folder) const;

private:
    const Database &m_database;
};

} // namespace lifeos
