#include "FakeHttpServer.h"

#include <atomic>

#include <QHostAddress>
#include <QMetaObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>

namespace lifeos {

struct FakeHttpServer::State
{
    mutable std::mutex mutex;
    mutable std::condition_variable arrived;
    std::deque<FakeHttpResponse> queue;
    Handler handler;
    QList<FakeHttpRequest> requests;
    int connections = 0;
    int unscripted = 0;
    QObject *context = nullptr; // lives on the server thread; owns the QTcpServer and every socket
};

namespace {

struct Connection
{
    QTcpSocket *socket = nullptr;
    int number = 0;
    QByteArray buffer;
    bool busy = false; // answering a request: bytes of the next one wait in the buffer
};

enum class ParseResult {
    NeedMore,
    Complete,
    Malformed
};

bool sameName(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

QByteArray headerValue(const FakeHttpHeaders &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (sameName(key, name))
            return value;
    }
    return {};
}

bool hasHeaderNamed(const FakeHttpHeaders &headers, QByteArrayView name)
{
    for (const auto &header : headers) {
        if (sameName(header.first, name))
            return true;
    }
    return false;
}

// Reads a chunked body starting at pos; on success pos ends after the final CRLF.
ParseResult parseChunkedBody(const QByteArray &buffer, qsizetype &pos, QByteArray &body)
{
    for (;;) {
        const qsizetype lineEnd = buffer.indexOf("\r\n", pos);
        if (lineEnd < 0)
            return ParseResult::NeedMore;
        QByteArray sizeText = buffer.mid(pos, lineEnd - pos);
        if (const qsizetype semicolon = sizeText.indexOf(';'); semicolon >= 0)
            sizeText.truncate(semicolon); // chunk extensions
        bool ok = false;
        const qsizetype size = sizeText.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0)
            return ParseResult::Malformed;
        pos = lineEnd + 2;
        if (size == 0) {
            // Trailers, if any, end with an empty line.
            const qsizetype end = buffer.indexOf("\r\n\r\n", pos - 2);
            if (end < 0)
                return ParseResult::NeedMore;
            pos = end + 4;
            return ParseResult::Complete;
        }
        if (buffer.size() < pos + size + 2)
            return ParseResult::NeedMore;
        body += buffer.mid(pos, size);
        pos += size + 2;
    }
}

// Takes one whole request off the front of buffer.
ParseResult parseRequest(QByteArray &buffer, FakeHttpRequest &request)
{
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return ParseResult::NeedMore;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3)
        return ParseResult::Malformed;
    request.method = requestLine.at(0);
    request.target = requestLine.at(1);
    request.version = requestLine.at(2);
    request.headers.clear();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return ParseResult::Malformed;
        request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }

    qsizetype pos = headerEnd + 4;
    request.body.clear();
    if (headerValue(request.headers, "Transfer-Encoding").toLower().contains("chunked")) {
        const ParseResult chunked = parseChunkedBody(buffer, pos, request.body);
        if (chunked != ParseResult::Complete) {
            request.body.clear();
            return chunked;
        }
    } else if (hasHeaderNamed(request.headers, "Content-Length")) {
        bool ok = false;
        const qsizetype length = headerValue(request.headers, "Content-Length").toLongLong(&ok);
        if (!ok || length < 0)
            return ParseResult::Malformed;
        if (buffer.size() < pos + length)
            return ParseResult::NeedMore;
        request.body = buffer.mid(pos, length);
        pos += length;
    }
    buffer.remove(0, pos);
    return ParseResult::Complete;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 408:
        return "Request Timeout";
    case 413:
        return "Payload Too Large";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

bool clientWantsClose(const FakeHttpRequest &request)
{
    const QByteArray connection = headerValue(request.headers, "Connection").toLower();
    if (request.version == "HTTP/1.0")
        return !connection.contains("keep-alive");
    return connection.contains("close");
}

QByteArray responseHead(const FakeHttpResponse &response, bool closeAfter)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
                      + (response.reason.isEmpty() ? reasonPhrase(response.status) : response.reason) + "\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    if (!response.chunks.isEmpty()) {
        if (!hasHeaderNamed(response.headers, "Transfer-Encoding"))
            head += "Transfer-Encoding: chunked\r\n";
    } else if (!hasHeaderNamed(response.headers, "Content-Length")) {
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    }
    if (closeAfter && !hasHeaderNamed(response.headers, "Connection"))
        head += "Connection: close\r\n";
    return head + "\r\n";
}

void processBuffered(const std::shared_ptr<FakeHttpServer::State> &state,
                     const std::shared_ptr<Connection> &connection);

