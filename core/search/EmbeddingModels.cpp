#include "search/EmbeddingModels.h"

#include "search/OfflineEmbedder.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "util/Logging.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QSqlQuery>

namespace lifeos {

namespace {

const QString kColumns = QStringLiteral("model, provider, dim, state, params, fitted_on");

EmbeddingModelRow rowFrom(const QSqlQuery &query)
{
    EmbeddingModelRow row;
    row.model = query.value(0).toString();
    row.provider = query.value(1).toString();
    row.dimension = query.value(2).toInt();
    row.state = query.value(3).toString();
    row.params = query.value(4).toByteArray();
    row.fittedOn = query.value(5).toLongLong();
    return row;
}

} // namespace

EmbeddingModels::EmbeddingModels(Database &database)
    : m_database(database)
{}

Result<std::optional<EmbeddingModelRow>> EmbeddingModels::firstInState(const QString &state) const
{
    auto query = runQuery(m_database,
                          QStringLiteral("SELECT %1 FROM embedding_models WHERE state = ? ORDER BY created_at DESC, "
                                         "model LIMIT 1")
                              .arg(kColumns),
                          {state}, tr("Reading the embedding models"));
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<EmbeddingModelRow>();
    return std::optional<EmbeddingModelRow>(rowFrom(*query));
}

Result<std::optional<EmbeddingModelRow>> EmbeddingModels::active() const
{
    return firstInState(QStringLiteral("active"));
}

Result<std::optional<EmbeddingModelRow>> EmbeddingModels::building() const
{
    return firstInState(QStringLiteral("building"));
}

Result<std::optional<EmbeddingModelRow>> EmbeddingModels::find(const QString &model) const
{
    auto query = runQuery(m_database, QStringLiteral("SELECT %1 FROM embedding_models WHERE model = ?").arg(kColumns),
                          {model}, tr("Reading the embedding models"));
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<EmbeddingModelRow>();
    return std::optional<EmbeddingModelRow>(rowFrom(*query));
}

Result<QList<EmbeddingModelRow>> EmbeddingModels::retired() const
{
    auto query = runQuery(m_database,
                          QStringLiteral("SELECT %1 FROM embedding_models WHERE state = 'retired'").arg(kColumns), {},
                          tr("Reading the embedding models"));
    if (!query)
        return query.error();
    QList<EmbeddingModelRow> rows;
    while (query->next())
        rows.append(rowFrom(*query));
    return rows;
}

Result<void> EmbeddingModels::add(const Embedder &embedder, const QString &state, const QByteArray &params,
                                  qint64 fittedOn)
{
    const QString created = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    auto query = runQuery(
        m_database,
        QStringLiteral("INSERT INTO embedding_models (model, provider, dim, state, params, fitted_on, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (model) DO UPDATE SET provider = excluded.provider, "
                       "dim = excluded.dim, state = excluded.state, params = excluded.params, "
                       "fitted_on = excluded.fitted_on, created_at = excluded.created_at"),
        {embedder.modelId(), embedder.provider(), embedder.dimension(), state,
         params.isNull() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(params), fittedOn, created},
        tr("Recording the embedding model"));
    if (!query)
        return query.error();
    qCInfo(lcSearch) << "embedding model" << embedder.modelId() << "is now" << state;
    return {};
}

Result<void> EmbeddingModels::setState(const QString &model, const QString &state)
{
    auto query = runQuery(m_database, QStringLiteral("UPDATE embedding_models SET state = ? WHERE model = ?"),
                          {state, model}, tr("Recording the embedding model"));
    if (!query)
        return query.error();
    qCInfo(lcSearch) << "embedding model" << model << "is now" << state;
    return {};
}

Result<void> EmbeddingModels::promote(const QString &building)
{
    return m_database.write([&]() -> Result<void> {
        auto retire = runQuery(m_database,
                               QStringLiteral("UPDATE embedding_models SET state = 'retired' WHERE state = 'active' "
                                              "AND model <> ?"),
                               {building}, tr("Switching the embedding model"));
        if (!retire)
            return retire.error();
        return setState(building, QStringLiteral("active"));
    });
}

Result<void> EmbeddingModels::removeAll()
{
    auto query = runQuery(m_database, QStringLiteral("DELETE FROM embedding_models"), {},
                          tr("Removing the embedding models"));
    if (!query)
        return query.error();
    return {};
}

std::shared_ptr<Embedder> EmbeddingModels::embedderFor(const EmbeddingModelRow &row,
                                                       const std::shared_ptr<Embedder> &wanted)
{
    if (wanted && wanted->modelId() == row.model)
        return wanted;
    if (row.provider != u"offline")
        return nullptr;
    if (row.params.isEmpty()) {
        auto unfitted = OfflineEmbedder::unfitted(row.dimension);
        return unfitted->modelId() == row.model ? unfitted : nullptr;
    }
    auto restored = OfflineEmbedder::fromParams(row.params);
    if (!restored) {
        qCWarning(lcSearch) << "the stored offline model" << row.model << "cannot be read:" << restored.error().message;
        return nullptr;
    }
    if ((*restored)->modelId() != row.model) {
        qCWarning(lcSearch) << "the stored offline model" << row.model << "reads back as" << (*restored)->modelId();
        return nullptr;
    }
    return *restored;
}

Result<std::shared_ptr<Embedder>> EmbeddingModels::fitOffline(const PlanOptions &options, qint64 corpusSize,
                                                              const std::atomic_bool *cancel) const
{
    const int dimension = options.offlineDimension > 0 ? options.offlineDimension : OfflineEmbedder::kDefaultDimension;
    if (corpusSize < OfflineEmbedder::kMinimumCorpus)
        return std::shared_ptr<Embedder>(OfflineEmbedder::unfitted(dimension));
    // Evenly spaced documents in id order: the same corpus always gives the same sample, hence the same model.
    const qint64 step = std::max<qint64>(1, (corpusSize + options.maxFitTexts - 1) / options.maxFitTexts);
    auto query = runQuery(m_database,
                          QStringLiteral("SELECT title, text FROM (SELECT title, text, row_number() OVER (ORDER BY id) "
                                         "AS n FROM documents) WHERE (n - 1) % ? = 0"),
                          {step}, tr("Reading documents to learn from"));
    if (!query)
        return query.error();
    QStringList corpus;
    while (query->next()) {
        const QString title = query->value(0).toString();
        const QString text = query->value(1).toString();
        corpus.append(title.isEmpty() ? text : title + QStringLiteral("\n\n") + text);
    }
    qCInfo(lcSearch) << "fitting the offline embedder on" << corpus.size() << "of" << corpusSize << "documents";
    auto fitted = OfflineEmbedder::fit(corpus, dimension, cancel);
    if (!fitted)
        return fitted.error();
    return std::shared_ptr<Embedder>(*fitted);
}

Result<EmbeddingModels::Plan> EmbeddingModels::plan(const PlanOptions &options, const std::atomic_bool *cancel)
{
    auto activeRow = active();
    if (!activeRow)
        return activeRow.error();
    auto buildingRow = building();
    if (!buildingRow)
        return buildingRow.error();
    auto counted = runQuery(m_database, QStringLiteral("SELECT count(*) FROM documents"), {},
                            tr("Counting documents"));
    if (!counted)
        return counted.error();
    const qint64 documents = counted->next() ? counted->value(0).toLongLong() : 0;

    Plan plan;
    if (*activeRow) {
        // The model already loaded answers for its row; decoding the stored projection again is costly.
        if (options.current && options.current->modelId() == (*activeRow)->model)
            plan.active = options.current;
        else
            plan.active = embedderFor(**activeRow, options.wanted);
    }

    // A model being built that the user no longer wants is dropped (its embeddings are removed by the indexer).
    const auto keepBuilding = [&](const std::shared_ptr<Embedder> &wantedNow) -> Result<bool> {
        if (!*buildingRow)
            return false;
        const bool keep = wantedNow ? (*buildingRow)->model == wantedNow->modelId()
                                    : (*buildingRow)->provider == u"offline";
        if (!keep) {
            if (auto retired = setState((*buildingRow)->model, QStringLiteral("retired")); !retired)
                return retired.error();
            return false;
        }
        plan.building = embedderFor(**buildingRow, options.wanted);
        return plan.building != nullptr;
    };
    // A new model answers at once when nothing else can; otherwise it is built beside the active one.
    const auto adopt = [&](const std::shared_ptr<Embedder> &embedder, const QByteArray &params,
                           qint64 fittedOn) -> Result<void> {
        const bool first = !plan.active;
        if (first && *activeRow) {
            if (auto retired = setState((*activeRow)->model, QStringLiteral("retired")); !retired)
                return retired;
        }
        if (auto added = add(*embedder, first ? QStringLiteral("active") : QStringLiteral("building"), params,
                             fittedOn);
            !added)
            return added;
        (first ? plan.active : plan.building) = embedder;
        return {};
    };

    if (options.wanted) {
        if (plan.active && plan.active->modelId() == options.wanted->modelId()) {
            // A model being built (a refit, an earlier choice) is moot now.
            if (*buildingRow) {
                if (auto retired = setState((*buildingRow)->model, QStringLiteral("retired")); !retired)
                    return retired.error();
            }
            return plan;
        }
        auto kept = keepBuilding(options.wanted);
        if (!kept)
            return kept.error();
        if (*kept)
            return plan;
        if (options.wanted->dimension() <= 0) {
            // A server's dimension is known from its first answer; ask once with a short text.
            auto probe = options.wanted->embed({QStringLiteral("dimension")}, cancel);
            if (!probe)
                return probe.error();
        }
        if (options.wanted->dimension() <= 0)
            return Error{ErrorCode::BadResponse, tr("The embedding server did not say how long its vectors are.")};
        if (auto adopted = adopt(options.wanted, QByteArray(), 0); !adopted)
            return adopted.error();
        return plan;
    }

    // The built-in offline embedder.
    auto kept = keepBuilding(nullptr);
    if (!kept)
        return kept.error();
    if (*kept)
        return plan;
    const bool activeIsOffline = plan.active && plan.active->provider() == u"offline";
    if (activeIsOffline) {
        const qint64 fittedOn = (*activeRow)->fittedOn;
        const bool due = fittedOn <= 0 ? documents >= OfflineEmbedder::kMinimumCorpus : documents >= 2 * fittedOn;
        if (!due || !options.allowRefit)
            return plan;
    }
    auto fitted = fitOffline(options, documents, cancel);
    if (!fitted)
        return fitted.error();
    const auto *offline = dynamic_cast<const OfflineEmbedder *>(fitted->get());
    const bool isFitted = documents >= OfflineEmbedder::kMinimumCorpus;
    if (activeIsOffline && (*fitted)->modelId() == plan.active->modelId()) {
        // The same corpus learned the same model: nothing to re-embed; remember it was checked.
        auto touched = runQuery(m_database, QStringLiteral("UPDATE embedding_models SET fitted_on = ? WHERE model = ?"),
                                {isFitted ? documents : qint64(0), plan.active->modelId()},
                                tr("Recording the embedding model"));
        if (!touched)
            return touched.error();
        return plan;
    }
    if (auto adopted = adopt(*fitted, offline ? offline->params() : QByteArray(), isFitted ? documents : 0); !adopted)
        return adopted.error();
    return plan;
}

QString EmbeddingModels::indexFileName(const QString &model)
{
    QString safe;
    safe.reserve(model.size());
    for (const QChar c : model)
        safe.append((c.isLetterOrNumber() && c.unicode() < 128) || c == u'-' || c == u'.' || c == u'_' ? c : u'_');
    // Two ids that differ only in characters a file name cannot hold still get two files.
    if (safe != model)
        safe += u'-'
                + QString::fromLatin1(
                      QCryptographicHash::hash(model.toUtf8(), QCryptographicHash::Sha1).toHex().left(8));
    return safe + QStringLiteral(".faiss");
}

QString EmbeddingModels::indexPath(const QString &dataDir, const QString &model)
{
    return QDir(dataDir).filePath(QStringLiteral("search/") + indexFileName(model));
}

} // namespace lifeos
