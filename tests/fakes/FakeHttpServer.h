#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QUrl>

#include <functional>
#include <memory>
#include <utility>

class QThread;

namespace lifeos {

using FakeHttpHeaders = QList<std::pair<QByteArray, QByteArray>>;

// One request as the fake server read it off the wire.
struct FakeHttpRequest
{
    QByteArray method;
    QByteArray target;  // path and query, as sent ("/v1/embeddings?x=1")
    QByteArray version; // "HTTP/1.1"
    FakeHttpHeaders headers;
    QByteArray body;    // de-chunked when it came with Transfer-Encoding: chunked
    int connection = 0; // which TCP connection carried it (1, 2, ...), to check keep-alive

    QByteArray path() const;                      // target without the query
    QByteArray header(QByteArrayView name) const; // case-insensitive; empty when absent
    bool hasHeader(QByteArrayView name) const;
};

// What the fake server does with one request.
struct FakeHttpResponse
{
    enum class Mode {
        Complete,             // status line, headers and the whole body
        PartialBodyThenClose, // headers announce the whole body, half of it is sent, then the socket closes
        CloseWithoutAnswer,   // the connection closes before a byte of the answer
        NeverAnswer,          // the connection stays open and silent (client timeouts)
    };

    int status = 200;
    QByteArray reason; // empty: the usual phrase for the status
    FakeHttpHeaders headers;
    QByteArray body;
    // Non-empty: the body is streamed with Transfer-Encoding: chunked, one chunk every chunkIntervalMs (SSE).
    QList<QByteArray> chunks;
    int chunkIntervalMs = 0;
    int delayMs = 0; // wait this long before answering
    Mode mode = Mode::Complete;
    bool closeAfter = false; // answer with Connection: close and close the socket afterwards

    static FakeHttpResponse json(int status, QByteArray body);
    static FakeHttpResponse text(int status, QByteArray body);
    static FakeHttpResponse partialBodyThenClose(int status, QByteArray body);
    static FakeHttpResponse closeWithoutAnswer();
    static FakeHttpResponse neverAnswer();

    FakeHttpResponse &withHeader(QByteArray name, QByteArray value);
    FakeHttpResponse &withDelay(int ms);
};

// A real HTTP/1.1 server on 127.0.0.1 (random port) for tests of network code: it parses requests (request
// line, headers, Content-Length or chunked body; keep-alive and Connection: close), records every one, and
// answers from a script: queued responses first (in order), then the handler, else 500 "nothing scripted".
// It runs on its own thread, so the code under test may block the test thread in a local event loop.
// All public functions are thread-safe; the handler runs on the server's thread.
class FakeHttpServer
{
public:
    using Handler = std::function<FakeHttpResponse(const FakeHttpRequest &)>;

    FakeHttpServer();
    ~FakeHttpServer();
    FakeHttpServer(const FakeHttpServer &) = delete;
    FakeHttpServer &operator=(const FakeHttpServer &) = delete;

    bool isListening() const { return m_port != 0; }
    quint16 port() const { return m_port; }
    QUrl baseUrl() const; // http://127.0.0.1:<port>
    QUrl url(const QString &path) const;

    void enqueue(FakeHttpResponse response);
    void setHandler(Handler handler);

    QList<FakeHttpRequest> requests() const;
    int requestCount() const;
    int connectionCount() const; // TCP connections accepted so far
    int unscriptedCount() const; // requests that found neither a queued response nor a handler
    // Blocks the calling thread until at least count requests arrived; false on timeout.
    bool waitForRequests(int count, int timeoutMs) const;

    struct State;

private:
    std::shared_ptr<State> m_state;
    QThread *m_thread = nullptr;
    quint16 m_port = 0;
};

} // namespace lifeos
