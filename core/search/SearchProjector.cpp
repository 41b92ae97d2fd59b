#include "search/SearchProjector.h"

#include "search/DocumentRenderer.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/SqlValues.h"
#include "util/Logging.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>


namespace lifeos {

namespace {

constexpr int kBatchForAll = 1000;
constexpr int kInsertColumns = 10;

// One stored chunk, as compared with a freshly rendered one.
struct StoredChunk {
    qint64 id = 0;
    int chunk = 0;
    QString kind;
    qint64 recordId = -1; // -1: NULL
    QString ref;
    QString title;
    QString text;
    QString day;
    int anchor = 0;
};

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// Title and text are NOT NULL; Qt binds a null QString as NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

bool prepare(QSqlQuery &query, const QString &sql, Error *error)
{
    query.setForwardOnly(true);
    if (query.prepare(sql))
        return true;
    *error = Database::errorFrom(query.lastError(), SearchProjector::tr("Preparing the search projection"));
    return false;
}

bool exec(QSqlQuery &query, const QVariantList &values, Error *error)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (query.exec())
        return true;
    *error = Database::errorFrom(query.lastError(), SearchProjector::tr("Updating the search projection"));
    return false;
}

} // namespace

SearchProjector::SearchProjector(Database &database)
    : m_database(database)
{
}

Result<int> SearchProjector::catchUp(int maxOrigins)
{
    int done = 0;
    auto written = m_database.write([&]() -> Result<void> {
        Error error;
        QSqlQuery pending(m_database.connection());
        if (!prepare(pending, QStringLiteral("SELECT origin FROM search_dirty LIMIT ?"), &error)
            || !exec(pending, {qMax(1, maxOrigins)}, &error))
            return error;
        QStringList origins;
        while (pending.next())
            origins.append(pending.value(0).toString());
        pending.finish();
        if (origins.isEmpty())
            return {};

        QSqlQuery stored(m_database.connection());
        if (!prepare(stored,
                     QStringLiteral("SELECT id, chunk, kind, record_id, ref, title, text, day, anchor FROM documents "
                                    "WHERE origin = ? ORDER BY chunk"),
                     &error))
            return error;

        // First decide, then write: FTS5 flushes its pending index at every statement savepoint, so the documents
        // are deleted and inserted with a few multi-row statements per batch rather than one statement a chunk.
        DocumentRenderer renderer(m_database);
        const QVariant now = sql::instant(sql::now());
        QList<qint64> removals;
        QVariantList insertions; // kInsertColumns values a row
        QList<StoredChunk> existing;
        for (const QString &origin : std::as_const(origins)) {
            auto rendered = renderer.render(origin);
            if (!rendered)
                return rendered.error();
            existing.clear();
            if (!exec(stored, {origin}, &error))
                return error;
            while (stored.next()) {
                existing.append(StoredChunk{stored.value(0).toLongLong(), stored.value(1).toInt(),
                                            stored.value(2).toString(),
                                            stored.value(3).isNull() ? -1 : stored.value(3).toLongLong(),
                                            stored.value(4).toString(), stored.value(5).toString(),
                                            stored.value(6).toString(), stored.value(7).toString(),
                                            stored.value(8).toInt()});
            }
            stored.finish();
            if (!rendered->has_value()) {
                for (const StoredChunk &old : std::as_const(existing))
                    removals.append(old.id);
                continue;
            }
            const DocumentDraft &draft = **rendered;
            const QVariant recordId = draft.recordId >= 0 ? QVariant(draft.recordId) : QVariant();
            const QString day = draft.day.isValid() ? draft.day.toString(Qt::ISODate) : QString();
            // A row is kept (and keeps its id, so its embedding stays valid) only when nothing stored in it changed;
            // otherwise it is replaced: documents are never updated.
            QList<bool> kept(draft.chunks.size(), false);
            for (const StoredChunk &old : std::as_const(existing)) {
                const bool same = old.chunk < draft.chunks.size() && old.kind == draft.kind
                                  && old.recordId == draft.recordId && old.ref == draft.ref && old.title == draft.title
                                  && old.text == draft.chunks.at(old.chunk).text && old.day == day
                                  && old.anchor == draft.chunks.at(old.chunk).anchor;
                if (same)
                    kept[old.chunk] = true;
                else
                    removals.append(old.id);
            }
            for (int i = 0; i < draft.chunks.size(); ++i) {
                if (kept.at(i))
                    continue;
                const TextChunk &chunk = draft.chunks.at(i);
                insertions << draft.kind << origin << i << recordId << nullIfEmpty(draft.ref) << notNull(draft.title)
                           << notNull(chunk.text) << (day.isEmpty() ? QVariant() : QVariant(day)) << chunk.anchor << now;
            }
        }

        if (auto removed = removeDocuments(removals); !removed)
            return removed;
        if (auto inserted = insertDocuments(insertions); !inserted)
            return inserted;
        if (auto cleaned = cleanDirty(origins); !cleaned)
            return cleaned;
        done = int(origins.size());
        return {};
    });
    if (!written)
        return written.error();
    return done;
}

