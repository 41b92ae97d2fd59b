#include "SingleInstance.h"

#include <QCryptographicHash>
#include <QLocalServer>
#include <QLocalSocket>

namespace lifeos {

namespace {
constexpr int kConnectTimeoutMs = 1000;
}

SingleInstance::SingleInstance(const QString &dataDir, QObject *parent)
    : QObject(parent)
{
    const QByteArray key = qgetenv("USER") + '\n' + dataDir.toUtf8();
    m_serverName = QStringLiteral("lifeos-")
                   + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24));
}

SingleInstance::Forwarded SingleInstance::forwardToRunning(const QByteArray &message) const
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(kConnectTimeoutMs))
        return Forwarded::NoneRunning;
    socket.write(message + '\n');
    // A long message goes out in pieces as the running instance reads; each piece must move within the timeout.
    while (socket.bytesToWrite() > 0) {
        if (!socket.waitForBytesWritten(kConnectTimeoutMs))
            return Forwarded::Failed;
    }
    socket.disconnectFromServer();
    if (socket.state() != QLocalSocket::UnconnectedState && !socket.waitForDisconnected(kConnectTimeoutMs))
        return Forwarded::Failed;
    return Forwarded::Delivered;
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_serverName)) {
        // A socket file left behind by a crashed instance: nobody answered on it, so it is stale.
        QLocalServer::removeServer(m_serverName);
        if (!m_server->listen(m_serverName))
            return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                while (socket->canReadLine())
                    Q_EMIT messageReceived(socket->readLine().trimmed());
            });
        }
    });
    return true;
}

} // namespace lifeos
