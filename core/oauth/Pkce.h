#pragma once

#include <QByteArray>

namespace lifeos::pkce {

// RFC 7636 with the S256 method; every random byte comes from the system CSPRNG (QRandomGenerator::system()).
QByteArray randomUrlSafe(int byteCount); // base64url without padding of byteCount random bytes
QByteArray makeVerifier();               // 43–128 characters of [A-Za-z0-9-._~] (64 here)
QByteArray challengeS256(const QByteArray &verifier); // base64url(SHA-256(verifier)) without padding
QByteArray makeState();                  // 32 random bytes, base64url

} // namespace lifeos::pkce
