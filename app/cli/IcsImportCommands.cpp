#include "cli/IcsImportCommands.h"

#include "calendar/IcsImporter.h"
#include "cli/CliOutput.h"
#include "cli/OpenDatabase.h"

#include <QDateTime>
#include <QJsonArray>

#include <cstdio>
#include <optional>

namespace lifeos::cli {

namespace {

// "2026-11-22" or an ISO 8601 moment: the day the window of repeats is built around.
std::optional<QDate> todayOf(const CliRequest &request, const QTimeZone &zone)
{
    const QString value = request.value(QStringLiteral("now"));
    if (value.isEmpty())
        return QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
    const QDate day = QDate::fromString(value, Qt::ISODate);
    if (day.isValid())
        return day;
    const QDateTime now = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (now.isValid())
        return now.toTimeZone(zone).date();
    return std::nullopt;
}

QJsonObject summaryJson(const IcsImportSummary &summary, bool dryRun)
{
    return {{QStringLiteral("calendar"), summary.calendarId},
            {QStringLiteral("events"), summary.events},
            {QStringLiteral("instances"), summary.instances},
            {QStringLiteral("added"), summary.added},
            {QStringLiteral("updated"), summary.updated},
            {QStringLiteral("removed"), summary.removed},
            {QStringLiteral("dry_run"), dryRun},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(summary.warnings)}};
}

} // namespace

int IcsImportCommands::importIcs(const CliRequest &request, const QString &path)
{
    IcsImportOptions options;
    const auto today = todayOf(request, options.zone);
    if (!today)
        return fail(tr("--now needs an ISO 8601 date, such as 2026-11-22"), 2);
    options.today = *today;
    options.calendarName = request.value(QStringLiteral("calendar")).trimmed();
    options.dryRun = request.parser.isSet(QStringLiteral("dry-run"));

    auto database = openDatabase(request.dataDir);
    if (!database)
        return fail(database.error().message);
    const auto summary = IcsImporter(**database).importFile(path, options);
    if (!summary)
        return fail(summary.error().message);

    for (const QString &warning : summary->warnings)
        printLine(stderr, warning);
    if (request.json()) {
        printJson(summaryJson(*summary, options.dryRun));
        return 0;
    }
    // "Imported 12 events (30 with repeats) into "Work": 30 added, 0 updated, 0 removed."
    const QString events = options.dryRun ? tr("Would import %n event(s)", nullptr, summary->events)
                                          : tr("Imported %n event(s)", nullptr, summary->events);
    const QString instances = tr("(%n with repeats)", nullptr, summary->instances);
    const QString changes =
        tr("%1 added, %2 updated, %3 removed").arg(summary->added).arg(summary->updated).arg(summary->removed);
    QString line = tr("%1 %2 into \"%3\": %4.").arg(events, instances, summary->calendarId, changes);
    if (options.dryRun)
        line += u' ' + tr("Dry run: nothing was written.");
    if (!summary->warnings.isEmpty())
        line += u' ' + tr("See the %n warning(s) above.", nullptr, int(summary->warnings.size()));
    printLine(stdout, line);
    return 0;
}

} // namespace lifeos::cli
