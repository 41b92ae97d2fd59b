#pragma once

#include "util/Result.h"

#include <QByteArray>

#include <atomic>

namespace lifeos {

// Where a bearer token for an API comes from (oauth/TokenManager in the app, a fake in tests).
class AccessTokenSource
{
public:
    virtual ~AccessTokenSource() = default;
    // A token valid for at least another minute; refreshes (and stores the new tokens) first when needed.
    virtual Result<QByteArray> accessToken(const std::atomic_bool *cancel) = 0;
    // The API answered 401 with the token from accessToken(): refresh now and return the new token.
    virtual Result<QByteArray> refreshAfterUnauthorized(const std::atomic_bool *cancel) = 0;
};

} // namespace lifeos
