#pragma once

#include "search/Embedder.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QUrl>

namespace lifeos {

class HttpClient;

// Embeddings from OpenAI or any OpenAI-compatible server (Ollama, llama.cpp, LM Studio): POST
// {baseUrl}/v1/embeddings {"model", "input": [...]}, answered by {"data": [{"index", "embedding"}]}.
// Blocking (call it from a worker thread or a CLI command): it sends, through HttpClient on its own
// QNetworkAccessManager, batches of at most batchSize texts (HttpClient retries 429, 5xx and network failures),
// and reports a malformed body as ErrorCode::BadResponse.
// Vectors are normalised to unit length here, whatever the server returns. Empty texts are not sent (OpenAI
// refuses them): they get a zero row. Thread-safe: concurrent embed() calls share nothing but dimension().
class OpenAiEmbedder final : public Embedder
{
    Q_DECLARE_TR_FUNCTIONS(OpenAiEmbedder)

public:
    struct Config
    {
        // A base ending in /v1 (as LM Studio and llama.cpp document it) or a full .../embeddings URL work too.
        QUrl baseUrl = QUrl(QStringLiteral("https://api.openai.com"));
        QString model = QStringLiteral("text-embedding-3-small");
        QString provider = QStringLiteral("openai"); // or openai-compatible
        QByteArray apiKey;                           // empty for local servers; never logged
        int dimension = 0;                           // 0: learned from the first answer
        int batchSize = 64;
        int maxAttempts = 4;         // per batch, the first try included
        int timeoutMs = 30000;       // per request, without progress
        int initialBackoffMs = 500;  // doubles on each retry, with jitter
        int maxRetryAfterMs = 60000; // a 429 asking for longer fails at once with RateLimited
    };

    explicit OpenAiEmbedder(Config config);

    QString modelId() const override; // "<provider>:<model>"
    QString provider() const override { return m_config.provider; }
    int dimension() const override { return m_dimension.load(); }
    bool isLocal() const override { return false; }
    Result<std::vector<float>> embed(const QStringList &texts, const std::atomic_bool *cancel = nullptr) override;

    // The URL requests go to.
    QUrl endpoint() const;

private:
    Result<QByteArray>
    post(HttpClient &http, const QByteArray &payload, qsizetype inputCount, const std::atomic_bool *cancel) const;
    Result<std::vector<float>> parseAnswer(const QByteArray &body, qsizetype expectedCount);

    Config m_config;
    std::atomic_int m_dimension{0};
};

} // namespace lifeos
