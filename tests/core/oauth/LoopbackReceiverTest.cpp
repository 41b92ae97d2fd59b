#include "oauth/LoopbackReceiver.h"

#include "FakeBrowser.h"

#include <QHostAddress>
#include <QTcpServer>

#include <catch2/catch.hpp>

using namespace lifeos;

namespace {

QUrl local(quint16 port, const QString &pathAndQuery)
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(pathAndQuery), QUrl::StrictMode);
}

} // namespace

TEST_CASE("the listener is bound to 127.0.0.1 only, on a free port")
{
    LoopbackReceiver receiver;
    REQUIRE(receiver.listen(0));
    CHECK(receiver.port() != 0);
    CHECK(receiver.serverAddress() == QHostAddress(QHostAddress::LocalHost));
    CHECK(receiver.serverAddress() != QHostAddress(QHostAddress::Any));
}

TEST_CASE("the redirect's code and state arrive decoded exactly once and the browser gets a UTF-8 page")
{
    LoopbackReceiver receiver;
    REQUIRE(receiver.listen(0));
    FakeBrowser browser;
    browser.visit(
        {local(receiver.port(), QStringLiteral("/callback?state=ab%2Fc%2B%3D&code=4%2F0Ab%2Bx%252F&scope=a+b"))});
    auto reply = receiver.waitForRedirect(QStringLiteral("/callback"), "ab/c+=", 10000);
    const auto answers = browser.wait();
    REQUIRE(reply);
    CHECK(reply->code == "4/0Ab+x%2F");
    CHECK(reply->state == "ab/c+=");
    CHECK(reply->error.isEmpty());
    REQUIRE(answers.size() == 1);
    CHECK(answers.first().status == 200);
    CHECK(answers.first().header("Content-Type") == "text/html; charset=utf-8");
    CHECK(answers.first().body.contains("You can close this tab"));
    CHECK(answers.first().header("Referrer-Policy") == "no-referrer");
}

TEST_CASE("a favicon request gets 404 and does not finish the wait")
{
    LoopbackReceiver receiver;
    REQUIRE(receiver.listen(0));
    FakeBrowser browser;
    browser.visit({local(receiver.port(), QStringLiteral("/favicon.ico")),
                   local(receiver.port(), QStringLiteral("/elsewhere?code=x&state=y")),
                   local(receiver.port(), QStringLiteral("/callback?code=real&state=s"))});
    auto reply = receiver.waitForRedirect(QStringLiteral("/callback"), "s", 10000);
    const auto answers = browser.wait();
    REQUIRE(reply);
    CHECK(reply->code == "real");
    REQUIRE(answers.size() == 3);
    CHECK(answers.at(0).status == 404);
    CHECK(answers.at(1).status == 404);
    CHECK(answers.at(2).status == 200);
}

TEST_CASE("a code or an error with another state is refused with 400 and the real redirect is still awaited")
{
    LoopbackReceiver receiver;
    REQUIRE(receiver.listen(0));
    FakeBrowser browser;
    // Any web page can send the browser to the listener: a forged code, a forged error, a state one byte off.
    browser.visit({local(receiver.port(), QStringLiteral("/callback?code=forged&state=attacker")),
                   local(receiver.port(), QStringLiteral("/callback?error=access_denied&state=attacker")),
                   local(receiver.port(), QStringLiteral("/callback?code=forged&state=expected-statX")),
                   local(receiver.port(), QStringLiteral("/callback?code=forged")),
                   local(receiver.port(), QStringLiteral("/callback?code=real&state=expected-state"))});
    auto reply = receiver.waitForRedirect(QStringLiteral("/callback"), "expected-state", 10000);
    const auto answers = browser.wait();
    REQUIRE(reply);
    CHECK(reply->code == "real");
    CHECK(reply->state == "expected-state");
    REQUIRE(answers.size() == 5);
    for (int i = 0; i < 4; ++i) {
        CAPTURE(i);
        CHECK(answers.at(i).status == 400);
        CHECK_FALSE(answers.at(i).body.contains("You can close this tab"));
    }
    CHECK(answers.at(4).status == 200);
    // The code is not exchanged yet: the page says LifeOS is finishing, not that it is connected.
    CHECK(answers.at(4).body.contains("finishing the sign-in"));
    CHECK_FALSE(answers.at(4).body.contains("is connected"));
}

