#include "importing/MetricsCsvImporter.h"

#include "health/MetricCatalog.h"
#include "importing/CsvValues.h"
#include "importing/ImportHistory.h"
#include "storage/Query.h"
#include "storage/SqlValues.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace lifeos {

namespace {

const QString kSource = QStringLiteral("csv");

// Which column of the header row holds what; -1 when absent.
struct MetricColumns
{
    int date = -1;
    int metric = -1;
    int value = -1;
    int unit = -1;
    bool complete() const { return date >= 0 && metric >= 0 && value >= 0; }
};

MetricColumns columnsOf(const CsvTable &table)
{
    static const QStringList dateWords = {QStringLiteral("date"),
                                          QStringLiteral("day"),
                                          QStringLiteral("tanggal"),
                                          QStringLiteral("tgl")};
    // Not "name"/"nama": a bank statement with a payee name and a "nilai" amount is not a metrics file.
    static const QStringList metricWords = {QStringLiteral("metric"), QStringLiteral("metrik")};
    static const QStringList valueWords = {QStringLiteral("value"), QStringLiteral("nilai")};
    static const QStringList unitWords = {QStringLiteral("unit"), QStringLiteral("satuan")};
    MetricColumns columns;
    if (table.rows.isEmpty())
        return columns;
    const QStringList &header = table.rows.first();
    for (int i = 0; i < header.size(); ++i) {
        const QString word = header.at(i).trimmed().toLower();
        int *column = dateWords.contains(word)     ? &columns.date
                      : metricWords.contains(word) ? &columns.metric
                      : valueWords.contains(word)  ? &columns.value
                      : unitWords.contains(word)   ? &columns.unit
                                                   : nullptr;
        if (column && *column < 0)
            *column = i;
    }
    return columns;
}

// "Sleep Score" → "sleep_score", the way metric names are stored.
QString metricName(const QString &text)
{
    return text.simplified().toLower().replace(u' ', u'_');
}

QString externalIdFor(const QString &name, const QDate &day)
{
    return name + u':' + day.toString(Qt::ISODate);
}

// The day format that reads the most of the column (every value, usually); the rest become problems.
QString dateFormatFor(const QStringList &samples)
{
    const QString detected = CsvValues::detectDateFormat(samples);
    if (!detected.isEmpty())
        return detected;
    QString best = QStringLiteral("yyyy-MM-dd");
    qsizetype bestCount = 0;
    for (const QString &format : CsvValues::dateFormats()) {
        const auto count = std::count_if(samples.begin(), samples.end(), [&](const QString &s) {
            return CsvValues::date(s, format).isValid();
        });
        if (count > bestCount) {
            best = format;
            bestCount = count;
        }
    }
    return best;
}

struct StoredMetric
{
    qint64 id = 0;
    double value = 0;
    QString unit;
    QVariant batch;
};

} // namespace

MetricsCsvImporter::MetricsCsvImporter(Database &database)
    : m_database(database)
{}

bool MetricsCsvImporter::looksLikeMetrics(const CsvTable &table)
{
    return columnsOf(table).complete();
}

