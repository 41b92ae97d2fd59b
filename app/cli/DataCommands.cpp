#include "cli/DataCommands.h"

#include "cli/CliOutput.h"
#include "cli/OpenDatabase.h"
#include "export/JsonExporter.h"
#include "export/JsonImporter.h"
#include "export/MarkdownExporter.h"

#include <QDir>
#include <QJsonArray>

namespace lifeos::cli {

namespace {

QJsonObject summaryJson(const ExportSummary &summary)
{
    QJsonObject rows;
    for (auto it = summary.rowsPerTable.begin(); it != summary.rowsPerTable.end(); ++it)
        rows.insert(it.key(), it.value());
    return {{QStringLiteral("rows"), rows}, {QStringLiteral("files"), QJsonArray::fromStringList(summary.files)}};
}

QString summaryText(const ExportSummary &summary)
{
    return DataCommands::tr("journal days: %1, tasks: %2, notes: %3")
        .arg(summary.rowsPerTable.value(QStringLiteral("journal_entries")))
        .arg(summary.rowsPerTable.value(QStringLiteral("tasks")))
        .arg(summary.rowsPerTable.value(QStringLiteral("notes")));
}

// The single path argument, made absolute; nullopt when there is not exactly one.
std::optional<QString> singlePath(const CliRequest &request)
{
    if (request.arguments.size() != 1)
        return std::nullopt;
    return QDir::current().absoluteFilePath(request.arguments.first());
}

QString formatOf(const CliRequest &request)
{
    const QString format = request.value(QStringLiteral("format"));
    return format.isEmpty() ? QStringLiteral("json") : format;
}

// doneText has %1 for the summary and %2 for the path.
int report(const CliRequest &request, const Result<ExportSummary> &result, const QString &doneText, const QString &path)
{
    if (!result)
        return fail(result.error().message);
    if (request.json())
        printJson(summaryJson(*result));
    else
        printLine(stdout, doneText.arg(summaryText(*result), path));
    return 0;
}

} // namespace

int DataCommands::exportData(const CliRequest &request)
{
    const auto path = singlePath(request);
    if (!path)
        return fail(tr("%1 needs exactly one path; try --help").arg(request.command), 2);
    const QString format = formatOf(request);
    if (format != u"json" && format != u"md")
        return fail(tr("unknown export format \"%1\"; use json or md").arg(format), 2);
    auto database = openDatabase(request.dataDir);
    if (!database)
        return fail(database.error().message);
    const auto result =
        format == u"md" ? MarkdownExporter(**database).exportTo(*path) : JsonExporter(**database).exportTo(*path);
    return report(request, result, tr("Exported %1 to %2"), *path);
}

int DataCommands::importData(const CliRequest &request)
{
    const auto path = singlePath(request);
    if (!path)
        return fail(tr("%1 needs exactly one path; try --help").arg(request.command), 2);
    const QString format = formatOf(request);
    if (format != u"json")
        return fail(tr("unknown import format \"%1\"; this version imports json").arg(format), 2);
    auto database = openDatabase(request.dataDir);
    if (!database)
        return fail(database.error().message);
    return report(request, JsonImporter(**database).importFile(*path), tr("Imported %1 from %2"), *path);
}

} // namespace lifeos::cli
