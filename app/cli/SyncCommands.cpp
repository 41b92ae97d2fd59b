#include "cli/SyncCommands.h"

#include "cli/CliOutput.h"
#include "cli/OpenDatabase.h"
#include "secrets/KeychainSecretStore.h"
#include "sync/SyncRunner.h"
#include "util/Settings.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QLocale>
#include <QNetworkAccessManager>

#include <atomic>
#include <csignal>
#include <cstdio>

#include <unistd.h>

namespace lifeos::cli {

namespace {

// Set by SIGINT: the sync stops before its next request and keeps the pages it wrote.
std::atomic_bool g_interrupted = false;

extern "C" void onSyncInterrupt(int)
{
    g_interrupted.store(true);
}

QString displayName(const QString &source)
{
    return source == SyncSources::Oura ? QStringLiteral("Oura") : QStringLiteral("Google Calendar");
}

QString localTime(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QJsonValue jsonTime(const QDateTime &utc)
{
    return utc.isValid() ? QJsonValue(utc.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonValue jsonText(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QString count(int value)
{
    return QLocale().toString(value);
}

int printStatuses(const CliRequest &request, SyncRunner &runner, const QStringList &sources)
{
    QJsonArray array;
    for (const QString &source : sources) {
        auto status = runner.status(source);
        if (!status)
            return fail(status.error().message);
        if (request.json()) {
            array.append(QJsonObject{{QStringLiteral("source"), source},
                                     {QStringLiteral("configured"), status->configured},
                                     {QStringLiteral("connected"), status->connected},
                                     {QStringLiteral("last_success"), jsonTime(status->lastSuccess)},
                                     {QStringLiteral("last_error"), jsonText(status->lastError)},
                                     {QStringLiteral("next_run"), jsonTime(status->nextRun)},
                                     {QStringLiteral("items_changed"), status->itemsChanged}});
            continue;
        }
        printLine(stdout, displayName(source));
        QString connection;
        if (!status->configured)
            connection = SyncCommands::tr("not set up (no client id in settings)");
        else
            connection = status->connected ? SyncCommands::tr("connected") : SyncCommands::tr("not connected");
        printLine(stdout, SyncCommands::tr("  Connection: %1").arg(connection));
        printLine(stdout, SyncCommands::tr("  Last sync:  %1")
                              .arg(status->lastSuccess.isValid()
                                       ? SyncCommands::tr("%1 (%n item(s) changed)", nullptr, status->itemsChanged)
                                             .arg(localTime(status->lastSuccess))
                                       : SyncCommands::tr("never")));
        printLine(stdout, SyncCommands::tr("  Last error: %1")
                              .arg(status->lastError.isEmpty() ? SyncCommands::tr("none") : status->lastError));
        printLine(stdout, SyncCommands::tr("  Next run:   %1")
                              .arg(status->nextRun.isValid() ? localTime(status->nextRun)
                                                             : SyncCommands::tr("not scheduled")));
    }
    if (request.json())
        printJson({{QStringLiteral("sources"), array}});
    return 0;
}

int runSyncs(const CliRequest &request, SyncRunner &runner, const QStringList &sources, bool sourceGiven,
             const SyncRequest &syncRequest)
{
    QStringList toRun;
    for (const QString &source : sources) {
        if (sourceGiven) {
            toRun.append(source);
            continue;
        }
        auto status = runner.status(source);
        if (status && status->connected)
            toRun.append(source);
    }
    if (toRun.isEmpty()) {
        if (request.json())
            printJson({{QStringLiteral("results"), QJsonArray()}});
        else
            printLine(stdout, SyncCommands::tr("No source is connected. Connect one with \"lifeos sync oura --connect\" "
                                               "or \"lifeos sync calendar --connect\"."));
        return 0;
    }

    const bool terminal = isatty(fileno(stderr)) == 1;
    QJsonArray results;
    int exitCode = 0;
    g_interrupted = false;
    const auto previous = std::signal(SIGINT, onSyncInterrupt);
    for (const QString &source : std::as_const(toRun)) {
        QElapsedTimer sincePrint;
        bool printedProgress = false;
        const auto progress = [&](int done, int total) {
            if (!terminal || total <= 0 || (printedProgress && sincePrint.elapsed() < 100 && done < total))
                return;
            printedProgress = true;
            sincePrint.start();
            std::fprintf(stderr, "\r%s", qUtf8Printable(QStringLiteral("%1: %2/%3").arg(displayName(source)).arg(done).arg(total)));
            std::fflush(stderr);
        };
        auto outcome = runner.run(source, syncRequest, &g_interrupted, progress);
        if (printedProgress) {
            std::fputs("\n", stderr);
            std::fflush(stderr);
        }
        QJsonObject result{{QStringLiteral("source"), source}, {QStringLiteral("ok"), outcome.ok()}};
        if (outcome) {
            result.insert(QStringLiteral("items_changed"), outcome->itemsChanged);
            if (!request.json())
                printLine(stdout, SyncCommands::tr("%1: %2 item(s) changed.", nullptr, outcome->itemsChanged)
                                      .arg(displayName(source), count(outcome->itemsChanged)));
        } else {
            result.insert(QStringLiteral("error"), outcome.error().message);
            if (!request.json())
                printLine(stderr, QStringLiteral("lifeos: ") + outcome.error().message);
            exitCode = 1;
        }
        results.append(result);
        if (g_interrupted.load())
            break;
    }
    std::signal(SIGINT, previous);
    if (request.json())
        printJson({{QStringLiteral("results"), results}});
    return exitCode;
}

} // namespace

int SyncCommands::sync(const CliRequest &request)
{
    if (request.arguments.size() > 1)
        return fail(tr("sync takes at most one source (oura or calendar); try --help"), 2);
    const bool sourceGiven = !request.arguments.isEmpty();
    const QString source = sourceGiven ? request.arguments.first() : QString();
    if (sourceGiven && !SyncRunner::sources().contains(source))
        return fail(tr("unknown source \"%1\"; choose oura or calendar").arg(source), 2);
    const QStringList sources = sourceGiven ? QStringList{source} : SyncRunner::sources();

    const bool status = request.parser.isSet(QStringLiteral("status"));
    const bool connect = request.parser.isSet(QStringLiteral("connect"));
    const bool disconnect = request.parser.isSet(QStringLiteral("disconnect"));
    const bool backfill = request.parser.isSet(QStringLiteral("backfill"));
    if (int(status) + int(connect) + int(disconnect) + int(backfill) > 1)
        return fail(tr("choose one of --status, --backfill, --connect and --disconnect"), 2);
    if ((connect || disconnect) && !sourceGiven)
        return fail(tr("say which source to %1: oura or calendar").arg(connect ? tr("connect") : tr("disconnect")), 2);
    SyncRequest syncRequest;
    if (backfill) {
        bool ok = false;
        const int days = request.value(QStringLiteral("backfill")).toInt(&ok);
        if (!ok || days < 1 || days > 20 * 366)
            return fail(tr("--backfill needs a number of days, such as 365"), 2);
        syncRequest.mode = SyncRequest::Mode::Backfill;
        syncRequest.backfillDays = days;
    }

    auto database = openDatabase(request.dataDir);
    if (!database)
        return fail(database.error().message);
    QNetworkAccessManager network;
    KeychainSecretStore secrets(KeychainSecretStore::serviceForDataDir(request.dataDir));
    SyncRunner runner(SyncRunner::Environment{**database, request.settings, secrets, network, RetryPolicy{},
                                              [] { return QDateTime::currentDateTimeUtc(); },
                                              QTimeZone::systemTimeZone()});

    if (status)
        return printStatuses(request, runner, sources);
    if (connect) {
        g_interrupted = false;
        const auto previous = std::signal(SIGINT, onSyncInterrupt);
        auto connected = runner.connect(
            source,
            [&](const QUrl &url) {
                printLine(stdout, tr("Open this address in your browser to connect %1: %2")
                                      .arg(displayName(source), QString::fromUtf8(url.toEncoded())));
                std::fflush(stdout);
            },
            &g_interrupted);
        std::signal(SIGINT, previous);
        if (!connected)
            return fail(connected.error().message);
        printLine(stdout, tr("%1 is connected. Run \"lifeos sync %2\" to sync now.").arg(displayName(source), source));
        return 0;
    }
    if (disconnect) {
        auto disconnected = runner.disconnect(source);
        if (!disconnected)
            return fail(disconnected.error().message);
        printLine(stdout, tr("%1 is disconnected.").arg(displayName(source)));
        return 0;
    }
    return runSyncs(request, runner, sources, sourceGiven, syncRequest);
}

} // namespace lifeos::cli
