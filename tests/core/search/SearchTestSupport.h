#pragma once

// Shared by the indexer and hybrid search tests: a counting fake embedder and small helpers to write records.

#include "StorageTestSupport.h"
#include "search/Embedder.h"
#include "search/Indexer.h"
#include "search/SemanticIndex.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <atomic>
#include <cmath>

namespace testsupport {

// Bag of hashed words, unit length: texts sharing words are close, so "search by its exact text" finds the
// document. Counts every text it embeds; can be told to fail as a network embedder would.
class FakeEmbedder final : public lifeos::Embedder
{
public:
    explicit FakeEmbedder(QString model = QStringLiteral("fake:words"), int dimension = 64)
        : m_model(std::move(model))
        , m_dimension(dimension)
    {}

    QString modelId() const override { return m_model; }
    QString provider() const override { return QStringLiteral("fake"); }
    int dimension() const override { return m_dimension; }
    bool isLocal() const override { return true; }

    lifeos::Result<std::vector<float>> embed(const QStringList &texts, const std::atomic_bool *cancel) override
    {
        if (cancel && cancel->load())
            return lifeos::Error{lifeos::ErrorCode::Cancelled, QStringLiteral("cancelled")};
        if (failing.load())
            return lifeos::Error{lifeos::ErrorCode::Network, QStringLiteral("The embedding server cannot be reached.")};
        calls.fetch_add(1);
        textsEmbedded.fetch_add(texts.size());
        std::vector<float> out(size_t(texts.size()) * size_t(m_dimension), 0.0f);
        static const QRegularExpression separators(QStringLiteral("[^\\w]+"));
        for (qsizetype row = 0; row < texts.size(); ++row) {
            float *vector = out.data() + size_t(row) * size_t(m_dimension);
            for (const QString &word : texts[row].toLower().split(separators, Qt::SkipEmptyParts)) {
                const QByteArray hash = QCryptographicHash::hash(word.toUtf8(), QCryptographicHash::Md5);
                const quint32 h = quint32(quint8(hash[0])) | quint32(quint8(hash[1])) << 8 | quint32(quint8(hash[2])) << 16;
                vector[h % quint32(m_dimension)] += (hash[3] & 1) ? 1.0f : -1.0f;
            }
            double norm = 0;
            for (int i = 0; i < m_dimension; ++i)
                norm += double(vector[i]) * vector[i];
            if (norm > 0) {
                for (int i = 0; i < m_dimension; ++i)
                    vector[i] = float(vector[i] / std::sqrt(norm));
            }
        }
        return out;
    }

    std::atomic_int calls = 0;
    std::atomic_int textsEmbedded = 0;
    std::atomic_bool failing = false;

private:
    QString m_model;
    int m_dimension = 64;
};

inline QString sqlText(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\'', QStringLiteral("''"));
    return u'\'' + quoted + u'\'';
}

// A note written as any program would: the schema's triggers mark it for the projector.
inline qint64 addNote(lifeos::Database &db, const QString &title, const QString &body,
                      const QString &createdAt = QStringLiteral("2025-03-10T12:00:00.000Z"))
{
    exec(db.handle(), QStringLiteral("INSERT INTO notes (title, body, created_at, updated_at) VALUES (%1, %2, %3, %3)")
                          .arg(sqlText(title), sqlText(body), sqlText(createdAt)));
    return sqlite3_last_insert_rowid(db.handle());
}

inline qint64 addJournal(lifeos::Database &db, const QString &day, const QString &body)
{
    exec(db.handle(),
         QStringLiteral("INSERT INTO journal_entries (day, body, created_at, updated_at) VALUES (%1, %2, %3, %3)")
             .arg(sqlText(day), sqlText(body), sqlText(day + QStringLiteral("T12:00:00.000Z"))));
    return sqlite3_last_insert_rowid(db.handle());
}

inline qint64 countOf(lifeos::Database &db, const QString &sql)
{
    return scalar(db.handle(), sql).mid(2).toLongLong();
}

inline lifeos::IndexRunSummary runIndexer(lifeos::Database &db, const QString &dataDir, lifeos::SemanticIndex &semantic,
                                          std::shared_ptr<lifeos::Embedder> embedder, int batchSize = 128,
                                          const lifeos::Indexer::Progress &progress = {},
                                          const std::atomic_bool *cancel = nullptr)
{
    lifeos::IndexRunOptions options;
    options.batchSize = batchSize;
    options.wantedEmbedder = [embedder] { return lifeos::Result<std::shared_ptr<lifeos::Embedder>>(embedder); };
    auto summary = lifeos::Indexer::runToCompletion(db, dataDir, semantic, options, progress, cancel);
    INFO((summary ? QString() : summary.error().message).toStdString());
    REQUIRE(summary.ok());
    return *summary;
}

} // namespace testsupport
