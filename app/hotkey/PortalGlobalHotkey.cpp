#include "PortalGlobalHotkey.h"

#include "HotkeyLogging.h"
#include "PortalRequest.h"
#include "XkbKey.h"

#include <QDBusArgument>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCall>
#include <QDBusVariant>

namespace lifeos {

namespace {

const QString kService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString kPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString kInterface = QStringLiteral("org.freedesktop.portal.GlobalShortcuts");
const QString kSessionInterface = QStringLiteral("org.freedesktop.portal.Session");
constexpr int kProbeTimeoutMs = 1500;

QDBusMessage portalCall(const QString &method)
{
    return QDBusMessage::createMethodCall(kService, kPath, kInterface, method);
}

// The session handle arrives as a string ("s" in the spec); some portals send an object path.
QString sessionHandleFrom(const QVariant &value)
{
    if (value.canConvert<QDBusObjectPath>())
        return value.value<QDBusObjectPath>().path();
    return value.toString();
}

PortalShortcutList shortcutsFrom(const QVariant &value)
{
    PortalShortcutList shortcuts;
    if (value.canConvert<QDBusArgument>())
        value.value<QDBusArgument>() >> shortcuts;
    else
        shortcuts = value.value<PortalShortcutList>();
    return shortcuts;
}

} // namespace

PortalGlobalHotkey::PortalGlobalHotkey(const QDBusConnection &bus, QObject *parent)
    : GlobalHotkey(parent)
    , m_bus(bus)
{
    PortalShortcut::registerDBusTypes();
    const bool listening = m_bus.connect(kService,
                                         kPath,
                                         kInterface,
                                         QStringLiteral("Activated"),
                                         this,
                                         SLOT(handleActivated(QDBusObjectPath, QString, qulonglong, QVariantMap)))
                           && m_bus.connect(kService,
                                            kPath,
                                            kInterface,
                                            QStringLiteral("ShortcutsChanged"),
                                            this,
                                            SLOT(handleShortcutsChanged(QDBusObjectPath, lifeos::PortalShortcutList)));
    if (!listening)
        qCWarning(lcHotkey) << "cannot listen to the GlobalShortcuts portal:" << m_bus.lastError().message();
}

PortalGlobalHotkey::~PortalGlobalHotkey()
{
    closeSession(m_session);
}

bool PortalGlobalHotkey::isAvailable(const QDBusConnection &bus)
{
    if (!bus.isConnected())
        return false;
    QDBusMessage get = QDBusMessage::createMethodCall(kService,
                                                      kPath,
                                                      QStringLiteral("org.freedesktop.DBus.Properties"),
                                                      QStringLiteral("Get"));
    get << kInterface << QStringLiteral("version");
    const QDBusMessage reply = bus.call(get, QDBus::Block, kProbeTimeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty()) {
        qCDebug(lcHotkey) << "no GlobalShortcuts portal:" << reply.errorMessage();
        return false;
    }
    const uint version = reply.arguments().constFirst().value<QDBusVariant>().variant().toUInt();
    qCDebug(lcHotkey) << "GlobalShortcuts portal version" << version;
    return version >= 1;
}

bool PortalGlobalHotkey::setShortcut(const QKeySequence &shortcut)
{
    const quint64 generation = ++m_generation;
    closeSession(m_session);
    m_session.clear();
    setShortcutState({});
    if (shortcut.isEmpty())
        return succeed({});
    if (XkbKey::xdgTrigger(shortcut).isEmpty())
        return fail(unsupportedKeyMessage(shortcut));
    // Each shortcut gets a session of its own: portals let a session bind its shortcuts once.
    createSession(shortcut, generation);
    return succeed(shortcut);
}

void PortalGlobalHotkey::createSession(const QKeySequence &shortcut, quint64 generation)
{
    auto *request = new PortalRequest(m_bus, this);
    QDBusMessage call = portalCall(QStringLiteral("CreateSession"));
    call << QVariantMap{{QStringLiteral("handle_token"), request->token()},
                        {QStringLiteral("session_handle_token"), request->token()}};
    reportCallFailure(request, "CreateSession", generation);
    connect(request,
            &PortalRequest::answered,
            this,
            [this, shortcut, generation](uint response, const QVariantMap &results) {
                const QString session = sessionHandleFrom(results.value(QStringLiteral("session_handle")));
                if (generation != m_generation) {
                    closeSession(session);
                    return;
                }
                if (response != 0 || session.isEmpty()) {
                    qCInfo(lcHotkey) << "the portal did not open a session, response" << response;
                    reportFailure(portalRefusedMessage(shortcut));
                    return;
                }
                m_session = session;
                bindShortcuts(shortcut, generation);
            });
    request->track(m_bus.asyncCall(call));
}

void PortalGlobalHotkey::reportCallFailure(PortalRequest *request, const char *method, quint64 generation)
{
    connect(request, &PortalRequest::failed, this, [this, method, generation](const QString &error) {
        qCWarning(lcHotkey) << "GlobalShortcuts." << method << "failed:" << error;
        if (generation == m_generation) // a failure of a request since replaced is no news to the user
            reportFailure(portalFailedMessage());
    });
}

void PortalGlobalHotkey::bindShortcuts(const QKeySequence &shortcut, quint64 generation)
{
    auto *request = new PortalRequest(m_bus, this);
    const PortalShortcutList shortcuts{{QString(kShortcutId),
                                        {{QStringLiteral("description"), quickCaptureDescription()},
                                         {QStringLiteral("preferred_trigger"), XkbKey::xdgTrigger(shortcut)}}}};
    QDBusMessage call = portalCall(QStringLiteral("BindShortcuts"));
    // No parent window: the quick capture window is usually hidden when this runs.
    call << QVariant::fromValue(QDBusObjectPath(m_session)) << QVariant::fromValue(shortcuts) << QString()
         << QVariantMap{{QStringLiteral("handle_token"), request->token()}};
    reportCallFailure(request, "BindShortcuts", generation);
    connect(request,
            &PortalRequest::answered,
            this,
            [this, shortcut, generation](uint response, const QVariantMap &results) {
                if (generation != m_generation)
                    return;
                if (response != 0) {
                    qCInfo(lcHotkey) << "the portal refused the shortcut, response" << response;
                    reportFailure(portalRefusedMessage(shortcut));
                    return;
                }
                reportBound(shortcutsFrom(results.value(QStringLiteral("shortcuts"))));
            });
    request->track(m_bus.asyncCall(call));
}

void PortalGlobalHotkey::closeSession(const QString &session)
{
    if (session.isEmpty())
        return;
    // Fire and forget: a session the portal already dropped answers with an error nobody needs.
    m_bus.asyncCall(QDBusMessage::createMethodCall(kService, session, kSessionInterface, QStringLiteral("Close")));
}

void PortalGlobalHotkey::reportFailure(const QString &errorString)
{
    closeSession(m_session);
    m_session.clear();
    fail(errorString);
    setShortcutState({});
    Q_EMIT bindingFailed(errorString);
}

void PortalGlobalHotkey::reportBound(const PortalShortcutList &shortcuts)
{
    QString trigger;
    for (const PortalShortcut &entry : shortcuts) {
        if (entry.id == kShortcutId)
            trigger = entry.properties.value(QStringLiteral("trigger_description")).toString();
    }
    qCInfo(lcHotkey) << "the portal bound quick capture to" << trigger;
    Q_EMIT bound(trigger);
}

void PortalGlobalHotkey::handleActivated(const QDBusObjectPath &session,
                                         const QString &shortcutId,
                                         qulonglong timestamp,
                                         const QVariantMap &options)
{
    Q_UNUSED(timestamp)
    Q_UNUSED(options)
    if (!m_session.isEmpty() && session.path() == m_session && shortcutId == kShortcutId)
        Q_EMIT activated();
}

void PortalGlobalHotkey::handleShortcutsChanged(const QDBusObjectPath &session,
                                                const lifeos::PortalShortcutList &shortcuts)
{
    if (!m_session.isEmpty() && session.path() == m_session)
        reportBound(shortcuts);
}

} // namespace lifeos
