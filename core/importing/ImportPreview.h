#pragma once

#include "model/Metric.h"
#include "model/Transaction.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace lifeos {

// A row that is wrong, by the line number it is on in the file, with a sentence saying what is wrong.
struct ImportProblem
{
    int line = 0;
    QString message;
};

struct TransactionImportRow
{
    int line = 0;
    Transaction transaction;  // source "csv:<mapping>", externalId from the row's content; category suggested
    bool duplicate = false;   // already in the database (imported before): skipped when writing
    QString description;      // the bank's text, which category rules learn from
    std::optional<qint64> suggestedCategoryId; // what the rules suggested (the user may change transaction.categoryId)
};

// What a bank CSV import would write, shown before anything is written.
struct TransactionImportPreview
{
    QString mappingName;
    QList<TransactionImportRow> rows;
    QList<ImportProblem> problems; // a preview with problems cannot be written
    int newCount() const;
    int duplicateCount() const;
};

struct MetricImportRow
{
    int line = 0;
    Metric metric;          // source "csv", externalId "<name>:<day>"
    bool duplicate = false; // the same value is already stored
    bool replaces = false;  // a different value for that metric and day is stored and will be replaced
};

struct MetricImportPreview
{
    QList<MetricImportRow> rows;
    QList<ImportProblem> problems;
    int newCount() const;
};

// One import, as the undo list shows it.
struct ImportBatch
{
    QString id;
    QString kind; // "bank_csv" | "metrics_csv"
    QString fileName;
    QString mapping;
    int rowCount = 0;
    QDateTime createdAt;
    QDateTime undoneAt; // null while it stands
};

} // namespace lifeos
