#include "Cli.h"

#include "AppInfo.h"
#include "Translations.h"
#include "cli/CaptureCommands.h"
#include "cli/CliOutput.h"
#include "cli/CliRequest.h"
#include "cli/DataCommands.h"
#include "cli/SearchCommands.h"
#include "cli/StatsCommands.h"
#include "cli/SyncCommands.h"
#include "util/DataLocation.h"
#include "util/Settings.h"

#include <QCommandLineParser>
#include <QMap>

#include <functional>

namespace lifeos {

namespace {

using Command = std::function<int(const cli::CliRequest &)>;

const QMap<QString, Command> &commands()
{
    static const QMap<QString, Command> map = {
        {QStringLiteral("export"), &cli::DataCommands::exportData},
        {QStringLiteral("import"), &cli::DataCommands::importData},
        {QStringLiteral("parse"), &cli::CaptureCommands::parse},
        {QStringLiteral("capture"), &cli::CaptureCommands::capture},
        {QStringLiteral("search"), &cli::SearchCommands::search},
        {QStringLiteral("index"), &cli::SearchCommands::index},
        {QStringLiteral("stats"), &cli::StatsCommands::stats},
        {QStringLiteral("sync"), &cli::SyncCommands::sync},
    };
    return map;
}

} // namespace

bool Cli::isCommandLine(int argc, char *argv[])
{
    // Options whose value is the next argument (ours and QApplication's), so that value is not a command.
    static const QStringList takesValue = {QStringLiteral("--data-dir"),
                                           QStringLiteral("-platform"),
                                           QStringLiteral("-style"),
                                           QStringLiteral("-display"),
                                           QStringLiteral("-stylesheet"),
                                           QStringLiteral("-qwindowgeometry"),
                                           QStringLiteral("-qwindowtitle"),
                                           QStringLiteral("-qwindowicon")};
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (takesValue.contains(arg)) {
            ++i;
            continue;
        }
        if (arg.startsWith(u"--data-dir="))
            continue;
        if (arg == u"--capture") // the quick-capture window, with or without text after it
            return false;
        if (arg == u"--version" || arg == u"-v" || arg == u"--help" || arg == u"-h" || !arg.startsWith(u'-'))
            return true;
    }
    return false;
}

