#include "oauth/OAuthConnectFlow.h"

#include "oauth/LoopbackReceiver.h"
#include "oauth/Pkce.h"
#include "util/Logging.h"

namespace lifeos {

Result<TokenSet> OAuthConnectFlow::run(OAuthClient &client,
                                       const std::function<void(const QUrl &authorizationUrl)> &openBrowser,
                                       const std::function<QDateTime()> &now,
                                       int timeoutMs,
                                       const std::atomic_bool *cancel)
{
    const OAuthProvider &provider = client.provider();
    if (!provider.isConfigured()) {
        return Error{
            ErrorCode::InvalidInput,
            tr("Enter the %1 client id in Settings → Connections, then connect again.").arg(provider.displayName)};
    }
    const QByteArray verifier = pkce::makeVerifier();
    const QByteArray state = pkce::makeState();

    LoopbackReceiver receiver;
    if (auto listening = receiver.listen(provider.redirectPort); !listening)
        return listening.error();
    const QString redirectUri = provider.redirectUri(receiver.port());

    openBrowser(client.authorizationUrl(state, pkce::challengeS256(verifier), redirectUri));

    // A reply whose state is not ours may come from another site (CSRF): the receiver refuses it and keeps waiting.
    auto reply = receiver.waitForRedirect(provider.redirectPath, state, timeoutMs, cancel);
    if (!reply)
        return reply.error();
    if (reply->error == "access_denied")
        return Error{ErrorCode::AuthFailed, tr("You declined access in the browser.")};
    if (!reply->error.isEmpty() || reply->code.isEmpty()) {
        qCDebug(lcNet) << "sign-in redirect for" << provider.id << "reported" << reply->error;
        return Error{ErrorCode::AuthFailed,
                     tr("%1 did not finish the sign-in. Try connecting again.").arg(provider.displayName)};
    }
    return client.exchangeCode(reply->code, verifier, redirectUri, now(), cancel);
}

} // namespace lifeos
