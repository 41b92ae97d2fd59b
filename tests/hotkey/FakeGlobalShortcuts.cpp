#include "FakeGlobalShortcuts.h"

#include "FakePortalSession.h"

#include <QDBusMessage>
#include <QMutexLocker>
#include <QTimer>

namespace lifeos::test {

FakeGlobalShortcuts::FakeGlobalShortcuts(const QDBusConnection &bus)
    : m_bus(bus)
{}

void FakeGlobalShortcuts::setBindResponse(uint response, const QString &triggerDescription)
{
    QMutexLocker lock(&m_mutex);
    m_bindResponse = response;
    m_triggerDescription = triggerDescription;
}

QStringList FakeGlobalShortcuts::sessions() const
{
    QMutexLocker lock(&m_mutex);
    return m_sessions;
}

QStringList FakeGlobalShortcuts::closedSessions() const
{
    QMutexLocker lock(&m_mutex);
    return m_closedSessions;
}

QList<std::pair<QString, PortalShortcutList>> FakeGlobalShortcuts::bindings() const
{
    QMutexLocker lock(&m_mutex);
    return m_bindings;
}

void FakeGlobalShortcuts::recordClosed(const QString &session)
{
    QMutexLocker lock(&m_mutex);
    m_closedSessions << session;
}

QDBusObjectPath FakeGlobalShortcuts::CreateSession(const QVariantMap &options, const QDBusMessage &message)
{
    const QString sender = message.service().mid(1).replace(u'.', u'_');
    const QString session = QStringLiteral("/org/freedesktop/portal/desktop/session/%1/%2")
                                .arg(sender, options.value(QStringLiteral("session_handle_token")).toString());
    auto *sessionObject = new FakePortalSession(this, session);
    m_bus.registerObject(session, sessionObject, QDBusConnection::ExportAllSlots);
    {
        QMutexLocker lock(&m_mutex);
        m_sessions << session;
    }
    const QString request = requestPath(message, options);
    respondLater(request, 0, {{QStringLiteral("session_handle"), session}});
    return QDBusObjectPath(request);
}

QDBusObjectPath FakeGlobalShortcuts::BindShortcuts(const QDBusObjectPath &session,
                                                   const lifeos::PortalShortcutList &shortcuts,
                                                   const QString &parentWindow,
                                                   const QVariantMap &options,
                                                   const QDBusMessage &message)
{
    Q_UNUSED(parentWindow)
    uint response = 0;
    PortalShortcutList bound;
    {
        QMutexLocker lock(&m_mutex);
        m_bindings.append({session.path(), shortcuts});
        response = m_bindResponse;
        for (const PortalShortcut &shortcut : shortcuts)
            bound.append({shortcut.id, {{QStringLiteral("trigger_description"), m_triggerDescription}}});
    }
    const QString request = requestPath(message, options);
    respondLater(request,
                 response,
                 response == 0 ? QVariantMap{{QStringLiteral("shortcuts"), QVariant::fromValue(bound)}}
                               : QVariantMap{});
    return QDBusObjectPath(request);
}

QString FakeGlobalShortcuts::requestPath(const QDBusMessage &message, const QVariantMap &options) const
{
    const QString sender = message.service().mid(1).replace(u'.', u'_');
    return QStringLiteral("/org/freedesktop/portal/desktop/request/%1/%2")
        .arg(sender, options.value(QStringLiteral("handle_token")).toString());
}

// Like the real portal, the answer comes after the method has returned the request's path.
void FakeGlobalShortcuts::respondLater(const QString &requestPath, uint response, const QVariantMap &results)
{
    QTimer::singleShot(0, this, [this, requestPath, response, results] {
        QDBusMessage signal = QDBusMessage::createSignal(requestPath,
                                                         QStringLiteral("org.freedesktop.portal.Request"),
                                                         QStringLiteral("Response"));
        signal << response << results;
        m_bus.send(signal);
    });
}

} // namespace lifeos::test
