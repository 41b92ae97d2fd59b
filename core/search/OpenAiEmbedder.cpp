#include "search/OpenAiEmbedder.h"

#include "util/Logging.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <memory>

namespace lifeos {

namespace {

constexpr int kCancelPollMs = 25;
constexpr qint64 kMaxBackoffMs = 30000;
constexpr qint64 kMaxRetryAfterValueMs = 24LL * 3600 * 1000; // anything longer is nonsense, not a plan

bool isCancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

// How one request ended.
struct Exchange
{
    enum class Outcome {
        Answered,
        Failed,
        TimedOut,
        Cancelled
    };
    Outcome outcome = Outcome::Failed;
    int status = 0;
    QByteArray body;
    QByteArray retryAfter;
    QByteArray retryAfterMs; // OpenAI's own, finer header
    QString detail;          // Qt's technical error text
};

// Transport-level failures (connection refused or cut, TLS, timeout) as opposed to an HTTP status the server sent.
bool isTransportError(QNetworkReply::NetworkError error)
{
    // Qt's codes 1-199 are network and proxy failures; HTTP 4xx/5xx arrive as 201-299, 302 (for 400) and 401-499.
    const int code = int(error);
    return (code >= 1 && code <= 199) || error == QNetworkReply::ProtocolUnknownError
           || error == QNetworkReply::ProtocolFailure;
}

// Sends one request and waits, in a local event loop, for its end, the transfer timeout or cancellation.
Exchange exchange(QNetworkAccessManager &network,
                  const QNetworkRequest &request,
                  const QByteArray &payload,
                  const std::atomic_bool *cancel)
{
    Exchange result;
    if (isCancelled(cancel)) {
        result.outcome = Exchange::Outcome::Cancelled;
        return result;
    }
    const std::unique_ptr<QNetworkReply> reply(network.post(request, payload));
    bool cancelledHere = false;
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer poll;
    poll.setInterval(kCancelPollMs);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (!cancelledHere && isCancelled(cancel)) {
            cancelledHere = true;
            reply->abort(); // emits finished()
        }
    });
    if (!reply->isFinished()) {
        if (cancel)
            poll.start();
        loop.exec();
    }

    if (cancelledHere) {
        result.outcome = Exchange::Outcome::Cancelled;
        return result;
    }
    const QNetworkReply::NetworkError error = reply->error();
    result.detail = reply->errorString();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError) {
        result.outcome = Exchange::Outcome::TimedOut; // the transfer timeout aborts the reply; we did not
        return result;
    }
    if (isTransportError(error) || result.status == 0) {
        result.outcome = Exchange::Outcome::Failed;
        return result;
    }
    result.outcome = Exchange::Outcome::Answered;
    result.body = reply->readAll();
    result.retryAfter = reply->rawHeader("Retry-After");
    result.retryAfterMs = reply->rawHeader("retry-after-ms");
    return result;
}

// Waits in a local event loop (so the thread stays responsive); false when cancelled meanwhile.
bool waitUnlessCancelled(qint64 ms, const std::atomic_bool *cancel)
{
    if (ms > 0 && !isCancelled(cancel)) {
        QEventLoop loop;
        QTimer done;
        done.setSingleShot(true);
        done.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5% early, before a server's Retry-After
        QObject::connect(&done, &QTimer::timeout, &loop, &QEventLoop::quit);
        QTimer poll;
        poll.setInterval(kCancelPollMs);
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (isCancelled(cancel))
                loop.quit();
        });
        done.start(int(ms));
        if (cancel)
            poll.start();
        loop.exec();
    }
    return !isCancelled(cancel);
}

// The error text a server put in its answer: OpenAI {"error":{"message"}}, Ollama {"error":"..."}, else raw text.
QString serverMessage(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject()) {
        const QJsonObject object = document.object();
        const QJsonValue error = object.value(QStringLiteral("error"));
        if (error.isObject())
            return error.toObject().value(QStringLiteral("message")).toString();
        if (error.isString())
            return error.toString();
        if (object.value(QStringLiteral("message")).isString())
            return object.value(QStringLiteral("message")).toString();
    }
    return QString::fromUtf8(body.left(300)).simplified();
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

std::optional<qint64> OpenAiEmbedder::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const double seconds = text.toDouble(&isNumber);
    if (isNumber) {
        if (!std::isfinite(seconds) || seconds < 0)
            return std::nullopt;
        return qint64(std::ceil(std::min(seconds * 1000.0, double(kMaxRetryAfterValueMs))));
    }
    // An HTTP date: "Wed, 21 Oct 2015 07:28:00 GMT".
    const QString dateText = QString::fromLatin1(text);
    QDateTime when = QDateTime::fromString(dateText, Qt::RFC2822Date);
    if (!when.isValid()) {
        when = QLocale::c().toDateTime(dateText, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        when.setTimeZone(QTimeZone::utc());
    }
    if (!when.isValid())
        return std::nullopt;
    return std::clamp(now.msecsTo(when), qint64(0), kMaxRetryAfterValueMs);
}

