#include "PortalGlobalHotkey.h"

#include "FakeGlobalShortcuts.h"
#include "FakePortal.h"
#include "GlobalHotkey.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

#include <functional>

namespace {

using lifeos::GlobalHotkey;
using lifeos::PortalGlobalHotkey;
using lifeos::test::FakePortal;

const QKeySequence kCtrlAltSpace(Qt::CTRL | Qt::ALT | Qt::Key_Space);
const QKeySequence kCtrlShiftK(Qt::CTRL | Qt::SHIFT | Qt::Key_K);
constexpr int kWaitMs = 5000;

bool waitUntil(const std::function<bool()> &condition)
{
    QDeadlineTimer deadline(kWaitMs);
    while (!condition() && !deadline.hasExpired())
        QTest::qWait(5);
    return condition();
}

void requirePrivateBus()
{
    INFO("run this test through ctest: it runs under dbus-run-session with a bus of its own");
    REQUIRE(QDBusConnection::sessionBus().isConnected());
    REQUIRE_FALSE(PortalGlobalHotkey::isAvailable(QDBusConnection::sessionBus()));
}

} // namespace

TEST_CASE("without a shortcuts portal the factory falls back and says how to bind lifeos --capture", "[hotkey][portal]")
{
    requirePrivateBus();
    const auto hotkey = lifeos::createGlobalHotkey();
    CHECK(hotkey->backendName() == u"none");
    CHECK_FALSE(hotkey->setShortcut(kCtrlAltSpace));
    CHECK(hotkey->errorString().contains(u"lifeos --capture"));
    CHECK(hotkey->setShortcut({}));
    CHECK(hotkey->errorString().isEmpty());
}

TEST_CASE("the factory picks the portal when the desktop offers GlobalShortcuts", "[hotkey][portal]")
{
    requirePrivateBus();
    FakePortal portal;
    REQUIRE(portal.isRegistered());
    CHECK(PortalGlobalHotkey::isAvailable(QDBusConnection::sessionBus()));
    CHECK(lifeos::createGlobalHotkey()->backendName() == u"xdg-desktop-portal");
}

TEST_CASE("the portal binds quick-capture with the preferred trigger and its Activated fires the hotkey",
          "[hotkey][portal]")
{
    requirePrivateBus();
    FakePortal portal;
    REQUIRE(portal.isRegistered());
    portal.shortcuts().setBindResponse(0, QStringLiteral("Ctrl+Alt+Space"));

    PortalGlobalHotkey hotkey(QDBusConnection::sessionBus());
    QSignalSpy bound(&hotkey, &GlobalHotkey::bound);
    QSignalSpy activated(&hotkey, &GlobalHotkey::activated);
    REQUIRE(hotkey.setShortcut(kCtrlAltSpace));
    REQUIRE(bound.wait(kWaitMs));
    CHECK(bound.constFirst().constFirst().toString() == u"Ctrl+Alt+Space");
    CHECK(hotkey.shortcut() == kCtrlAltSpace);
    CHECK(hotkey.errorString().isEmpty());

    const auto bindings = portal.shortcuts().bindings();
    REQUIRE(bindings.size() == 1);
    const QString session = bindings.constFirst().first;
    CHECK(session == hotkey.sessionHandle());
    CHECK(portal.shortcuts().sessions() == QStringList{session});
    const auto &shortcuts = bindings.constFirst().second;
    REQUIRE(shortcuts.size() == 1);
    CHECK(shortcuts.constFirst().id == u"quick-capture");
    CHECK(shortcuts.constFirst().properties.value(QStringLiteral("preferred_trigger")).toString() == u"CTRL+ALT+space");
    CHECK_FALSE(shortcuts.constFirst().properties.value(QStringLiteral("description")).toString().isEmpty());

    // Another program's shortcut, or another session's, is not ours; signals arrive in order.
    portal.activate(session, QStringLiteral("something-else"));
    portal.activate(QStringLiteral("/org/freedesktop/portal/desktop/session/1_99/other"),
                    QStringLiteral("quick-capture"));
    portal.activate(session, QStringLiteral("quick-capture"));
    REQUIRE(activated.wait(kWaitMs));
    QTest::qWait(50);
    CHECK(activated.count() == 1);
}

