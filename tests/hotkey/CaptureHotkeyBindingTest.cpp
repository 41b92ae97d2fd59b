#include "CaptureHotkeyBinding.h"

#include "FakeGlobalShortcuts.h"
#include "FakePortal.h"
#include "PortalGlobalHotkey.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>

// What Settings hears from the app's binding when the desktop (here a fake portal on a private bus) answers
// only after asking the user: nothing at once, then taken() or refused() with the shortcut that was asked for.
namespace {

using lifeos::CaptureHotkey;
using lifeos::CaptureHotkeyBinding;
using lifeos::test::FakePortal;

constexpr int kWaitMs = 5000;

} // namespace

TEST_CASE("the binding reports a portal's late yes as taken, with the shortcut asked for", "[hotkey][portal]")
{
    REQUIRE(QDBusConnection::sessionBus().isConnected());
    FakePortal portal;
    REQUIRE(portal.isRegistered());
    portal.shortcuts().setBindResponse(0, QStringLiteral("Ctrl+Alt+Space"));

    CaptureHotkeyBinding binding;
    QSignalSpy taken(&binding, &CaptureHotkey::taken);
    QSignalSpy refused(&binding, &CaptureHotkey::refused);
    binding.request(QStringLiteral("Ctrl+Alt+Space"));
    CHECK(binding.backendName() == u"xdg-desktop-portal");
    CHECK(taken.isEmpty()); // only the desktop can say yes
    REQUIRE(taken.wait(kWaitMs));
    CHECK(taken.constFirst().constFirst().toString() == u"Ctrl+Alt+Space");
    CHECK(refused.isEmpty());
    CHECK(binding.lastError().isEmpty());
}

TEST_CASE("the binding reports a portal's late no as refused, with the reason", "[hotkey][portal]")
{
    REQUIRE(QDBusConnection::sessionBus().isConnected());
    FakePortal portal;
    REQUIRE(portal.isRegistered());
    portal.shortcuts().setBindResponse(1, {}); // the user cancelled the desktop's dialog

    CaptureHotkeyBinding binding;
    QSignalSpy taken(&binding, &CaptureHotkey::taken);
    QSignalSpy refused(&binding, &CaptureHotkey::refused);
    binding.request(QStringLiteral("Ctrl+Shift+K"));
    REQUIRE(refused.wait(kWaitMs));
    CHECK(refused.constFirst().at(0).toString() == u"Ctrl+Shift+K");
    CHECK(refused.constFirst().at(1).toString().contains(u"did not allow"));
    CHECK(binding.lastError() == refused.constFirst().at(1).toString());
    CHECK(taken.isEmpty());
}
