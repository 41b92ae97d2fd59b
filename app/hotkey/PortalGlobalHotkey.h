#pragma once

#include "GlobalHotkey.h"
#include "PortalShortcut.h"

#include <QDBusConnection>

class QDBusObjectPath;

namespace lifeos {

class PortalRequest;

// The xdg-desktop-portal GlobalShortcuts interface (version 1), for Wayland desktops that offer
// it: a session with one shortcut, "quick-capture". The desktop may ask the user first, so
// setShortcut() only sends the request; bound() or bindingFailed() report the outcome.
class PortalGlobalHotkey final : public GlobalHotkey
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortalGlobalHotkey)

public:
    static constexpr QLatin1StringView kShortcutId{"quick-capture"};

    explicit PortalGlobalHotkey(const QDBusConnection &bus, QObject *parent = nullptr);
    ~PortalGlobalHotkey() override;

    // Whether the bus has a portal with GlobalShortcuts. Blocks for one short round trip (it
    // reads a property, it opens no dialog); call it once at start-up.
    static bool isAvailable(const QDBusConnection &bus);

    bool setShortcut(const QKeySequence &shortcut) override;
    QString backendName() const override { return QStringLiteral("xdg-desktop-portal"); }
    bool answersLater() const override { return true; }

    // The portal's session object path; empty while none is open (for tests and logs).
    QString sessionHandle() const { return m_session; }

private Q_SLOTS:
    void handleActivated(const QDBusObjectPath &session,
                         const QString &shortcutId,
                         qulonglong timestamp,
                         const QVariantMap &options);
    void handleShortcutsChanged(const QDBusObjectPath &session, const lifeos::PortalShortcutList &shortcuts);

private:
    void createSession(const QKeySequence &shortcut, quint64 generation);
    void bindShortcuts(const QKeySequence &shortcut, quint64 generation);
    void closeSession(const QString &session);
    void reportFailure(const QString &errorString);
    // Logs a failed portal call and, if it belongs to the current request, tells the user.
    void reportCallFailure(PortalRequest *request, const char *method, quint64 generation);
    void reportBound(const PortalShortcutList &shortcuts);

    QDBusConnection m_bus;
    QString m_session;
    // Bumped by each setShortcut(): answers to an older request are dropped.
    quint64 m_generation = 0;
};

} // namespace lifeos
