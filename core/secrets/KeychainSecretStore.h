#pragma once

#include "secrets/SecretStore.h"

#include <QCoreApplication>

namespace lifeos {

// Secrets in the system keychain through QtKeychain (Secret Service such as GNOME Keyring or KWallet on Linux,
// Keychain on macOS, Credential Store on Windows). QtKeychain's insecure plain-text fallback stays off:
// without a keychain every call fails with ErrorCode::KeychainUnavailable and a message that says what to do.
class KeychainSecretStore final : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(KeychainSecretStore)

public:
    // service separates data folders: tokens of one --data-dir are never read by another.
    explicit KeychainSecretStore(QString service);
    // "LifeOS" for the default data folder, "LifeOS <8 hex digits of the folder's hash>" for any other.
    static QString serviceForDataDir(const QString &dataDir);

    Result<QByteArray> read(const QString &key) override;
    Result<void> write(const QString &key, const QByteArray &secret) override;
    Result<void> remove(const QString &key) override;

private:
    // Logs the backend's own words (debug, lcSync) and returns the one sentence a user reads.
    Error unavailable(const char *operation, const QString &key, int code, const QString &detail) const;

    QString m_service;
};

} // namespace lifeos
