#pragma once

#include "search/VectorIndex.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <atomic>
#include <memory>
#include <vector>

namespace lifeos {

class Database;

// How an index was brought up: loaded as it was, or rebuilt from the stored embeddings (and why).
struct IndexOpenReport {
    bool rebuilt = false;
    QString reason;                    // for the log: missing, damaged, mismatch …
    std::vector<qint64> tombstones;    // removed from the index; clear them once it is saved (clearTombstones)
};

// Keeps a model's FAISS file in line with the database, which is the truth: at start the file is loaded and its
// stamp (model, dimension, count, id checksum) compared with the model's embeddings rows after the deletions
// recorded since it was saved (vector_tombstones) are applied. A missing, damaged or mismatched file is rebuilt
// from the stored embeddings — no embedder is called — and saved atomically. Never throws, never crashes on a
// bad file: that is a log line and a rebuild.
class IndexMaintenance
{
    Q_DECLARE_TR_FUNCTIONS(IndexMaintenance)

public:
    IndexMaintenance(Database &database, QString dataDir);

    Result<std::shared_ptr<VectorIndex>> open(const QString &model, int dimension, IndexOpenReport *report = nullptr,
                                              const std::atomic_bool *cancel = nullptr);
    // Builds the model's index from its stored embeddings (a consistent read) and saves it.
    Result<std::shared_ptr<VectorIndex>> rebuild(const QString &model, int dimension,
                                                 IndexOpenReport *report = nullptr);

    // What the database says the model's index must hold.
    Result<VectorIndexStamp> databaseStamp(const QString &model, int dimension) const;
    Result<std::vector<qint64>> tombstones() const;
    // Writes the file (temp + rename), then forgets the tombstones it no longer needs.
    Result<void> save(const VectorIndex &index, const std::vector<qint64> &appliedTombstones);
    Result<void> clearTombstones(const std::vector<qint64> &ids);

    QString pathFor(const QString &model) const;
    QDateTime lastSaved(const QString &model) const;
    qint64 fileSize(const QString &model) const;
    void removeFile(const QString &model) const;

private:
    Database &m_database;
    QString m_dataDir;
};

} // namespace lifeos
