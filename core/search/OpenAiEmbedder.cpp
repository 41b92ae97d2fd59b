#include "search/OpenAiEmbedder.h"

#include "net/HttpClient.h"
#include "util/Logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include <algorithm>
#include <cmath>

namespace lifeos {

namespace {

bool isCancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

} // namespace

OpenAiEmbedder::OpenAiEmbedder(Config config)
    : m_config(std::move(config))
    , m_dimension(m_config.dimension)
{
    m_config.batchSize = std::max(1, m_config.batchSize);
    m_config.maxAttempts = std::max(1, m_config.maxAttempts);
}

QString OpenAiEmbedder::modelId() const
{
    return m_config.provider + u':' + m_config.model;
}

QUrl OpenAiEmbedder::endpoint() const
{
    QUrl url = m_config.baseUrl;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (!path.endsWith(u"/embeddings")) {
        if (!path.endsWith(u"/v1"))
            path += u"/v1";
        path += u"/embeddings";
    }
    url.setPath(path);
    return url;
}

Result<QByteArray> OpenAiEmbedder::post(HttpClient &http,
                                        const QByteArray &payload,
                                        qsizetype inputCount,
                                        const std::atomic_bool *cancel) const
{
    HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url = endpoint();
    request.headers = {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
                       {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")}};
    if (!m_config.apiKey.isEmpty())
        request.headers.append({QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + m_config.apiKey});
    request.body = payload;
    request.timeoutMs = std::max(1, m_config.timeoutMs);

    qCDebug(lcSearch) << "embeddings:" << inputCount << "texts to" << request.url.host();
    const Result<HttpResponse> answer = http.send(request, cancel);
    if (!answer) {
        if (answer.error().code == ErrorCode::Cancelled)
            return Error{ErrorCode::Cancelled, tr("Embedding was cancelled.")};
        return answer.error();
    }
    const int status = answer->status;
    if (answer->isSuccess())
        return answer->body;
    const QString message = HttpClient::serverDetail(answer->body);
    qCDebug(lcSearch) << "embeddings: HTTP" << status << "from" << request.url.host() << ":" << message;
    if (status == 401 || status == 403)
        return Error{ErrorCode::AuthFailed,
                     tr("The embeddings server refused the API key (HTTP %1): %2").arg(status).arg(message),
                     status};
    if (status == 400 || status == 413 || status == 422)
        return Error{ErrorCode::InvalidInput,
                     tr("The embeddings server refused the request (HTTP %1): %2").arg(status).arg(message),
                     status};
    return HttpClient::errorFor(*answer, tr("The embeddings server at %1").arg(request.url.host()));
}

Result<std::vector<float>> OpenAiEmbedder::parseAnswer(const QByteArray &body, qsizetype expectedCount)
{
    const auto bad = [](const QString &why) {
        return Error{ErrorCode::BadResponse,
                     tr("The embeddings server sent an answer that cannot be read: %1").arg(why)};
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return bad(tr("it is not a JSON object"));
    const QJsonValue dataValue = document.object().value(QStringLiteral("data"));
    if (!dataValue.isArray())
        return bad(tr("it has no \"data\" list"));
    const QJsonArray data = dataValue.toArray();
    if (data.size() != expectedCount)
        return bad(tr("%1 vectors came back for %2 texts").arg(data.size()).arg(expectedCount));

    const int known = m_dimension.load();
    int dimension = known;
    std::vector<float> rows;
    std::vector<bool> seen(size_t(expectedCount), false);
    for (qsizetype position = 0; position < data.size(); ++position) {
        const QJsonObject item = data.at(position).toObject();
        // Servers may list vectors out of order; "index" says which input each belongs to.
        const QJsonValue indexValue = item.value(QStringLiteral("index"));
        qsizetype index = position;
        if (!indexValue.isUndefined()) {
            const double number = indexValue.toDouble(-1);
            if (!indexValue.isDouble() || number < 0 || number >= double(expectedCount) || number != std::floor(number))
                return bad(tr("a vector has an invalid index"));
            index = qsizetype(number);
        }
        if (seen[size_t(index)])
            return bad(tr("two vectors have the index %1").arg(index));
        seen[size_t(index)] = true;

        const QJsonValue embeddingValue = item.value(QStringLiteral("embedding"));
        if (!embeddingValue.isArray())
            return bad(tr("a vector is not a list of numbers"));
        const QJsonArray embedding = embeddingValue.toArray();
        if (dimension == 0)
            dimension = int(embedding.size());
        if (dimension == 0)
            return bad(tr("a vector is empty"));
        if (embedding.size() != dimension) {
            return bad(known > 0
                           ? tr("vectors of %1 numbers were expected, one has %2").arg(known).arg(embedding.size())
                           : tr("the vectors have different lengths (%1 and %2)").arg(dimension).arg(embedding.size()));
        }
        if (rows.empty())
            rows.assign(size_t(expectedCount) * size_t(dimension), 0.0f);
        float *row = rows.data() + size_t(index) * size_t(dimension);
        for (qsizetype k = 0; k < dimension; ++k) {
            const QJsonValue value = embedding.at(k);
            if (!value.isDouble() || !std::isfinite(value.toDouble()))
                return bad(tr("a vector holds something that is not a number"));
            row[k] = float(value.toDouble());
        }
    }

    // The first answer fixes the dimension; a model that changes it mid-way would corrupt the index.
    int expected = 0;
    if (!m_dimension.compare_exchange_strong(expected, dimension) && expected != dimension)
        return bad(tr("vectors of %1 numbers were expected, got %2").arg(expected).arg(dimension));

    for (qsizetype r = 0; r < expectedCount; ++r) {
        float *row = rows.data() + size_t(r) * size_t(dimension);
        double squares = 0;
        for (int k = 0; k < dimension; ++k)
            squares += double(row[k]) * row[k];
        if (squares > 0) {
            const double scale = 1.0 / std::sqrt(squares);
            for (int k = 0; k < dimension; ++k)
                row[k] = float(row[k] * scale);
        }
    }
    return rows;
}

Result<std::vector<float>> OpenAiEmbedder::embed(const QStringList &texts, const std::atomic_bool *cancel)
{
    if (isCancelled(cancel))
        return Error{ErrorCode::Cancelled, tr("Embedding was cancelled.")};

    // Blank texts are not sent (OpenAI refuses empty input); they keep a zero row.
    std::vector<qsizetype> toSend;
    toSend.reserve(size_t(texts.size()));
    for (qsizetype i = 0; i < texts.size(); ++i) {
        if (!texts.at(i).trimmed().isEmpty())
            toSend.push_back(i);
    }

    int dimension = m_dimension.load();
    std::vector<float> vectors;
    if (dimension > 0)
        vectors.assign(size_t(texts.size()) * size_t(dimension), 0.0f);

    QNetworkAccessManager network; // this thread's, for this call: batches reuse its connections
    RetryPolicy policy;
    policy.maxAttempts = m_config.maxAttempts;
    policy.initialBackoffMs = m_config.initialBackoffMs;
    policy.maxRetryAfterMs = m_config.maxRetryAfterMs;
    HttpClient http(network, policy);
    const size_t batchSize = size_t(m_config.batchSize);
    for (size_t start = 0; start < toSend.size(); start += batchSize) {
        if (isCancelled(cancel))
            return Error{ErrorCode::Cancelled, tr("Embedding was cancelled.")};
        const size_t end = std::min(toSend.size(), start + batchSize);
        QJsonArray input;
        for (size_t i = start; i < end; ++i)
            input.append(texts.at(toSend[i]));
        const QJsonObject request{{QStringLiteral("model"), m_config.model},
                                  {QStringLiteral("input"), input},
                                  {QStringLiteral("encoding_format"), QStringLiteral("float")}};
        const qsizetype count = qsizetype(end - start);

        const Result<QByteArray> body =
            post(http, QJsonDocument(request).toJson(QJsonDocument::Compact), count, cancel);
        if (!body)
            return body.error();
        const Result<std::vector<float>> rows = parseAnswer(*body, count);
        if (!rows)
            return rows.error();

        const int rowDimension = int(rows->size() / size_t(count));
        if (vectors.empty()) {
            dimension = rowDimension;
            vectors.assign(size_t(texts.size()) * size_t(dimension), 0.0f);
        }
        for (qsizetype j = 0; j < count; ++j) {
            std::copy_n(rows->begin() + j * dimension,
                        dimension,
                        vectors.begin() + toSend[start + size_t(j)] * dimension);
        }
    }
    return vectors;
}

} // namespace lifeos