TEST_CASE("a shortcut the user refuses in the desktop's dialog is reported", "[hotkey][portal]")
{
    requirePrivateBus();
    FakePortal portal;
    REQUIRE(portal.isRegistered());
    portal.shortcuts().setBindResponse(1, {}); // 1: the user cancelled

    PortalGlobalHotkey hotkey(QDBusConnection::sessionBus());
    QSignalSpy failed(&hotkey, &GlobalHotkey::bindingFailed);
    REQUIRE(hotkey.setShortcut(kCtrlAltSpace));
    REQUIRE(failed.wait(kWaitMs));
    CHECK(failed.constFirst().constFirst().toString() == hotkey.errorString());
    CHECK(hotkey.errorString().contains(u"did not allow"));
    CHECK(hotkey.shortcut().isEmpty());
    // The session that could not bind is not left open.
    REQUIRE(portal.shortcuts().sessions().size() == 1);
    CHECK(waitUntil([&] { return portal.shortcuts().closedSessions() == portal.shortcuts().sessions(); }));
}

TEST_CASE("a new shortcut replaces the old session, and an empty one closes it", "[hotkey][portal]")
{
    requirePrivateBus();
    FakePortal portal;
    REQUIRE(portal.isRegistered());
    PortalGlobalHotkey hotkey(QDBusConnection::sessionBus());
    QSignalSpy bound(&hotkey, &GlobalHotkey::bound);
    QSignalSpy activated(&hotkey, &GlobalHotkey::activated);

    REQUIRE(hotkey.setShortcut(kCtrlAltSpace));
    REQUIRE(bound.wait(kWaitMs));
    const QString first = hotkey.sessionHandle();
    REQUIRE(hotkey.setShortcut(kCtrlShiftK));
    REQUIRE(bound.wait(kWaitMs));
    const QString second = hotkey.sessionHandle();
    CHECK(second != first);
    CHECK(portal.shortcuts()
              .bindings()
              .constLast()
              .second.constFirst()
              .properties.value(QStringLiteral("preferred_trigger"))
              .toString()
          == u"CTRL+SHIFT+k");
    CHECK(waitUntil([&] { return portal.shortcuts().closedSessions() == QStringList{first}; }));

    portal.activate(first, QStringLiteral("quick-capture"));
    portal.activate(second, QStringLiteral("quick-capture"));
    REQUIRE(activated.wait(kWaitMs));
    QTest::qWait(50);
    CHECK(activated.count() == 1);

    REQUIRE(hotkey.setShortcut({}));
    CHECK(hotkey.sessionHandle().isEmpty());
    CHECK(waitUntil([&] { return portal.shortcuts().closedSessions() == QStringList({first, second}); }));
    portal.activate(second, QStringLiteral("quick-capture"));
    QTest::qWait(100);
    CHECK(activated.count() == 1);
}

TEST_CASE("a shortcut set again before the portal answers leaves only the last session open", "[hotkey][portal]")
{
    requirePrivateBus();
    FakePortal portal;
    REQUIRE(portal.isRegistered());
    PortalGlobalHotkey hotkey(QDBusConnection::sessionBus());
    QSignalSpy bound(&hotkey, &GlobalHotkey::bound);

    REQUIRE(hotkey.setShortcut(kCtrlAltSpace));
    REQUIRE(hotkey.setShortcut(kCtrlShiftK)); // before any answer has arrived
    REQUIRE(bound.wait(kWaitMs));
    QTest::qWait(100);
    CHECK(bound.count() == 1);
    const auto bindings = portal.shortcuts().bindings();
    REQUIRE(bindings.size() == 1);
    CHECK(bindings.constFirst().second.constFirst().properties.value(QStringLiteral("preferred_trigger")).toString()
          == u"CTRL+SHIFT+k");
    const QStringList sessions = portal.shortcuts().sessions();
    REQUIRE(sessions.size() == 2);
    CHECK(waitUntil([&] { return portal.shortcuts().closedSessions() == QStringList{sessions.constFirst()}; }));
    CHECK(hotkey.sessionHandle() == sessions.constLast());
}

TEST_CASE("a sequence the portal cannot express is refused at once", "[hotkey][portal]")
{
    requirePrivateBus();
    PortalGlobalHotkey hotkey(QDBusConnection::sessionBus());
    CHECK_FALSE(hotkey.setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Launch0)));
    CHECK(hotkey.errorString().contains(u"cannot be used as a global shortcut"));
}
