#pragma once

#include "secrets/SecretStore.h"

#include <QHash>
#include <QMutex>

namespace lifeos {

// Secrets in memory, for tests (thread-safe). Can be told to fail like a machine without a keychain.
class MemorySecretStore final : public SecretStore
{
public:
    Result<QByteArray> read(const QString &key) override;
    Result<void> write(const QString &key, const QByteArray &secret) override;
    Result<void> remove(const QString &key) override;

    void setUnavailable(bool unavailable); // every call then fails with KeychainUnavailable
    int writeCount() const;                // how many writes succeeded (tests of "persist before use")

private:
    mutable QMutex m_mutex;
    QHash<QString, QByteArray> m_secrets;
    bool m_unavailable = false;
    int m_writes = 0;
};

} // namespace lifeos
