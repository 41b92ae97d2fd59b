#include "oauth/TokenManager.h"

#include "util/Logging.h"

namespace lifeos {

namespace {

constexpr qint64 kRefreshMarginSeconds = 60;

} // namespace

TokenManager::TokenManager(OAuthClient &client, SecretStore &secrets, std::function<QDateTime()> now)
    : m_client(client)
    , m_secrets(secrets)
    , m_now(std::move(now))
{}

QString TokenManager::secretKey(const QString &providerId)
{
    return providerId + QStringLiteral("/tokens");
}

Result<TokenSet> TokenManager::load()
{
    if (m_cached)
        return *m_cached;
    const QString name = m_client.provider().displayName;
    auto stored = m_secrets.read(secretKey(m_client.provider().id));
    if (!stored) {
        if (stored.error().code != ErrorCode::NotFound)
            return stored.error();
        return Error{ErrorCode::AuthFailed, tr("%1 is not connected. Connect it in Settings → Connections.").arg(name)};
    }
    auto tokens = TokenSet::fromJson(*stored);
    if (!tokens) {
        qCWarning(lcNet) << "the stored tokens of" << m_client.provider().id << "are unreadable";
        return Error{ErrorCode::AuthFailed,
                     tr("The saved %1 sign-in cannot be read. Connect %1 again in Settings → Connections.").arg(name)};
    }
    m_cached = *tokens;
    return *tokens;
}

Result<QByteArray> TokenManager::accessToken(const std::atomic_bool *cancel)
{
    auto tokens = load();
    if (!tokens)
        return tokens.error();
    if (!tokens->expiresWithin(kRefreshMarginSeconds, m_now()))
        return tokens->accessToken;
    return refreshNow(*tokens, cancel);
}

Result<QByteArray> TokenManager::refreshAfterUnauthorized(const std::atomic_bool *cancel)
{
    auto tokens = load();
    if (!tokens)
        return tokens.error();
    return refreshNow(*tokens, cancel);
}

Result<QByteArray> TokenManager::refreshNow(const TokenSet &current, const std::atomic_bool *cancel)
{
    const QString name = m_client.provider().displayName;
    if (current.refreshToken.isEmpty()) {
        return Error{ErrorCode::AuthFailed,
                     tr("The %1 sign-in has expired. Connect %1 again in Settings → Connections.").arg(name)};
    }
    auto refreshed = m_client.refresh(current.refreshToken, m_now(), cancel);
    if (!refreshed) {
        // The stored tokens stay: a refused refresh token is useless, but removing it would also lose a token that
        // a confused server refused once; the user reconnects (or disconnects) from Settings either way.
        qCDebug(lcNet) << "refreshing the tokens of" << m_client.provider().id << "failed";
        return refreshed.error();
    }
    // Persist first: an Oura refresh token works once, so the new one must be safe before anything uses the
    // new access token. If the store fails the token is not used and the error says why.
    if (auto stored = store(*refreshed); !stored) {
        m_cached.reset();
        qCWarning(lcNet) << "the refreshed tokens of" << m_client.provider().id << "could not be stored";
        return stored.error();
    }
    return refreshed->accessToken;
}

Result<bool> TokenManager::isConnected()
{
    auto stored = m_secrets.read(secretKey(m_client.provider().id));
    if (stored)
        return true;
    if (stored.error().code == ErrorCode::NotFound)
        return false;
    return stored.error();
}

Result<void> TokenManager::store(const TokenSet &tokens)
{
    auto written = m_secrets.write(secretKey(m_client.provider().id), tokens.toJson());
    if (!written)
        return written;
    m_cached = tokens;
    return {};
}

Result<void> TokenManager::disconnect(const std::atomic_bool *cancel)
{
    m_cached.reset(); // read what the store holds now, not what this instance last saw
    auto tokens = load();
    if (tokens) {
        if (m_client.revokesAccessToken() && !m_client.provider().revokeUrl.isEmpty()) {
            // An expired access token would revoke nothing: refresh it first (best effort, and stored as usual).
            if (auto fresh = accessToken(cancel); fresh)
                tokens->accessToken = *fresh;
            else
                qCDebug(lcNet) << "could not refresh the tokens of" << m_client.provider().id << "before revoking";
        }
        if (auto revoked = m_client.revoke(*tokens, cancel); !revoked)
            qCWarning(lcNet) << "revoking the tokens of" << m_client.provider().id << "failed (HTTP"
                             << revoked.error().httpStatus << "); removing them anyway";
    } else if (tokens.error().code == ErrorCode::KeychainUnavailable) {
        return tokens.error();
    }
    m_cached.reset();
    return m_secrets.remove(secretKey(m_client.provider().id));
}

} // namespace lifeos
