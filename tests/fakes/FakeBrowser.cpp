#include "FakeBrowser.h"

#include <QMutexLocker>
#include <QTcpSocket>

namespace lifeos {

QByteArray FakeBrowser::Answer::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

FakeBrowser::~FakeBrowser()
{
    if (m_thread.joinable())
        m_thread.join();
}

FakeBrowser::Answer FakeBrowser::get(const QUrl &url, int timeoutMs)
{
    Answer answer;
    QTcpSocket socket;
    socket.connectToHost(url.host(), quint16(url.port(80)));
    if (!socket.waitForConnected(timeoutMs)) {
        answer.failure = QStringLiteral("connect to %1 failed: %2").arg(url.host(), socket.errorString());
        return answer;
    }
    const QByteArray target = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment);
    socket.write("GET " + (target.isEmpty() ? QByteArray("/") : target) + " HTTP/1.1\r\nHost: " + url.host().toLatin1()
                 + ':' + QByteArray::number(url.port(80))
                 + "\r\nUser-Agent: FakeBrowser/1.0\r\nAccept: text/html\r\nConnection: close\r\n\r\n");
    socket.flush();

    QByteArray data;
    qsizetype headEnd = -1;
    qsizetype contentLength = -1;
    while (true) {
        if (headEnd < 0 && (headEnd = data.indexOf("\r\n\r\n")) >= 0) {
            const QList<QByteArray> lines = data.left(headEnd).split('\n');
            answer.status = lines.value(0).trimmed().split(' ').value(1).toInt();
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon > 0)
                    answer.headers.append({lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()});
            }
            const QByteArray length = answer.header("Content-Length");
            contentLength = length.isEmpty() ? -1 : length.toLongLong();
        }
        if (headEnd >= 0 && contentLength >= 0 && data.size() - headEnd - 4 >= contentLength)
            break;
        if (socket.state() != QAbstractSocket::ConnectedState && socket.bytesAvailable() == 0)
            break;
        if (!socket.waitForReadyRead(timeoutMs)) {
            data += socket.readAll();
            if (socket.state() == QAbstractSocket::ConnectedState)
                break; // silent server: give up
            continue;
        }
        data += socket.readAll();
    }
    if (headEnd < 0) {
        answer.status = 0;
        answer.failure = QStringLiteral("no complete answer from %1").arg(url.host());
        return answer;
    }
    answer.body = data.mid(headEnd + 4);
    if (contentLength >= 0)
        answer.body.truncate(contentLength);
    socket.disconnectFromHost();
    return answer;
}

void FakeBrowser::visit(QList<QUrl> urls)
{
    if (m_thread.joinable())
        m_thread.join();
    {
        const QMutexLocker lock(&m_mutex);
        m_answers.clear();
    }
    m_thread = std::thread([this, urls = std::move(urls)] {
        for (const QUrl &url : urls) {
            Answer answer = get(url);
            const QMutexLocker lock(&m_mutex);
            m_answers.append(std::move(answer));
        }
    });
}

QList<FakeBrowser::Answer> FakeBrowser::wait()
{
    if (m_thread.joinable())
        m_thread.join();
    const QMutexLocker lock(&m_mutex);
    return m_answers;
}

} // namespace lifeos