int Cli::run(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setApplicationInfo();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("LifeOS — your journal, tasks and notes, on your own computer.\n\n"
           "Commands:\n"
           "  capture TEXT [--kind KIND]        file one line as a task, note, journal line, expense,\n"
           "                                    income, metric or workout, and print what was stored\n"
           "  parse TEXT [--now ISO8601]        show how a line would be filed, without storing it\n"
           "  export DIR --format json|md       write everything to DIR\n"
           "  import FILE --format json|jsonl   json: restore a JSON export into an empty data folder;\n"
           "                                    jsonl: add or update one note a line {\"title\",\"body\",\n"
           "                                    \"created\",\"tags\",\"ref\"}; --json prints {\"added\",\n"
           "                                    \"updated\",\"unchanged\",\"documents\"}\n"
           "  import FILE --format csv [--mapping NAME | --mapping-save NAME] [--currency CODE]\n"
           "         [--dry-run]\n"
           "                                    a metrics CSV (date, metric, value) or a bank statement\n"
           "                                    (the saved mapping NAME, else a guessed one) as one batch;\n"
           "                                    a bad row writes nothing; --json prints {\"batch\",\"kind\",\n"
           "                                    \"new\",\"duplicates\",\"problems\":[{\"line\",\"message\"}]}\n"
           "  import FILE --format ics [--calendar NAME] [--dry-run] [--now DATE]\n"
           "                                    an iCalendar file (Google, Outlook, Apple); importing the\n"
           "                                    same calendar again replaces its events; repeats are\n"
           "                                    expanded a year back and ahead; --json prints {\"calendar\",\n"
           "                                    \"events\",\"instances\",\"added\",\"updated\",\"removed\",\n"
           "                                    \"dry_run\",\"warnings\"}\n"
           "  import --list | --undo BATCH_ID   the imports so far; undo one import as one step\n"
           "  search QUERY [--limit N] [--mode hybrid|text|vector] [--kind KIND ...]\n"
           "         [--from DATE] [--to DATE] find records by words and meaning; with --json prints\n"
           "                                    {\"results\":[{\"id\",\"kind\",\"ref\",\"title\",\"snippet\",\"day\",\n"
           "                                    \"score\"}],\"took_ms\"}: id is the record's id (null for a\n"
           "                                    day's health summary), matches in the snippet are **marked**\n"
           "  index [--rebuild] [--status]      bring the search index up to date (Ctrl+C stops, keeping\n"
           "                                    what was done); --rebuild redoes everything\n"
           "  stats [--json] [--now DATE]       the Review page's numbers: each metric and spending category\n"
           "                                    this week vs last week vs its 90-day baseline, streaks and\n"
           "                                    on this day; --json prints {\"today\",\"metrics\",\"spending\",\n"
           "                                    \"on_this_day\",\"streaks\"}\n"
           "  sync [oura|calendar] [--status] [--backfill DAYS] [--connect] [--disconnect]\n"
           "                                    sync the connected sources now (Ctrl+C stops); --status\n"
           "                                    shows connection, last sync, last error and next run;\n"
           "                                    --connect signs in through the browser\n\n"
           "TEXT may be \"-\" to read standard input. Without a command, LifeOS opens its window;\n"
           "--capture [TEXT] opens the quick-capture window of the running LifeOS."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"),
        tr("Keep data in DIR (default: $LIFEOS_DATA_DIR or the system's app data folder)."),
        tr("DIR"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          tr("json or md (export); json, jsonl, csv or ics (import)."),
                                          tr("FORMAT"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print the result as JSON."));
    const QCommandLineOption nowOption(QStringLiteral("now"),
                                       tr("Read dates as if it were this moment (parse, capture, stats)."),
                                       tr("ISO8601"));
    const QCommandLineOption kindOption(
        QStringLiteral("kind"),
        tr("File the line as this kind instead of the one the parser picks (parse, capture)."),
        tr("KIND"));
    parser.addOptions({dataDirOption, formatOption, jsonOption, nowOption, kindOption});
    parser.addOptions({
        {QStringLiteral("limit"), tr("Show at most N results (search; default 20)."), tr("N")},
        {QStringLiteral("mode"), tr("hybrid (default), text or vector (search)."), tr("MODE")},
        {QStringLiteral("from"), tr("Only records on or after this day (search)."), tr("DATE")},
        {QStringLiteral("to"), tr("Only records on or before this day (search)."), tr("DATE")},
        {QStringLiteral("rebuild"), tr("Project and embed everything again (index).")},
        {QStringLiteral("status"), tr("Show the state of the search index (index).")},
        {QStringLiteral("mapping"), tr("Read a bank CSV with the column mapping saved as NAME (import)."), tr("NAME")},
        {QStringLiteral("mapping-save"), tr("Save the guessed column mapping as NAME (import)."), tr("NAME")},
        {QStringLiteral("currency"), tr("Amounts are in this currency when the CSV does not say (import)."),
         tr("CODE")},
        {QStringLiteral("dry-run"), tr("Show what would be imported without writing anything (import).")},
        {QStringLiteral("undo"), tr("Undo the import with this batch id (import)."), tr("BATCH_ID")},
        {QStringLiteral("list"), tr("List the imports done so far (import).")},
        {QStringLiteral("calendar"), tr("File the imported events under the calendar NAME (import --format ics)."),
         tr("NAME")},
        {QStringLiteral("backfill"), tr("Sync the last DAYS days again (sync)."), tr("DAYS")},
        {QStringLiteral("connect"), tr("Sign in to the source through the browser (sync).")},
        {QStringLiteral("disconnect"), tr("Sign out of the source and forget its tokens (sync).")},
    });
    parser.addPositionalArgument(QStringLiteral("command"), tr("capture, parse, export or import"));
    parser.addPositionalArgument(QStringLiteral("arguments"), tr("The text, folder or file the command works on."));

    if (!parser.parse(app.arguments()))
        return cli::fail(parser.errorText(), 2);
    if (parser.isSet(QStringLiteral("version"))) {
        cli::printLine(stdout, QStringLiteral("lifeos ") + QCoreApplication::applicationVersion());
        return 0;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        cli::printLine(stdout, parser.helpText());
        return 0;
    }

    const QString dataDir = DataLocation::resolve(parser.value(dataDirOption));
    // The language setting lives in the data folder, so read it before any message is printed.
    Settings settings(DataLocation::settingsPath(dataDir));
    installTranslations(app, settings.value(SettingKeys::Language));

    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return cli::fail(tr("no command given; try --help"), 2);
    const QString command = positional.takeFirst();
    const auto handler = commands().find(command);
    if (handler == commands().end())
        return cli::fail(tr("unknown command \"%1\"; try --help").arg(command), 2);
    return (*handler)(cli::CliRequest{parser, command, positional, dataDir, settings});
}

} // namespace lifeos
