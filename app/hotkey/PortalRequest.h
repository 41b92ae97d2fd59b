#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QVariantMap>

class QDBusPendingCall;

namespace lifeos {

// One call to an xdg-desktop-portal method that answers later through an
// org.freedesktop.portal.Request object (after a dialog, perhaps). It listens on the request's
// path before the call is made, so a quick Response cannot slip past, and deletes itself once
// it has reported.
class PortalRequest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PortalRequest)

public:
    PortalRequest(const QDBusConnection &bus, QObject *parent);

    // The handle_token to pass in the call's options.
    QString token() const { return m_token; }
    // The call whose reply is the request's object path.
    void track(const QDBusPendingCall &call);

Q_SIGNALS:
    // response: 0 success, 1 the user cancelled, 2 ended some other way.
    void answered(uint response, const QVariantMap &results);
    // The call itself failed (no such method, the portal went away): technical words for the log.
    void failed(const QString &technicalError);

private Q_SLOTS:
    void handleResponse(uint response, const QVariantMap &results);

private:
    void listenOn(const QString &path);
    void stopListening();

    QDBusConnection m_bus;
    QString m_token;
    QString m_path;
    bool m_finished = false;
};

} // namespace lifeos
