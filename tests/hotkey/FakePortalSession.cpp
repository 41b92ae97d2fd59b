#include "FakePortalSession.h"

#include "FakeGlobalShortcuts.h"

namespace lifeos::test {

FakePortalSession::FakePortalSession(FakeGlobalShortcuts *portal, const QString &path)
    : QObject(portal)
    , m_portal(portal)
    , m_path(path)
{}

void FakePortalSession::Close()
{
    m_portal->recordClosed(m_path);
}

} // namespace lifeos::test
