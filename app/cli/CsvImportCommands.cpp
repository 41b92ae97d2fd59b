#include "cli/CsvImportCommands.h"

#include "cli/CliOutput.h"
#include "cli/OpenDatabase.h"
#include "capture/ParseContextFactory.h"
#include "importing/BankCsvImporter.h"
#include "importing/BankCsvMapping.h"
#include "importing/CsvTable.h"
#include "importing/ImportHistory.h"
#include "importing/MetricsCsvImporter.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <cstdio>

namespace lifeos::cli {

namespace {

const QString kMapping = QStringLiteral("mapping");
const QString kMappingSave = QStringLiteral("mapping-save");
const QString kDryRun = QStringLiteral("dry-run");

// What an import did (or, with --dry-run or problems, would do).
struct Outcome
{
    QString batch;
    QString kind;
    int added = 0;
    int duplicates = 0;
    QList<ImportProblem> problems;
};

QJsonObject outcomeJson(const Outcome &outcome)
{
    QJsonArray problems;
    for (const ImportProblem &problem : outcome.problems)
        problems.append(
            QJsonObject{{QStringLiteral("line"), problem.line}, {QStringLiteral("message"), problem.message}});
    return {
        {QStringLiteral("batch"), outcome.batch.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(outcome.batch)},
        {QStringLiteral("kind"), outcome.kind},
        {QStringLiteral("new"), outcome.added},
        {QStringLiteral("duplicates"), outcome.duplicates},
        {QStringLiteral("problems"), problems}};
}

int report(const CliRequest &request, const Outcome &outcome, const QString &path)
{
    for (const ImportProblem &problem : outcome.problems)
        printLine(stderr, CsvImportCommands::tr("line %1: %2").arg(problem.line).arg(problem.message));
    if (request.json())
        printJson(outcomeJson(outcome));
    if (!outcome.problems.isEmpty())
        return fail(
            CsvImportCommands::tr("%1 has %n problem(s); nothing was imported", nullptr, int(outcome.problems.size()))
                .arg(path));
    if (request.json())
        return 0;
    const bool metrics = outcome.kind == u"metrics_csv";
    if (request.parser.isSet(kDryRun)) {
        printLine(stdout,
                  (metrics ? CsvImportCommands::tr("Would import %n metric value(s) from %1", nullptr, outcome.added)
                           : CsvImportCommands::tr("Would import %n transaction(s) from %1", nullptr, outcome.added))
                          .arg(path)
                      + CsvImportCommands::tr("; %n already imported (dry run: nothing written)",
                                              nullptr,
                                              outcome.duplicates));
    } else if (outcome.batch.isEmpty()) {
        printLine(stdout,
                  CsvImportCommands::tr("Nothing new in %1: %n row(s) already imported", nullptr, outcome.duplicates)
                      .arg(path));
    } else {
        printLine(stdout,
                  (metrics ? CsvImportCommands::tr("Imported %n metric value(s) from %1", nullptr, outcome.added)
                           : CsvImportCommands::tr("Imported %n transaction(s) from %1", nullptr, outcome.added))
                          .arg(path)
                      + CsvImportCommands::tr("; %n already imported", nullptr, outcome.duplicates));
        printLine(stdout, CsvImportCommands::tr("batch %1 (undo with: lifeos import --undo %1)").arg(outcome.batch));
    }
    return 0;
}

int importMetrics(const CliRequest &request, Database &database, const CsvTable &table, const QString &path)
{
    MetricsCsvImporter importer(database);
    const auto preview = importer.preview(table);
    if (!preview)
        return fail(preview.error().message);
    Outcome outcome;
    outcome.kind = QStringLiteral("metrics_csv");
    outcome.added = preview->newCount();
    outcome.duplicates = int(preview->rows.size()) - preview->newCount();
    outcome.problems = preview->problems;
    if (outcome.problems.isEmpty() && !request.parser.isSet(kDryRun)) {
        const auto batch = importer.commit(*preview, QFileInfo(path).fileName());
        if (!batch)
            return fail(batch.error().message);
        outcome.batch = batch->id;
        outcome.added = batch->rowCount;
    }
    return report(request, outcome, path);
}

// The saved mapping --mapping names, or the guessed one (named by --mapping-save, else after the file).
Result<BankCsvMapping>
mappingFor(const CliRequest &request, Database &database, const CsvTable &table, const QString &path)
{
    BankCsvMappingStore store(database);
    const QString name = request.value(kMapping).trimmed();
    if (!name.isEmpty()) {
        const auto loaded = store.load(name);
        if (!loaded)
            return loaded.error();
        if (*loaded)
            return **loaded;
        const auto names = store.names();
        if (!names)
            return names.error();
        return Error{ErrorCode::NotFound,
                     names->isEmpty()
                         ? CsvImportCommands::tr("no saved mapping is called \"%1\"; no mappings are saved yet "
                                                 "(import once with --mapping-save NAME)")
                               .arg(name)
                         : CsvImportCommands::tr("no saved mapping is called \"%1\"; saved mappings: %2")
                               .arg(name, names->join(QStringLiteral(", ")))};
    }
    // Without a currency in the file, the user's default currency (as quick capture uses it) applies.
    BankCsvMapping mapping = BankCsvMapping::guess(
        table, ParseContextFactory::fromSettings(request.settings, QDateTime::currentDateTime()).defaultCurrency);
    if (const QString currency = request.value(QStringLiteral("currency")).trimmed().toUpper(); !currency.isEmpty())
        mapping.currency = currency; // a bad code is refused by the preview
    const QString saveAs = request.value(kMappingSave).trimmed();
    if (!saveAs.isEmpty())
        mapping.name = saveAs;
    else if (mapping.name.trimmed().isEmpty())
        mapping.name = QFileInfo(path).completeBaseName();
    return mapping;
}

int importBank(const CliRequest &request,
               Database &database,
               CsvTable table,
               const QString &path,
               const QByteArray &bytes)
{
    const auto mapping = mappingFor(request, database, table, path);
    if (!mapping)
        return fail(mapping.error().message);
    if (!mapping->separator.isNull() && mapping->separator != table.separator) {
        auto reread = CsvReader::parse(bytes, mapping->separator);
        if (!reread)
            return fail(reread.error().message);
        table = std::move(reread).value();
    }
    BankCsvImporter importer(database);
    const auto preview = importer.preview(table, *mapping);
    if (!preview)
        return fail(preview.error().message);
    Outcome outcome;
    outcome.kind = QStringLiteral("bank_csv");
    outcome.added = preview->newCount();
    outcome.duplicates = preview->duplicateCount();
    outcome.problems = preview->problems;
    if (outcome.problems.isEmpty() && !request.parser.isSet(kDryRun)) {
        // The guessed mapping is remembered only together with a successful import.
        ImportBatch batch;
        const auto written = database.write([&]() -> Result<void> {
            if (request.parser.isSet(kMappingSave) && request.value(kMapping).isEmpty()) {
                auto saved = BankCsvMappingStore(database).save(*mapping);
                if (!saved)
                    return saved;
            }
            auto committed = importer.commit(*preview, QFileInfo(path).fileName());
            if (!committed)
                return committed.error();
            batch = *committed;
            return {};
        });
        if (!written)
            return fail(written.error().message);
        outcome.batch = batch.id;
        outcome.added = batch.rowCount;
    }
    return report(request, outcome, path);
}

QJsonValue instantJson(const QDateTime &instant)
{
    return instant.isValid() ? QJsonValue(instant.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

} // namespace

int CsvImportCommands::importCsv(const CliRequest &request, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    auto table = CsvReader::parse(bytes);
    if (!table)
        return fail(table.error().message);
    auto database = openDatabase(request.dataDir);
    if (!database)
        return fail(database.error().message);
    if (request.value(kMapping).isEmpty() && MetricsCsvImporter::looksLikeMetrics(*table))
        return importMetrics(request, **database, *table, path);
    return importBank(request, **database, std::move(table).value(), path, bytes);
}

int CsvImportCommands::undo(const CliRequest &request)
{
    const QString batchId = request.value(QStringLiteral("undo")).trimmed();
    if (batchId.isEmpty())
        return fail(tr("--undo needs the batch id that import or import --list printed"), 2);
    auto database = openDatabase(request.dataDir);
    if (!database)
        return fail(database.error().message);
    const auto removed = ImportHistory(**database).undo(batchId);
    if (!removed)
        return fail(removed.error().message);
    if (request.json())
        printJson({{QStringLiteral("batch"), batchId}, {QStringLiteral("removed"), *removed}});
    else
        printLine(stdout, tr("Undid import %1: %n row(s) removed or restored", nullptr, *removed).arg(batchId));
    return 0;
}

int CsvImportCommands::list(const CliRequest &request)
{
    auto database = openDatabase(request.dataDir);
    if (!database)
        return fail(database.error().message);
    const auto batches = ImportHistory(**database).list();
    if (!batches)
        return fail(batches.error().message);
    if (request.json()) {
        QJsonArray imports;
        for (const ImportBatch &batch : *batches) {
            imports.append(QJsonObject{{QStringLiteral("batch"), batch.id},
                                       {QStringLiteral("kind"), batch.kind},
                                       {QStringLiteral("file"), batch.fileName},
                                       {QStringLiteral("mapping"), batch.mapping},
                                       {QStringLiteral("rows"), batch.rowCount},
                                       {QStringLiteral("created"), instantJson(batch.createdAt)},
                                       {QStringLiteral("undone"), instantJson(batch.undoneAt)}});
        }
        printJson({{QStringLiteral("imports"), imports}});
        return 0;
    }
    if (batches->isEmpty()) {
        printLine(stdout, tr("No imports yet."));
        return 0;
    }
    for (const ImportBatch &batch : *batches) {
        QString line = batch.id + u"  " + batch.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                       + u"  " + batch.kind + u"  " + batch.fileName
                       + (batch.mapping.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(batch.mapping)) + u"  "
                       + tr("%n row(s)", nullptr, batch.rowCount);
        if (batch.undoneAt.isValid())
            line +=
                u"  " + tr("undone %1").arg(batch.undoneAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        printLine(stdout, line);
    }
    return 0;
}

} // namespace lifeos::cli