qint64 OpenAiEmbedder::backoffMs(int attempt) const
{
    // Exponential with "equal jitter": half the step fixed, half random, so parallel clients spread out.
    const qint64 step =
        std::min(kMaxBackoffMs, qint64(std::max(0, m_config.initialBackoffMs)) << std::min(attempt - 1, 20));
    const qint64 half = step / 2;
    return half + QRandomGenerator::global()->bounded(half + 1);
}

Result<QByteArray> OpenAiEmbedder::post(QNetworkAccessManager &network,
                                        const QByteArray &payload,
                                        qsizetype inputCount,
                                        const std::atomic_bool *cancel) const
{
    QNetworkRequest request(endpoint());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    if (!m_config.apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_config.apiKey);
    request.setTransferTimeout(std::max(1, m_config.timeoutMs));
    const QString where = request.url().toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);

    for (int attempt = 1;; ++attempt) {
        qCDebug(lcSearch) << "embeddings: POST" << where << inputCount << "texts, attempt" << attempt;
        const Exchange answer = exchange(network, request, payload, cancel);
        if (answer.outcome == Exchange::Outcome::Cancelled)
            return Error{ErrorCode::Cancelled, tr("Embedding was cancelled.")};

        qint64 waitMs = backoffMs(attempt);
        QString failure; // for the log
        if (answer.outcome == Exchange::Outcome::Answered) {
            const int status = answer.status;
            if (status >= 200 && status < 300)
                return answer.body;
            const QString message = serverMessage(answer.body);
            qCDebug(lcSearch) << "embeddings: HTTP" << status << "from" << where << ":" << message;
            if (status == 401 || status == 403)
                return Error{ErrorCode::AuthFailed,
                             tr("The embeddings server refused the API key (HTTP %1): %2").arg(status).arg(message)};
            if (status == 429) {
                std::optional<qint64> asked;
                bool isNumber = false;
                if (const double ms = answer.retryAfterMs.trimmed().toDouble(&isNumber);
                    isNumber && std::isfinite(ms) && ms >= 0)
                    asked = qint64(std::ceil(ms));
                else
                    asked = parseRetryAfter(answer.retryAfter, QDateTime::currentDateTimeUtc());
                if (asked)
                    waitMs = std::min(*asked, qint64(std::max(0, m_config.maxRetryAfterMs)));
                if (attempt >= m_config.maxAttempts)
                    return Error{ErrorCode::RateLimited,
                                 tr("The embeddings server is limiting requests (HTTP 429) and still was after %n "
                                    "attempt(s). Try again later.",
                                    nullptr,
                                    attempt)};
            } else if (status == 408 || status >= 500) {
                if (attempt >= m_config.maxAttempts)
                    return Error{
                        ErrorCode::Network,
                        tr("The embeddings server kept failing (HTTP %1) after %n attempt(s): %2", nullptr, attempt)
                            .arg(status)
                            .arg(message)};
            } else if (status == 400 || status == 413 || status == 422) {
                return Error{ErrorCode::InvalidInput,
                             tr("The embeddings server refused the request (HTTP %1): %2").arg(status).arg(message)};
            } else {
                return Error{ErrorCode::BadResponse,
                             tr("The embeddings server answered HTTP %1 at %2: %3").arg(status).arg(where, message)};
            }
            failure = QStringLiteral("HTTP %1").arg(status);
        } else if (answer.outcome == Exchange::Outcome::TimedOut) {
            if (attempt >= m_config.maxAttempts)
                return Error{
                    ErrorCode::Network,
                    tr("The embeddings server at %1 did not answer within %2 s (%n attempt(s)).", nullptr, attempt)
                        .arg(where)
                        .arg(m_config.timeoutMs / 1000.0)};
            failure = QStringLiteral("timeout");
        } else {
            if (attempt >= m_config.maxAttempts)
                return Error{ErrorCode::Network,
                             tr("Could not reach the embeddings server at %1 (%n attempt(s)): %2", nullptr, attempt)
                                 .arg(where, answer.detail)};
            failure = answer.detail;
        }
        qCInfo(lcSearch) << "embeddings: request failed (" << failure << "), retrying in" << waitMs << "ms";
        if (!waitUnlessCancelled(waitMs, cancel))
            return Error{ErrorCode::Cancelled, tr("Embedding was cancelled.")};
    }
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
            post(network, QJsonDocument(request).toJson(QJsonDocument::Compact), count, cancel);
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
