#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace lifeos {

// The only place secrets (OAuth tokens, API keys) are kept: the system keychain in the app
// (KeychainSecretStore), memory in unit tests (MemorySecretStore). Never SQLite, settings or logs.
// Keys are short names such as "oura/tokens" or "google/tokens".
// Blocking; usable from any thread that can run a local event loop (the sync thread, a CLI command).
class SecretStore
{
public:
    virtual ~SecretStore() = default;

    // ErrorCode::NotFound when nothing is stored under key; KeychainUnavailable when there is no keychain.
    virtual Result<QByteArray> read(const QString &key) = 0;
    virtual Result<void> write(const QString &key, const QByteArray &secret) = 0;
    // Removing a key that is not there succeeds.
    virtual Result<void> remove(const QString &key) = 0;
};

} // namespace lifeos
