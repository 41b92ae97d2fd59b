#pragma once

#include "net/AccessTokenSource.h"
#include "oauth/OAuthClient.h"
#include "oauth/TokenSet.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace lifeos {

// Keeps one provider's tokens in the SecretStore (under "<provider id>/tokens") and hands out access tokens,
// refreshing 60 s before expiry and after a 401. A refreshed TokenSet is written to the store before the new
// access token is returned or used: Oura refresh tokens are single-use, so losing the new one means signing in
// again. A refused refresh token (invalid_grant) is an AuthFailed error that tells the user to connect again;
// the stored tokens are kept until the user connects again or disconnects. A failed write of refreshed tokens
// returns the store's error and the new access token is not used. No stored tokens: AuthFailed ("connect it").
class TokenManager final : public AccessTokenSource
{
    Q_DECLARE_TR_FUNCTIONS(TokenManager)

public:
    TokenManager(OAuthClient &client, SecretStore &secrets, std::function<QDateTime()> now);

    static QString secretKey(const QString &providerId); // "<id>/tokens"

    Result<QByteArray> accessToken(const std::atomic_bool *cancel) override;
    Result<QByteArray> refreshAfterUnauthorized(const std::atomic_bool *cancel) override;

    // Whether tokens are stored (reads the store; KeychainUnavailable passes through).
    Result<bool> isConnected();
    Result<void> store(const TokenSet &tokens);
    // Revokes at the provider (best effort: a failure is logged, not returned) and removes the stored tokens.
    Result<void> disconnect(const std::atomic_bool *cancel = nullptr);

private:
    Result<TokenSet> load();
    Result<QByteArray> refreshNow(const TokenSet &current, const std::atomic_bool *cancel);

    OAuthClient &m_client;
    SecretStore &m_secrets;
    std::function<QDateTime()> m_now;
    std::optional<TokenSet> m_cached;
};

} // namespace lifeos
