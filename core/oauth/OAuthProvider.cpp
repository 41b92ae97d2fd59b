#include "oauth/OAuthProvider.h"

namespace lifeos {

QString OAuthProvider::redirectUri(quint16 port) const
{
    // The literal loopback address, not "localhost": RFC 8252 §8.3, and it is what the listener binds.
    return QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(redirectPath);
}

} // namespace lifeos
