#include "InstanceRequest.h"

#include "support/QtStringMakers.h"

#include <catch2/catch.hpp>

using lifeos::InstanceRequest;

TEST_CASE("a request from a later launch survives the trip over the socket, newlines and all")
{
    const QString text = GENERATE(QString(),
                                  QStringLiteral("buy milk"),
                                  QStringLiteral("line one\nline two"),
                                  QString::fromUtf8("kopi 15rb \xE2\x98\x95 \xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D"));
    const InstanceRequest sent{InstanceRequest::Action::Capture, text};
    const QByteArray line = sent.encode();
    CHECK_FALSE(line.contains('\n'));
    const auto received = InstanceRequest::decode(line);
    REQUIRE(received);
    CHECK(received->action == InstanceRequest::Action::Capture);
    CHECK(received->text == text);

    const auto raise = InstanceRequest::decode(InstanceRequest{}.encode());
    REQUIRE(raise);
    CHECK(raise->action == InstanceRequest::Action::Raise);
}

TEST_CASE("a line that is not a request is not taken for one")
{
    const QByteArray line = GENERATE(QByteArray(),
                                     QByteArrayLiteral("raisex"),
                                     QByteArrayLiteral("capture !!!"),
                                     QByteArrayLiteral("capturexyz"),
                                     QByteArrayLiteral("Raise"));
    CAPTURE(line.toStdString());
    CHECK_FALSE(InstanceRequest::decode(line));
}