// The answer is over: close, or read the next request on this connection.
void finishAnswer(const std::shared_ptr<FakeHttpServer::State> &state,
                  const std::shared_ptr<Connection> &connection,
                  bool closeAfter)
{
    if (closeAfter) {
        connection->socket->disconnectFromHost();
        return;
    }
    connection->busy = false;
    processBuffered(state, connection);
}

void sendChunks(const std::shared_ptr<FakeHttpServer::State> &state,
                const std::shared_ptr<Connection> &connection,
                const FakeHttpResponse &response,
                qsizetype next,
                bool closeAfter)
{
    if (next == response.chunks.size()) {
        connection->socket->write("0\r\n\r\n");
        finishAnswer(state, connection, closeAfter);
        return;
    }
    const QByteArray &chunk = response.chunks.at(next);
    if (!chunk.isEmpty()) // an empty chunk would end the body early
        connection->socket->write(QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n");
    connection->socket->flush();
    QTimer::singleShot(response.chunkIntervalMs, connection->socket, [state, connection, response, next, closeAfter] {
        sendChunks(state, connection, response, next + 1, closeAfter);
    });
}

void sendAnswer(const std::shared_ptr<FakeHttpServer::State> &state,
                const std::shared_ptr<Connection> &connection,
                const FakeHttpResponse &response,
                bool closeAfter)
{
    QTcpSocket *socket = connection->socket;
    switch (response.mode) {
    case FakeHttpResponse::Mode::NeverAnswer:
        return; // stays busy: nothing more is read on this connection
    case FakeHttpResponse::Mode::CloseWithoutAnswer:
        socket->disconnectFromHost();
        return;
    case FakeHttpResponse::Mode::PartialBodyThenClose:
        socket->write(responseHead(response, false));
        socket->write(response.body.left(response.body.size() / 2));
        socket->disconnectFromHost(); // flushes what was written, then closes
        return;
    case FakeHttpResponse::Mode::Complete:
        break;
    }
    socket->write(responseHead(response, closeAfter));
    if (!response.chunks.isEmpty()) {
        sendChunks(state, connection, response, 0, closeAfter);
        return;
    }
    socket->write(response.body);
    finishAnswer(state, connection, closeAfter);
}

FakeHttpResponse scriptedAnswer(const std::shared_ptr<FakeHttpServer::State> &state, const FakeHttpRequest &request)
{
    FakeHttpServer::Handler handler;
    {
        std::lock_guard lock(state->mutex);
        state->requests.append(request);
        state->arrived.notify_all();
        if (!state->queue.empty()) {
            FakeHttpResponse response = std::move(state->queue.front());
            state->queue.pop_front();
            return response;
        }
        handler = state->handler;
        if (!handler)
            ++state->unscripted;
    }
    if (handler)
        return handler(request);
    return FakeHttpResponse::text(500,
                                  "FakeHttpServer: no response scripted for " + request.method + ' ' + request.target);
}

void processBuffered(const std::shared_ptr<FakeHttpServer::State> &state, const std::shared_ptr<Connection> &connection)
{
    if (connection->busy || connection->buffer.isEmpty())
        return;
    FakeHttpRequest request;
    switch (parseRequest(connection->buffer, request)) {
    case ParseResult::NeedMore:
        return;
    case ParseResult::Malformed:
        connection->socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        connection->socket->disconnectFromHost();
        return;
    case ParseResult::Complete:
        break;
    }
    request.connection = connection->number;
    connection->busy = true;
    const FakeHttpResponse response = scriptedAnswer(state, request);
    const bool closeAfter = response.closeAfter || clientWantsClose(request);
    if (response.delayMs > 0) {
        QTimer::singleShot(response.delayMs, connection->socket, [state, connection, response, closeAfter] {
            sendAnswer(state, connection, response, closeAfter);
        });
    } else {
        sendAnswer(state, connection, response, closeAfter);
    }
}

void serve(const std::shared_ptr<FakeHttpServer::State> &state, QTcpSocket *socket)
{
    auto connection = std::make_shared<Connection>();
    connection->socket = socket;
    // Headers and body go out in separate writes: without TCP_NODELAY, Nagle's algorithm holds the body back until
    // the client's delayed ACK (about 40 ms per request), which no real server does.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    {
        std::lock_guard lock(state->mutex);
        connection->number = ++state->connections;
    }
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [state, connection] {
        connection->buffer += connection->socket->readAll();
        processBuffered(state, connection);
    });
    QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
}

} // namespace

QByteArray FakeHttpRequest::path() const
{
    const qsizetype query = target.indexOf('?');
    return query < 0 ? target : target.left(query);
}

