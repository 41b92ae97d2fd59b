#pragma once

#include "FakeHttpServer.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace lifeos {

// An OpenAI-style POST /v1/embeddings server on loopback. It answers each request from the request's own
// "input" in the real wire format ({"object":"list","data":[{"object":"embedding","index","embedding"}],
// "model","usage"}), with a deterministic vector per text, so a test can check which vector landed where.
// Responses queued on http() are served first (errors, odd bodies); the embeddings handler answers the rest.
class FakeEmbeddingServer
{
public:
    struct Options
    {
        int dimension = 8;
        bool shuffleOrder = false; // list "data" in a scrambled order (the "index" fields still say where)
    };

    FakeEmbeddingServer();
    explicit FakeEmbeddingServer(Options options);

    FakeHttpServer &http() { return m_http; }
    QUrl baseUrl() const { return m_http.baseUrl(); }

    // The raw (not unit-length) vector the server sends for this text.
    static std::vector<float> rawVector(const QString &text, int dimension);
    // What an embedder should return for this text: rawVector() scaled to length 1.
    static std::vector<float> expectedVector(const QString &text, int dimension);
    // The body the server sends for these inputs.
    static QByteArray answerBody(const QStringList &inputs, const QString &model, int dimension, bool shuffleOrder);
    // The "input" array of a recorded request (a single string input gives one item).
    static QStringList inputsOf(const FakeHttpRequest &request);
    static QString modelOf(const FakeHttpRequest &request);

private:
    Options m_options;
    FakeHttpServer m_http;
};

} // namespace lifeos
