#include "oauth/LoopbackReceiver.h"

#include "util/Logging.h"

#include <QEventLoop>
#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <optional>

namespace lifeos {

namespace {

constexpr qsizetype kMaxRequestHeadBytes = 16 * 1024; // a redirect is one short request line
constexpr int kFlushGraceMs = 2000;                   // time given to the browser to take the page
constexpr int kCancelPollMs = 50;

struct RequestLine
{
    QByteArray method;
    QByteArray path;
    QByteArray query;
};

std::optional<RequestLine> parseRequestLine(const QByteArray &head)
{
    const qsizetype lineEnd = head.indexOf("\r\n");
    const QList<QByteArray> parts = head.left(lineEnd).split(' ');
    if (parts.size() != 3 || !parts.at(2).startsWith("HTTP/1."))
        return std::nullopt;
    RequestLine line;
    line.method = parts.at(0);
    const QByteArray &target = parts.at(1);
    const qsizetype question = target.indexOf('?');
    line.path = question < 0 ? target : target.left(question);
    line.query = question < 0 ? QByteArray() : target.mid(question + 1);
    return line;
}

// The redirect's query is application/x-www-form-urlencoded (RFC 6749 §4.1.2): '+' is a space, %XX a byte.
QByteArray formValue(const QByteArray &query, QByteArrayView name)
{
    for (const QByteArray &pair : query.split('&')) {
        const qsizetype equals = pair.indexOf('=');
        QByteArray key = equals < 0 ? pair : pair.left(equals);
        key.replace('+', ' ');
        if (QByteArray::fromPercentEncoding(key) != name)
            continue;
        QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        value.replace('+', ' ');
        return QByteArray::fromPercentEncoding(value);
    }
    return {};
}

// Compares every byte whatever the first difference, so the time taken says nothing about the expected state.
bool equalInConstantTime(const QByteArray &expected, const QByteArray &received)
{
    if (expected.size() != received.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        difference |= static_cast<unsigned char>(expected.at(i) ^ received.at(i));
    return difference == 0;
}

QByteArray httpAnswer(int status, const QByteArray &reason, const QString &title, const QString &message)
{
    const QByteArray body =
        QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title></head>"
                       "<body style=\"font-family: sans-serif; margin: 3em;\"><h1>%1</h1><p>%2</p>"
                       "</body></html>\n")
            .arg(title.toHtmlEscaped(), message.toHtmlEscaped())
            .toUtf8();
    // no-referrer and no-store: the code in this page's URL must not travel on or stay in a cache.
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
           + "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + QByteArray::number(body.size())
           + "\r\nCache-Control: no-store\r\nReferrer-Policy: no-referrer\r\nConnection: close\r\n\r\n" + body;
}

} // namespace

LoopbackReceiver::LoopbackReceiver() = default;

LoopbackReceiver::~LoopbackReceiver() = default;

Result<void> LoopbackReceiver::listen(quint16 port)
{
    m_server = std::make_unique<QTcpServer>();
    // LocalHost (127.0.0.1) only, never Any: nothing else on the network may deliver a code.
    if (m_server->listen(QHostAddress(QHostAddress::LocalHost), port))
        return {};
    qCDebug(lcNet) << "loopback listener on port" << port << "failed:" << m_server->errorString();
    const bool taken = m_server->serverError() == QAbstractSocket::AddressInUseError;
    m_server.reset();
    if (port != 0 && taken) {
        return Error{ErrorCode::Network,
                     tr("Port %1 on this computer is already used by another program, so LifeOS cannot receive the "
                        "sign-in answer. Close that program, or change the Oura redirect port in Settings → "
                        "Connections (and register the same redirect address with your Oura application).")
                         .arg(port)};
    }
    return Error{ErrorCode::Network,
                 tr("LifeOS could not open a local port (%1) to receive the sign-in answer. Try again; if it keeps "
                    "failing, change the redirect port in Settings → Connections.")
                     .arg(port)};
}

quint16 LoopbackReceiver::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QHostAddress LoopbackReceiver::serverAddress() const
{
    return m_server ? m_server->serverAddress() : QHostAddress();
}

Result<AuthorizationReply>
LoopbackReceiver::waitForRedirect(const QString &path, const QByteArray &expectedState, int timeoutMs,
                                  const std::atomic_bool *cancel)
{
    if (!m_server || !m_server->isListening())
        return Error{ErrorCode::Unknown, tr("The sign-in listener is not running. Try connecting again.")};

    const QByteArray expectedPath = path.toUtf8();
    QEventLoop loop;
    std::optional<Result<AuthorizationReply>> outcome;
    QPointer<QTcpSocket> answeredSocket;

    const auto finish = [&](Result<AuthorizationReply> result) {
        if (outcome)
            return;
        outcome = std::move(result);
        m_server->close(); // one-shot: later requests find no listener
        loop.quit();
    };

    const auto answer = [](QTcpSocket *socket, const QByteArray &bytes) {
        socket->write(bytes);
        socket->disconnectFromHost(); // flushes, then closes
    };

    const auto handleHead = [&](QTcpSocket *socket, const QByteArray &head) {
        const auto line = parseRequestLine(head);
        if (!line || line->method != "GET" || line->path != expectedPath) {
            // Favicons, probes and other paths do not finish the sign-in.
            answer(socket, httpAnswer(404, "Not Found", tr("Not found"), tr("This page does not exist.")));
            return;
        }
        AuthorizationReply reply;
        reply.code = formValue(line->query, "code");
        reply.state = formValue(line->query, "state");
        reply.error = formValue(line->query, "error");
        reply.errorDescription = formValue(line->query, "error_description");
        if (reply.code.isEmpty() && reply.error.isEmpty()) {
            answer(socket,
                   httpAnswer(400,
                              "Bad Request",
                              tr("Nothing to do"),
                              tr("This address only receives the answer of a LifeOS sign-in.")));
            return;
        }
        // Any page the user visits can send the browser here: an answer that is not to our request (CSRF) is
        // refused and the real one is still awaited.
        if (expectedState.isEmpty() || !equalInConstantTime(expectedState, reply.state)) {
            qCDebug(lcNet) << "a sign-in redirect with a state that does not match was refused";
            answer(socket,
                   httpAnswer(400,
                              "Bad Request",
                              tr("Not this sign-in"),
                              tr("This answer does not belong to the sign-in LifeOS started, so it was ignored. "
                                 "Finish the sign-in in the tab LifeOS opened.")));
            return;
        }
        qCDebug(lcNet) << "sign-in redirect arrived on the loopback listener"
                       << (reply.error.isEmpty() ? "" : "with error") << reply.error;
        if (reply.error.isEmpty()) {
            // The code is not exchanged yet, so the page does not claim success.
            answer(socket,
                   httpAnswer(200,
                              "OK",
                              tr("LifeOS is finishing the sign-in"),
                              tr("LifeOS is finishing the sign-in. You can close this tab and go back to LifeOS.")));
        } else if (reply.error == "access_denied") {
            answer(socket,
                   httpAnswer(200,
                              "OK",
                              tr("Access declined"),
                              tr("You declined access, so LifeOS is not connected. You can close this tab.")));
        } else {
            answer(socket,
                   httpAnswer(200,
                              "OK",
                              tr("Sign-in failed"),
                              tr("The sign-in did not finish. You can close this tab and try again from "
                                 "LifeOS.")));
        }
        answeredSocket = socket;
        finish(std::move(reply));
    };

    const auto acceptPending = [&] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QObject::connect(socket, &QTcpSocket::readyRead, &loop, [&, socket] {
                if (outcome || socket->property("lifeos_answered").toBool()) {
                    socket->readAll();
                    return;
                }
                QByteArray head = socket->property("lifeos_head").toByteArray() + socket->readAll();
                if (head.indexOf("\r\n\r\n") < 0) {
                    if (head.size() > kMaxRequestHeadBytes)
                        socket->abort();
                    else
                        socket->setProperty("lifeos_head", head);
                    return;
                }
                socket->setProperty("lifeos_answered", true);
                handleHead(socket, head);
            });
        }
    };
    QObject::connect(m_server.get(), &QTcpServer::newConnection, &loop, acceptPending);
    // A connection may have been accepted while the browser was being opened (events ran there).
    if (m_server->hasPendingConnections())
        QTimer::singleShot(0, &loop, acceptPending);

    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&] {
        const int minutes = timeoutMs / 60000;
        const QString message =
            minutes >= 1 ? tr("The sign-in was not finished within %n minute(s). Try again.", nullptr, minutes)
                         : tr("The sign-in was not finished within %n second(s). Try again.",
                              nullptr,
                              qMax(1, timeoutMs / 1000));
        finish(Error{ErrorCode::AuthFailed, message});
    });
    timeout.start(qMax(0, timeoutMs));

    QTimer cancelPoll;
    QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [&] {
        if (cancel && cancel->load())
            finish(Error{ErrorCode::Cancelled, tr("The sign-in was cancelled.")});
    });
    if (cancel) {
        if (cancel->load())
            finish(Error{ErrorCode::Cancelled, tr("The sign-in was cancelled.")});
        cancelPoll.start(kCancelPollMs);
    }

    if (!outcome)
        loop.exec();
    timeout.stop();
    cancelPoll.stop();

    // Give the browser its page before the sockets go away with the server.
    if (answeredSocket && answeredSocket->state() != QAbstractSocket::UnconnectedState) {
        QEventLoop flush;
        QObject::connect(answeredSocket.data(), &QTcpSocket::disconnected, &flush, &QEventLoop::quit);
        QTimer::singleShot(kFlushGraceMs, &flush, &QEventLoop::quit);
        if (answeredSocket && answeredSocket->state() != QAbstractSocket::UnconnectedState)
            flush.exec();
    }
    QObject::disconnect(m_server.get(), nullptr, &loop, nullptr);
    return std::move(*outcome);
}

} // namespace lifeos
