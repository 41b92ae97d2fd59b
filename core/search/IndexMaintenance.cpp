#include "search/IndexMaintenance.h"

#include "search/EmbeddingModels.h"
#include "search/EmbeddingStore.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "util/Logging.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace lifeos {

namespace {

// A deferred read transaction: every statement in it sees one snapshot of the database.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(Database &database)
        : m_query(database.connection())
    {
        m_open = m_query.exec(QStringLiteral("BEGIN"));
    }
    ~ReadSnapshot()
    {
        if (m_open)
            m_query.exec(QStringLiteral("COMMIT"));
    }
    Q_DISABLE_COPY_MOVE(ReadSnapshot)

private:
    QSqlQuery m_query;
    bool m_open = false;
};

} // namespace

IndexMaintenance::IndexMaintenance(Database &database, QString dataDir)
    : m_database(database)
    , m_dataDir(std::move(dataDir))
{}

QString IndexMaintenance::pathFor(const QString &model) const
{
    return EmbeddingModels::indexPath(m_dataDir, model);
}

QDateTime IndexMaintenance::lastSaved(const QString &model) const
{
    const QFileInfo info(pathFor(model));
    return info.exists() ? info.lastModified() : QDateTime();
}

qint64 IndexMaintenance::fileSize(const QString &model) const
{
    const QFileInfo info(pathFor(model));
    return info.exists() ? info.size() : 0;
}

void IndexMaintenance::removeFile(const QString &model) const
{
    const QString path = pathFor(model);
    if (QFile::exists(path) && !QFile::remove(path))
        qCWarning(lcSearch) << "could not remove the old index file" << path;
}

Result<VectorIndexStamp> IndexMaintenance::databaseStamp(const QString &model, int dimension) const
{
    auto ids = EmbeddingStore(m_database).ids(model);
    if (!ids)
        return ids.error();
    VectorIndexStamp stamp;
    stamp.model = model;
    stamp.dimension = dimension;
    stamp.count = qint64(ids->size());
    stamp.idChecksum = VectorIndex::idChecksum(*ids);
    return stamp;
}

Result<std::vector<qint64>> IndexMaintenance::tombstones() const
{
    auto query = runQuery(m_database, QStringLiteral("SELECT document_id FROM vector_tombstones ORDER BY document_id"),
                          {}, tr("Reading deleted documents"));
    if (!query)
        return query.error();
    std::vector<qint64> ids;
    while (query->next())
        ids.push_back(query->value(0).toLongLong());
    return ids;
}

Result<void> IndexMaintenance::clearTombstones(const std::vector<qint64> &ids)
{
    if (ids.empty())
        return {};
    return m_database.write([&]() -> Result<void> {
        QSqlQuery query(m_database.connection());
        if (!query.prepare(QStringLiteral("DELETE FROM vector_tombstones WHERE document_id = ?")))
            return Database::errorFrom(query.lastError(), tr("Forgetting deleted documents"));
        for (const qint64 id : ids) {
            query.bindValue(0, id);
            if (!query.exec())
                return Database::errorFrom(query.lastError(), tr("Forgetting deleted documents"));
        }
        return {};
    });
}

Result<void> IndexMaintenance::save(const VectorIndex &index, const std::vector<qint64> &appliedTombstones)
{
    const QString path = pathFor(index.model());
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error{ErrorCode::Io, tr("The search folder %1 cannot be created.").arg(QFileInfo(path).absolutePath())};
    QElapsedTimer timer;
    timer.start();
    if (auto saved = index.save(path); !saved)
        return saved;
    qCDebug(lcSearch) << "saved" << path << index.count() << "vectors in" << timer.elapsed() << "ms";
    // Only once the file no longer holds these ids may the database forget them.
    return clearTombstones(appliedTombstones);
}

Result<std::shared_ptr<VectorIndex>> IndexMaintenance::rebuild(const QString &model, int dimension,
                                                               IndexOpenReport *report)
{
    QElapsedTimer timer;
    timer.start();
    std::vector<qint64> tombstoneIds;
    StoredEmbeddings stored;
    {
        // Read the deletions and the embeddings from one snapshot: the rebuilt index reflects every tombstone.
        ReadSnapshot snapshot(m_database);
        auto dead = tombstones();
        if (!dead)
            return dead.error();
        tombstoneIds = std::move(*dead);
        auto all = EmbeddingStore(m_database).loadAll(model, dimension);
        if (!all)
            return all.error();
        stored = std::move(*all);
    }
    const qint64 loadMs = timer.elapsed();
    auto index = std::make_shared<VectorIndex>(model, dimension);
    if (auto built = index->build(stored.ids, stored.vectors); !built)
        return built.error();
    qCInfo(lcSearch) << "rebuilt the vector index of" << model << "from" << stored.ids.size() << "stored embeddings in"
                     << timer.elapsed() << "ms (reading" << loadMs << "ms)";
    if (auto saved = save(*index, tombstoneIds); !saved)
        qCWarning(lcSearch) << "could not save the rebuilt index:" << saved.error().message; // it works from memory
    if (report) {
        report->rebuilt = true;
        report->tombstones.clear();
    }
    return index;
}

Result<std::shared_ptr<VectorIndex>> IndexMaintenance::open(const QString &model, int dimension,
                                                            IndexOpenReport *report, const std::atomic_bool *cancel)
{
    Q_UNUSED(cancel)
    IndexOpenReport local;
    IndexOpenReport &out = report ? *report : local;
    out = {};
    const QString path = pathFor(model);
    const auto rebuildBecause = [&](const QString &reason) {
        qCInfo(lcSearch).noquote() << "vector index of" << model << reason << "- rebuilding it from stored embeddings";
        out.reason = reason;
        return rebuild(model, dimension, &out);
    };
    if (!QFile::exists(path))
        return rebuildBecause(QStringLiteral("missing"));

    auto loaded = VectorIndex::load(path);
    if (!loaded) {
        qCWarning(lcSearch) << "vector index file" << path << "is unreadable:" << loaded.error().message;
        return rebuildBecause(QStringLiteral("damaged"));
    }
    std::shared_ptr<VectorIndex> index = std::move(*loaded);
    if (index->model() != model || index->dimension() != dimension)
        return rebuildBecause(QStringLiteral("is of another model"));

    VectorIndexStamp expected;
    std::vector<qint64> dead;
    {
        ReadSnapshot snapshot(m_database);
        auto tombstoneIds = tombstones();
        if (!tombstoneIds)
            return tombstoneIds.error();
        dead = std::move(*tombstoneIds);
        auto stamp = databaseStamp(model, dimension);
        if (!stamp)
            return stamp.error();
        expected = *stamp;
    }
    if (!dead.empty()) {
        if (auto removed = index->remove(dead); !removed) {
            qCWarning(lcSearch) << "removing deleted documents from the loaded index failed:" << removed.error().message;
            return rebuildBecause(QStringLiteral("cannot be updated"));
        }
    }
    const VectorIndexStamp actual = index->stamp();
    if (!(actual == expected)) {
        qCInfo(lcSearch) << "index stamp" << actual.count << actual.idChecksum << "database" << expected.count
                         << expected.idChecksum;
        return rebuildBecause(QStringLiteral("disagrees with the database"));
    }
    if (index->shouldRebuild()) // e.g. an exact index that grew past the size where IVF answers faster
        return rebuildBecause(QStringLiteral("has outgrown its index type"));
    out.tombstones = std::move(dead);
    qCDebug(lcSearch) << "loaded the vector index of" << model << "with" << actual.count << "vectors";
    return index;
}

} // namespace lifeos
