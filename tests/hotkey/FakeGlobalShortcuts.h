#pragma once

#include "PortalShortcut.h"

#include <QDBusConnection>
#include <QDBusObjectPath>
#include <QMutex>
#include <QObject>
#include <QStringList>

class QDBusMessage;

namespace lifeos::test {

// What xdg-desktop-portal's org.freedesktop.portal.GlobalShortcuts does, reduced to what the
// backend uses: CreateSession and BindShortcuts answer through a Request's Response signal, a
// Session object can be closed. It lives on a thread of its own (see FakePortal), so the code
// under test may block on it. What it was asked is recorded for the test to read.
class FakeGlobalShortcuts final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeGlobalShortcuts)
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.GlobalShortcuts")
    Q_PROPERTY(uint version READ version CONSTANT)

public:
    explicit FakeGlobalShortcuts(const QDBusConnection &bus);

    uint version() const { return 1; }

    // Set by the test before the backend asks.
    void setBindResponse(uint response, const QString &triggerDescription);

    QStringList sessions() const;
    QStringList closedSessions() const;
    // One entry per BindShortcuts call: the session it named and the shortcuts it asked for.
    QList<std::pair<QString, PortalShortcutList>> bindings() const;

    // Called from the session object's thread (this one).
    void recordClosed(const QString &session);

public Q_SLOTS:
    QDBusObjectPath CreateSession(const QVariantMap &options, const QDBusMessage &message);
    QDBusObjectPath BindShortcuts(const QDBusObjectPath &session,
                                  const lifeos::PortalShortcutList &shortcuts,
                                  const QString &parentWindow,
                                  const QVariantMap &options,
                                  const QDBusMessage &message);

private:
    QString requestPath(const QDBusMessage &message, const QVariantMap &options) const;
    void respondLater(const QString &requestPath, uint response, const QVariantMap &results);

    QDBusConnection m_bus;
    mutable QMutex m_mutex;
    uint m_bindResponse = 0;
    QString m_triggerDescription;
    QStringList m_sessions;
    QStringList m_closedSessions;
    QList<std::pair<QString, PortalShortcutList>> m_bindings;
};

} // namespace lifeos::test
