#pragma once

#include "FakeOAuthServer.h"
#include "oauth/OAuthProvider.h"
#include "oauth/TokenSet.h"
#include "secrets/MemorySecretStore.h"

#include <QMutex>
#include <QMutexLocker>
#include <QStringList>

#include <atomic>

namespace lifeos::testing {

// A provider that talks to the fake (id "google": RFC 7009 revocation; "oura": revocation by query parameter).
inline OAuthProvider fakeProvider(const FakeOAuthServer &server, const QString &id = QStringLiteral("google"))
{
    OAuthProvider provider;
    provider.id = id;
    provider.displayName = id == QLatin1StringView("oura") ? QStringLiteral("Oura") : QStringLiteral("Google");
    provider.authorizeUrl = server.authorizeUrl();
    provider.tokenUrl = server.tokenUrl();
    provider.revokeUrl = server.revokeUrl();
    provider.clientId = QString::fromLatin1(server.options().clientId);
    provider.clientSecret = QString::fromLatin1(server.options().clientSecret);
    provider.scopes = {QStringLiteral("daily"), QStringLiteral("workout")};
    provider.singleUseRefreshTokens = server.options().rotateRefreshTokens;
    return provider;
}

// One ordered list of what happened where (secret writes on the test thread, API calls on the fake's thread),
// so a test can prove that a refreshed token was stored before its first use.
class EventLog
{
public:
    void append(const QString &event)
    {
        const QMutexLocker lock(&m_mutex);
        m_events.append(event);
    }
    QStringList events() const
    {
        const QMutexLocker lock(&m_mutex);
        return m_events;
    }
    qsizetype indexOf(const QString &event) const { return events().indexOf(event); }

private:
    mutable QMutex m_mutex;
    QStringList m_events;
};

// MemorySecretStore that writes "write <refresh token>" into the log after each successful write, and can be
// told to fail writes only (a keychain that locks between the refresh and the save).
class RecordingSecretStore final : public SecretStore
{
public:
    explicit RecordingSecretStore(EventLog &log)
        : m_log(log)
    {}

    Result<QByteArray> read(const QString &key) override { return m_memory.read(key); }
    Result<void> write(const QString &key, const QByteArray &secret) override
    {
        if (m_failWrites.load())
            return Error{ErrorCode::KeychainUnavailable,
                         QStringLiteral("No system keychain is available, so LifeOS cannot keep your sign-in.")};
        auto written = m_memory.write(key, secret);
        if (written) {
            const auto tokens = TokenSet::fromJson(secret);
            m_log.append(QStringLiteral("write ") + QString::fromLatin1(tokens ? tokens->refreshToken : QByteArray()));
        }
        return written;
    }
    Result<void> remove(const QString &key) override
    {
        m_log.append(QStringLiteral("remove ") + key);
        return m_memory.remove(key);
    }

    void setFailWrites(bool fail) { m_failWrites = fail; }
    int writeCount() const { return m_memory.writeCount(); }
    MemorySecretStore &memory() { return m_memory; }

private:
    EventLog &m_log;
    MemorySecretStore m_memory;
    std::atomic_bool m_failWrites = false;
};

} // namespace lifeos::testing
