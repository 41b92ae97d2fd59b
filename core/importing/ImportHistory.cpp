#include "importing/ImportHistory.h"

#include "storage/Query.h"
#include "storage/SqlValues.h"

#include <QUuid>

namespace lifeos {

ImportHistory::ImportHistory(Database &database)
    : m_database(database)
{}

Result<QList<ImportBatch>> ImportHistory::list() const
{
    auto query = runQuery(m_database,
                          QStringLiteral("SELECT id, kind, file_name, mapping, row_count, created_at, undone_at "
                                         "FROM import_batches ORDER BY created_at DESC, rowid DESC"),
                          {},
                          tr("Reading the import history"));
    if (!query)
        return query.error();
    QList<ImportBatch> batches;
    while (query->next()) {
        ImportBatch batch;
        batch.id = query->value(0).toString();
        batch.kind = query->value(1).toString();
        batch.fileName = query->value(2).toString();
        batch.mapping = query->value(3).toString();
        batch.rowCount = query->value(4).toInt();
        batch.createdAt = sql::toInstant(query->value(5));
        batch.undoneAt = sql::toInstant(query->value(6));
        batches.append(batch);
    }
    return batches;
}

Result<QString> ImportHistory::begin(const QString &kind, const QString &fileName, const QString &mapping)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto query =
        runQuery(m_database,
                 QStringLiteral("INSERT INTO import_batches (id, kind, file_name, mapping, row_count, created_at) "
                                "VALUES (?, ?, ?, ?, 0, ?)"),
                 {id, kind, fileName, mapping, sql::instant(sql::now())},
                 tr("Recording the import"));
    if (!query)
        return query.error();
    return id;
}

Result<void> ImportHistory::finish(const QString &batchId, int rowCount)
{
    auto query = runQuery(m_database,
                          QStringLiteral("UPDATE import_batches SET row_count = ? WHERE id = ?"),
                          {rowCount, batchId},
                          tr("Recording the import"));
    if (!query)
        return query.error();
    if (query->numRowsAffected() != 1)
        return Error{ErrorCode::NotFound, tr("The import %1 is not in the history.").arg(batchId)};
    return {};
}

Result<int> ImportHistory::undo(const QString &batchId)
{
    int undone = 0;
    auto written = m_database.write([&]() -> Result<void> {
        const QString what = tr("Undoing the import");
        auto batch =
            runQuery(m_database, QStringLiteral("SELECT undone_at FROM import_batches WHERE id = ?"), {batchId}, what);
        if (!batch)
            return batch.error();
        if (!batch->next())
            return Error{ErrorCode::NotFound, tr("There is no import %1.").arg(batchId)};
        if (!batch->value(0).isNull())
            return Error{ErrorCode::InvalidInput, tr("The import %1 was already undone.").arg(batchId)};

        auto transactions =
            runQuery(m_database, QStringLiteral("DELETE FROM transactions WHERE import_batch = ?"), {batchId}, what);
        if (!transactions)
            return transactions.error();
        undone += transactions->numRowsAffected();

        // Values this import replaced go back, with the batch that had written them.
        auto restored = runQuery(m_database,
                                 QStringLiteral("UPDATE metrics SET "
                                                "value = (SELECT old_value FROM import_replaced_metrics r "
                                                "WHERE r.batch_id = ? AND r.metric_id = metrics.id), "
                                                "unit = (SELECT old_unit FROM import_replaced_metrics r "
                                                "WHERE r.batch_id = ? AND r.metric_id = metrics.id), "
                                                "import_batch = (SELECT old_batch FROM import_replaced_metrics r "
                                                "WHERE r.batch_id = ? AND r.metric_id = metrics.id), updated_at = ? "
                                                "WHERE import_batch = ? AND id IN "
                                                "(SELECT metric_id FROM import_replaced_metrics WHERE batch_id = ?)"),
                                 {batchId, batchId, batchId, sql::instant(sql::now()), batchId, batchId},
                                 what);
        if (!restored)
            return restored.error();
        undone += restored->numRowsAffected();

        // A restored value whose own import was undone earlier goes as well: that import is gone.
        auto metrics = runQuery(m_database,
                                QStringLiteral("DELETE FROM metrics WHERE import_batch IN "
                                               "(SELECT id FROM import_batches WHERE id = ? OR undone_at IS NOT NULL)"),
                                {batchId},
                                what);
        if (!metrics)
            return metrics.error();
        undone += metrics->numRowsAffected();

        auto mark = runQuery(m_database,
                             QStringLiteral("UPDATE import_batches SET undone_at = ? WHERE id = ?"),
                             {sql::instant(sql::now()), batchId},
                             what);
        if (!mark)
            return mark.error();
        return {};
    });
    if (!written)
        return written.error();
    return undone;
}

} // namespace lifeos
