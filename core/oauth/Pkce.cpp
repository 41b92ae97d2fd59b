#include "oauth/Pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <vector>

namespace lifeos::pkce {

namespace {

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

} // namespace

QByteArray randomUrlSafe(int byteCount)
{
    if (byteCount <= 0)
        return {};
    std::vector<quint32> words(size_t((byteCount + 3) / 4));
    // system(): the operating system's CSPRNG, never the seeded global() generator.
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    const QByteArray bytes(reinterpret_cast<const char *>(words.data()), byteCount);
    return bytes.toBase64(kBase64Url);
}

QByteArray makeVerifier()
{
    return randomUrlSafe(48); // 48 bytes → 64 characters, inside RFC 7636's 43–128
}

QByteArray challengeS256(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(kBase64Url);
}

QByteArray makeState()
{
    return randomUrlSafe(32); // 256 bits → 43 characters
}

} // namespace lifeos::pkce