Result<MetricImportPreview> MetricsCsvImporter::preview(const CsvTable &table) const
{
    const MetricColumns columns = columnsOf(table);
    if (!columns.complete())
        return Error{ErrorCode::InvalidInput,
                     tr("A metrics file needs a header row naming its date, metric and value columns.")};

    QStringList dateSamples;
    for (qsizetype i = 1; i < table.rows.size(); ++i)
        dateSamples.append(csvField(table.rows.at(i), columns.date));
    const QString dateFormat = dateFormatFor(dateSamples);
    const QList<MetricDefinition> known = MetricCatalog::builtIns();

    MetricImportPreview preview;
    QHash<QString, int> lineOf; // external id → the line that gave it a value
    QDate first;
    QDate last;
    for (qsizetype i = 1; i < table.rows.size(); ++i) {
        const QStringList &row = table.rows.at(i);
        const int line = i < table.lines.size() ? table.lines.at(i) : int(i) + 1;
        if (std::all_of(row.begin(), row.end(), [](const QString &f) { return f.trimmed().isEmpty(); }))
            continue;
        const int problemsBefore = int(preview.problems.size());
        auto problem = [&](const QString &message) { preview.problems.append(ImportProblem{line, message}); };

        const QString dateText = csvField(row, columns.date);
        const QDate day = CsvValues::date(dateText, dateFormat);
        if (dateText.isEmpty())
            problem(tr("There is no date."));
        else if (!day.isValid())
            problem(tr("The date \"%1\" is not a day in the format %2.").arg(dateText, dateFormat));

        const QString name = metricName(csvField(row, columns.metric));
        if (name.isEmpty())
            problem(tr("There is no metric name."));

        const QString valueText = csvField(row, columns.value);
        const auto value = CsvValues::number(valueText, DecimalStyle::Auto);
        if (valueText.isEmpty())
            problem(tr("There is no value."));
        else if (!value || !std::isfinite(*value))
            problem(tr("The value \"%1\" is not a number.").arg(valueText));

        QString unit = csvField(row, columns.unit);
        if (const auto definition = MetricCatalog::find(known, name)) {
            if (unit.isEmpty())
                unit = definition->unit;
            else if (unit.compare(definition->unit, Qt::CaseInsensitive) != 0)
                problem(tr("The unit \"%1\" does not match %2, which is measured in \"%3\".")
                            .arg(unit, name, definition->unit));
            else
                unit = definition->unit;
        }
        if (int(preview.problems.size()) != problemsBefore)
            continue;

        const QString externalId = externalIdFor(name, day);
        if (const int earlier = lineOf.value(externalId); earlier > 0) {
            problem(tr("%1 on %2 already has a value on line %3.").arg(name, day.toString(Qt::ISODate)).arg(earlier));
            continue;
        }
        lineOf.insert(externalId, line);

        MetricImportRow importRow;
        importRow.line = line;
        importRow.metric.name = name;
        importRow.metric.value = *value;
        importRow.metric.unit = unit;
        importRow.metric.day = day;
        importRow.metric.source = kSource;
        importRow.metric.externalId = externalId;
        preview.rows.append(importRow);
        first = first.isValid() ? std::min(first, day) : day;
        last = last.isValid() ? std::max(last, day) : day;
    }
    if (preview.rows.isEmpty())
        return preview;

    // What earlier imports stored for these days: one query over the file's date range.
    auto stored = runQuery(m_database,
                           QStringLiteral("SELECT external_id, value, unit FROM metrics "
                                          "WHERE source = ? AND day BETWEEN ? AND ?"),
                           {kSource, sql::day(first), sql::day(last)},
                           tr("Reading imported metrics"));
    if (!stored)
        return stored.error();
    QHash<QString, std::pair<double, QString>> storedValues;
    while (stored->next())
        storedValues.insert(stored->value(0).toString(), {stored->value(1).toDouble(), stored->value(2).toString()});
    for (MetricImportRow &row : preview.rows) {
        const auto found = storedValues.constFind(row.metric.externalId);
        if (found == storedValues.constEnd())
            continue;
        row.duplicate = found->first == row.metric.value && found->second == row.metric.unit;
        row.replaces = !row.duplicate;
    }
    return preview;
}

Result<ImportBatch> MetricsCsvImporter::commit(const MetricImportPreview &preview, const QString &fileName)
{
    if (!preview.problems.isEmpty())
        return Error{ErrorCode::InvalidInput,
                     tr("The file has %n problem(s); nothing was imported.", nullptr, int(preview.problems.size()))};
    ImportBatch batch;
    batch.kind = QStringLiteral("metrics_csv");
    batch.fileName = fileName;
    batch.createdAt = sql::now();
    if (preview.newCount() == 0)
        return batch; // nothing new: no batch to list or undo

    ImportHistory history(m_database);
    auto written = m_database.write([&]() -> Result<void> {
        auto id = history.begin(batch.kind, fileName, QString());
        if (!id)
            return id.error();
        batch.id = *id;
        const QVariant now = sql::instant(sql::now());
        for (const MetricImportRow &row : preview.rows) {
            if (row.duplicate)
                continue;
            const Metric &m = row.metric;
            const QString what = tr("Importing line %1").arg(row.line);
            // Read again inside the write: the preview may be older than what is stored now.
            auto existing = runQuery(m_database,
                                     QStringLiteral("SELECT id, value, unit, import_batch FROM metrics "
                                                    "WHERE source = ? AND external_id = ?"),
                                     {m.source, m.externalId},
                                     what);
            if (!existing)
                return existing.error();
            if (existing->next()) {
                StoredMetric old{existing->value(0).toLongLong(),
                                 existing->value(1).toDouble(),
                                 existing->value(2).toString(),
                                 existing->value(3).isNull() ? QVariant() : QVariant(existing->value(3).toString())};
                if (old.value == m.value && old.unit == m.unit)
                    continue;
                auto kept = runQuery(m_database,
                                     QStringLiteral("INSERT INTO import_replaced_metrics "
                                                    "(batch_id, metric_id, old_value, old_unit, old_batch) "
                                                    "VALUES (?, ?, ?, ?, ?)"),
                                     {batch.id, old.id, old.value, old.unit, old.batch},
                                     what);
                if (!kept)
                    return kept.error();
                auto updated = runQuery(m_database,
                                        QStringLiteral("UPDATE metrics SET value = ?, unit = ?, import_batch = ?, "
                                                       "updated_at = ? WHERE id = ?"),
                                        {m.value, m.unit, batch.id, now, old.id},
                                        what);
                if (!updated)
                    return updated.error();
            } else {
                auto inserted =
                    runQuery(m_database,
                             QStringLiteral("INSERT INTO metrics (name, value, unit, day, source, "
                                            "external_id, import_batch, created_at, updated_at) "
                                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                             {m.name, m.value, m.unit, sql::day(m.day), m.source, m.externalId, batch.id, now, now},
                             what);
                if (!inserted)
                    return inserted.error();
            }
            ++batch.rowCount;
        }
        return history.finish(batch.id, batch.rowCount);
    });
    if (!written)
        return written.error();
    return batch;
}

} // namespace lifeos