TEST_CASE("the listener closes after the one redirect it takes")
{
    LoopbackReceiver receiver;
    REQUIRE(receiver.listen(0));
    const quint16 port = receiver.port();
    FakeBrowser browser;
    browser.visit({local(port, QStringLiteral("/callback?code=c&state=s"))});
    REQUIRE(receiver.waitForRedirect(QStringLiteral("/callback"), "s", 10000));
    browser.wait();

    const FakeBrowser::Answer second =
        FakeBrowser::get(local(port, QStringLiteral("/callback?code=other&state=s")), 2000);
    CHECK(second.status == 0);
    CHECK_FALSE(second.failure.isEmpty());
}

TEST_CASE("a denial in the browser comes back as the reply's error, with a page that says so")
{
    LoopbackReceiver receiver;
    REQUIRE(receiver.listen(0));
    FakeBrowser browser;
    browser.visit({local(receiver.port(),
                         QStringLiteral("/callback?error=access_denied&error_description=The+user+denied&state=s"))});
    auto reply = receiver.waitForRedirect(QStringLiteral("/callback"), "s", 10000);
    const auto answers = browser.wait();
    REQUIRE(reply);
    CHECK(reply->error == "access_denied");
    CHECK(reply->errorDescription == "The user denied");
    CHECK(reply->code.isEmpty());
    REQUIRE(answers.size() == 1);
    CHECK(answers.first().body.contains("declined"));
}

TEST_CASE("no redirect before the timeout is an AuthFailed error that says to try again")
{
    LoopbackReceiver receiver;
    REQUIRE(receiver.listen(0));
    auto reply = receiver.waitForRedirect(QStringLiteral("/callback"), "s", 200);
    REQUIRE_FALSE(reply);
    CHECK(reply.error().code == ErrorCode::AuthFailed);
    CHECK(reply.error().message.contains(QStringLiteral("Try again")));
}

TEST_CASE("a set cancel flag ends the wait with Cancelled")
{
    LoopbackReceiver receiver;
    REQUIRE(receiver.listen(0));
    std::atomic_bool cancel = true;
    auto reply = receiver.waitForRedirect(QStringLiteral("/callback"), "s", 5 * 60 * 1000, &cancel);
    REQUIRE_FALSE(reply);
    CHECK(reply.error().code == ErrorCode::Cancelled);
}

TEST_CASE("a taken fixed port is an error that names the port and the redirect port setting")
{
    QTcpServer other;
    REQUIRE(other.listen(QHostAddress(QHostAddress::LocalHost), 0));
    LoopbackReceiver receiver;
    auto listening = receiver.listen(other.serverPort());
    REQUIRE_FALSE(listening);
    CHECK(listening.error().code == ErrorCode::Network);
    CHECK(listening.error().message.contains(QString::number(other.serverPort())));
    CHECK(listening.error().message.contains(QStringLiteral("redirect port")));
}

TEST_CASE("a free fixed port is used as given")
{
    quint16 port = 0;
    {
        QTcpServer probe;
        REQUIRE(probe.listen(QHostAddress(QHostAddress::LocalHost), 0));
        port = probe.serverPort();
    }
    LoopbackReceiver receiver;
    REQUIRE(receiver.listen(port));
    CHECK(receiver.port() == port);
}

TEST_CASE("waiting without listening is an error, not a hang")
{
    LoopbackReceiver receiver;
    auto reply = receiver.waitForRedirect(QStringLiteral("/callback"), "s", 10000);
    CHECK_FALSE(reply);
}