Result<void> SearchProjector::removeDocuments(const QList<qint64> &ids)
{
    // Ids are integers read from the table itself, so joining them into the statement is safe.
    for (qsizetype first = 0; first < ids.size(); first += kRowsPerStatement) {
        QStringList list;
        for (qsizetype i = first; i < std::min(ids.size(), first + kRowsPerStatement); ++i)
            list.append(QString::number(ids.at(i)));
        auto query = runQuery(m_database,
                              QStringLiteral("DELETE FROM documents WHERE id IN (%1)").arg(list.join(u',')), {},
                              tr("Updating the search projection"));
        if (!query)
            return query.error();
    }
    return {};
}

Result<void> SearchProjector::insertDocuments(const QVariantList &values)
{
    static const QString head = QStringLiteral(
        "INSERT INTO documents (kind, origin, chunk, record_id, ref, title, text, day, anchor, updated) VALUES ");
    static const QString row = QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    // Parsing a statement costs more the more placeholders it has, so a full-sized one is prepared once and reused.
    QSqlQuery full(m_database.connection());
    const qsizetype rows = values.size() / kInsertColumns;
    for (qsizetype first = 0; first < rows; first += kRowsPerStatement) {
        const qsizetype count = std::min(rows - first, qsizetype(kRowsPerStatement));
        const QVariantList slice = values.mid(first * kInsertColumns, count * kInsertColumns);
        const QString sql = head + QStringList(count, row).join(u',');
        if (count < kRowsPerStatement) {
            auto query = runQuery(m_database, sql, slice, tr("Updating the search projection"));
            if (!query)
                return query.error();
            continue;
        }
        Error error;
        if ((full.lastQuery().isEmpty() && !prepare(full, sql, &error)) || !exec(full, slice, &error))
            return error;
    }
    return {};
}

Result<void> SearchProjector::cleanDirty(const QStringList &origins)
{
    for (qsizetype first = 0; first < origins.size(); first += kRowsPerStatement) {
        const qsizetype count = std::min(origins.size() - first, qsizetype(kRowsPerStatement));
        QStringList placeholders(count, QStringLiteral("?"));
        QVariantList values;
        for (qsizetype i = first; i < first + count; ++i)
            values.append(origins.at(i));
        auto query = runQuery(m_database,
                              QStringLiteral("DELETE FROM search_dirty WHERE origin IN (%1)").arg(placeholders.join(u',')),
                              values, tr("Updating the search projection"));
        if (!query)
            return query.error();
    }
    return {};
}

Result<int> SearchProjector::catchUpAll()
{
    return catchUpAll({}, nullptr);
}

Result<int> SearchProjector::catchUpAll(const std::function<void(qint64 done, qint64 total)> &progress,
                                        const std::atomic_bool *cancel)
{
    qint64 total = 0;
    if (progress) {
        auto pending = pendingCount();
        if (!pending)
            return pending.error();
        total = *pending;
    }
    int done = 0;
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return Error{ErrorCode::Cancelled, tr("Updating the search index was cancelled.")};
        auto batch = catchUp(kBatchForAll);
        if (!batch)
            return batch.error();
        if (*batch == 0) {
            if (done > 0)
                qCInfo(lcSearch) << "projected" << done << "records in" << timer.elapsed() << "ms";
            return done;
        }
        done += *batch;
        if (progress)
            progress(done, std::max<qint64>(total, done));
    }
}

Result<qint64> SearchProjector::pendingCount() const
{
    auto query = runQuery(m_database, QStringLiteral("SELECT count(*) FROM search_dirty"), {},
                          tr("Counting records to index"));
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toLongLong() : 0;
}

Result<void> SearchProjector::markAllDirty()
{
    static const char *const statements[] = {
        "INSERT OR IGNORE INTO search_dirty SELECT 'journal:' || id FROM journal_entries",
        "INSERT OR IGNORE INTO search_dirty SELECT 'note:' || id FROM notes",
        "INSERT OR IGNORE INTO search_dirty SELECT 'task:' || id FROM tasks",
        "INSERT OR IGNORE INTO search_dirty SELECT kind || ':' || id FROM transactions",
        "INSERT OR IGNORE INTO search_dirty SELECT 'workout:' || id FROM workouts",
        "INSERT OR IGNORE INTO search_dirty SELECT 'event:' || id FROM calendar_events",
        "INSERT OR IGNORE INTO search_dirty SELECT DISTINCT 'health:' || day FROM metrics",
        "INSERT OR IGNORE INTO search_dirty SELECT DISTINCT 'health:' || day FROM workouts",
        // Documents whose record is somehow gone are looked at too, and so removed.
        "INSERT OR IGNORE INTO search_dirty SELECT DISTINCT origin FROM documents",
    };
    return m_database.write([&]() -> Result<void> {
        for (const char *statement : statements) {
            auto query = runQuery(m_database, QString::fromLatin1(statement), {}, tr("Marking records to index"));
            if (!query)
                return query.error();
        }
        return {};
    });
}

} // namespace lifeos
