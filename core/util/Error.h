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
};

struct Error {
    ErrorCode code = ErrorCode::Unknown;
    QString message;
};

} // namespace lifeos
