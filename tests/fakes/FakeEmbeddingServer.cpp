#include "FakeEmbeddingServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace lifeos {

FakeEmbeddingServer::FakeEmbeddingServer()
    : FakeEmbeddingServer(Options{})
{}

FakeEmbeddingServer::FakeEmbeddingServer(Options options)
    : m_options(options)
{
    m_http.setHandler([options](const FakeHttpRequest &request) {
        if (request.method != "POST" || request.path() != "/v1/embeddings")
            return FakeHttpResponse::json(404,
                                          R"({"error":{"message":"no such route","type":"invalid_request_error"}})");
        return FakeHttpResponse::json(
            200,
            answerBody(inputsOf(request), modelOf(request), options.dimension, options.shuffleOrder));
    });
}

std::vector<float> FakeEmbeddingServer::rawVector(const QString &text, int dimension)
{
    // FNV-1a of the UTF-8 text seeds a xorshift stream: stable across runs and platforms.
    quint64 state = 14695981039346656037ULL;
    for (const char byte : text.toUtf8()) {
        state ^= quint8(byte);
        state *= 1099511628211ULL;
    }
    std::vector<float> vector(static_cast<size_t>(dimension));
    for (float &value : vector) {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        // Values in [-2, 2), never all zero, deliberately not unit length.
        value = float(double(state % 4096) / 1024.0 - 2.0);
    }
    vector.front() += 5.0f;
    return vector;
}

std::vector<float> FakeEmbeddingServer::expectedVector(const QString &text, int dimension)
{
    std::vector<float> vector = rawVector(text, dimension);
    double squares = 0;
    for (const float value : vector)
        squares += double(value) * value;
    const double norm = std::sqrt(squares);
    for (float &value : vector)
        value = float(value / norm);
    return vector;
}

QByteArray
FakeEmbeddingServer::answerBody(const QStringList &inputs, const QString &model, int dimension, bool shuffleOrder)
{
    std::vector<qsizetype> order(size_t(inputs.size()));
    std::iota(order.begin(), order.end(), 0);
    if (shuffleOrder && order.size() > 1) {
        std::mt19937 random(quint32(inputs.size()));
        std::shuffle(order.begin(), order.end(), random);
        if (std::is_sorted(order.begin(), order.end()))
            std::reverse(order.begin(), order.end());
    }
    QJsonArray data;
    qsizetype characters = 0;
    for (const qsizetype index : order) {
        QJsonArray embedding;
        for (const float value : rawVector(inputs.at(index), dimension))
            embedding.append(double(value));
        data.append(QJsonObject{{QStringLiteral("object"), QStringLiteral("embedding")},
                                {QStringLiteral("index"), index},
                                {QStringLiteral("embedding"), embedding}});
        characters += inputs.at(index).size();
    }
    const QJsonObject usage{{QStringLiteral("prompt_tokens"), characters / 4},
                            {QStringLiteral("total_tokens"), characters / 4}};
    const QJsonObject answer{{QStringLiteral("object"), QStringLiteral("list")},
                             {QStringLiteral("data"), data},
                             {QStringLiteral("model"), model},
                             {QStringLiteral("usage"), usage}};
    return QJsonDocument(answer).toJson(QJsonDocument::Compact);
}

QStringList FakeEmbeddingServer::inputsOf(const FakeHttpRequest &request)
{
    const QJsonValue input = QJsonDocument::fromJson(request.body).object().value(QStringLiteral("input"));
    if (input.isString())
        return {input.toString()};
    QStringList inputs;
    for (const QJsonValue &item : input.toArray())
        inputs.append(item.toString());
    return inputs;
}

QString FakeEmbeddingServer::modelOf(const FakeHttpRequest &request)
{
    return QJsonDocument::fromJson(request.body).object().value(QStringLiteral("model")).toString();
}

} // namespace lifeos
