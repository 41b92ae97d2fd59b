#pragma once

#include "FakeHttpServer.h"

#include <QList>
#include <QMutex>
#include <QString>
#include <QUrl>

#include <thread>

namespace lifeos {

// A browser for loopback tests: plain blocking HTTP/1.1 GETs over a QTcpSocket (no cache, no redirects followed),
// run on its own thread so the code under test can block the test thread waiting for them.
class FakeBrowser
{
public:
    struct Answer
    {
        int status = 0;
        FakeHttpHeaders headers;
        QByteArray body;
        QString failure; // a transport failure (refused, no answer); empty when an answer came

        QByteArray header(QByteArrayView name) const; // case-insensitive; empty when absent
    };

    FakeBrowser() = default;
    ~FakeBrowser();
    FakeBrowser(const FakeBrowser &) = delete;
    FakeBrowser &operator=(const FakeBrowser &) = delete;

    // One blocking GET on the calling thread.
    static Answer get(const QUrl &url, int timeoutMs = 10000);

    // GETs each URL in order on the browser's thread; returns at once.
    void visit(QList<QUrl> urls);
    // Waits for visit() to finish and returns one answer per URL.
    QList<Answer> wait();

private:
    std::thread m_thread;
    QMutex m_mutex;
    QList<Answer> m_answers;
};

} // namespace lifeos
