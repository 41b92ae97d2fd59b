#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace lifeos {

// What the indexer is doing, for the status bar, Settings and `lifeos index --status`.
struct IndexStatus {
    enum class State { Idle, Projecting, Embedding, Rebuilding, Failed };
    State state = State::Idle;
    QString model;             // the active embedding model
    QString buildingModel;     // a model being filled in the background, if any
    qint64 documents = 0;      // rows in documents
    qint64 embedded = 0;       // of those, embedded with the active model and in the vector index
    qint64 pendingRecords = 0; // records waiting to be projected
    qint64 pendingDocuments = 0; // documents not yet embedded with the active model
    qint64 indexBytes = 0;     // size of the active model's index file
    bool vectorsReady = false; // the active model's vector index is loaded and answering
    qint64 done = 0;           // progress of the current run
    qint64 total = 0;
    QString lastError;         // in words, for the user
    QDateTime lastSaved;       // when the vector index file was last written
};

} // namespace lifeos

Q_DECLARE_METATYPE(lifeos::IndexStatus)
