#include "PortalRequest.h"

#include "HotkeyLogging.h"

#include <QAtomicInteger>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace lifeos {

namespace {

const QString kPortalService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString kRequestInterface = QStringLiteral("org.freedesktop.portal.Request");

QString nextToken()
{
    static QAtomicInteger<quint32> counter;
    return QStringLiteral("lifeos_%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

} // namespace

PortalRequest::PortalRequest(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
    , m_token(nextToken())
{
    // The portal names the request after our unique bus name and the token (spec of
    // org.freedesktop.portal.Request): ":1.42" becomes "1_42".
    const QString sender = m_bus.baseService().mid(1).replace(u'.', u'_');
    listenOn(QStringLiteral("/org/freedesktop/portal/desktop/request/%1/%2").arg(sender, m_token));
}

void PortalRequest::track(const QDBusPendingCall &call)
{
    auto *watcher = new QDBusPendingCallWatcher(call, this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *finished) {
        finished->deleteLater();
        const QDBusPendingReply<QDBusObjectPath> reply = *finished;
        if (reply.isError()) {
            m_finished = true;
            stopListening();
            Q_EMIT failed(reply.error().name() + u": " + reply.error().message());
            deleteLater();
            return;
        }
        // Portals older than version 0.9 chose their own path; follow it if it differs.
        const QString path = reply.value().path();
        if (!m_finished && path != m_path) {
            stopListening();
            listenOn(path);
        }
    });
}

void PortalRequest::handleResponse(uint response, const QVariantMap &results)
{
    if (m_finished)
        return;
    m_finished = true;
    stopListening();
    Q_EMIT answered(response, results);
    deleteLater();
}

void PortalRequest::listenOn(const QString &path)
{
    m_path = path;
    if (!m_bus.connect(kPortalService,
                       m_path,
                       kRequestInterface,
                       QStringLiteral("Response"),
                       this,
                       SLOT(handleResponse(uint, QVariantMap))))
        qCWarning(lcHotkey) << "cannot listen for the portal's answer on" << m_path << m_bus.lastError().message();
}

void PortalRequest::stopListening()
{
    m_bus.disconnect(kPortalService,
                     m_path,
                     kRequestInterface,
                     QStringLiteral("Response"),
                     this,
                     SLOT(handleResponse(uint, QVariantMap)));
}

} // namespace lifeos
