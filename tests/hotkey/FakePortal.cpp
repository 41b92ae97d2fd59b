#include "FakePortal.h"

#include "FakeGlobalShortcuts.h"

#include <QDBusMessage>
#include <QDBusObjectPath>

namespace lifeos::test {

namespace {
const QString kService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString kPath = QStringLiteral("/org/freedesktop/portal/desktop");
} // namespace

FakePortal::FakePortal()
    : m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("lifeos-fake-portal")))
{
    PortalShortcut::registerDBusTypes();
    m_shortcuts = new FakeGlobalShortcuts(m_bus);
    m_shortcuts->moveToThread(&m_thread);
    // Deleted on the thread that served the calls, as the thread ends: QThread::wait() hands over through
    // Qt's own futex, which ThreadSanitizer cannot see, so a delete from here would be reported.
    QObject::connect(&m_thread, &QThread::finished, m_shortcuts, &QObject::deleteLater);
    m_thread.start();
    m_registered = m_bus.isConnected()
                   && m_bus.registerObject(kPath,
                                           m_shortcuts,
                                           QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllProperties)
                   && m_bus.registerService(kService);
}

FakePortal::~FakePortal()
{
    m_bus.unregisterService(kService);
    m_bus.unregisterObject(kPath, QDBusConnection::UnregisterTree);
    m_thread.quit();
    m_thread.wait(); // m_shortcuts was deleted as its thread finished
    QDBusConnection::disconnectFromBus(QStringLiteral("lifeos-fake-portal"));
}

void FakePortal::activate(const QString &session, const QString &shortcutId)
{
    QDBusMessage signal = QDBusMessage::createSignal(kPath,
                                                     QStringLiteral("org.freedesktop.portal.GlobalShortcuts"),
                                                     QStringLiteral("Activated"));
    signal << QVariant::fromValue(QDBusObjectPath(session)) << shortcutId << qulonglong(1234) << QVariantMap();
    m_bus.send(signal);
}

} // namespace lifeos::test
