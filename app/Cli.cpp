#include "Cli.h"

#include "AppInfo.h"
#include "Translations.h"
#include "export/JsonExporter.h"
#include "export/JsonImporter.h"
#include "export/MarkdownExporter.h"
#include "storage/Database.h"
#include "util/DataLocation.h"
#include "util/Settings.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace lifeos {

namespace {

const QStringList kCommands = {QStringLiteral("export"), QStringLiteral("import")};

void printLine(FILE *stream, const QString &text)
{
    std::fputs(qUtf8Printable(text + u'\n'), stream);
    std::fflush(stream);
}

int fail(const QString &message, int code = 1)
{
    printLine(stderr, QStringLiteral("lifeos: ") + message);
    return code;
}

QJsonObject summaryJson(const ExportSummary &summary)
{
    QJsonObject rows;
    for (auto it = summary.rowsPerTable.begin(); it != summary.rowsPerTable.end(); ++it)
        rows.insert(it.key(), it.value());
    return {{QStringLiteral("rows"), rows}, {QStringLiteral("files"), QJsonArray::fromStringList(summary.files)}};
}

QString summaryText(const ExportSummary &summary)
{
    return Cli::tr("journal days: %1, tasks: %2, notes: %3")
        .arg(summary.rowsPerTable.value(QStringLiteral("journal_entries")))
        .arg(summary.rowsPerTable.value(QStringLiteral("tasks")))
        .arg(summary.rowsPerTable.value(QStringLiteral("notes")));
}

} // namespace

bool Cli::isCommandLine(int argc, char *argv[])
{
    // Options whose value is the next argument (ours and QApplication's), so that value is not a command.
    static const QStringList takesValue = {QStringLiteral("--data-dir"), QStringLiteral("-platform"),
                                           QStringLiteral("-style"), QStringLiteral("-display"),
                                           QStringLiteral("-stylesheet"), QStringLiteral("-qwindowgeometry"),
                                           QStringLiteral("-qwindowtitle"), QStringLiteral("-qwindowicon")};
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (takesValue.contains(arg)) {
            ++i;
            continue;
        }
        if (arg.startsWith(u"--data-dir="))
            continue;
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
    parser.setApplicationDescription(tr("LifeOS — your journal, tasks and notes, on your own computer.\n\n"
                                        "Commands:\n"
                                        "  export DIR --format json|md   write everything to DIR\n"
                                        "  import FILE --format json     restore a JSON export into an empty data folder\n\n"
                                        "Without a command, LifeOS opens its window."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
                                           tr("Keep data in DIR (default: $LIFEOS_DATA_DIR or the system's app data folder)."),
                                           tr("DIR"));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("json or md (export); json (import)."), tr("FORMAT"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print the result as JSON."));
    parser.addOptions({dataDirOption, formatOption, jsonOption});
    parser.addPositionalArgument(QStringLiteral("command"), tr("export or import"));
    parser.addPositionalArgument(QStringLiteral("path"), tr("The folder to export into, or the file to import."));

    if (!parser.parse(app.arguments()))
        return fail(parser.errorText(), 2);
    if (parser.isSet(QStringLiteral("version"))) {
        printLine(stdout, QStringLiteral("lifeos ") + QCoreApplication::applicationVersion());
        return 0;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printLine(stdout, parser.helpText());
        return 0;
    }

    const QString dataDir = DataLocation::resolve(parser.value(dataDirOption));
    // The language setting lives in the data folder, so read it before any message is printed.
    Settings settings(DataLocation::settingsPath(dataDir));
    installTranslations(app, settings.value(SettingKeys::Language));

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return fail(tr("no command given; try --help"), 2);
    const QString command = positional.first();
    if (!kCommands.contains(command))
        return fail(tr("unknown command \"%1\"; try --help").arg(command), 2);
    if (positional.size() != 2)
        return fail(tr("%1 needs exactly one path; try --help").arg(command), 2);
    const QString path = QDir::current().absoluteFilePath(positional.at(1));
    const QString format = parser.value(formatOption).isEmpty() ? QStringLiteral("json") : parser.value(formatOption);

    if (command == u"export" && format != u"json" && format != u"md")
        return fail(tr("unknown export format \"%1\"; use json or md").arg(format), 2);
    if (command == u"import" && format != u"json")
        return fail(tr("unknown import format \"%1\"; this version imports json").arg(format), 2);

    auto folder = DataLocation::ensure(dataDir);
    if (!folder)
        return fail(folder.error().message);
    auto database = Database::open(DataLocation::databasePath(dataDir));
    if (!database)
        return fail(database.error().message);

    Result<ExportSummary> result = Error{};
    if (command == u"export") {
        result = format == u"md" ? MarkdownExporter(**database).exportTo(path) : JsonExporter(**database).exportTo(path);
    } else {
        result = JsonImporter(**database).importFile(path);
    }
    if (!result)
        return fail(result.error().message);

    if (parser.isSet(jsonOption)) {
        printLine(stdout, QString::fromUtf8(QJsonDocument(summaryJson(*result)).toJson(QJsonDocument::Compact)));
    } else if (command == u"export") {
        printLine(stdout, tr("Exported %1 to %2").arg(summaryText(*result), path));
    } else {
        printLine(stdout, tr("Imported %1 from %2").arg(summaryText(*result), path));
    }
    return 0;
}

} // namespace lifeos
