#include "cli/SearchCommands.h"

#include "cli/CliOutput.h"
#include "cli/OpenDatabase.h"
#include "search/HybridSearch.h"
#include "search/Indexer.h"
#include "search/SearchTypes.h"
#include "search/SemanticIndex.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <optional>
#include <variant>

namespace lifeos::cli {

namespace {

constexpr int kMaxLimit = 1000;

// Set by SIGINT: the indexer stops between two batches and keeps what it did.
std::atomic_bool g_interrupted = false;

extern "C" void onInterrupt(int)
{
    g_interrupted.store(true);
}

QLocale numberLocale()
{
    // The C locale prints 12000; people read 12,000.
    QLocale locale;
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    locale.setNumberOptions(QLocale::DefaultNumberOptions);
    return locale;
}

QString number(qint64 value)
{
    return numberLocale().toString(value);
}

std::optional<QDate> dateOption(const CliRequest &request, const QString &name, bool *bad)
{
    const QString value = request.value(name);
    if (value.isEmpty())
        return std::nullopt;
    const QDate day = QDate::fromString(value, Qt::ISODate);
    if (!day.isValid())
        *bad = true;
    return day;
}

// The request, or the exit code of the usage mistake already reported.
std::variant<SearchRequest, int> searchRequestOf(const CliRequest &request)
{
    SearchRequest search;
    search.query = request.arguments.join(u' ').trimmed();
    if (search.query.isEmpty())
        return fail(SearchCommands::tr("search needs the words to look for; try --help"), 2);
    if (request.parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        const int limit = request.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > kMaxLimit)
            return fail(SearchCommands::tr("--limit needs a whole number from 1 to %1").arg(kMaxLimit), 2);
        search.limit = limit;
    }
    if (request.parser.isSet(QStringLiteral("mode"))
        && !searchModeFromName(request.value(QStringLiteral("mode")), &search.mode))
        return fail(SearchCommands::tr("unknown --mode \"%1\"; use hybrid, text or vector")
                        .arg(request.value(QStringLiteral("mode"))),
                    2);
    for (const QString &value : request.parser.values(QStringLiteral("kind"))) {
        for (const QString &kind : value.split(u',', Qt::SkipEmptyParts)) {
            const QString name = kind.trimmed().toLower();
            if (!searchKinds().contains(name))
                return fail(SearchCommands::tr("unknown --kind \"%1\"; use %2").arg(kind, searchKinds().join(u", ")), 2);
            if (!search.filter.kinds.contains(name))
                search.filter.kinds.append(name);
        }
    }
    bool badDate = false;
    if (const auto from = dateOption(request, QStringLiteral("from"), &badDate))
        search.filter.from = *from;
    if (const auto to = dateOption(request, QStringLiteral("to"), &badDate))
        search.filter.to = *to;
    if (badDate)
        return fail(SearchCommands::tr("--from and --to need a date such as 2026-11-22"), 2);
    return search;
}

QJsonValue dayJson(const QDate &day)
{
    return day.isValid() ? QJsonValue(day.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject resultsJson(const SearchResults &results)
{
    QJsonArray hits;
    for (const SearchHit &hit : results.hits) {
        hits.append(QJsonObject{
            // The record's row id in its own table; null for a day's health summary, which is not one row.
            {QStringLiteral("id"), hit.recordId >= 0 ? QJsonValue(hit.recordId) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("kind"), hit.kind},
            {QStringLiteral("ref"), hit.ref},
            {QStringLiteral("title"), hit.title},
            {QStringLiteral("snippet"), snippetMarked(hit.snippet, QStringLiteral("**"), QStringLiteral("**"))},
            {QStringLiteral("day"), dayJson(hit.day)},
            {QStringLiteral("score"), hit.score},
        });
    }
    return {{QStringLiteral("results"), hits}, {QStringLiteral("took_ms"), qRound(results.tookMs * 100) / 100.0}};
}

void printResults(const SearchResults &results)
{
    if (results.hits.isEmpty()) {
        printLine(stdout, SearchCommands::tr("Nothing found."));
        return;
    }
    for (const SearchHit &hit : results.hits) {
        const QString day = hit.day.isValid() ? hit.day.toString(Qt::ISODate) : QStringLiteral("          ");
        const QString title = hit.title.isEmpty() ? hit.ref : hit.title;
        printLine(stdout, QStringLiteral("%1  %2  %3  (%4)").arg(day, hit.kind.leftJustified(7), title, hit.ref));
        const QString snippet = snippetMarked(hit.snippet, QStringLiteral("**"), QStringLiteral("**")).simplified();
        if (!snippet.isEmpty())
            printLine(stdout, QStringLiteral("    ") + snippet);
    }
}

int batchSizeFromEnvironment()
{
    // Hidden, for tests: tiny batches make a kill mid-run likely to land between commits.
    bool ok = false;
    const int size = qEnvironmentVariableIntValue("LIFEOS_INDEX_BATCH_SIZE", &ok);
    return ok && size > 0 ? size : IndexRunOptions{}.batchSize;
}

int batchPauseFromEnvironment()
{
    // Hidden, for tests: a pause after each batch, so a test can kill the run while it is surely mid-way.
    return std::max(0, qEnvironmentVariableIntValue("LIFEOS_INDEX_BATCH_PAUSE_MS"));
}

int printStatus(const CliRequest &request, Database &database)
{
    auto status = Indexer::readStatus(database, request.dataDir);
    if (!status)
        return fail(status.error().message);
    if (request.json()) {
        printJson({
            {QStringLiteral("model"), status->model.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(status->model)},
            {QStringLiteral("building_model"),
             status->buildingModel.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(status->buildingModel)},
            {QStringLiteral("documents"), status->documents},
            {QStringLiteral("embedded"), status->embedded},
            {QStringLiteral("pending_records"), status->pendingRecords},
            {QStringLiteral("pending_documents"), status->pendingDocuments},
            {QStringLiteral("index_bytes"), status->indexBytes},
            {QStringLiteral("last_saved"), status->lastSaved.isValid()
                                                ? QJsonValue(status->lastSaved.toUTC().toString(Qt::ISODate))
                                                : QJsonValue(QJsonValue::Null)},
        });
        return 0;
    }
    printLine(stdout, SearchCommands::tr("Model:             %1").arg(status->model.isEmpty() ? SearchCommands::tr("none yet") : status->model));
    if (!status->buildingModel.isEmpty())
        printLine(stdout, SearchCommands::tr("Being built:       %1").arg(status->buildingModel));
    printLine(stdout, SearchCommands::tr("Documents:         %1").arg(number(status->documents)));
    printLine(stdout, SearchCommands::tr("Embedded:          %1").arg(number(status->embedded)));
    printLine(stdout, SearchCommands::tr("Pending records:   %1").arg(number(status->pendingRecords)));
    printLine(stdout, SearchCommands::tr("Pending documents: %1").arg(number(status->pendingDocuments)));
    printLine(stdout, SearchCommands::tr("Index file:        %1 bytes").arg(number(status->indexBytes)));
    printLine(stdout, SearchCommands::tr("Last saved:        %1")
                          .arg(status->lastSaved.isValid() ? status->lastSaved.toString(Qt::ISODate) : SearchCommands::tr("never")));
    return 0;
}

} // namespace

int SearchCommands::search(const CliRequest &request)
{
    const auto parsed = searchRequestOf(request);
    if (const int *exitCode = std::get_if<int>(&parsed))
        return *exitCode;
    const SearchRequest &search = std::get<SearchRequest>(parsed);
    auto database = openDatabase(request.dataDir);
    if (!database)
        return fail(database.error().message);

    // Cheap catch-up only: project pending records, bring the vector index up. Embedding is `lifeos index`'s job.
    SemanticIndex semantic;
    IndexRunOptions options;
    options.embed = false;
    options.allowRefit = false;
    const QString dataDir = request.dataDir;
    options.wantedEmbedder = [dataDir] { return Indexer::configuredEmbedder(dataDir); };
    auto prepared = Indexer::runToCompletion(**database, request.dataDir, semantic, options);
    if (!prepared)
        return fail(prepared.error().message);
    if (search.mode != SearchMode::Text) {
        if (!semantic.current().isReady())
            printLine(stderr, search.mode == SearchMode::Vector
                                  ? tr("lifeos: no vector index yet; run \"lifeos index\" first.")
                                  : tr("lifeos: no vector index yet; run \"lifeos index\". Showing text matches."));
        else if (prepared->pending > 0)
            printLine(stderr, tr("lifeos: %1 documents are not in the vector index yet; run \"lifeos index\".")
                                  .arg(number(prepared->pending)));
    }

    auto results = HybridSearch(**database, semantic).search(search);
    if (!results)
        return fail(results.error().message);
    if (request.json())
        printJson(resultsJson(*results));
    else
        printResults(*results);
    return 0;
}

int SearchCommands::index(const CliRequest &request)
{
    if (!request.arguments.isEmpty())
        return fail(tr("index takes no arguments; try --help"), 2);
    const bool rebuild = request.parser.isSet(QStringLiteral("rebuild"));
    const bool statusOnly = request.parser.isSet(QStringLiteral("status"));
    if (rebuild && statusOnly)
        return fail(tr("--rebuild and --status cannot be used together"), 2);
    auto database = openDatabase(request.dataDir);
    if (!database)
        return fail(database.error().message);
    if (statusOnly)
        return printStatus(request, **database);

    g_interrupted = false;
    const auto previous = std::signal(SIGINT, onInterrupt);
    SemanticIndex semantic;
    IndexRunOptions options;
    options.rebuild = rebuild;
    options.batchSize = batchSizeFromEnvironment();
    options.batchPauseMs = batchPauseFromEnvironment();
    const QString dataDir = request.dataDir;
    options.wantedEmbedder = [dataDir] { return Indexer::configuredEmbedder(dataDir); };

    QElapsedTimer timer;
    timer.start();
    QElapsedTimer sincePrint;
    bool printed = false;
    qint64 lastDone = -1;
    const auto progress = [&](const IndexStatus &status) {
        if (status.state != IndexStatus::State::Embedding || status.done == lastDone || status.done == 0)
            return;
        // The first line as soon as something is stored, then a few a second at most.
        if (printed && sincePrint.elapsed() < 250 && status.done < status.total)
            return;
        lastDone = status.done;
        printed = true;
        sincePrint.start();
        printLine(stderr, tr("Indexed %1 of %2").arg(number(status.done), number(status.total)));
    };
    auto summary = Indexer::runToCompletion(**database, request.dataDir, semantic, options, progress, &g_interrupted);
    std::signal(SIGINT, previous);
    if (!summary)
        return fail(summary.error().message);
    const qint64 tookMs = timer.elapsed();

    if (request.json()) {
        printJson({
            {QStringLiteral("model"), summary->model.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(summary->model)},
            {QStringLiteral("projected"), summary->projected},
            {QStringLiteral("embedded"), summary->embedded},
            {QStringLiteral("removed"), summary->removed},
            {QStringLiteral("pending"), summary->pending},
            {QStringLiteral("index_rebuilt"), summary->indexRebuilt},
            {QStringLiteral("switched_model"), summary->switchedModel},
            {QStringLiteral("cancelled"), summary->cancelled},
            {QStringLiteral("error"), summary->lastError.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                    : QJsonValue(summary->lastError)},
            {QStringLiteral("took_ms"), tookMs},
        });
    } else if (!summary->cancelled) {
        printLine(stdout, tr("Indexed %1 documents (%2 records projected) in %3 s; %4 still pending.")
                              .arg(number(summary->embedded), number(summary->projected))
                              .arg(double(tookMs) / 1000.0, 0, 'f', 1)
                              .arg(number(summary->pending)));
    }
    if (summary->cancelled)
        return fail(tr("stopped; what was indexed is kept. Run \"lifeos index\" again to go on."), 130);
    if (!summary->lastError.isEmpty())
        return fail(tr("%1 Documents not embedded stay pending for the next run.").arg(summary->lastError));
    return 0;
}

} // namespace lifeos::cli
