#include "search/EmbeddingStore.h"

#include "storage/Database.h"
#include "util/Logging.h"

#include <QtEndian>

#include <sqlite3.h>

#include <cstring>

namespace lifeos {

namespace {

// One prepared statement, finalized on every path out.
class Statement
{
public:
    Statement(sqlite3 *handle, const char *sql)
    {
        m_rc = sqlite3_prepare_v2(handle, sql, -1, &m_statement, nullptr);
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Q_DISABLE_COPY_MOVE(Statement)

    bool ok() const { return m_rc == SQLITE_OK; }
    sqlite3_stmt *get() const { return m_statement; }
    void bind(int index, const QString &text)
    {
        const QByteArray utf8 = text.toUtf8();
        sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    void bind(int index, qint64 value) { sqlite3_bind_int64(m_statement, index, value); }
    void bindBlob(int index, const QByteArray &bytes)
    {
        sqlite3_bind_blob(m_statement, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
    }
    int step() { return sqlite3_step(m_statement); }
    void reset() { sqlite3_reset(m_statement); }

private:
    sqlite3_stmt *m_statement = nullptr;
    int m_rc = SQLITE_OK;
};

QString columnText(sqlite3_stmt *statement, int column)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, column)),
                             sqlite3_column_bytes(statement, column));
}

} // namespace

EmbeddingStore::EmbeddingStore(Database &database)
    : m_database(database)
{}

