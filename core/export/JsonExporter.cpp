#include "export/JsonExporter.h"

#include "export/ExportedTables.h"
#include "export/FileWriter.h"
#include "storage/Query.h"
#include "storage/SqlValues.h"
#include "util/Logging.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>

namespace lifeos {

namespace {

QJsonValue jsonFromSql(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        return QJsonValue(value.toLongLong());
    case QMetaType::Double:
        return QJsonValue(value.toDouble());
    case QMetaType::QByteArray:
        return QJsonObject{{QStringLiteral("$base64"), QString::fromLatin1(value.toByteArray().toBase64())}};
    default:
        return QJsonValue(value.toString());
    }
}

} // namespace

JsonExporter::JsonExporter(const Database &database)
    : m_database(database)
{
}

Result<QByteArray> JsonExporter::toJson(const QDateTime &exportedAt, ExportSummary *summary) const
{
    auto tables = exportedTables(m_database);
    if (!tables)
        return tables.error();
    QJsonObject tablesJson;
    for (const QString &table : *tables) {
        auto key = primaryKeyOf(m_database, table);
        if (!key)
            return key.error();
        const QString order = key->isEmpty() ? QStringLiteral("rowid") : key->join(u", ");
        auto query = runQuery(m_database, QStringLiteral("SELECT * FROM \"%1\" ORDER BY %2").arg(table, order), {},
                              tr("Exporting %1").arg(table));
        if (!query)
            return query.error();
        QJsonArray rows;
        while (query->next()) {
            const QSqlRecord record = query->record();
            QJsonObject row;
            for (int i = 0; i < record.count(); ++i)
                row.insert(record.fieldName(i), jsonFromSql(query->value(i)));
            rows.append(row);
        }
        if (summary)
            summary->rowsPerTable.insert(table, int(rows.size()));
        tablesJson.insert(table, rows);
    }
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("lifeos-export")},
        {QStringLiteral("format_version"), kFormatVersion},
        {QStringLiteral("app_version"), QStringLiteral(LIFEOS_VERSION)},
        {QStringLiteral("schema_version"), m_database.schemaVersion()},
        {QStringLiteral("exported_at"), sql::instant(exportedAt).toString()},
        {QStringLiteral("tables"), tablesJson},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<ExportSummary> JsonExporter::exportTo(const QString &folder) const
{
    ExportSummary summary;
    auto json = toJson(sql::now(), &summary);
    if (!json)
        return json.error();
    const QString path = QDir(folder).filePath(fileName());
    if (auto written = writeFileAtomically(path, *json); !written)
        return written.error();
    summary.files.append(path);
    qCInfo(lcExport) << "exported JSON to" << path;
    return summary;
}

} // namespace lifeos
