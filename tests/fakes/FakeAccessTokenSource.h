#pragma once

#include "net/AccessTokenSource.h"

#include <atomic>
#include <utility>

namespace lifeos {

// Hands out "<prefix>", then "<prefix>-2", "<prefix>-3" ... one more per refresh, and counts the refreshes: the
// bearer tokens of the sync tests, whose fake servers accept the same sequence.
class FakeAccessTokenSource final : public AccessTokenSource
{
public:
    explicit FakeAccessTokenSource(QByteArray prefix)
        : m_prefix(std::move(prefix))
    {
    }

    Result<QByteArray> accessToken(const std::atomic_bool *) override { return current(); }
    Result<QByteArray> refreshAfterUnauthorized(const std::atomic_bool *) override
    {
        ++m_refreshes;
        return current();
    }
    int refreshes() const { return m_refreshes; }

private:
    QByteArray current() const
    {
        const int refreshes = m_refreshes;
        return refreshes == 0 ? m_prefix : m_prefix + '-' + QByteArray::number(refreshes + 1);
    }

    const QByteArray m_prefix;
    std::atomic_int m_refreshes{0};
};

} // namespace lifeos
