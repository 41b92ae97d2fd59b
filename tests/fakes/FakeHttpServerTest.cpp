#include "FakeHttpServer.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <catch2/catch.hpp>

#include <memory>

using namespace lifeos;

namespace {

struct Answer
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    int readyReads = 0; // how many pieces the body arrived in
};

Answer send(QNetworkAccessManager &network,
            const QByteArray &verb,
            const QUrl &url,
            const QByteArray &body = {},
            const QList<std::pair<QByteArray, QByteArray>> &headers = {})
{
    QNetworkRequest request(url);
    request.setTransferTimeout(5000);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    const std::unique_ptr<QNetworkReply> reply(network.sendCustomRequest(request, verb, body));
    Answer answer;
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::readyRead, &loop, [&] {
        ++answer.readyReads;
        answer.body += reply->readAll();
    });
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    answer.body += reply->readAll();
    answer.error = reply->error();
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return answer;
}

} // namespace

TEST_CASE("the fake HTTP server records requests and answers queued responses before the handler")
{
    FakeHttpServer server;
    REQUIRE(server.isListening());
    server.enqueue(FakeHttpResponse::json(201, R"({"first":true})").withHeader("X-Test", "yes"));
    server.setHandler([](const FakeHttpRequest &request) {
        return FakeHttpResponse::text(200, "handled " + request.method + ' ' + request.path());
    });
    QNetworkAccessManager network;

    const Answer first = send(network,
                              "POST",
                              server.url(QStringLiteral("/a?x=1")),
                              "payload",
                              {{"Content-Type", "text/plain"}, {"X-Custom", "42"}});
    const Answer second = send(network, "GET", server.url(QStringLiteral("/b")));

    CHECK(first.status == 201);
    CHECK(first.body == R"({"first":true})");
    CHECK(second.status == 200);
    CHECK(second.body == "handled GET /b");
    const QList<FakeHttpRequest> requests = server.requests();
    REQUIRE(requests.size() == 2);
    CHECK(requests.at(0).method == "POST");
    CHECK(requests.at(0).target == "/a?x=1");
    CHECK(requests.at(0).path() == "/a");
    CHECK(requests.at(0).body == "payload");
    CHECK(requests.at(0).header("x-custom") == "42");
    CHECK_FALSE(requests.at(1).hasHeader("X-Custom"));
    CHECK(server.unscriptedCount() == 0);
}

TEST_CASE("the fake HTTP server keeps a connection alive, and closes it when either side asks")
{
    FakeHttpServer server;
    QNetworkAccessManager network;
    server.setHandler([](const FakeHttpRequest &) { return FakeHttpResponse::text(200, "ok"); });

    SECTION("keep-alive")
    {
        for (int i = 0; i < 3; ++i)
            CHECK(send(network, "GET", server.url(QStringLiteral("/"))).body == "ok");
        CHECK(server.connectionCount() == 1);
    }
    SECTION("the client sends Connection: close")
    {
        for (int i = 0; i < 3; ++i)
            CHECK(send(network, "GET", server.url(QStringLiteral("/")), {}, {{"Connection", "close"}}).body == "ok");
        CHECK(server.connectionCount() == 3);
    }
    SECTION("the response closes")
    {
        server.setHandler([](const FakeHttpRequest &) {
            FakeHttpResponse response = FakeHttpResponse::text(200, "ok");
            response.closeAfter = true;
            return response;
        });
        for (int i = 0; i < 3; ++i)
            CHECK(send(network, "GET", server.url(QStringLiteral("/"))).body == "ok");
        CHECK(server.connectionCount() == 3);
    }
    CHECK(server.requestCount() == 3);
}

TEST_CASE("the fake HTTP server streams a chunked body piece by piece")
{
    FakeHttpServer server;
    FakeHttpResponse stream;
    stream.withHeader("Content-Type", "text/event-stream");
    stream.chunks = {"data: one\n\n", "data: two\n\n", "data: [DONE]\n\n"};
    stream.chunkIntervalMs = 50;
    server.enqueue(stream);
    QNetworkAccessManager network;

    const Answer answer = send(network, "POST", server.url(QStringLiteral("/v1/chat/completions")), "{}");

    CHECK(answer.error == QNetworkReply::NoError);
    CHECK(answer.body == "data: one\n\ndata: two\n\ndata: [DONE]\n\n");
    CHECK(answer.readyReads >= 3);
}

TEST_CASE("the fake HTTP server can fail in the ways real servers do")
{
    FakeHttpServer server;
    QNetworkAccessManager network;

    SECTION("a body cut short")
    {
        server.enqueue(FakeHttpResponse::partialBodyThenClose(200, "0123456789"));
        const Answer answer = send(network, "GET", server.url(QStringLiteral("/")));
        CHECK(answer.error == QNetworkReply::RemoteHostClosedError);
        CHECK(answer.body.size() < 10);
    }
    SECTION("nothing scripted")
    {
        const Answer answer = send(network, "GET", server.url(QStringLiteral("/nothing")));
        CHECK(answer.status == 500);
        CHECK(server.unscriptedCount() == 1);
    }
    SECTION("a delayed answer")
    {
        server.enqueue(FakeHttpResponse::text(200, "late").withDelay(200));
        QElapsedTimer timer;
        timer.start();
        CHECK(send(network, "GET", server.url(QStringLiteral("/"))).body == "late");
        CHECK(timer.elapsed() >= 180);
    }
}

TEST_CASE("waitForRequests returns once the requests arrived, or false on timeout")
{
    FakeHttpServer server;
    CHECK_FALSE(server.waitForRequests(1, 50));
    server.enqueue(FakeHttpResponse::text(200, "ok"));
    QNetworkAccessManager network;
    CHECK(send(network, "GET", server.url(QStringLiteral("/"))).body == "ok");
    CHECK(server.waitForRequests(1, 50));
}
