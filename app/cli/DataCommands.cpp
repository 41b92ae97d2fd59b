#include "cli/DataCommands.h"

#include "cli/CliOutput.h"
#include "cli/CsvImportCommands.h"
#include "cli/IcsImportCommands.h"
#include "cli/OpenDatabase.h"
#include "export/JsonExporter.h"
#include "export/JsonImporter.h"
#include "export/MarkdownExporter.h"
#include "search/JsonlImporter.h"
#include "search/SearchProjector.h"
#include "storage/Query.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>

#include <cstdio>

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

// A counter on stderr, rewritten in place at most a few times a second; only for big files.
class ProgressCounter
{
public:
    explicit ProgressCounter(bool enabled)
        : m_enabled(enabled)
    {
        m_sinceShown.start();
    }
    ~ProgressCounter() { finish(); }
    Q_DISABLE_COPY_MOVE(ProgressCounter)

    void show(const QString &text)
    {
        if (!m_enabled || m_sinceShown.elapsed() < 200)
            return;
        m_sinceShown.restart();
        std::fputs(qUtf8Printable(u'\r' + text), stderr);
        std::fflush(stderr);
        m_shown = true;
    }
    void finish()
    {
        if (m_shown)
            std::fputs("\n", stderr);
        m_shown = false;
    }

private:
    bool m_enabled = false;
    bool m_shown = false;
    QElapsedTimer m_sinceShown;
};

constexpr qint64 kBigFileBytes = 1024 * 1024;
constexpr qint64 kBigBacklog = 10000;

// `import FILE --format jsonl`: notes upserted by ref, then projected into search so text search finds them at once.
int importJsonl(const CliRequest &request, const QString &path)
{
    auto database = openDatabase(request.dataDir);
    if (!database)
        return fail(database.error().message);
    ProgressCounter counter(QFileInfo(path).size() >= kBigFileBytes);
    JsonlImporter importer(**database);
    importer.setProgress([&](qint64 lines, qint64 bytesDone, qint64 bytesTotal) {
        counter.show(DataCommands::tr("importing: %1 lines (%2%)")
                         .arg(lines)
                         .arg(bytesTotal > 0 ? 100 * bytesDone / bytesTotal : 100));
    });
    const auto imported = importer.importFile(path);
    counter.finish();
    if (!imported)
        return fail(imported.error().message);

    // Records waiting from before (an upgrade, a restore) are projected too, so a big backlog shows a counter.
    SearchProjector projector(**database);
    const auto pending = projector.pendingCount();
    ProgressCounter indexCounter(QFileInfo(path).size() >= kBigFileBytes || (pending && *pending >= kBigBacklog));
    const auto projected = projector.catchUpAll(
        [&](qint64 done, qint64 total) { indexCounter.show(DataCommands::tr("indexing: %1 of %2").arg(done).arg(total)); });
    indexCounter.finish();
    if (!projected)
        return fail(projected.error().message);
    auto documents = runQuery(**database, QStringLiteral("SELECT count(*) FROM documents"), {},
                              DataCommands::tr("Counting search documents"));
    if (!documents)
        return fail(documents.error().message);
    const qint64 documentCount = documents->next() ? documents->value(0).toLongLong() : 0;

    if (request.json()) {
        printJson({{QStringLiteral("added"), imported->added},
                   {QStringLiteral("updated"), imported->updated},
                   {QStringLiteral("unchanged"), imported->unchanged},
                   {QStringLiteral("documents"), documentCount}});
    } else {
        printLine(stdout, DataCommands::tr("Imported %1 from %2: %3 added, %4 updated, %5 unchanged; %6 search documents")
                              .arg(DataCommands::tr("%n note(s)", nullptr,
                                                    int(imported->added + imported->updated + imported->unchanged)),
                                   path)
                              .arg(imported->added)
                              .arg(imported->updated)
                              .arg(imported->unchanged)
                              .arg(documentCount));
    }
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
    if (request.parser.isSet(QStringLiteral("undo")))
        return CsvImportCommands::undo(request);
    if (request.parser.isSet(QStringLiteral("list")))
        return CsvImportCommands::list(request);
    const auto path = singlePath(request);
    if (!path)
        return fail(tr("%1 needs exactly one path; try --help").arg(request.command), 2);
    const QString format = formatOf(request);
    if (format == u"jsonl")
        return importJsonl(request, *path);
    if (format == u"csv")
        return CsvImportCommands::importCsv(request, *path);
    if (format == u"ics")
        return IcsImportCommands::importIcs(request, *path);
    if (format != u"json")
        return fail(tr("unknown import format \"%1\"; this version imports json, jsonl, csv and ics").arg(format),
                    2);
    auto database = openDatabase(request.dataDir);
    if (!database)
        return fail(database.error().message);
    return report(request, JsonImporter(**database).importFile(*path), tr("Imported %1 from %2"), *path);
}

} // namespace lifeos::cli
