#pragma once

#include <QDBusConnection>
#include <QThread>

namespace lifeos::test {

class FakeGlobalShortcuts;

// Puts a fake org.freedesktop.portal.Desktop with GlobalShortcuts on the session bus (run the
// test under dbus-run-session) for as long as it lives. The fake answers on a thread and a bus
// connection of its own, as a separate process would.
class FakePortal
{
public:
    FakePortal();
    ~FakePortal();
    FakePortal(const FakePortal &) = delete;
    FakePortal &operator=(const FakePortal &) = delete;

    bool isRegistered() const { return m_registered; }
    FakeGlobalShortcuts &shortcuts() { return *m_shortcuts; }
    // Emits GlobalShortcuts.Activated as the desktop does when the user presses the shortcut.
    void activate(const QString &session, const QString &shortcutId);

private:
    QDBusConnection m_bus;
    QThread m_thread;
    FakeGlobalShortcuts *m_shortcuts = nullptr;
    bool m_registered = false;
};

} // namespace lifeos::test
