#include "export/JsonImporter.h"

#include "export/ExportedTables.h"
#include "export/JsonExporter.h"
#include "storage/Query.h"
#include "util/Logging.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace lifeos {

namespace {

QVariant sqlFromJson(const QJsonValue &value)
{
    if (value.isObject() && value.toObject().contains(u"$base64"))
        return QByteArray::fromBase64(value.toObject().value(u"$base64").toString().toLatin1());
    return value.toVariant();
}

} // namespace

JsonImporter::JsonImporter(Database &database)
    : m_database(database)
{
}

Result<bool> JsonImporter::isEmpty() const
{
    auto tables = exportedTables(m_database);
    if (!tables)
        return tables.error();
    for (const QString &table : *tables) {
        auto query = runQuery(m_database, QStringLiteral("SELECT EXISTS (SELECT 1 FROM \"%1\")").arg(table), {},
                              tr("Checking the database"));
        if (!query)
            return query.error();
        if (query->next() && query->value(0).toBool())
            return false;
    }
    return true;
}

Result<ExportSummary> JsonImporter::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, tr("Cannot read %1: %2").arg(path, file.errorString())};
    return importJson(file.readAll());
}

Result<ExportSummary> JsonImporter::importJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject root = document.object();
    if (parseError.error != QJsonParseError::NoError)
        return Error{ErrorCode::InvalidInput,
                     tr("The file is not valid JSON (at byte %1: %2).").arg(parseError.offset).arg(parseError.errorString())};
    if (root.value(u"format").toString() != u"lifeos-export")
        return Error{ErrorCode::InvalidInput, tr("The file is not a LifeOS JSON export.")};
    if (root.value(u"format_version").toInt() > JsonExporter::kFormatVersion
        || root.value(u"schema_version").toInt() > m_database.schemaVersion())
        return Error{ErrorCode::DatabaseTooNew, tr("The export was made by a newer LifeOS. Update LifeOS to import it.")};

    auto empty = isEmpty();
    if (!empty)
        return empty.error();
    if (!*empty)
        return Error{ErrorCode::DatabaseNotEmpty,
                     tr("A JSON export can only be restored into an empty data folder; this one already holds data.")};

    auto knownTables = exportedTables(m_database);
    if (!knownTables)
        return knownTables.error();
    const QJsonObject tables = root.value(u"tables").toObject();
    for (auto it = tables.begin(); it != tables.end(); ++it) {
        if (!knownTables->contains(it.key()))
            return Error{ErrorCode::InvalidInput, tr("The export holds an unknown table \"%1\".").arg(it.key())};
    }

    ExportSummary summary;
    auto written = m_database.write([&]() -> Result<void> {
        // Rows reference each other in both directions; check the references once, at commit.
        if (auto deferred = runQuery(m_database, QStringLiteral("PRAGMA defer_foreign_keys = ON"), {}, tr("Importing"));
            !deferred)
            return deferred.error();
        for (const QString &table : *knownTables) {
            auto columns = columnsOf(m_database, table);
            if (!columns)
                return columns.error();
            const QSet<QString> columnSet(columns->begin(), columns->end());
            const QJsonArray rows = tables.value(table).toArray();
            for (const QJsonValue &rowValue : rows) {
                const QJsonObject row = rowValue.toObject();
                QStringList names;
                QVariantList values;
                for (auto field = row.begin(); field != row.end(); ++field) {
                    if (!columnSet.contains(field.key()))
                        return Error{ErrorCode::InvalidInput,
                                     tr("The export's table \"%1\" has an unknown column \"%2\".").arg(table, field.key())};
                    names.append(u'"' + field.key() + u'"');
                    values.append(sqlFromJson(field.value()));
                }
                if (names.isEmpty())
                    continue;
                QStringList marks(names.size(), QStringLiteral("?"));
                auto inserted = runQuery(m_database,
                                         QStringLiteral("INSERT INTO \"%1\" (%2) VALUES (%3)")
                                             .arg(table, names.join(u", "), marks.join(u", ")),
                                         values, tr("Importing %1").arg(table));
                if (!inserted)
                    return inserted.error();
            }
            summary.rowsPerTable.insert(table, int(rows.size()));
        }
        return {};
    });
    if (!written)
        return written.error();
    qCInfo(lcExport) << "imported a JSON export:" << summary.rowsPerTable;
    return summary;
}

} // namespace lifeos
