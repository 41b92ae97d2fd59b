#include "secrets/MemorySecretStore.h"

#include <QCoreApplication>
#include <QMutexLocker>

namespace lifeos {

namespace {

// The same sentence, in the same translation context, as the real keychain gives, so tests see what users see.
Error unavailable()
{
    return Error{ErrorCode::KeychainUnavailable,
                 QCoreApplication::translate("KeychainSecretStore",
                                             "No system keychain is available, so LifeOS cannot keep your sign-in. "
                                             "Start a Secret Service such as GNOME Keyring or KWallet, unlock it, "
                                             "and try again.")};
}

} // namespace

Result<QByteArray> MemorySecretStore::read(const QString &key)
{
    const QMutexLocker lock(&m_mutex);
    if (m_unavailable)
        return unavailable();
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.constEnd())
        return Error{ErrorCode::NotFound,
                     QCoreApplication::translate("KeychainSecretStore",
                                                 "Nothing is saved in the system keychain under %1. "
                                                 "Connect the account again in Settings.")
                         .arg(key)};
    return *it;
}

Result<void> MemorySecretStore::write(const QString &key, const QByteArray &secret)
{
    const QMutexLocker lock(&m_mutex);
    if (m_unavailable)
        return unavailable();
    m_secrets.insert(key, secret);
    ++m_writes;
    return {};
}

Result<void> MemorySecretStore::remove(const QString &key)
{
    const QMutexLocker lock(&m_mutex);
    if (m_unavailable)
        return unavailable();
    m_secrets.remove(key);
    return {};
}

void MemorySecretStore::setUnavailable(bool unavailable)
{
    const QMutexLocker lock(&m_mutex);
    m_unavailable = unavailable;
}

int MemorySecretStore::writeCount() const
{
    const QMutexLocker lock(&m_mutex);
    return m_writes;
}

} // namespace lifeos
