#include "export/ExportedTables.h"

#include "storage/Query.h"

#include <QCoreApplication>

namespace lifeos {

namespace {

// The search projection and everything built from it (schema 5): rebuilt from the records, never exported.
bool isDerived(const QString &table)
{
    return table.startsWith(u"sqlite_") || table == u"documents" || table.startsWith(u"documents_fts")
        || table == u"embeddings" || table == u"embedding_models" || table == u"vector_tombstones"
        || table == u"search_dirty";
}

} // namespace

Result<QStringList> exportedTables(const Database &database)
{
    auto query = runQuery(database, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid"),
                          {}, QCoreApplication::translate("Database", "Listing tables"));
    if (!query)
        return query.error();
    QStringList tables;
    while (query->next()) {
        const QString name = query->value(0).toString();
        if (!isDerived(name))
            tables.append(name);
    }
    return tables;
}

Result<QStringList> columnsOf(const Database &database, const QString &table)
{
    auto query = runQuery(database, QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"), {table},
                          QCoreApplication::translate("Database", "Reading columns"));
    if (!query)
        return query.error();
    QStringList columns;
    while (query->next())
        columns.append(query->value(0).toString());
    return columns;
}

Result<QStringList> primaryKeyOf(const Database &database, const QString &table)
{
    auto query = runQuery(database, QStringLiteral("SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk"),
                          {table}, QCoreApplication::translate("Database", "Reading columns"));
    if (!query)
        return query.error();
    QStringList columns;
    while (query->next())
        columns.append(query->value(0).toString());
    return columns;
}

} // namespace lifeos
