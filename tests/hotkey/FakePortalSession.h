#pragma once

#include <QObject>

namespace lifeos::test {

class FakeGlobalShortcuts;

// An org.freedesktop.portal.Session of the fake portal: it only records that it was closed.
class FakePortalSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakePortalSession)
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.Session")

public:
    FakePortalSession(FakeGlobalShortcuts *portal, const QString &path);

public Q_SLOTS:
    void Close();

private:
    FakeGlobalShortcuts *m_portal = nullptr;
    QString m_path;
};

} // namespace lifeos::test
