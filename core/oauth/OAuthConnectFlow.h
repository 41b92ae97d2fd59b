#pragma once

#include "oauth/OAuthClient.h"

#include <QCoreApplication>

#include <functional>

namespace lifeos {

// The whole sign-in: PKCE verifier and CSPRNG state, a one-shot loopback listener (the provider's fixed port, or a
// random one), the browser opened at the authorization URL (openBrowser: QDesktopServices in the app, a printed
// URL on the command line, a fake "browser" in tests), the redirect awaited and its state checked, the code
// exchanged. Blocking; run it on the sync thread. The caller stores the TokenSet (TokenManager::store).
class OAuthConnectFlow
{
    Q_DECLARE_TR_FUNCTIONS(OAuthConnectFlow)

public:
    static Result<TokenSet> run(OAuthClient &client,
                                const std::function<void(const QUrl &authorizationUrl)> &openBrowser,
                                const std::function<QDateTime()> &now,
                                int timeoutMs = 5 * 60 * 1000,
                                const std::atomic_bool *cancel = nullptr);
};

} // namespace lifeos
