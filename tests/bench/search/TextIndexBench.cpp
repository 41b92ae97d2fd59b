// Text search latency (issue 4): TextIndex::search over the generated corpus, by query shape.
// Usage: bench_text_index [DOCUMENTS=100000] [LIMIT=50] [DATABASE]. Builds a database (in a temporary folder, or
// at DATABASE when given and missing; an existing DATABASE is reused as it is), fills documents (the FTS5
// triggers index it), then times common-word, rare-word, two-word-prefix and sample queries.

#include "BenchStats.h"
#include "CorpusGenerator.h"
#include "search/TextIndex.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace lifeos;

namespace {

QStringList column(sqlite3 *handle, const char *sql)
{
    QStringList values;
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(handle, sql, -1, &statement, nullptr);
    while (sqlite3_step(statement) == SQLITE_ROW)
        values.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0))));
    sqlite3_finalize(statement);
    return values;
}

void measure(const TextIndex &index, const char *label, const QStringList &queries, int limit,
             const SearchFilter &filter = {})
{
    std::vector<double> ms, cpu;
    std::vector<std::pair<double, QString>> slowest;
    qint64 hits = 0;
    for (int round = 0; round < 2; ++round) { // the first round warms the page cache
        for (const QString &query : queries) {
            QElapsedTimer timer;
            timespec cpuStart{}, cpuEnd{};
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpuStart);
            timer.start();
            auto result = index.search(query, filter, limit);
            const double took = double(timer.nsecsElapsed()) / 1e6;
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpuEnd);
            const double cpuMs = double(cpuEnd.tv_sec - cpuStart.tv_sec) * 1e3
                                 + double(cpuEnd.tv_nsec - cpuStart.tv_nsec) / 1e6;
            if (!result) {
                std::fprintf(stderr, "%s: %s\n", qPrintable(query), qPrintable(result.error().message));
                continue;
            }
            if (round == 1) {
                ms.push_back(took);
                cpu.push_back(cpuMs);
                slowest.emplace_back(cpuMs, query);
                hits += result->size();
            }
        }
    }
    // CPU time of this thread as well as wall time: on a shared, loaded machine the wall time includes waiting.
    std::printf("%-26s n=%3zu  wall p50 %6.2f p95 %6.2f | cpu p50 %6.2f p95 %6.2f max %6.2f ms (%.1f hits)\n", label,
                ms.size(), bench::percentile(ms, 50), bench::percentile(ms, 95), bench::percentile(cpu, 50),
                bench::percentile(cpu, 95), bench::percentile(cpu, 100),
                ms.empty() ? 0.0 : double(hits) / double(ms.size()));
    std::sort(slowest.begin(), slowest.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (size_t i = 0; i < std::min<size_t>(3, slowest.size()); ++i)
        std::printf("    slowest: %6.2f ms cpu  '%s'\n", slowest[i].first, qPrintable(slowest[i].second));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int documents = argc > 1 ? std::atoi(argv[1]) : 100000;
    const int limit = argc > 2 ? std::atoi(argv[2]) : 50;

    QTemporaryDir dir;
    const QString path = argc > 3 ? QString::fromLocal8Bit(argv[3]) : dir.filePath(QStringLiteral("lifeos.db"));
    const bool reuse = QFileInfo::exists(path);
    auto opened = Database::open(path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    Database &db = **opened;
    sqlite3 *handle = db.handle();

    QElapsedTimer timer;
    timer.start();
    bench::CorpusGenerator generator({});
    if (!reuse) {
    // LIFEOS_BENCH_FTS_PREFIX="2 3 4 5" tries other prefix indexes than the schema's ('2 3').
    if (const QByteArray prefix = qgetenv("LIFEOS_BENCH_FTS_PREFIX"); !prefix.isEmpty()) {
        const QByteArray sql = "DROP TABLE documents_fts; CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, "
                               "content = 'documents', content_rowid = 'id', tokenize = 'lifeos', prefix = '"
                               + prefix + "')";
        if (sqlite3_exec(handle, sql.constData(), nullptr, nullptr, nullptr) != SQLITE_OK) {
            std::fprintf(stderr, "%s\n", sqlite3_errmsg(handle));
            return 1;
        }
        std::printf("prefix indexes: %s\n", prefix.constData());
    }
    sqlite3_exec(handle, "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(handle,
                       "INSERT INTO documents (kind, origin, chunk, ref, title, text, day, updated) "
                       "VALUES (?1, ?2, 0, ?3, ?4, ?5, ?6, '2026-01-01T00:00:00Z')",
                       -1, &insert, nullptr);
    static const char *kinds[] = {"note", "journal", "task", "event"};
    for (int i = 0; i < documents; ++i) {
        const QJsonObject object = QJsonDocument::fromJson(QByteArray::fromStdString(generator.nextLine())).object();
        const QByteArray title = object.value(u"title").toString().toUtf8();
        const QByteArray body = object.value(u"body").toString().toUtf8();
        const QByteArray day = object.value(u"created").toString().left(10).toUtf8();
        const QByteArray origin = "note:" + QByteArray::number(i);
        sqlite3_bind_text(insert, 1, kinds[i % 4], -1, SQLITE_STATIC);
        sqlite3_bind_text(insert, 2, origin.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 3, origin.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 4, title.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 5, body.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 6, day.constData(), -1, SQLITE_TRANSIENT);
        if (sqlite3_step(insert) != SQLITE_DONE) {
            std::fprintf(stderr, "insert: %s\n", sqlite3_errmsg(handle));
            return 1;
        }
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    sqlite3_exec(handle, "COMMIT", nullptr, nullptr, nullptr);
    const double insertSeconds = double(timer.elapsed()) / 1000.0;
    sqlite3_exec(handle, "INSERT INTO documents_fts (documents_fts) VALUES ('optimize')", nullptr, nullptr, nullptr);
    std::printf("%d documents inserted and indexed in %.1f s (optimize %.1f s); database %.1f MB\n", documents,
                insertSeconds, double(timer.elapsed()) / 1000.0 - insertSeconds,
                double(QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size()) / 1e6);
    }

    sqlite3_exec(handle, "CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, documents_fts, 'row')", nullptr,
                 nullptr, nullptr);
    const QStringList common = column(handle, "SELECT term FROM temp.vocab WHERE length(term) >= 4 "
                                              "ORDER BY doc DESC LIMIT 40");
    const QStringList rare = column(handle, "SELECT term FROM temp.vocab WHERE doc BETWEEN 3 AND 30 "
                                            "AND length(term) >= 5 ORDER BY term LIMIT 200");
    const QStringList docCounts = column(handle, "SELECT min(doc) || '-' || max(doc) FROM (SELECT doc FROM "
                                                 "temp.vocab WHERE length(term) >= 4 ORDER BY doc DESC LIMIT 40)");
    std::printf("common words in %s documents each\n", qPrintable(docCounts.value(0)));

    const TextIndex index(db);
    QStringList commonQueries, rareQueries, prefixQueries, commonPairs;
    for (const QString &word : common)
        commonQueries.append(word + u' ');
    for (const QString &word : rare)
        rareQueries.append(word + u' ');
    for (qsizetype i = 0; i + 1 < common.size(); ++i) {
        prefixQueries.append(common[i] + u' ' + common[i + 1].left(2));
        commonPairs.append(common[i] + u' ' + common[i + 1] + u' ');
    }
    QStringList typing; // one query typed letter by letter from the second letter on
    for (const QString &word : common.mid(0, 10)) {
        for (qsizetype n = 2; n <= word.size(); ++n)
            typing.append(word.left(n));
    }

    std::printf("limit %d\n", limit);
    measure(index, "common word", commonQueries, limit);
    measure(index, "two common words", commonPairs, limit);
    measure(index, "rare word", rareQueries, limit);
    measure(index, "word + 2-letter prefix", prefixQueries, limit);
    measure(index, "typing a common word", typing, limit);
    measure(index, "generator sample queries", bench::CorpusGenerator::sampleQueries(300, 7), limit);
    SearchFilter filter;
    filter.kinds = {QStringLiteral("journal")};
    filter.from = QDate(2024, 1, 1);
    measure(index, "common word, kind+date", commonQueries, limit, filter);
    measure(index, "prefix, kind+date", prefixQueries, limit, filter);
    return 0;
}
