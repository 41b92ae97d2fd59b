#pragma once

#include <QString>

namespace lifeos {

// What went wrong, as a machine-readable code, plus a sentence the user can read (already translated).
enum class ErrorCode {
    Unknown,
    InvalidInput,
    NotFound,
    Io,
    DatabaseLocked,
    DatabaseReadOnly,
    DatabaseTooNew,
    DatabaseCorrupt,
    DatabaseNotEmpty,
    Cancelled,      // the user (or shutdown) stopped the work; not a failure to report
    Network,        // the server could not be reached or the connection broke
    RateLimited,    // the server said 429 and retrying did not help
    AuthFailed,     // 401/403: the key or token was refused
    BadResponse,    // the server answered with something we cannot read
    IndexDamaged,   // a derived index file is unreadable; rebuild it from the database
    ServerError,    // 5xx: the service failed and retrying did not help
    KeychainUnavailable, // no system keychain (Secret Service) to keep tokens in
};

struct Error {
    ErrorCode code = ErrorCode::Unknown;
    QString message;
    int httpStatus = 0;       // the HTTP status that caused it; 0 when none
    qint64 retryAfterMs = -1; // RateLimited: how long the server asked us to wait; -1 when it did not say
};

} // namespace lifeos
