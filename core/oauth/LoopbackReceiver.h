#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHostAddress>
#include <QString>

#include <atomic>
#include <memory>

class QTcpServer;

namespace lifeos {

// What the browser brought back to the redirect URI.
struct AuthorizationReply
{
    QByteArray code;
    QByteArray state;
    QByteArray error;            // "access_denied" when the user said no
    QByteArray errorDescription;
};

// The one-shot redirect listener of the loopback flow (RFC 8252): a QTcpServer bound to 127.0.0.1 only.
// It answers the first GET for the redirect path that carries the expected state with a small "you can close this
// tab" page and stops listening; anything else (favicon, other paths: 404; a code or error with another state, which
// any web page could send: 400) does not count.
class LoopbackReceiver
{
    Q_DECLARE_TR_FUNCTIONS(LoopbackReceiver)

public:
    LoopbackReceiver();
    ~LoopbackReceiver();

    // port 0: any free port. A taken fixed port is an ErrorCode::Network Error that names the port and the
    // Oura redirect port setting to change.
    Result<void> listen(quint16 port);
    quint16 port() const;
    QHostAddress serverAddress() const; // 127.0.0.1 while listening (tests check it)
    // Blocks in a local event loop until the redirect arrives, timeoutMs passes, or cancel is set. A timeout is
    // ErrorCode::AuthFailed ("The sign-in was not finished within 5 minutes. Try again."): the user did not stop
    // anything, the sign-in simply failed; ErrorCode::Cancelled is kept for cancel. Closes the listener on return.
    // A reply carrying an error (access_denied) is a successful wait: the caller checks the error. expectedState is
    // compared in constant time; only a reply carrying it ends the wait.
    Result<AuthorizationReply> waitForRedirect(const QString &path, const QByteArray &expectedState, int timeoutMs,
                                               const std::atomic_bool *cancel = nullptr);

private:
    std::unique_ptr<QTcpServer> m_server;
};

} // namespace lifeos
