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
};

struct Error {
    ErrorCode code = ErrorCode::Unknown;
    QString message;
};

} // namespace lifeos
