#pragma once

#include <QObject>

class QLocalServer;

namespace lifeos {

// One window per data folder: a second launch hands its request to the first over a local socket
// (named after the user and the data folder) and exits.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    explicit SingleInstance(const QString &dataDir, QObject *parent = nullptr);
    enum class Forwarded {
        NoneRunning, // nobody listens: this process is the first
        Delivered,   // the running instance has the whole message; this process should exit
        Failed,      // an instance runs but did not take all of it in time
    };
    Forwarded forwardToRunning(const QByteArray &message) const;
    // Starts answering later launches.
    bool listen();

Q_SIGNALS:
    void messageReceived(const QByteArray &message);

private:
    QString m_serverName;
    QLocalServer *m_server = nullptr;
};

} // namespace lifeos