Error EmbeddingStore::sqlError(const QString &what) const
{
    sqlite3 *handle = m_database.handle();
    const int code = sqlite3_extended_errcode(handle);
    qCWarning(lcSearch) << what << "failed:" << sqlite3_errmsg(handle);
    if ((code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED)
        return {ErrorCode::DatabaseLocked, tr("The database is in use by another program. Close it and try again.")};
    if ((code & 0xff) == SQLITE_FULL)
        return {ErrorCode::Io, tr("The disk is full. Free up some space and try again.")};
    return {ErrorCode::Unknown, tr("%1 failed: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(handle)))};
}

QByteArray EmbeddingStore::toBlob(const float *vector, int dimension)
{
    QByteArray bytes(qsizetype(dimension) * qsizetype(sizeof(float)), Qt::Uninitialized);
#if Q_BYTE_ORDER == Q_LITTLE_ENDIAN
    std::memcpy(bytes.data(), vector, size_t(bytes.size()));
#else
    qToLittleEndian<float>(vector, dimension, bytes.data());
#endif
    return bytes;
}

bool EmbeddingStore::fromBlob(const void *data, int bytes, int dimension, float *out)
{
    if (!data || bytes != dimension * int(sizeof(float)))
        return false;
#if Q_BYTE_ORDER == Q_LITTLE_ENDIAN
    std::memcpy(out, data, size_t(bytes));
#else
    qFromLittleEndian<float>(data, dimension, out);
#endif
    return true;
}

Result<PendingDocuments> EmbeddingStore::pending(const QString &model, qint64 afterId, int limit) const
{
    Statement statement(m_database.handle(),
                        "SELECT d.id, d.title, d.text FROM documents d WHERE d.id > ?1 AND NOT EXISTS "
                        "(SELECT 1 FROM embeddings e WHERE e.model = ?2 AND e.document_id = d.id) "
                        "ORDER BY d.id LIMIT ?3");
    if (!statement.ok())
        return sqlError(tr("Finding documents to embed"));
    statement.bind(1, afterId);
    statement.bind(2, model);
    statement.bind(3, qint64(limit));
    PendingDocuments pending;
    int rc = SQLITE_OK;
    while ((rc = statement.step()) == SQLITE_ROW) {
        pending.ids.push_back(sqlite3_column_int64(statement.get(), 0));
        const QString title = columnText(statement.get(), 1);
        const QString text = columnText(statement.get(), 2);
        pending.texts.append(title.isEmpty() ? text : title + QStringLiteral("\n\n") + text);
    }
    if (rc != SQLITE_DONE)
        return sqlError(tr("Finding documents to embed"));
    return pending;
}

Result<qint64> EmbeddingStore::pendingCount(const QString &model) const
{
    Statement statement(m_database.handle(),
                        "SELECT count(*) FROM documents d WHERE NOT EXISTS "
                        "(SELECT 1 FROM embeddings e WHERE e.model = ?1 AND e.document_id = d.id)");
    if (!statement.ok())
        return sqlError(tr("Counting documents to embed"));
    statement.bind(1, model);
    if (statement.step() != SQLITE_ROW)
        return sqlError(tr("Counting documents to embed"));
    return qint64(sqlite3_column_int64(statement.get(), 0));
}

Result<qint64> EmbeddingStore::count(const QString &model) const
{
    // The (document_id) index holds (document_id, model) only: counting it does not read the vectors.
    Statement statement(m_database.handle(),
                        "SELECT count(*) FROM embeddings INDEXED BY embeddings_by_document WHERE model = ?1");
    if (!statement.ok())
        return sqlError(tr("Counting embeddings"));
    statement.bind(1, model);
    if (statement.step() != SQLITE_ROW)
        return sqlError(tr("Counting embeddings"));
    return qint64(sqlite3_column_int64(statement.get(), 0));
}

Result<std::vector<qint64>> EmbeddingStore::ids(const QString &model) const
{
    Statement statement(m_database.handle(),
                        "SELECT document_id FROM embeddings INDEXED BY embeddings_by_document WHERE model = ?1 "
                        "ORDER BY document_id");
    if (!statement.ok())
        return sqlError(tr("Reading embeddings"));
    statement.bind(1, model);
    std::vector<qint64> result;
    int rc = SQLITE_OK;
    while ((rc = statement.step()) == SQLITE_ROW)
        result.push_back(sqlite3_column_int64(statement.get(), 0));
    if (rc != SQLITE_DONE)
        return sqlError(tr("Reading embeddings"));
    return result;
}

Result<std::vector<qint64>> EmbeddingStore::put(const QString &model, const std::vector<qint64> &ids,
                                                const std::vector<float> &vectors, int dimension)
{
    if (dimension <= 0 || vectors.size() != ids.size() * size_t(dimension))
        return Error{ErrorCode::InvalidInput, tr("The embedder returned vectors of the wrong size.")};
    std::vector<qint64> stored;
    stored.reserve(ids.size());
    const auto written = m_database.write([&]() -> Result<void> {
        // A document deleted while its batch was being embedded is skipped, not an error.
        Statement insert(m_database.handle(),
                         "INSERT OR REPLACE INTO embeddings (model, document_id, vector) "
                         "SELECT ?1, ?2, ?3 WHERE EXISTS (SELECT 1 FROM documents WHERE id = ?2)");
        if (!insert.ok())
            return sqlError(tr("Storing embeddings"));
        insert.bind(1, model);
        for (size_t i = 0; i < ids.size(); ++i) {
            insert.bind(2, ids[i]);
            insert.bindBlob(3, toBlob(vectors.data() + i * size_t(dimension), dimension));
            if (insert.step() != SQLITE_DONE)
                return sqlError(tr("Storing embeddings"));
            if (sqlite3_changes(m_database.handle()) > 0)
                stored.push_back(ids[i]);
            insert.reset();
        }
        return {};
    });
    if (!written)
        return written.error();
    return stored;
}

Result<StoredEmbeddings> EmbeddingStore::loadAll(const QString &model, int dimension) const
{
    Statement statement(m_database.handle(),
                        "SELECT document_id, vector FROM embeddings WHERE model = ?1 ORDER BY document_id");
    if (!statement.ok())
        return sqlError(tr("Reading embeddings"));
    statement.bind(1, model);
    StoredEmbeddings all;
    all.dimension = dimension;
    if (const auto expected = count(model); expected) {
        all.ids.reserve(size_t(*expected));
        all.vectors.reserve(size_t(*expected) * size_t(dimension));
    }
    int rc = SQLITE_OK;
    qint64 skipped = 0;
    while ((rc = statement.step()) == SQLITE_ROW) {
        const size_t at = all.vectors.size();
        all.vectors.resize(at + size_t(dimension));
        if (!fromBlob(sqlite3_column_blob(statement.get(), 1), sqlite3_column_bytes(statement.get(), 1), dimension,
                      all.vectors.data() + at)) {
            all.vectors.resize(at); // a vector of another size cannot be used; it is embedded again later
            ++skipped;
            continue;
        }
        all.ids.push_back(sqlite3_column_int64(statement.get(), 0));
    }
    if (rc != SQLITE_DONE)
        return sqlError(tr("Reading embeddings"));
    if (skipped > 0)
        qCWarning(lcSearch) << skipped << "embeddings of" << model << "have the wrong size; ignored";
    return all;
}

Result<QHash<qint64, std::vector<float>>> EmbeddingStore::vectorsOf(const QString &model,
                                                                    const std::vector<qint64> &ids,
                                                                    int dimension) const
{
    Statement statement(m_database.handle(),
                        "SELECT vector FROM embeddings WHERE model = ?1 AND document_id = ?2");
    if (!statement.ok())
        return sqlError(tr("Reading embeddings"));
    statement.bind(1, model);
    QHash<qint64, std::vector<float>> result;
    for (const qint64 id : ids) {
        statement.bind(2, id);
        const int rc = statement.step();
        if (rc == SQLITE_ROW) {
            std::vector<float> vector(static_cast<size_t>(dimension));
            if (fromBlob(sqlite3_column_blob(statement.get(), 0), sqlite3_column_bytes(statement.get(), 0),
                         dimension, vector.data()))
                result.insert(id, std::move(vector));
        } else if (rc != SQLITE_DONE) {
            return sqlError(tr("Reading embeddings"));
        }
        statement.reset();
    }
    return result;
}

Result<void> EmbeddingStore::removeModel(const QString &model)
{
    return m_database.write([&]() -> Result<void> {
        Statement remove(m_database.handle(), "DELETE FROM embeddings WHERE model = ?1");
        if (!remove.ok())
            return sqlError(tr("Removing old embeddings"));
        remove.bind(1, model);
        if (remove.step() != SQLITE_DONE)
            return sqlError(tr("Removing old embeddings"));
        // A retired model's row goes with its vectors, so later runs have nothing left to clean up.
        Statement forget(m_database.handle(), "DELETE FROM embedding_models WHERE model = ?1 AND state = 'retired'");
        if (!forget.ok())
            return sqlError(tr("Removing old embeddings"));
        forget.bind(1, model);
        if (forget.step() != SQLITE_DONE)
            return sqlError(tr("Removing old embeddings"));
        return {};
    });
}

Result<void> EmbeddingStore::removeAll()
{
    return m_database.write([&]() -> Result<void> {
        Statement remove(m_database.handle(), "DELETE FROM embeddings");
        if (!remove.ok() || remove.step() != SQLITE_DONE)
            return sqlError(tr("Removing embeddings"));
        return {};
    });
}

} // namespace lifeos