QByteArray FakeHttpRequest::header(QByteArrayView name) const
{
    return headerValue(headers, name);
}

bool FakeHttpRequest::hasHeader(QByteArrayView name) const
{
    return hasHeaderNamed(headers, name);
}

FakeHttpResponse FakeHttpResponse::json(int status, QByteArray body)
{
    FakeHttpResponse response;
    response.status = status;
    response.headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
    response.body = std::move(body);
    return response;
}

FakeHttpResponse FakeHttpResponse::text(int status, QByteArray body)
{
    FakeHttpResponse response;
    response.status = status;
    response.headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "text/plain; charset=utf-8"));
    response.body = std::move(body);
    return response;
}

FakeHttpResponse FakeHttpResponse::partialBodyThenClose(int status, QByteArray body)
{
    FakeHttpResponse response = json(status, std::move(body));
    response.mode = Mode::PartialBodyThenClose;
    return response;
}

FakeHttpResponse FakeHttpResponse::closeWithoutAnswer()
{
    FakeHttpResponse response;
    response.mode = Mode::CloseWithoutAnswer;
    return response;
}

FakeHttpResponse FakeHttpResponse::neverAnswer()
{
    FakeHttpResponse response;
    response.mode = Mode::NeverAnswer;
    return response;
}

FakeHttpResponse &FakeHttpResponse::withHeader(QByteArray name, QByteArray value)
{
    headers.append({std::move(name), std::move(value)});
    return *this;
}

FakeHttpResponse &FakeHttpResponse::withDelay(int ms)
{
    delayMs = ms;
    return *this;
}

FakeHttpServer::FakeHttpServer()
    : m_state(std::make_shared<State>())
    , m_thread(new QThread)
{
    m_thread->setObjectName(QStringLiteral("FakeHttpServer"));
    m_state->context = new QObject;
    m_state->context->moveToThread(m_thread);
    QObject::connect(m_thread, &QThread::finished, m_state->context, &QObject::deleteLater);
    m_thread->start();

    // An atomic, not a plain local: Qt's blocking queued call synchronises inside uninstrumented Qt, so only an
    // acquire/release pair in our code shows ThreadSanitizer that the port was written before it is read.
    std::atomic<quint16> port{0};
    const std::shared_ptr<State> state = m_state;
    QMetaObject::invokeMethod(
        state->context,
        [state, &port] {
            auto *server = new QTcpServer(state->context);
            QObject::connect(server, &QTcpServer::newConnection, server, [state, server] {
                while (QTcpSocket *socket = server->nextPendingConnection())
                    serve(state, socket);
            });
            if (server->listen(QHostAddress::LocalHost, 0))
                port.store(server->serverPort(), std::memory_order_release);
        },
        Qt::BlockingQueuedConnection);
    m_port = port.load(std::memory_order_acquire);
}

FakeHttpServer::~FakeHttpServer()
{
    // The context, the server and every open socket are deleted on the server thread as it finishes.
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

QUrl FakeHttpServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QUrl FakeHttpServer::url(const QString &path) const
{
    return baseUrl().resolved(QUrl(path));
}

void FakeHttpServer::enqueue(FakeHttpResponse response)
{
    std::lock_guard lock(m_state->mutex);
    m_state->queue.push_back(std::move(response));
}

void FakeHttpServer::setHandler(Handler handler)
{
    std::lock_guard lock(m_state->mutex);
    m_state->handler = std::move(handler);
}

QList<FakeHttpRequest> FakeHttpServer::requests() const
{
    // Element by element, not a shared copy of the list: an implicitly shared QList would be detached later on the
    // caller's thread, reading elements the server thread may be moving in a reallocation at the same time.
    std::lock_guard lock(m_state->mutex);
    QList<FakeHttpRequest> copy;
    copy.reserve(m_state->requests.size());
    for (const FakeHttpRequest &request : std::as_const(m_state->requests))
        copy.append(request);
    return copy;
}

int FakeHttpServer::requestCount() const
{
    std::lock_guard lock(m_state->mutex);
    return int(m_state->requests.size());
}

int FakeHttpServer::connectionCount() const
{
    std::lock_guard lock(m_state->mutex);
    return m_state->connections;
}

int FakeHttpServer::unscriptedCount() const
{
    std::lock_guard lock(m_state->mutex);
    return m_state->unscripted;
}

bool FakeHttpServer::waitForRequests(int count, int timeoutMs) const
{
    std::unique_lock lock(m_state->mutex);
    return m_state->arrived.wait_for(lock, std::chrono::milliseconds(timeoutMs), [this, count] {
        return m_state->requests.size() >= count;
    });
}

} // namespace lifeos
